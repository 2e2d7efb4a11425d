/**
 * The member clusters of a global cluster. A member is linked by its Region and DbClusterResourceId
 * (a cluster rename keeps the link); the cluster itself carries `GlobalClusterIdentifier` and, on a
 * secondary, `GlobalWriteForwardingStatus`: both are kept in step here, whichever side changes.
 */
import type { CallContext } from "../../../core/service.js";
import { clusterArnParts } from "../clusters/resource.js";
import type { ClusterRecord, GlobalClusterRecord, GlobalMemberLink, RdsWorld } from "../world.js";

export interface Member {
  link: GlobalMemberLink;
  /** The context of the member's Region (its world, lifecycle and events). */
  ctx: CallContext<RdsWorld>;
  cluster: ClusterRecord;
}

function regionContext(ctx: CallContext<RdsWorld>, region: string): CallContext<RdsWorld> {
  return region === ctx.region ? ctx : ctx.contextOf(region);
}

/** The cluster of a link, or undefined once it is gone. */
export function clusterOfLink(ctx: CallContext<RdsWorld>, link: GlobalMemberLink): ClusterRecord | undefined {
  if (link.Region !== ctx.region && ctx.hasWorld && !ctx.hasWorld(link.Region)) return undefined;
  const world = regionContext(ctx, link.Region).world;
  for (const id in world.clusters) if (world.clusters[id].DbClusterResourceId === link.DbClusterResourceId) return world.clusters[id];
  return undefined;
}

/** Every member still there, the writer first. */
export function membersOf(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord): Member[] {
  const out: Member[] = [];
  for (const link of g.Members) {
    const cluster = clusterOfLink(ctx, link);
    if (cluster) out.push({ link, ctx: regionContext(ctx, link.Region), cluster });
  }
  return out;
}

export function writerOf(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord): Member | undefined {
  return membersOf(ctx, g).find((m) => m.link.IsWriter);
}

/** The member a DB cluster ARN of this account names (any Region), or undefined. */
export function memberByArn(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord, arn: string): Member | undefined {
  const parts = clusterArnParts(ctx, arn);
  if (!parts) return undefined;
  return membersOf(ctx, g).find((m) => m.link.Region === parts.region && m.cluster.DBClusterIdentifier === parts.id);
}

/** Links `cluster` (in ctx's Region) to `g`: the first member is the writer, later ones are secondaries. */
export function addMember(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord, cluster: ClusterRecord, forwarding = false): void {
  const isWriter = g.Members.length === 0;
  g.Members.push({ Region: ctx.region, DbClusterResourceId: cluster.DbClusterResourceId!, IsWriter: isWriter });
  cluster.GlobalClusterIdentifier = g.GlobalClusterIdentifier;
  // Write forwarding is a secondary's setting (Aurora user guide, "Using write forwarding in an Aurora global database").
  if (!isWriter) cluster.GlobalWriteForwardingStatus = forwarding ? "enabled" : "disabled";
}

/** Unlinks a member: the cluster forgets the global cluster; the global cluster forgets the member. */
export function dropMember(g: GlobalClusterRecord, member: Member): void {
  g.Members = g.Members.filter((l) => l !== member.link);
  delete member.cluster.GlobalClusterIdentifier;
  delete member.cluster.GlobalWriteForwardingStatus;
  member.cluster.GlobalWriteForwardingRequested = false;
}

/** Makes `target` the writer and every other member a secondary (write forwarding off, as after a role change). */
export function setWriter(g: GlobalClusterRecord, members: readonly Member[], target: GlobalMemberLink): void {
  for (const m of members) {
    m.link.IsWriter = m.link === target;
    if (m.link.IsWriter) {
      delete m.cluster.GlobalWriteForwardingStatus;
      m.cluster.GlobalWriteForwardingRequested = false;
    } else m.cluster.GlobalWriteForwardingStatus ??= "disabled";
  }
  // The writer is listed first, as DescribeGlobalClusters lists it.
  g.Members = [...g.Members].sort((a, b) => Number(b.IsWriter) - Number(a.IsWriter));
}
