/**
 * Call points for the DB-snapshot and automated-backup resources (issue 13, their own helpers), so that
 * DeleteDBInstance and StopDBInstance need not change when those land:
 * - `checkInstanceSnapshot` runs with the other checks (before any state changes): DBSnapshotAlreadyExistsFault,
 *   SnapshotQuotaExceededFault;
 * - `takeInstanceSnapshot` takes the manual snapshot (DeleteDBInstance's FinalDBSnapshotIdentifier,
 *   StopDBInstance's DBSnapshotIdentifier) after every check has passed;
 * - `instanceDeleted` keeps or drops the instance's automated backups (DeleteAutomatedBackups).
 */
import type { CallContext } from "../../../core/service.js";
import { takeDbSnapshot } from "../db-snapshots/record.js";
import { checkNewDbSnapshotId } from "../db-snapshots/rules.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { retainInstanceBackup } from "../instance-automated-backups/record.js";

export type SnapshotReason = "final" | "stop";

/** The snapshot identifier is free (a taken one: DBSnapshotAlreadyExistsFault) and the manual snapshot quota allows one more. */
export function checkInstanceSnapshot(ctx: CallContext<RdsWorld>, snapshotId: string, member = "FinalDBSnapshotIdentifier"): void {
  checkNewDbSnapshotId(ctx, snapshotId, member, { stateFault: false });
}

/**
 * A manual snapshot of the instance as it is now (db-snapshots/record.ts). The instance is leaving
 * (deleting, stopping): it does not show `backing-up` meanwhile.
 */
export function takeInstanceSnapshot(ctx: CallContext<RdsWorld>, instance: InstanceRecord, snapshotId: string, _reason: SnapshotReason): void {
  takeDbSnapshot(ctx, instance, snapshotId, [], { instanceBackup: false });
}

export function instanceDeleted(ctx: CallContext<RdsWorld>, instance: InstanceRecord, deleteAutomatedBackups: boolean): void {
  // --- Issue 13: automated backups --- retained when DeleteAutomatedBackups is false (instance-automated-backups/record.ts)
  retainInstanceBackup(ctx, instance, deleteAutomatedBackups);
  // --- end issue 13 automated backups ---
}
