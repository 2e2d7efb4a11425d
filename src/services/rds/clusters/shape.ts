/**
 * Cluster record -> DBCluster: a fresh copy with Date timestamps (a copier compiled per record layout,
 * shared/copier.ts). The restorable window is computed when the cluster is read, from the clock: it
 * moves while the cluster runs.
 */
import type { DBCluster } from "@aws-sdk/client-rds";
import { outputCopier } from "../shared/copier.js";
import { FROZEN_STATUSES, timestampsOf } from "../shared/shape.js";
import type { ClusterRecord } from "../world.js";

const DAY_MS = 86_400_000;

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

const copyCluster = outputCopier<DBCluster>(timestampsOf("DBCluster"));

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
