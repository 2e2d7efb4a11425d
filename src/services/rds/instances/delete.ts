/**
 * DeleteDBInstance of a standalone DB instance (RDS API reference, DeleteDBInstance):
 * - SkipFinalSnapshot true, or a FinalDBSnapshotIdentifier (1-255 letters, digits, hyphens, a letter first,
 *   no `--`, no trailing hyphen), never both; a read replica must skip the final snapshot;
 * - an instance in status failed, incompatible-restore or incompatible-network only with SkipFinalSnapshot;
 * - DeletionProtection blocks the delete (InvalidParameterCombination, AWS's message);
 * - DeleteAutomatedBackups (default true) decides whether automated backups stay (instances/hooks.ts).
 * Status deleting, then the record is gone on the clock (`instance.delete`).
 */
import type { DeleteDBInstanceCommandInput, DeleteDBInstanceCommandOutput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { beginInstance } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { checkInstanceSnapshot, instanceDeleted, takeInstanceSnapshot } from "./hooks.js";
import { cancelRestart } from "./lifecycle.js";
import { SIM } from "../messages/index.js";
import { shapeInstance } from "./shape.js";

/** Statuses a standalone instance can be deleted from (the transitional ones of other operations excluded). */
const DELETABLE = [
  "available", "backing-up", "creating", "stopped", "storage-full", "storage-optimization", "failed", "incompatible-restore",
  "incompatible-network", "incompatible-parameters", "incompatible-option-group", "inaccessible-encryption-credentials", "modifying",
];
/** Failure states RDS deletes only without a final snapshot (SkipFinalSnapshot). */
const SKIP_ONLY = ["failed", "incompatible-restore", "incompatible-network"];

type Output = Omit<DeleteDBInstanceCommandOutput, "$metadata">;

export function deleteStandalone(input: DeleteDBInstanceCommandInput, ctx: CallContext<RdsWorld>, instance: InstanceRecord): Output {
  const skip = input.SkipFinalSnapshot === true;
  const finalId = input.FinalDBSnapshotIdentifier;
  if (skip && finalId !== undefined) fail("InvalidParameterCombination", SIM.finalSnapshotAndSkip());
  if (!skip && finalId === undefined) fail("InvalidParameterCombination", SIM.finalSnapshotRequired());
  const snapshotId = finalId === undefined ? undefined : checkIdentifier(finalId, "FinalDBSnapshotIdentifier", { maxLength: 255 });
  if (snapshotId !== undefined && instance.ReadReplicaSourceDBInstanceIdentifier !== undefined) {
    fail("InvalidParameterCombination", SIM.replicaFinalSnapshot(instance.DBInstanceIdentifier));
  }
  if (instance.DeletionProtection) fail("InvalidParameterCombination", SIM.deletionProtection());
  if (!DELETABLE.includes(instance.DBInstanceStatus)) {
    fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, DELETABLE.join(", ")));
  }
  if (!skip && SKIP_ONLY.includes(instance.DBInstanceStatus)) fail("InvalidDBInstanceStateFault", SIM.failedNeedsSkip(instance.DBInstanceStatus));
  if (snapshotId !== undefined) checkInstanceSnapshot(ctx, snapshotId);
  // Every check has passed: from here on, state changes.
  if (snapshotId !== undefined) takeInstanceSnapshot(ctx, instance, snapshotId, "final");
  cancelRestart(ctx, instance);
  instanceDeleted(ctx, instance, input.DeleteAutomatedBackups !== false);
  beginInstance(ctx, instance, "delete");
  return { DBInstance: shapeInstance(instance) };
}
