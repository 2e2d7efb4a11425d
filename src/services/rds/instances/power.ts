/**
 * RebootDBInstance (standalone), StopDBInstance and StartDBInstance (RDS API reference; RDS user guide,
 * "Rebooting a DB instance" and "Stopping an Amazon RDS DB instance temporarily"):
 * - ForceFailover only for a Multi-AZ deployment (InvalidParameterCombination); the failover swaps the
 *   primary and secondary Availability Zones; a reboot applies a pending DB instance class and the
 *   parameter group's pending-reboot changes;
 * - a DB instance of a DB cluster is stopped and started with its cluster (StopDBCluster, StartDBCluster);
 * - "You can't stop a DB instance that has a read replica, or that is a read replica";
 * - "You can't stop an Amazon RDS for SQL Server DB instance in a Multi-AZ configuration";
 * - stopping -> stopped, and AWS starts it again after seven days (instances/lifecycle.ts);
 *   StopDBInstance's DBSnapshotIdentifier takes a snapshot first (instances/hooks.ts).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { beginInstance } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { checkInstanceSnapshot, takeInstanceSnapshot } from "./hooks.js";
import { cancelRestart } from "./lifecycle.js";
import { SIM } from "../messages/index.js";
import { findInstance } from "./resource.js";
import { shapeInstance } from "./shape.js";

function requireStatus(instance: InstanceRecord, allowed: readonly string[]): void {
  if (!allowed.includes(instance.DBInstanceStatus)) {
    fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, allowed.join(", ")));
  }
}

/** RebootDBInstance of a standalone instance. */
export function rebootStandalone(input: Sdk.RebootDBInstanceCommandInput, ctx: CallContext<RdsWorld>, instance: InstanceRecord) {
  if (input.ForceFailover === true && !instance.MultiAZ) fail("InvalidParameterCombination", SIM.forceFailover(instance.DBInstanceIdentifier));
  requireStatus(instance, ["available", "storage-full", "incompatible-parameters"]);
  const pending = instance.PendingModifiedValues ?? {};
  if (pending.DBInstanceClass !== undefined) {
    instance.DBInstanceClass = pending.DBInstanceClass;
    delete pending.DBInstanceClass;
  }
  for (const group of instance.DBParameterGroups ?? []) group.ParameterApplyStatus = "in-sync";
  if (input.ForceFailover === true && instance.SecondaryAvailabilityZone) {
    [instance.AvailabilityZone, instance.SecondaryAvailabilityZone] = [instance.SecondaryAvailabilityZone, instance.AvailabilityZone!];
  }
  beginInstance(ctx, instance, "reboot");
  return { DBInstance: shapeInstance(instance) };
}

export const powerOperations: Operations<typeof Sdk, RdsWorld> = {
  StopDBInstance(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    const id = instance.DBInstanceIdentifier;
    const snapshotId = input.DBSnapshotIdentifier === undefined ? undefined : checkIdentifier(input.DBSnapshotIdentifier, "DBSnapshotIdentifier", { maxLength: 255 });
    if (instance.DBClusterIdentifier !== undefined) fail("InvalidDBClusterStateFault", SIM.stopMember(id, instance.DBClusterIdentifier));
    if (instance.ReadReplicaSourceDBInstanceIdentifier !== undefined) fail("InvalidDBInstanceStateFault", SIM.stopReplica(id));
    if ((instance.ReadReplicaDBInstanceIdentifiers ?? []).length > 0) fail("InvalidDBInstanceStateFault", SIM.stopSource(id));
    if (instance.Engine?.startsWith("sqlserver") && instance.MultiAZ) fail("InvalidDBInstanceStateFault", SIM.stopSqlServerMultiAz(id));
    requireStatus(instance, ["available"]);
    if (snapshotId !== undefined) checkInstanceSnapshot(ctx, snapshotId, "DBSnapshotIdentifier");
    // Every check has passed: from here on, state changes.
    if (snapshotId !== undefined) takeInstanceSnapshot(ctx, instance, snapshotId, "stop");
    beginInstance(ctx, instance, "stop");
    return { DBInstance: shapeInstance(instance) };
  },

  StartDBInstance(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    if (instance.DBClusterIdentifier !== undefined) fail("InvalidDBClusterStateFault", SIM.startMember(instance.DBInstanceIdentifier, instance.DBClusterIdentifier));
    requireStatus(instance, ["stopped"]);
    cancelRestart(ctx, instance);
    beginInstance(ctx, instance, "start");
    return { DBInstance: shapeInstance(instance) };
  },
};
