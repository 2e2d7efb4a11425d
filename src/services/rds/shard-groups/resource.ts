/**
 * DB shard groups of Aurora PostgreSQL Limitless Database: keyed by DBShardGroupResourceId (their ARN
 * is `shard-group:<resource id>`), unique per account and Region by lowercase DBShardGroupIdentifier.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { HM } from "../messages/index.js";
import { NO_RECORDS, own } from "../shared/identifiers.js";
import type { RdsWorld, ShardGroupRecord } from "../world.js";

export const shardGroups = defineResource<RdsWorld, ShardGroupRecord>({
  name: "DB shard group",
  // Dumps saved before shard groups existed have neither collection: reads see none, the first create makes them.
  collection: (world) => world.shardGroups ?? NO_RECORDS,
  arn: { service: "rds", type: "shard-group" },
  notFound: (id) => fail("DBShardGroupNotFoundFault", HM.notFound(id)),
  alreadyExists: (id) => fail("DBShardGroupAlreadyExistsFault", HM.exists(id)),
  names: { index: (world) => world.shardGroupNames ?? NO_RECORDS, of: (g) => g.DBShardGroupIdentifier },
  quota: { name: "dbShardGroups", exceeded: (limit) => fail("MaxDBShardGroupLimitReached", HM.quota(limit)) },
  sortKey: (_id, g) => g.DBShardGroupIdentifier,
  lifecycle: { kind: "shardGroup", id: (g) => g.DBShardGroupResourceId },
});

/** The shard group a DBShardGroupIdentifier names (any case), or undefined. */
export function findShardGroup(ctx: CallContext<RdsWorld>, identifier: string): ShardGroupRecord | undefined {
  const key = own(ctx.world.shardGroupNames ?? {}, identifier.toLowerCase());
  return key === undefined ? undefined : shardGroups.find(ctx, key);
}

/** The shard group a DBShardGroupIdentifier names, or DBShardGroupNotFoundFault. */
export function getShardGroup(ctx: CallContext<RdsWorld>, identifier: string): ShardGroupRecord {
  return findShardGroup(ctx, identifier) ?? shardGroups.descriptor.notFound(identifier);
}

/** The shard group of a cluster (by its DbClusterResourceId), if it has one: a Limitless cluster has at most one. */
export function shardGroupOfCluster(ctx: CallContext<RdsWorld>, clusterResourceId: string | undefined): ShardGroupRecord | undefined {
  return Object.values(ctx.world.shardGroups ?? {}).find((g) => g.ClusterResourceId === clusterResourceId);
}
