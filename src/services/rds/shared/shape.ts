/**
 * What several folders' shape.ts files share: the timestamp members of the RDS outputs (epoch ms in
 * state, Dates in outputs; from the model), the cluster statuses that freeze its restorable time, and
 * a snapshot's output with its progress.
 */
import { toOutput } from "../../../core/output.js";
import { rdsModel } from "../model.generated.js";

/** The timestamp members (at any depth) of an output structure, as the RDS model lists them. */
export function timestampsOf(shape: string): ReadonlySet<string> {
  return new Set(Object.hasOwn(rdsModel.timestamps, shape) ? rdsModel.timestamps[shape as keyof typeof rdsModel.timestamps] : []);
}

/** Statuses in which no new changes are recorded, so the latest restorable time stands still. */
export const FROZEN_STATUSES: ReadonlySet<string> = new Set(["creating", "stopped", "stopping", "starting", "deleting", "inaccessible-encryption-credentials"]);

/**
 * A snapshot's output (DB or DB cluster snapshot): the listed members the record has, and, while a
 * manual snapshot runs (`runningMs` of its create or copy), the share of that time that has passed,
 * below 100 until it is available. Reads change nothing.
 */
export function snapshotOutput<T>(
  record: { SnapshotType?: string; SnapshotCreateTime?: number },
  members: readonly string[],
  timestamps: ReadonlySet<string>,
  runningMs: number | undefined,
  now: number | undefined,
): T {
  const picked: Record<string, unknown> = {};
  const source = record as unknown as Record<string, unknown>;
  for (const key of members) if (source[key] !== undefined) picked[key] = source[key];
  const ms = now === undefined || record.SnapshotType === "automated" ? undefined : runningMs;
  if (ms !== undefined && now !== undefined && record.SnapshotCreateTime !== undefined) {
    picked.PercentProgress = Math.max(0, Math.min(99, Math.floor(((now - record.SnapshotCreateTime) / ms) * 100)));
  }
  return toOutput<T>(picked, timestamps);
}
