/**
 * The CDC guide's prerequisites for a stream: an ACTIVE cluster, a Kinesis stream in the cluster's
 * account and Region and an IAM role in its account; AWS allows 5 streams per cluster (quota
 * `streamsPerCluster`).
 */
import { parseArn } from "../../../core/regions.js";
import { invalid, quotaExceeded } from "../errors.js";
import { messages } from "../messages.js";
import type { ClusterRecord, DsqlContext } from "../world.js";
import { streams } from "./resource.js";

/** CreateStream answers a validation error for a cluster that is not ACTIVE. */
export function checkClusterActive(c: ClusterRecord): void {
  if (c.status !== "ACTIVE") invalid("clusterIdentifier", messages.clusterNotActive(c.identifier, c.status, "CreateStream"), "other");
}

/** The Kinesis stream in the cluster's account and Region, the role in its account. */
export function checkTarget(ctx: DsqlContext, kinesis: { streamArn: string; roleArn: string }): void {
  const stream = parseArn(kinesis.streamArn);
  const STREAM = "targetDefinition.kinesis.streamArn";
  if (stream?.accountId !== ctx.accountId) invalid(STREAM, messages.streamTargetOtherAccount(STREAM, kinesis.streamArn, ctx.accountId));
  if (stream?.region !== ctx.region) invalid(STREAM, messages.streamTargetOtherRegion(kinesis.streamArn, ctx.region));
  const ROLE = "targetDefinition.kinesis.roleArn";
  if (parseArn(kinesis.roleArn)?.accountId !== ctx.accountId) invalid(ROLE, messages.streamTargetOtherAccount(ROLE, kinesis.roleArn, ctx.accountId));
}

/** The quota counts the cluster's streams that are not being deleted. */
export function checkStreamQuota(ctx: DsqlContext, clusterId: string): void {
  const limit = ctx.quota("streamsPerCluster");
  const count = streams.count(ctx, (s) => s.clusterIdentifier === clusterId && s.status !== "DELETING");
  if (count >= limit) quotaExceeded("cluster", clusterId, "streamsPerCluster", messages.streamQuota(limit, clusterId));
}
