/** DB clusters as a resource: stored by lowercase identifier, ARN `cluster:<id>`, quota `dbClusters`. */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import { idFromArn, lowercase, own } from "../shared/identifiers.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

export const clusters = defineResource<RdsWorld, ClusterRecord>({
  name: "DB cluster",
  collection: (world) => world.clusters,
  key: lowercase,
  arn: { service: "rds", type: "cluster" },
  notFound: (id) => fail("DBClusterNotFoundFault", M.clusterNotFound(id)),
  alreadyExists: (id) => fail("DBClusterAlreadyExistsFault", M.clusterExists(id)),
  quota: { name: "dbClusters", exceeded: (limit) => fail("DBClusterQuotaExceededFault", M.clusterQuota(limit)) },
});

/** The cluster named by identifier (any case) or ARN, or DBClusterNotFoundFault. */
export function findCluster(ctx: CallContext<RdsWorld>, idOrArn: string): ClusterRecord {
  const id = idOrArn.startsWith("arn:") ? clusters.keyFromArn(ctx, idOrArn) : idOrArn;
  return (id === undefined ? undefined : clusters.find(ctx, id)) ?? clusters.descriptor.notFound(idOrArn);
}

/** The Region and lowercase identifier a cluster ARN of this account (any Region) names; undefined for any other value. */
export function clusterArnParts(ctx: CallContext<RdsWorld>, value: string): { region: string; id: string } | undefined {
  const region = value.split(":")[3];
  const id = region === undefined ? undefined : idFromArn(value, "cluster", region, ctx.accountId);
  return id === undefined ? undefined : { region, id: id.toLowerCase() };
}

/** The cluster a cluster ARN of this account names, in the ARN's Region (undefined when there is none; creates no world). */
export function clusterByArn(ctx: CallContext<RdsWorld>, clusterArn: string): ClusterRecord | undefined {
  const parsed = clusterArnParts(ctx, clusterArn);
  if (!parsed) return undefined;
  if (parsed.region === ctx.region) return clusters.find(ctx, parsed.id);
  if (ctx.hasWorld && !ctx.hasWorld(parsed.region)) return undefined;
  return own(ctx.worldOf(parsed.region).clusters, parsed.id);
}
