/**
 * DB cluster parameter groups as a resource: stored by lowercase name, ARN `cluster-pg:<name>`, quota
 * `dbClusterParameterGroups` (the `default.*` groups RDS provides do not count).
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { ClusterParameterGroupRecord, RdsWorld } from "../world.js";

export const parameterGroups = defineResource<RdsWorld, ClusterParameterGroupRecord>({
  name: "DB cluster parameter group",
  collection: (world) => world.clusterParameterGroups,
  key: lowercase,
  arn: { service: "rds", type: "cluster-pg" },
  notFound: (name) => fail("DBClusterParameterGroupNotFoundFault", M.parameterGroupNotFound(name)),
  alreadyExists: (name) => fail("DBParameterGroupAlreadyExistsFault", M.parameterGroupExists(name)),
  quota: {
    name: "dbClusterParameterGroups",
    exceeded: (limit) => fail("DBParameterGroupQuotaExceededFault", M.parameterGroupQuota(limit)),
    counts: (group) => !group.DBClusterParameterGroupName.startsWith("default."),
  },
});

/** The group named `name` (case-insensitive), or `code` (DBClusterParameterGroupNotFoundFault for cluster calls). */
export function findParameterGroup(ctx: CallContext<RdsWorld>, name: string, code = "DBClusterParameterGroupNotFoundFault"): ClusterParameterGroupRecord {
  return parameterGroups.find(ctx, name) ?? fail(code, M.parameterGroupNotFound(name));
}
