/**
 * What several folders' shape.ts files share: the timestamp members of the RDS records (epoch ms in
 * state, Dates in outputs) and the cluster statuses that freeze its restorable time.
 */

/** Timestamp members of the RDS records turned into outputs. */
export const RDS_TIMESTAMPS: ReadonlySet<string> = new Set([
  "ClusterCreateTime",
  "EarliestRestorableTime",
  "LatestRestorableTime",
  "EarliestBacktrackTime",
  "IOOptimizedNextAllowedModificationTime",
  "AutomaticRestartTime",
  "ValidTill",
  "InstanceCreateTime",
  "ResumeFullAutomationModeTime",
  "SnapshotCreateTime",
  "OriginalSnapshotCreateTime",
]);

/** Statuses in which no new changes are recorded, so the latest restorable time stands still. */
export const FROZEN_STATUSES: ReadonlySet<string> = new Set(["creating", "stopped", "stopping", "starting", "deleting", "inaccessible-encryption-credentials"]);
