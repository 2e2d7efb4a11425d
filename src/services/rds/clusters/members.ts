/**
 * DB cluster membership: the DBClusterMembers list of a cluster, kept beside its instances. The first
 * instance becomes the writer; when the writer goes, the reader with the lowest promotion tier takes over.
 */
import { clusters } from "./resource.js";
import { instances } from "../instances/resource.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

export function addMember(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, instance: InstanceRecord): void {
  const members = (cluster.DBClusterMembers ??= []);
  members.push({
    DBInstanceIdentifier: instance.DBInstanceIdentifier,
    IsClusterWriter: !members.some((m) => m.IsClusterWriter),
    DBClusterParameterGroupStatus: "in-sync",
    PromotionTier: instance.PromotionTier ?? 1,
  });
  refreshMultiAz(ctx, cluster);
}

export function writerOf(cluster: ClusterRecord): string | undefined {
  return cluster.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier;
}

/**
 * The reader to promote when no target is named: lowest promotion tier, then identifier order. An
 * instance that is being deleted is never chosen (it is on its way out of the cluster).
 */
export function nextWriter(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, excluding?: string): string | undefined {
  const candidate = (id: string | undefined) => {
    const instance = id === undefined || id === excluding ? undefined : instances.find(ctx, id);
    return instance !== undefined && instance.DBInstanceStatus !== "deleting";
  };
  const readers = (cluster.DBClusterMembers ?? []).filter((m) => !m.IsClusterWriter && candidate(m.DBInstanceIdentifier));
  readers.sort((a, b) => (a.PromotionTier ?? 1) - (b.PromotionTier ?? 1) || (a.DBInstanceIdentifier! < b.DBInstanceIdentifier! ? -1 : 1));
  return readers[0]?.DBInstanceIdentifier;
}

/** Makes `target` the writer (and every other member a reader). */
export function setWriter(cluster: ClusterRecord, target: string): void {
  for (const m of cluster.DBClusterMembers ?? []) m.IsClusterWriter = m.DBInstanceIdentifier === target;
}

/** The writer is going away: the next reader takes over at once, as Aurora fails over. */
export function writerLeaving(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, instanceId: string): void {
  if (writerOf(cluster) !== instanceId) return;
  const next = nextWriter(ctx, cluster, instanceId);
  if (next) setWriter(cluster, next);
}

/** Settles an instance's removal from its cluster (the instance record is already gone). */
export function memberLeft(ctx: CallContext<RdsWorld>, instance: InstanceRecord): void {
  const cluster = instance.DBClusterIdentifier ? clusters.find(ctx, instance.DBClusterIdentifier) : undefined;
  if (!cluster?.DBClusterMembers) return;
  writerLeaving(ctx, cluster, instance.DBInstanceIdentifier);
  cluster.DBClusterMembers = cluster.DBClusterMembers.filter((m) => m.DBInstanceIdentifier !== instance.DBInstanceIdentifier);
  refreshMultiAz(ctx, cluster);
  // A deleted cluster waits for its last instance (clusters/transitions.ts): once its own delete has run, it goes now.
  // (Its transitions are keyed by its resource id: shared/resource-keys.ts.)
  if (cluster.Status === "deleting" && cluster.DBClusterMembers.length === 0 && ctx.lifecycle.pending("cluster", cluster.DbClusterResourceId!) === undefined) {
    delete ctx.world.clusters[cluster.DBClusterIdentifier];
  }
}

export function renameMember(cluster: ClusterRecord, from: string, to: string): void {
  for (const m of cluster.DBClusterMembers ?? []) if (m.DBInstanceIdentifier === from) m.DBInstanceIdentifier = to;
}

export function setMemberTier(cluster: ClusterRecord, instanceId: string, tier: number): void {
  for (const m of cluster.DBClusterMembers ?? []) if (m.DBInstanceIdentifier === instanceId) m.PromotionTier = tier;
}

/** An Aurora cluster is Multi-AZ when its instances are in more than one Availability Zone. */
export function refreshMultiAz(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): void {
  const azs = new Set<string | undefined>();
  for (const m of cluster.DBClusterMembers ?? []) azs.add(instances.find(ctx, m.DBInstanceIdentifier!)?.AvailabilityZone);
  azs.delete(undefined);
  if (cluster.Engine?.startsWith("aurora")) cluster.MultiAZ = azs.size > 1;
}

/** The instances of a cluster, in member order. */
export function membersOf(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): InstanceRecord[] {
  const out: InstanceRecord[] = [];
  for (const m of cluster.DBClusterMembers ?? []) {
    const instance = instances.find(ctx, m.DBInstanceIdentifier!);
    if (instance) out.push(instance);
  }
  return out;
}

/** The cluster's instances, each required to be `available` (InvalidDBInstanceStateFault naming the first that is not). */
export function availableMembers(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): InstanceRecord[] {
  const members = membersOf(ctx, cluster);
  for (const m of members) {
    if (m.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", M.instanceState(m.DBInstanceIdentifier, m.DBInstanceStatus, "available"));
  }
  return members;
}

/** The cluster is in `wanted` status, else InvalidDBClusterStateFault naming both. */
export function checkClusterState(cluster: ClusterRecord, wanted: string): void {
  if (cluster.Status !== wanted) fail("InvalidDBClusterStateFault", M.clusterState(cluster.DBClusterIdentifier, cluster.Status, wanted));
}
