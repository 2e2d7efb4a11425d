/** DB instances as a resource: stored by lowercase identifier, ARN `db:<id>`, quota `dbInstances`. */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { InstanceRecord, RdsWorld } from "../world.js";

export const instances = defineResource<RdsWorld, InstanceRecord>({
  name: "DB instance",
  collection: (world) => world.instances,
  key: lowercase,
  arn: { service: "rds", type: "db" },
  notFound: (id) => fail("DBInstanceNotFoundFault", M.instanceNotFound(id)),
  alreadyExists: (id) => fail("DBInstanceAlreadyExistsFault", M.instanceExists(id)),
  quota: { name: "dbInstances", exceeded: (limit) => fail("InstanceQuotaExceededFault", M.instanceQuota(limit)) },
});

/** The instance named by identifier (any case) or ARN, or DBInstanceNotFoundFault. */
export function findInstance(ctx: CallContext<RdsWorld>, idOrArn: string): InstanceRecord {
  const id = idOrArn.startsWith("arn:") ? instances.keyFromArn(ctx, idOrArn) : idOrArn;
  return (id === undefined ? undefined : instances.find(ctx, id)) ?? instances.descriptor.notFound(idOrArn);
}
