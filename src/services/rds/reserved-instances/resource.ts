/**
 * Purchased reserved DB instances: stored by reservation id as given (AWS keeps its case), ARN
 * `ri:<id>`, tags beside the SDK members. The monthly quota is a rule (rules.ts), not a count.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { RM } from "../messages/index.js";
import type { RdsWorld, ReservedInstanceRecord } from "../world.js";
import { NO_RECORDS } from "../shared/identifiers.js";

export const reservedInstances = defineResource<RdsWorld, ReservedInstanceRecord>({
  name: "reserved DB instance",
  // Dumps saved before reservations existed have no collection: reads see none, the first purchase creates it.
  collection: (world) => world.reservedInstances ?? NO_RECORDS,
  key: (id) => id,
  arn: { service: "rds", type: "ri" },
  notFound: (id) => fail("ReservedDBInstanceNotFoundFault", RM.reservationNotFound(id)),
  alreadyExists: (id) => fail("ReservedDBInstanceAlreadyExistsFault", RM.reservationExists(id)),
  lifecycle: { kind: "reservedInstance", id: (r) => r.ReservedDBInstanceId },
});
