/**
 * DB parameter groups as a resource: stored by lowercase name, ARN `pg:<name>`, quota
 * `dbParameterGroups` (50 per account and Region; the `default.*` groups RDS provides do not count).
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { GM } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { DBParameterGroupRecord, RdsWorld } from "../world.js";

export const isDefaultGroup = (name: string) => name.startsWith("default.");

export const dbParameterGroups = defineResource<RdsWorld, DBParameterGroupRecord>({
  name: "DB parameter group",
  // Optional in the world: a dump made before DB parameter groups existed has none.
  collection: (world) => (world.dbParameterGroups ??= {}),
  key: lowercase,
  arn: { service: "rds", type: "pg" },
  notFound: (name) => fail("DBParameterGroupNotFoundFault", GM.dbParameterGroupNotFound(name)),
  alreadyExists: (name) => fail("DBParameterGroupAlreadyExistsFault", GM.dbParameterGroupExists(name)),
  quota: {
    name: "dbParameterGroups",
    exceeded: (limit) => fail("DBParameterGroupQuotaExceededFault", GM.dbParameterGroupQuota(limit)),
    counts: (group) => !isDefaultGroup(group.DBParameterGroupName),
  },
});
