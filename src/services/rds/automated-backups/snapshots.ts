/**
 * Automated DB cluster snapshots, in the `timed` lifecycle only. They are derived from the clock
 * rather than stored: a cluster has one automated snapshot per day, taken at the start of its
 * PreferredBackupWindow (the first one at the first window after the cluster was created), and keeps
 * those of the last BackupRetentionPeriod days. Deriving them means no recurring task per cluster,
 * nothing to clean up when a cluster or its retention changes, and reads that never change state.
 * A snapshot shows `creating` for its first minutes, then `available`; it carries the cluster's
 * current settings. Automated snapshots go when their cluster is deleted (no retained backups here).
 */
import type { CallContext } from "../../../core/service.js";
import { snapshotOf, type SnapshotRecord } from "../cluster-snapshots/record.js";
import type { ClusterRecord, RdsWorld } from "../world.js";
import { dailyBackupTimes } from "../shared/backup-times.js";

const MINUTE_MS = 60_000;
/** How long an automated snapshot shows `creating` in the timed lifecycle. */
export const AUTOMATED_SNAPSHOT_MS = 5 * MINUTE_MS;

const ID = /^rds:(.+)-(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})$/;

function enabled(ctx: CallContext<RdsWorld>): boolean {
  return ctx.lifecycle.mode === "timed";
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `rds:CLUSTER-YYYY-MM-DD-HH-MM`, AWS's naming of automated cluster snapshots. */
export function automatedSnapshotId(clusterId: string, at: number): string {
  const d = new Date(at);
  const stamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}`;
  return `rds:${clusterId}-${stamp}`;
}

/** The times of the automated snapshots a cluster keeps at `now`, oldest first. */
function backupTimes(cluster: ClusterRecord, now: number): number[] {
  const created = cluster.ClusterCreateTime;
  if (created === undefined || cluster.Status === "creating") return [];
  return dailyBackupTimes(created, cluster.PreferredBackupWindow, Math.max(1, cluster.BackupRetentionPeriod ?? 1), now);
}

function automated(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, at: number): SnapshotRecord {
  const record = snapshotOf(ctx, cluster, automatedSnapshotId(cluster.DBClusterIdentifier, at), at, "automated");
  const done = ctx.now() >= at + AUTOMATED_SNAPSHOT_MS;
  record.Status = done ? "available" : "creating";
  record.PercentProgress = done ? 100 : Math.floor(((ctx.now() - at) / AUTOMATED_SNAPSHOT_MS) * 100);
  if (cluster.CopyTagsToSnapshot === true) record.TagList = (cluster.TagList ?? []).map((t) => ({ ...t }));
  return record;
}

/** The automated snapshots of one cluster (none in the instant lifecycle). */
export function automatedSnapshotsOf(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): SnapshotRecord[] {
  if (!enabled(ctx)) return [];
  return backupTimes(cluster, ctx.now()).map((at) => automated(ctx, cluster, at));
}

/** Every automated snapshot of this account and Region, keyed by identifier. */
export function allAutomatedSnapshots(ctx: CallContext<RdsWorld>): Record<string, SnapshotRecord> {
  const out: Record<string, SnapshotRecord> = {};
  if (!enabled(ctx)) return out;
  for (const key in ctx.world.clusters) {
    for (const record of automatedSnapshotsOf(ctx, ctx.world.clusters[key])) out[record.DBClusterSnapshotIdentifier] = record;
  }
  return out;
}

/** The automated snapshot an identifier (lowercase) names, if it exists now. */
export function findAutomatedSnapshot(ctx: CallContext<RdsWorld>, id: string): SnapshotRecord | undefined {
  if (!enabled(ctx)) return undefined;
  const m = ID.exec(id);
  const cluster = m ? ctx.world.clusters[m[1]] : undefined;
  if (!m || !cluster) return undefined;
  const at = Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]), Number(m[5]), Number(m[6]));
  return backupTimes(cluster, ctx.now()).includes(at) ? automated(ctx, cluster, at) : undefined;
}
