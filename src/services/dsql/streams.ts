/**
 * Change data capture streams of a cluster (CreateStream, GetStream, ListStreams, DeleteStream). A
 * stream is created on an ACTIVE cluster, goes CREATING -> ACTIVE, and DELETING -> gone; AWS allows
 * 5 streams per cluster (quota `streamsPerCluster`). Streams are deleted with their cluster.
 * The CDC guide's prerequisites: CreateStream answers a validation error for a cluster that is not
 * ACTIVE, and the Kinesis stream and the IAM role must be in the cluster's account (the stream in
 * its Region too).
 */
import { parseArn } from "../../core/regions.js";
import { conflict, invalid, quotaExceeded } from "./errors.js";
import { findCluster, findStream } from "./lookup.js";
import { messages } from "./messages.js";
import { streamArn } from "./naming.js";
import { checkTagKeys, copyTags } from "./tags.js";
import type { DsqlContext, StreamRecord } from "./world.js";

export interface CreateStreamInput {
  clusterIdentifier: string;
  targetDefinition: { kinesis?: { streamArn: string; roleArn: string } };
  ordering: string;
  format: string;
  tags?: Record<string, string>;
}

/** The cluster's streams that count against its quota (those not being deleted). */
function liveStreams(ctx: DsqlContext, clusterId: string): number {
  let count = 0;
  for (const s of Object.values(ctx.world.streams)) if (s.clusterIdentifier === clusterId && s.status !== "DELETING") count++;
  return count;
}

export function createStream(ctx: DsqlContext, input: CreateStreamInput): StreamRecord {
  const c = findCluster(ctx, input.clusterIdentifier);
  if (c.status !== "ACTIVE") invalid("clusterIdentifier", messages.clusterNotActive(c.identifier, c.status, "CreateStream"), "other");
  const kinesis = input.targetDefinition.kinesis;
  if (!kinesis) return invalid("targetDefinition", messages.streamTargetRequired());
  checkTarget(ctx, kinesis);
  checkTagKeys(input.tags);
  const limit = ctx.quota("streamsPerCluster");
  const count = liveStreams(ctx, c.identifier);
  if (count >= limit) quotaExceeded("cluster", c.identifier, "streamsPerCluster", messages.streamQuota(limit, c.identifier));

  const streamIdentifier = ctx.ids.lowerAlnum(26);
  const s: StreamRecord = {
    clusterIdentifier: c.identifier,
    streamIdentifier,
    arn: streamArn(ctx.region, ctx.accountId, c.identifier, streamIdentifier),
    status: "CREATING",
    creationTime: ctx.now(),
    ordering: input.ordering,
    format: input.format,
    targetDefinition: { kinesis: { streamArn: kinesis.streamArn, roleArn: kinesis.roleArn } },
    tags: copyTags(input.tags),
  };
  ctx.world.streams[streamIdentifier] = s;
  ctx.lifecycle.begin("stream", streamIdentifier, "create");
  return s;
}

/** The Kinesis stream in the cluster's account and Region, the role in its account. */
function checkTarget(ctx: DsqlContext, kinesis: { streamArn: string; roleArn: string }): void {
  const stream = parseArn(kinesis.streamArn);
  const STREAM = "targetDefinition.kinesis.streamArn";
  if (stream?.accountId !== ctx.accountId) invalid(STREAM, messages.streamTargetOtherAccount(STREAM, kinesis.streamArn, ctx.accountId));
  if (stream?.region !== ctx.region) invalid(STREAM, messages.streamTargetOtherRegion(kinesis.streamArn, ctx.region));
  const ROLE = "targetDefinition.kinesis.roleArn";
  if (parseArn(kinesis.roleArn)?.accountId !== ctx.accountId) invalid(ROLE, messages.streamTargetOtherAccount(ROLE, kinesis.roleArn, ctx.accountId));
}

/** A stream already being deleted answers as it is; one still being created must finish first. */
export function deleteStream(ctx: DsqlContext, input: { clusterIdentifier: string; streamIdentifier: string }): StreamRecord {
  const s = findStream(ctx, input.clusterIdentifier, input.streamIdentifier);
  if (s.status === "DELETING") return s;
  if (s.status === "CREATING") conflict("stream", s.streamIdentifier, messages.streamBusy(s.streamIdentifier, s.status));
  ctx.lifecycle.begin("stream", s.streamIdentifier, "delete");
  return s;
}
