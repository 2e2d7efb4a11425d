/**
 * State -> output: fresh copies with Date timestamps, absent members absent. Clusters and instances,
 * read on every describe, take copiers compiled per record layout (copier.ts); the groups `toOutput`.
 * A cluster's restorable window is computed when it is read, from the clock: it moves while it runs.
 */
import type { DBCluster, DBClusterParameterGroup, DBInstance, DBSubnetGroup } from "@aws-sdk/client-rds";
import { toOutput } from "../../../core/output.js";
import { outputCopier } from "./copier.js";
import type { ClusterParameterGroupRecord, ClusterRecord, InstanceRecord, SubnetGroupRecord } from "../world.js";

/** Every timestamp member of the RDS records this module shapes. */
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

const DAY_MS = 86_400_000;
/** Statuses in which no new changes are recorded, so the latest restorable time stands still. */
export const FROZEN_STATUSES: ReadonlySet<string> = new Set(["creating", "stopped", "stopping", "starting", "deleting", "inaccessible-encryption-credentials"]);

/**
 * The point-in-time restore window of a cluster at `now`: from the later of its creation and
 * `now - BackupRetentionPeriod days`, up to `now` while it runs (the recorded time while stopped).
 */
export function restorableWindow(record: ClusterRecord, now: number): { earliest: number; latest: number } {
  const created = record.ClusterCreateTime ?? now;
  const retention = (record.BackupRetentionPeriod ?? 1) * DAY_MS;
  const latest = FROZEN_STATUSES.has(record.Status) ? (record.LatestRestorableTime ?? created) : Math.max(now, record.LatestRestorableTime ?? created);
  return { earliest: Math.max(created, latest - retention), latest };
}

const copyCluster = outputCopier<DBCluster>(RDS_TIMESTAMPS);
const copyInstance = outputCopier<DBInstance>(RDS_TIMESTAMPS);

/** The DBCluster of a response. With `now`, the restorable times are the current ones. */
export function shapeCluster(record: ClusterRecord, now?: number): DBCluster {
  const out = copyCluster(record);
  if (now !== undefined && record.ClusterCreateTime !== undefined) {
    const window = restorableWindow(record, now);
    out.EarliestRestorableTime = dateAt(out.EarliestRestorableTime, window.earliest);
    out.LatestRestorableTime = dateAt(out.LatestRestorableTime, window.latest);
  }
  return out;
}

/** `ms` as a Date: the output's own fresh copy reset (no second Date per call), or a new one. */
function dateAt(copied: Date | undefined, ms: number): Date {
  if (copied instanceof Date) {
    copied.setTime(ms);
    return copied;
  }
  return new Date(ms);
}

export function shapeInstance(record: InstanceRecord): DBInstance {
  return copyInstance(record);
}

export function shapeSubnetGroup(record: SubnetGroupRecord): DBSubnetGroup {
  const { TagList: _tags, ...rest } = record;
  return toOutput<DBSubnetGroup>(rest, RDS_TIMESTAMPS);
}

export function shapeParameterGroup(record: ClusterParameterGroupRecord): DBClusterParameterGroup {
  const { TagList: _tags, ...rest } = record;
  return toOutput<DBClusterParameterGroup>(rest, RDS_TIMESTAMPS);
}
