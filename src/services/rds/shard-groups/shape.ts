/** A stored DB shard group -> the SDK's DBShardGroup, with its cluster's current identifier. */
import type { DBShardGroup } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import type { ClusterRecord, RdsWorld, ShardGroupRecord } from "../world.js";

/** The cluster a shard group belongs to, by its never-changing resource id (a rename keeps the link). */
export function clusterOfGroup(ctx: CallContext<RdsWorld>, group: ShardGroupRecord): ClusterRecord | undefined {
  return Object.values(ctx.world.clusters).find((c) => c.DbClusterResourceId === group.ClusterResourceId);
}

export function shapeShardGroup(ctx: CallContext<RdsWorld>, group: ShardGroupRecord): DBShardGroup {
  const { ClusterResourceId: _resource, TagList, ...rest } = group;
  return { ...rest, DBClusterIdentifier: clusterOfGroup(ctx, group)?.DBClusterIdentifier ?? group.DBClusterIdentifier, TagList: TagList?.map((t) => ({ ...t })) ?? [] };
}
