/**
 * Aurora PostgreSQL Limitless Database: Create/Modify/Delete/Reboot/DescribeDBShardGroups. A shard
 * group belongs to one available Limitless cluster (ClusterScalabilityType `limitless`), one per
 * cluster; its status runs creating / modifying / rebooting / deleting on the clock.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import { dnsSuffix } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { endpointLabel } from "../clusters/record.js";
import { findCluster } from "../clusters/resource.js";
import { HM } from "../messages/index.js";
import { describeResourcePage, filterPredicate, pageSize, withIdFilter, type FilterTable } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld, ShardGroupRecord } from "../world.js";
import { getShardGroup, shardGroupOfCluster, shardGroups } from "./resource.js";
import { checkCapacity, checkLimitlessCluster, checkRedundancy } from "./rules.js";
import { clusterOfGroup, shapeShardGroup } from "./shape.js";

type Ctx = CallContext<RdsWorld>;

export const shardGroupTransitions: TransitionTable<RdsWorld> = {
  shardGroup: {
    collection: (w) => w.shardGroups ?? {},
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 10 * 60_000 },
      modify: { during: "modifying", then: "available", ms: 5 * 60_000 },
      reboot: { during: "rebooting", then: "available", ms: 2 * 60_000 },
      delete: { during: "deleting", then: null, ms: 5 * 60_000, onSettle: (g: ShardGroupRecord, ctx: Ctx) => shardGroups.forget(ctx, g.DBShardGroupResourceId, g) },
    },
  },
};

const SHARD_GROUP_FILTERS: FilterTable<ShardGroupRecord> = {
  "db-shard-group-id": (g) => [g.DBShardGroupIdentifier, g.DBShardGroupArn],
  "db-cluster-id": (g) => [g.DBClusterIdentifier],
};

function requireAvailable(group: ShardGroupRecord, code: "InvalidDBShardGroupStateFault" | "InvalidDBClusterStateFault"): void {
  if (group.Status !== "available") fail(code, HM.groupState(group.DBShardGroupIdentifier, group.Status));
}

export const shardGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBShardGroup(input, ctx) {
    const id = checkIdentifier(input.DBShardGroupIdentifier, "DBShardGroupIdentifier");
    const maxAcu = input.MaxACU!;
    const minAcu = input.MinACU ?? Math.min(16, maxAcu);
    checkCapacity(maxAcu, minAcu);
    checkRedundancy(input.ComputeRedundancy);
    const tags = checkTags(input.Tags);
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkLimitlessCluster(cluster);
    const existing = shardGroupOfCluster(ctx, cluster.DbClusterResourceId);
    if (existing) fail("InvalidDBClusterStateFault", HM.clusterHasGroup(cluster.DBClusterIdentifier, existing.DBShardGroupIdentifier));
    shardGroups.requireNew(ctx, id);
    const resourceId = `shardgroup-${ctx.ids.hex(32)}`;
    const record: ShardGroupRecord = {
      DBShardGroupResourceId: resourceId,
      DBShardGroupIdentifier: id,
      DBClusterIdentifier: cluster.DBClusterIdentifier,
      ClusterResourceId: cluster.DbClusterResourceId!,
      MaxACU: maxAcu,
      MinACU: minAcu,
      ComputeRedundancy: input.ComputeRedundancy ?? 0,
      Status: "creating",
      PubliclyAccessible: input.PubliclyAccessible ?? false,
      Endpoint: `${id}.limitless-${endpointLabel(ctx)}.${ctx.region}.rds.${dnsSuffix(ctx.region)}`,
      DBShardGroupArn: shardGroups.arnOf(ctx, resourceId),
      TagList: tags,
    };
    ctx.world.shardGroups ??= {};
    ctx.world.shardGroupNames ??= {};
    shardGroups.insert(ctx, resourceId, record);
    shardGroups.begin(ctx, record, "create");
    return shapeShardGroup(ctx, record);
  },

  ModifyDBShardGroup(input, ctx) {
    const group = getShardGroup(ctx, input.DBShardGroupIdentifier!);
    checkCapacity(input.MaxACU ?? group.MaxACU!, input.MinACU ?? group.MinACU!);
    checkRedundancy(input.ComputeRedundancy);
    // Of the declared errors (DBShardGroupAlreadyExists, DBShardGroupNotFound, InvalidDBClusterState),
    // the cluster's state fault is the one for a group that is not available.
    requireAvailable(group, "InvalidDBClusterStateFault");
    const cluster = clusterOfGroup(ctx, group);
    if (cluster && cluster.Status !== "available") fail("InvalidDBClusterStateFault", HM.clusterState(cluster.DBClusterIdentifier, cluster.Status));
    if (input.MaxACU !== undefined) group.MaxACU = input.MaxACU;
    if (input.MinACU !== undefined) group.MinACU = input.MinACU;
    if (input.ComputeRedundancy !== undefined) group.ComputeRedundancy = input.ComputeRedundancy;
    shardGroups.begin(ctx, group, "modify");
    return shapeShardGroup(ctx, group);
  },

  RebootDBShardGroup(input, ctx) {
    const group = getShardGroup(ctx, input.DBShardGroupIdentifier!);
    requireAvailable(group, "InvalidDBShardGroupStateFault");
    shardGroups.begin(ctx, group, "reboot");
    return shapeShardGroup(ctx, group);
  },

  DeleteDBShardGroup(input, ctx) {
    const group = getShardGroup(ctx, input.DBShardGroupIdentifier!);
    requireAvailable(group, "InvalidDBShardGroupStateFault");
    shardGroups.begin(ctx, group, "delete");
    return shapeShardGroup(ctx, group);
  },

  DescribeDBShardGroups(input, ctx) {
    pageSize(input); // MaxRecords is checked even when one shard group is asked for
    if (input.DBShardGroupIdentifier !== undefined && (input.Filters ?? []).length === 0) {
      const group = getShardGroup(ctx, input.DBShardGroupIdentifier);
      return { DBShardGroups: [shapeShardGroup(ctx, group)] };
    }
    const shaped = (g: ShardGroupRecord) => ({ ...g, DBClusterIdentifier: clusterOfGroup(ctx, g)?.DBClusterIdentifier ?? g.DBClusterIdentifier });
    const id = input.DBShardGroupIdentifier?.toLowerCase();
    const predicate = filterPredicate(withIdFilter(input.Filters, "db-shard-group-id", id, SHARD_GROUP_FILTERS), SHARD_GROUP_FILTERS);
    const page = describeResourcePage(shardGroups, ctx, input, (g) => predicate(shaped(g)));
    if (id !== undefined && page.items.length === 0) shardGroups.descriptor.notFound(input.DBShardGroupIdentifier!);
    return { DBShardGroups: page.items.map((g) => shapeShardGroup(ctx, g)), Marker: page.Marker };
  },
};
