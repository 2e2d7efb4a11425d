/**
 * Service quotas (DocumentDB developer guide, "Elastic cluster quotas"), overridable with
 * `createMockBackend({ quotas: { "docdb-elastic": { clusters, vcpus, manualSnapshots } } })`.
 */
import type { CallContext } from "../../core/service.js";
import { quotaExceeded } from "./errors.js";
import { message } from "./messages.js";
import type { DocdbWorld } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

export const QUOTA_DEFAULTS = {
  /** Elastic clusters per Region. */
  clusters: 20,
  /** vCPUs summed across all elastic clusters per Region (shardCapacity x shardCount of each). */
  vcpus: 1024,
  /** Manual cluster snapshots per Region. */
  manualSnapshots: 20,
};

/** A cluster's vCPUs for the Region quota: its shards times the vCPUs of each shard. */
export const vcpusOf = (c: { shardCapacity: number; shardCount: number }): number => c.shardCapacity * c.shardCount;

/** One more cluster with `vcpus` fits. */
export function checkNewClusterQuotas(ctx: Ctx, vcpus: number): void {
  const clusters = Object.values(ctx.world.clusters);
  const max = ctx.quota("clusters");
  if (clusters.length >= max) quotaExceeded(message.clusterQuota(max));
  checkVcpus(ctx, vcpus, undefined);
}

/** The Region's vCPUs stay within the quota when cluster `replacing` (if any) uses `vcpus` instead. */
export function checkVcpus(ctx: Ctx, vcpus: number, replacing: string | undefined): void {
  let used = 0;
  for (const c of Object.values(ctx.world.clusters)) if (c.id !== replacing) used += vcpusOf(c);
  const max = ctx.quota("vcpus");
  if (used + vcpus > max) quotaExceeded(message.vcpuQuota(vcpus, used, max));
}

export function checkSnapshotQuota(ctx: Ctx): void {
  let manual = 0;
  for (const s of Object.values(ctx.world.snapshots)) if (s.snapshotType === "MANUAL") manual++;
  const max = ctx.quota("manualSnapshots");
  if (manual >= max) quotaExceeded(message.snapshotQuota(max));
}
