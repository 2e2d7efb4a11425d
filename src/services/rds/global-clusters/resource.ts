/**
 * Global clusters (Aurora global databases) as a resource. A global cluster belongs to the account,
 * not to a Region: its ARN is `arn:aws:rds::ACCOUNT:global-cluster:ID` and DescribeGlobalClusters shows
 * the same ones from every Region. So the records are kept ONCE per account and partition, in the RDS
 * world of a fixed home Region (`us-east-1` for `aws`), reached from any call through `ctx.contextOf`;
 * their lifecycle runs there too. Keys are the lowercase identifiers ("stored as a lowercase string").
 */
import { fail } from "../../../core/aws-error.js";
import { partitionOf } from "../../../core/regions.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { GCM } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { GlobalClusterRecord, RdsWorld } from "../world.js";

/** The Region whose world holds a partition's global clusters. */
const HOME: Record<string, string> = { aws: "us-east-1", "aws-cn": "cn-north-1", "aws-us-gov": "us-gov-west-1" };

export function homeRegion(region: string): string {
  return HOME[partitionOf(region)] ?? region;
}

/** The context of the home Region: where global clusters are read, written and transitioned. */
export function homeContext(ctx: CallContext<RdsWorld>): CallContext<RdsWorld> {
  const home = homeRegion(ctx.region);
  return home === ctx.region ? ctx : ctx.contextOf(home);
}

export const globalClusters = defineResource<RdsWorld, GlobalClusterRecord>({
  name: "global cluster",
  // A world from an older dump has no global clusters yet.
  collection: (world) => (world.globalClusters ??= {}),
  key: lowercase,
  notFound: (id) => fail("GlobalClusterNotFoundFault", GCM.notFound(id)),
  alreadyExists: (id) => fail("GlobalClusterAlreadyExistsFault", GCM.exists(id)),
  quota: { name: "globalClusters", exceeded: (limit) => fail("GlobalClusterQuotaExceededFault", GCM.quota(limit)) },
});

/** The global cluster ARN: no Region (`arn:aws:rds::123456789012:global-cluster:ID`). */
export function globalClusterArn(ctx: CallContext<RdsWorld>, id: string): string {
  return `arn:${partitionOf(ctx.region)}:rds::${ctx.accountId}:global-cluster:${id}`;
}

/** The global cluster an ARN of this account names (for tagging), or undefined. */
export function globalClusterByArn(ctx: CallContext<RdsWorld>, value: string): GlobalClusterRecord | undefined {
  const prefix = globalClusterArn(ctx, "");
  if (!value.startsWith(prefix)) return undefined;
  const home = homeContext(ctx);
  return globalClusters.find(home, value.slice(prefix.length));
}

/** The global cluster named (any case), read from the home Region; GlobalClusterNotFoundFault otherwise. */
export function getGlobal(ctx: CallContext<RdsWorld>, id: string): GlobalClusterRecord {
  return globalClusters.get(homeContext(ctx), id);
}

/** The record is `available`, else InvalidGlobalClusterStateFault. */
export function checkGlobalAvailable(g: GlobalClusterRecord): void {
  if (g.Status !== "available") fail("InvalidGlobalClusterStateFault", GCM.state(g.GlobalClusterIdentifier, g.Status));
}
