/** The documented rules of elastic cluster snapshots: their state, who deletes automated ones, the type filter. */
import { conflict, problem, type Problem } from "../errors.js";
import { constraint, message } from "../messages.js";
import type { SnapshotRecord } from "../world.js";

export function requireActiveSnapshot(snapshot: SnapshotRecord, operation: string): void {
  if (snapshot.status !== "ACTIVE") {
    conflict("cluster-snapshot", snapshot.snapshotArn, message.snapshotState(snapshot.snapshotArn, snapshot.status, operation));
  }
}

/** AWS removes automated snapshots itself (with the cluster or at the end of the retention period). */
export function requireManualToDelete(snapshot: SnapshotRecord): void {
  if (snapshot.snapshotType === "AUTOMATED") conflict("cluster-snapshot", snapshot.snapshotArn, message.automatedSnapshotDelete(snapshot.snapshotArn));
}

/** `snapshotType` is free text in the model; the documented values are accepted in either case. */
export function snapshotTypeOf(value: string | undefined): "MANUAL" | "AUTOMATED" | undefined {
  const upper = value?.toUpperCase();
  return upper === "MANUAL" || upper === "AUTOMATED" ? upper : undefined;
}

export function snapshotTypeProblem(value: string | undefined): Problem | undefined {
  return value === undefined || snapshotTypeOf(value) ? undefined : problem("snapshotType", value, constraint.snapshotType);
}
