/**
 * CreateDBCluster, DescribeDBClusters and DeleteDBCluster: the cluster's life from creating to gone,
 * read replicas of another cluster, and the managed instances of a Multi-AZ DB cluster.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { dropClusterBacktracks } from "./backtracks.js";
import { dropClusterEndpoints } from "../cluster-endpoints/operations.js";
import { clusterArnParts, clusterByArn, clusters, findCluster } from "./resource.js";
import { clusterSnapshots } from "../cluster-snapshots/resource.js";
import { checkClusterParams } from "./create-rules.js";
import { newClusterRecord } from "./record.js";
import { checkEngine } from "./rules.js";
import { describePage, describeResourcePage, filterPredicate, withIdFilter, type FilterTable } from "../shared/filters.js";
import { checkIdentifier, reachesLimit } from "../shared/identifiers.js";
import { addMultiAzInstances, dropInstance } from "../instances/record.js";
import { checkClusterState, membersOf } from "./members.js";
import { HM, M } from "../messages/index.js";
import { shardGroupOfCluster } from "../shard-groups/resource.js";
import { beginCluster, beginSecret } from "../shared/resource-keys.js";
import { shapeCluster } from "./shape.js";
import { createClusterSnapshotRecord } from "../cluster-snapshots/record.js";
// --- read replicas ---
import { promoteClusterReplicas } from "../read-replicas/cluster-source.js";
// --- end read replicas ---
import type { ClusterRecord, RdsWorld } from "../world.js";
// --- Issue 13: automated backups ---
import { retainClusterBackup } from "../automated-backups/cluster-backups.js";
// --- end issue 13 automated backups ---
// --- Aurora global databases ---
import { checkGlobalDelete, checkGlobalJoin, joinGlobal, leaveGlobalOnDelete } from "../global-clusters/join.js";
// --- end global databases ---
import { checkNotInDeployment } from "../blue-green/resource.js";

/** Statuses from which a cluster can be deleted. */
const DELETABLE = ["available", "stopped", "failed", "storage-full", "inaccessible-encryption-credentials", "incompatible-parameters", "incompatible-restore", "incompatible-network"];

export const CLUSTER_FILTERS: FilterTable<ClusterRecord> = {
  "clone-group-id": (c) => [c.CloneGroupId],
  "db-cluster-id": (c) => [c.DBClusterIdentifier, c.DBClusterArn],
  "db-cluster-resource-id": (c) => [c.DbClusterResourceId],
  domain: (c) => (c.DomainMemberships ?? []).map((d) => d.Domain),
  engine: (c) => [c.Engine],
};

interface ReplicationSource {
  ctx: CallContext<RdsWorld>;
  cluster: ClusterRecord;
}

/** The source cluster of a read replica: an identifier in this Region, or a cluster ARN of this account in any Region. */
function replicationSource(ctx: CallContext<RdsWorld>, value: string): ReplicationSource {
  let sourceCtx = ctx;
  let id: string | undefined = value;
  if (value.startsWith("arn:")) {
    const parsed = clusterArnParts(ctx, value);
    if (!parsed) fail("InvalidParameterValue", M.replicationSource(value));
    id = parsed.id;
    if (parsed.region !== ctx.region) sourceCtx = ctx.contextOf(parsed.region);
  }
  const cluster = clusters.find(sourceCtx, id) ?? clusters.descriptor.notFound(value);
  return { ctx: sourceCtx, cluster };
}

export const clusterLifecycleOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBCluster(given, ctx) {
    // --- Aurora global databases: GlobalClusterIdentifier makes a primary or a secondary (global-clusters/join.ts) ---
    const { input, join } = checkGlobalJoin(ctx, given);
    // --- end global databases ---
    const isReplica = input.ReplicationSourceIdentifier !== undefined;
    const params = checkClusterParams(ctx, input, { requireCredentials: !isReplica && join?.secondary !== true });
    let source: ReplicationSource | undefined;
    if (isReplica) {
      source = replicationSource(ctx, input.ReplicationSourceIdentifier!);
      if (source.cluster.Engine !== params.Engine) fail("InvalidParameterCombination", M.replicaEngine(params.Engine, source.cluster.Engine!));
      checkClusterState(source.cluster, "available");
      params.ReplicationSourceIdentifier = source.cluster.DBClusterArn;
      params.MasterUsername ??= source.cluster.MasterUsername;
      if (source.cluster.StorageEncrypted) {
        if (params.StorageEncrypted === false) fail("InvalidParameterCombination", M.replicaUnencrypted(source.cluster.DBClusterIdentifier));
        params.StorageEncrypted = true;
        // Documented: without KmsKeyId a replica uses its source's key (in another Region: that Region's default key).
        if (params.KmsKeyId === undefined && source.ctx === ctx) params.KmsKeyId = source.cluster.KmsKeyId;
      }
    }
    const engine = checkEngine(params.Engine);
    if (engine.kind === "multi-az") {
      const limit = ctx.quota("dbInstances");
      if (reachesLimit(ctx.world.instances, limit - 2)) fail("InstanceQuotaExceededFault", M.instanceQuota(limit));
    }
    // Every check has passed: from here on, state changes.
    const record = storeNewCluster(ctx, newClusterRecord(ctx, params));
    if (source) (source.cluster.ReadReplicaIdentifiers ??= []).push(record.DBClusterArn!);
    if (join) joinGlobal(ctx, join, record, input.EnableGlobalWriteForwarding); // --- global databases ---
    return { DBCluster: shapeCluster(record, ctx.now()) };
  },

  DescribeDBClusters(input, ctx) {
    const id = input.DBClusterIdentifier;
    if (id !== undefined && (input.Filters ?? []).length === 0) {
      // The common case (one cluster by name or ARN) is a lookup, not a scan.
      const cluster = findCluster(ctx, id);
      describePage({}, input); // MaxRecords is checked even when one cluster is asked for
      return { DBClusters: [shapeCluster(cluster, ctx.now())] };
    }
    // Built only for a scan: the lookup above needs no predicate (and without Filters none can fail).
    const keep = filterPredicate(withIdFilter(input.Filters, "db-cluster-id", id, CLUSTER_FILTERS), CLUSTER_FILTERS);
    const page = describeResourcePage(clusters, ctx, input, keep);
    if (id !== undefined && page.items.length === 0) fail("DBClusterNotFoundFault", M.clusterNotFound(id));
    const now = ctx.now();
    return { DBClusters: page.items.map((c) => shapeCluster(c, now)), Marker: page.Marker };
  },

  DeleteDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    const id = cluster.DBClusterIdentifier;
    // Issue 14: a database in a blue/green deployment stays while the deployment exists.
    checkNotInDeployment(ctx, "cluster", cluster.DbClusterResourceId, id);
    if (input.SkipFinalSnapshot === true && input.FinalDBSnapshotIdentifier !== undefined) {
      fail("InvalidParameterCombination", M.finalSnapshotAndSkip());
    }
    if (input.SkipFinalSnapshot !== true && input.FinalDBSnapshotIdentifier === undefined) {
      fail("InvalidParameterCombination", M.finalSnapshotRequired());
    }
    const snapshotId =
      input.FinalDBSnapshotIdentifier === undefined
        ? undefined
        : checkIdentifier(input.FinalDBSnapshotIdentifier, "FinalDBSnapshotIdentifier", { maxLength: 255 });
    if (cluster.DeletionProtection) fail("InvalidParameterCombination", M.deletionProtection(id));
    if (!DELETABLE.includes(cluster.Status)) fail("InvalidDBClusterStateFault", M.clusterState(id, cluster.Status, DELETABLE.join(", ")));
    const multiAz = cluster.Engine === "mysql" || cluster.Engine === "postgres";
    // Members already being deleted do not hold the cluster back (AWS: "DB instances in non-deleting state").
    const members = membersOf(ctx, cluster).filter((m) => m.DBInstanceStatus !== "deleting");
    if (!multiAz && members.length > 0) fail("InvalidDBClusterStateFault", M.clusterHasInstances(id, members.length));
    // A Limitless Database cluster's DB shard group must be deleted first (as its DB instances are).
    const shardGroup = shardGroupOfCluster(ctx, cluster.DbClusterResourceId);
    if (shardGroup) fail("InvalidDBClusterStateFault", HM.clusterDeleteWithGroup(id, shardGroup.DBShardGroupIdentifier));
    // Documented: deleting a Multi-AZ DB cluster promotes its read replicas; an Aurora source must lose them first.
    const replicas = cluster.ReadReplicaIdentifiers ?? [];
    if (!multiAz && replicas.length > 0) fail("InvalidDBClusterStateFault", M.hasReplicas(id, replicas));
    checkGlobalDelete(ctx, cluster); // --- global databases: a member must leave first ---
    if (snapshotId !== undefined) {
      if (clusterSnapshots.find(ctx, snapshotId)) fail("DBClusterSnapshotAlreadyExistsFault", M.snapshotExists(snapshotId));
      const limit = ctx.quota("manualClusterSnapshots");
      if (reachesLimit(ctx.world.clusterSnapshots, limit, (s) => s.SnapshotType === "manual")) fail("SnapshotQuotaExceededFault", M.snapshotQuota(limit));
    }
    // Every check has passed: from here on, state changes.
    if (snapshotId !== undefined) createClusterSnapshotRecord(ctx, cluster, snapshotId, { SnapshotType: "manual" });
    leaveGlobalOnDelete(ctx, cluster); // --- global databases: the last member leaves ---
    if (cluster.ReplicationSourceIdentifier) detachFromSource(ctx, cluster);
    for (const replicaArn of replicas) {
      const replica = clusterByArn(ctx, replicaArn);
      if (replica) delete replica.ReplicationSourceIdentifier;
    }
    // --- read replicas: a Multi-AZ DB cluster's DB instance replicas are promoted ---
    promoteClusterReplicas(ctx, cluster);
    // --- end read replicas ---
    cluster.ReadReplicaIdentifiers = [];
    dropClusterEndpoints(ctx, cluster);
    dropClusterBacktracks(ctx, cluster);
    for (const instance of members) dropInstance(ctx, instance);
    beginCluster(ctx, cluster, "delete");
    // --- Issue 13: automated backups --- (after the delete began: the window is frozen)
    retainClusterBackup(ctx, cluster, input.DeleteAutomatedBackups);
    // --- end issue 13 automated backups ---
    return { DBCluster: shapeCluster(cluster, ctx.now()) };
  },
};

/**
 * Stores a new cluster record (from `newClusterRecord`), gives a Multi-AZ DB cluster its three
 * instances and starts `creating` -> `available`. Restores can use it as CreateDBCluster does.
 */
export function storeNewCluster(ctx: CallContext<RdsWorld>, record: ClusterRecord): ClusterRecord {
  ctx.world.clusters[record.DBClusterIdentifier] = record;
  if (record.Engine === "mysql" || record.Engine === "postgres") addMultiAzInstances(ctx, record);
  beginCluster(ctx, record, "create");
  beginSecret(ctx, record, "create");
  return record;
}

/** A replica that is promoted or deleted leaves its source's ReadReplicaIdentifiers. */
export function detachFromSource(ctx: CallContext<RdsWorld>, replica: ClusterRecord): void {
  const source = clusterByArn(ctx, replica.ReplicationSourceIdentifier!);
  if (source?.ReadReplicaIdentifiers) {
    source.ReadReplicaIdentifiers = source.ReadReplicaIdentifiers.filter((a) => a !== replica.DBClusterArn);
  }
}
