/**
 * Cluster rules: when a cluster may change, and the two cluster quotas. Every check runs before the
 * first change, so a failed call leaves state untouched.
 */
import { conflict, quotaExceeded } from "../errors.js";
import { messages } from "../messages.js";
import type { ClusterRecord, ClusterStatus, DsqlContext } from "../world.js";
import { clusters } from "./resource.js";

/** Statuses in which a change is still running: UpdateCluster and DeleteCluster must wait. */
const BUSY: ReadonlySet<ClusterStatus> = new Set(["CREATING", "UPDATING"]);
/** Statuses of a cluster on its way out: it can no longer be peered or hold a link open. */
const LEAVING: ReadonlySet<ClusterStatus> = new Set(["DELETING", "PENDING_DELETE", "DELETED"]);

export function isBusy(c: ClusterRecord): boolean {
  return BUSY.has(c.status);
}

export function isLeaving(c: ClusterRecord): boolean {
  return LEAVING.has(c.status);
}

/** A ConflictException naming the cluster's status: `operation` must wait until it leaves it. */
export function clusterBusy(c: ClusterRecord, operation: string, id = c.identifier): never {
  return conflict("cluster", id, messages.clusterBusy(id, c.status, operation));
}

/**
 * Quotas count the Region's clusters that are not being deleted, single- and multi-Region apart. The
 * walk is bounded by the quotas themselves (no Region holds more clusters than they allow).
 */
export function checkClusterQuota(ctx: DsqlContext, multiRegion: boolean, id = clusters.arnOf(ctx, "*")): void {
  const count = clusters.count(ctx, (c) => c.status !== "DELETING" && Boolean(c.multiRegionProperties) === multiRegion);
  const name = multiRegion ? "multiRegionClusters" : "singleRegionClusters";
  const limit = ctx.quota(name);
  if (count >= limit) {
    const message = multiRegion ? messages.multiRegionQuota(limit, ctx.region) : messages.singleRegionQuota(limit, ctx.region);
    quotaExceeded("cluster", id, name, message);
  }
}
