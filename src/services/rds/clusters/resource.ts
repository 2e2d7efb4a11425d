/** DB clusters as a resource: stored by lowercase identifier, ARN `cluster:<id>`, quota `dbClusters`. */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages.js";
import { lowercase } from "../shared/identifiers.js";
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
