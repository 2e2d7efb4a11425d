/**
 * Call points for the DB-snapshot and automated-backup resources (issue 13, their own helpers), so that
 * DeleteDBInstance and StopDBInstance need not change when those land:
 * - `checkInstanceSnapshot` runs with the other checks (before any state changes): DBSnapshotAlreadyExistsFault,
 *   SnapshotQuotaExceededFault;
 * - `takeInstanceSnapshot` takes the manual snapshot (DeleteDBInstance's FinalDBSnapshotIdentifier,
 *   StopDBInstance's DBSnapshotIdentifier) after every check has passed;
 * - `instanceDeleted` keeps or drops the instance's automated backups (DeleteAutomatedBackups).
 * Until the snapshot resource exists they record nothing (and the identifier is only checked for its format).
 */
import type { CallContext } from "../../../core/service.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { retainInstanceBackup } from "../instance-automated-backups/record.js";

export type SnapshotReason = "final" | "stop";

export function checkInstanceSnapshot(_ctx: CallContext<RdsWorld>, _snapshotId: string): void {
  // DB snapshots: wired by the DB-snapshot helper.
}

export function takeInstanceSnapshot(_ctx: CallContext<RdsWorld>, _instance: InstanceRecord, _snapshotId: string, _reason: SnapshotReason): void {
  // DB snapshots: wired by the DB-snapshot helper.
}

export function instanceDeleted(ctx: CallContext<RdsWorld>, instance: InstanceRecord, deleteAutomatedBackups: boolean): void {
  // --- Issue 13: automated backups --- retained when DeleteAutomatedBackups is false (instance-automated-backups/record.ts)
  retainInstanceBackup(ctx, instance, deleteAutomatedBackups);
  // --- end issue 13 automated backups ---
}
