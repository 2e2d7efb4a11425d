/**
 * Automated DB snapshots, in the `timed` lifecycle only, derived from the clock as the automated
 * cluster snapshots are (automated-backups/snapshots.ts): a standalone DB instance with a
 * BackupRetentionPeriod above 0 has one automated snapshot per day, taken when its
 * PreferredBackupWindow opens (the first at the first window after the instance was created), and
 * keeps those of the last BackupRetentionPeriod days. Named `rds:<instance>-yyyy-mm-dd-hh-mm` (AWS's
 * naming). Reads never change state; snapshots go with their instance (no retained backups here).
 * Simplification: a stopped instance still shows its daily snapshots (AWS skips them while stopped).
 */
import type { CallContext } from "../../../core/service.js";
import type { DBSnapshotRecord, InstanceRecord, RdsWorld } from "../world.js";
import { dbSnapshotOf } from "./record.js";
import { dailyBackupTimes } from "../shared/backup-times.js";

const MINUTE_MS = 60_000;
/** How long an automated snapshot shows `creating` in the timed lifecycle. */
export const AUTOMATED_DB_SNAPSHOT_MS = 5 * MINUTE_MS;

const ID = /^rds:(.+)-(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

function enabled(ctx: CallContext<RdsWorld>): boolean {
  return ctx.lifecycle.mode === "timed";
}

/** `rds:INSTANCE-YYYY-MM-DD-HH-MM`. */
export function automatedDbSnapshotId(instanceId: string, at: number): string {
  const d = new Date(at);
  return `rds:${instanceId}-${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}`;
}

/** Whether RDS backs the instance up itself (Aurora and Multi-AZ cluster members back up with their cluster). */
function backsUp(instance: InstanceRecord): boolean {
  return instance.DBClusterIdentifier === undefined && (instance.BackupRetentionPeriod ?? 0) > 0 && instance.DBInstanceStatus !== "creating";
}

/** The times of the automated snapshots an instance keeps at `now`, oldest first. */
function backupTimes(instance: InstanceRecord, now: number): number[] {
  const created = instance.InstanceCreateTime;
  if (created === undefined || !backsUp(instance)) return [];
  return dailyBackupTimes(created, instance.PreferredBackupWindow, instance.BackupRetentionPeriod!, now);
}

function automated(ctx: CallContext<RdsWorld>, instance: InstanceRecord, at: number): DBSnapshotRecord {
  const record = dbSnapshotOf(ctx, instance, automatedDbSnapshotId(instance.DBInstanceIdentifier, at), at, "automated");
  const done = ctx.now() >= at + AUTOMATED_DB_SNAPSHOT_MS;
  record.Status = done ? "available" : "creating";
  record.PercentProgress = done ? 100 : Math.floor(((ctx.now() - at) / AUTOMATED_DB_SNAPSHOT_MS) * 100);
  return record;
}

/** Every automated DB snapshot of this account and Region, keyed by identifier (none in the instant lifecycle). */
export function allAutomatedDbSnapshots(ctx: CallContext<RdsWorld>): Record<string, DBSnapshotRecord> {
  const out: Record<string, DBSnapshotRecord> = {};
  if (!enabled(ctx)) return out;
  for (const key in ctx.world.instances) {
    const instance = ctx.world.instances[key];
    for (const at of backupTimes(instance, ctx.now())) {
      const record = automated(ctx, instance, at);
      out[record.DBSnapshotIdentifier] = record;
    }
  }
  return out;
}

/** The automated DB snapshot an identifier (lowercase) names, if it exists now. */
export function findAutomatedDbSnapshot(ctx: CallContext<RdsWorld>, id: string): DBSnapshotRecord | undefined {
  if (!enabled(ctx)) return undefined;
  const m = ID.exec(id);
  const instance = m && Object.hasOwn(ctx.world.instances, m[1]) ? ctx.world.instances[m[1]] : undefined;
  if (!m || !instance) return undefined;
  const at = Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]), Number(m[5]), Number(m[6]));
  return backupTimes(instance, ctx.now()).includes(at) ? automated(ctx, instance, at) : undefined;
}
