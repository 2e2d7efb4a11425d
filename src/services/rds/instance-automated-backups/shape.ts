/**
 * Automated backup record -> DBInstanceAutomatedBackup: the SDK members only (the record's `Source` and
 * `RetainedUntil` stay inside), Date timestamps, and the restore window as it is now.
 */
import type { DBInstanceAutomatedBackup } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { outputCopier } from "../shared/copier.js";
import { timestampsOf } from "../shared/shape.js";
import type { InstanceAutomatedBackupRecord, RdsWorld } from "../world.js";
import { instanceWindow, storedWindow, type RestoreWindow } from "./record.js";

const copyBackup = outputCopier<DBInstanceAutomatedBackup>(timestampsOf("DBInstanceAutomatedBackup"));

/** The source instance of a replicated backup, in its own Region (undefined once it is gone). */
function replicationSourceWindow(ctx: CallContext<RdsWorld>, record: InstanceAutomatedBackupRecord): RestoreWindow | undefined {
  if (!record.Region || record.Region === ctx.region) return undefined;
  const source = ctx.contextOf(record.Region).world;
  for (const key in source.instances) {
    if (source.instances[key].DbiResourceId === record.DbiResourceId) return instanceWindow(source.instances[key], ctx.now());
  }
  return undefined;
}

/**
 * The window a backup shows now: a running instance's is computed already; a retained one's earliest time
 * moves on; a replicating one follows its source up to the source's latest time, back to its own retention.
 */
export function currentWindow(ctx: CallContext<RdsWorld>, record: InstanceAutomatedBackupRecord): RestoreWindow | undefined {
  if (record.Status === "retained") return storedWindow(record, ctx.now());
  if (record.Status !== "replicating") {
    const w = record.RestoreWindow;
    return w?.EarliestTime !== undefined && w.LatestTime !== undefined ? { earliest: w.EarliestTime, latest: w.LatestTime } : undefined;
  }
  const live = replicationSourceWindow(ctx, record);
  const start = record.RestoreWindow?.EarliestTime ?? ctx.now();
  if (!live) return undefined;
  const earliest = Math.max(start, live.earliest, ctx.now() - (record.BackupRetentionPeriod ?? 0) * 86_400_000);
  return { earliest, latest: Math.max(earliest, live.latest) };
}

export function shapeInstanceBackup(ctx: CallContext<RdsWorld>, record: InstanceAutomatedBackupRecord): DBInstanceAutomatedBackup {
  const { Source: _source, RetainedUntil: _until, RestoreWindow: _window, ...members } = record;
  const out = copyBackup(members);
  const window = currentWindow(ctx, record);
  if (window) out.RestoreWindow = { EarliestTime: new Date(window.earliest), LatestTime: new Date(window.latest) };
  return out;
}
