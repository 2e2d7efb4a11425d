/** DB subnet groups as a resource: stored by lowercase name, ARN `subgrp:<name>`, quota `dbSubnetGroups`. */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { M } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { RdsWorld, SubnetGroupRecord } from "../world.js";

export const subnetGroups = defineResource<RdsWorld, SubnetGroupRecord>({
  name: "DB subnet group",
  collection: (world) => world.subnetGroups,
  key: lowercase,
  arn: { service: "rds", type: "subgrp" },
  notFound: (name) => fail("DBSubnetGroupNotFoundFault", M.subnetGroupNotFound(name)),
  alreadyExists: (name) => fail("DBSubnetGroupAlreadyExistsFault", M.subnetGroupExists(name)),
  quota: { name: "dbSubnetGroups", exceeded: (limit) => fail("DBSubnetGroupQuotaExceededFault", M.subnetGroupQuota(limit)) },
});
