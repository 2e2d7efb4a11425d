/**
 * Read replicas of a Multi-AZ DB cluster (CreateDBInstanceReadReplica with SourceDBClusterIdentifier):
 * "Must be the identifier of an existing Multi-AZ DB cluster"; "The specified DB cluster must have
 * automatic backups enabled"; "The source DB cluster must be in the same Amazon Web Services Region as
 * the read replica. Cross-Region replication isn't supported"; "Each DB cluster can have up to 15 read
 * replicas" (API reference). The replica is a standalone DB instance copied from the cluster's writer;
 * its ReadReplicaSourceDBClusterIdentifier names the cluster and the cluster's ReadReplicaIdentifiers
 * lists the replica's ARN. "For Multi-AZ DB cluster same Region read replica instances, if you don't
 * specify a value for DBParameterGroupName, then Amazon RDS uses the default DBParameterGroup."
 */
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { findCluster } from "../clusters/resource.js";
import { writerOf } from "../clusters/members.js";
import { engineSpec } from "../engines/engines.js";
import { instances } from "../instances/resource.js";
import { M, RRM } from "../messages/index.js";
import { beginInstance } from "../shared/resource-keys.js";
import { own } from "../shared/identifiers.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

type Ctx = CallContext<RdsWorld>;

export const CLUSTER_REPLICA_LIMIT = 15;

/** The Multi-AZ DB cluster source and the member the replica is copied from, after its rules. */
export function clusterSource(ctx: Ctx, value: string): { cluster: ClusterRecord; writer: InstanceRecord } {
  const cluster = findCluster(ctx, value);
  if (engineSpec(cluster.Engine)?.kind !== "multi-az") fail("InvalidParameterCombination", RRM.auroraClusterSource(cluster.DBClusterIdentifier));
  if (cluster.Status !== "available") fail("InvalidDBClusterStateFault", M.clusterState(cluster.DBClusterIdentifier, cluster.Status, "available"));
  if ((cluster.BackupRetentionPeriod ?? 0) === 0) fail("InvalidDBClusterStateFault", RRM.backupsDisabled());
  const writerId = writerOf(cluster);
  const writer = writerId === undefined ? undefined : instances.find(ctx, writerId);
  if (!writer) fail("InvalidDBClusterStateFault", M.clusterState(cluster.DBClusterIdentifier, cluster.Status, "available"));
  if ((cluster.ReadReplicaIdentifiers ?? []).length >= CLUSTER_REPLICA_LIMIT) {
    fail("InvalidDBClusterStateFault", RRM.clusterReplicaLimit(cluster.DBClusterIdentifier, CLUSTER_REPLICA_LIMIT));
  }
  return { cluster, writer };
}

/** Turns a copy of the writer into a replica of its cluster, and lists it on the cluster. */
export function linkToCluster(replica: InstanceRecord, cluster: ClusterRecord, family: string | undefined, parameterGroup: string | undefined): void {
  delete replica.DBClusterIdentifier;
  delete replica.PromotionTier;
  delete replica.ReadReplicaSourceDBInstanceIdentifier;
  replica.ReadReplicaSourceDBClusterIdentifier = cluster.DBClusterIdentifier;
  const group = parameterGroup ?? (family === undefined ? undefined : `default.${family}`);
  if (group !== undefined) replica.DBParameterGroups = [{ DBParameterGroupName: group, ParameterApplyStatus: "in-sync" }];
  (cluster.ReadReplicaIdentifiers ??= []).push(replica.DBInstanceArn!);
}

/** Cuts a replica from its Multi-AZ DB cluster source (promotion or deletion). */
export function unlinkFromCluster(ctx: Ctx, replica: InstanceRecord): void {
  const id = replica.ReadReplicaSourceDBClusterIdentifier;
  if (id === undefined) return;
  const cluster = own(ctx.world.clusters, id.toLowerCase());
  if (cluster?.ReadReplicaIdentifiers) cluster.ReadReplicaIdentifiers = cluster.ReadReplicaIdentifiers.filter((a) => a !== replica.DBInstanceArn);
  delete replica.ReadReplicaSourceDBClusterIdentifier;
  delete replica.StatusInfos;
}

/** DeleteDBCluster of a Multi-AZ DB cluster: "deleting a Multi-AZ DB cluster promotes its read replicas" (its DB instance replicas too). */
export function promoteClusterReplicas(ctx: Ctx, cluster: ClusterRecord): void {
  for (const arn of cluster.ReadReplicaIdentifiers ?? []) {
    const key = instances.keyFromArn(ctx, arn);
    const replica = key === undefined ? undefined : instances.find(ctx, key);
    if (!replica || replica.ReadReplicaSourceDBClusterIdentifier === undefined) continue;
    unlinkFromCluster(ctx, replica);
    if (replica.DBInstanceStatus !== "deleting") beginInstance(ctx, replica, "promote");
  }
}
