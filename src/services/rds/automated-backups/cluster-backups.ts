/**
 * The retained automated backups of deleted DB clusters. Documented (DeleteDBCluster,
 * DeleteAutomatedBackups): "Specifies whether to remove automated backups immediately after the DB
 * cluster is deleted ... The default is to remove automated backups immediately after the DB cluster is
 * deleted." With `false` RDS keeps a `retained` backup (DescribeDBClusterAutomatedBackups) for the
 * cluster's retention period: stored by DbClusterResourceId (a re-created namesake is another cluster),
 * its window ending at the deletion, its earliest time moving on until it expires on the clock.
 */
import type { DBClusterAutomatedBackup } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { restorableWindow } from "../clusters/shape.js";
import { outputCopier } from "../shared/copier.js";
import { timestampsOf } from "../shared/shape.js";
import type { ClusterAutomatedBackupRecord, ClusterRecord, RdsWorld } from "../world.js";

const DAY_MS = 86_400_000;
const copyBackup = outputCopier<DBClusterAutomatedBackup>(timestampsOf("DBClusterAutomatedBackup"));

/** The window of a retained cluster backup at `now`, or undefined once it has expired. */
export function clusterBackupWindow(record: ClusterAutomatedBackupRecord, now: number): { earliest: number; latest: number } | undefined {
  const latest = record.RestoreWindow?.LatestTime ?? 0;
  const earliest = Math.max(record.RestoreWindow?.EarliestTime ?? 0, now - (record.BackupRetentionPeriod ?? 0) * DAY_MS);
  return earliest > latest ? undefined : { earliest, latest };
}

/** The retained cluster backups that still exist at `now`, by DbClusterResourceId. */
export function liveClusterBackups(ctx: CallContext<RdsWorld>): Record<string, ClusterAutomatedBackupRecord> {
  const out: Record<string, ClusterAutomatedBackupRecord> = {};
  const stored = ctx.world.clusterAutomatedBackups ?? {};
  for (const key in stored) if (clusterBackupWindow(stored[key], ctx.now())) out[key] = stored[key];
  return out;
}

/** Drops the expired records (writes only: reads change nothing). */
export function dropExpiredClusterBackups(ctx: CallContext<RdsWorld>): void {
  const stored = ctx.world.clusterAutomatedBackups;
  if (!stored) return;
  for (const key in stored) if (!clusterBackupWindow(stored[key], ctx.now())) delete stored[key];
}

/**
 * DeleteDBCluster's hook, called after the cluster began deleting (its restorable time is then frozen):
 * with DeleteAutomatedBackups=false and backups enabled, the cluster's automated backup is retained.
 */
export function retainClusterBackup(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, deleteAutomatedBackups: boolean | undefined): void {
  if (deleteAutomatedBackups !== false || (cluster.BackupRetentionPeriod ?? 0) === 0 || cluster.DbClusterResourceId === undefined) return;
  dropExpiredClusterBackups(ctx);
  const now = ctx.now();
  const window = restorableWindow(cluster, now);
  const arn = cluster.DBClusterArn ?? "";
  const record: ClusterAutomatedBackupRecord = {
    Engine: cluster.Engine,
    VpcId: ctx.world.subnetGroups[cluster.DBSubnetGroup ?? "default"]?.VpcId,
    DBClusterAutomatedBackupsArn: `${arn.split(":").slice(0, 5).join(":")}:cluster-auto-backup:cab-${ctx.ids.lowerAlnum(26)}`,
    DBClusterIdentifier: cluster.DBClusterIdentifier,
    RestoreWindow: { EarliestTime: window.earliest, LatestTime: window.latest },
    MasterUsername: cluster.MasterUsername,
    DbClusterResourceId: cluster.DbClusterResourceId,
    Region: ctx.region,
    LicenseModel: cluster.Engine?.includes("postgres") ? "postgresql-license" : "general-public-license",
    // Documented status: retained - automated backups for deleted clusters.
    Status: "retained",
    IAMDatabaseAuthenticationEnabled: cluster.IAMDatabaseAuthenticationEnabled === true,
    ClusterCreateTime: cluster.ClusterCreateTime,
    StorageEncrypted: cluster.StorageEncrypted === true,
    AllocatedStorage: cluster.AllocatedStorage,
    EngineVersion: cluster.EngineVersion,
    DBClusterArn: arn,
    BackupRetentionPeriod: cluster.BackupRetentionPeriod,
    PreferredBackupWindow: cluster.PreferredBackupWindow,
    EngineMode: cluster.EngineMode,
    AvailabilityZones: [...(cluster.AvailabilityZones ?? [])],
    Port: cluster.Port,
    KmsKeyId: cluster.KmsKeyId,
    StorageType: cluster.StorageType,
    Iops: cluster.Iops,
    StorageThroughput: cluster.StorageThroughput,
    RetainedUntil: window.latest + (cluster.BackupRetentionPeriod ?? 0) * DAY_MS,
    Source: structuredClone(cluster),
  };
  (ctx.world.clusterAutomatedBackups ??= {})[record.DbClusterResourceId] = record;
}

/**
 * The source of RestoreDBClusterToPointInTime by the SourceDbClusterResourceId of a deleted cluster: the
 * cluster as it was deleted, read like a stopped cluster (nothing recorded after its latest time), with
 * the retained window. Undefined when no retained backup of that id exists now.
 */
export function retainedClusterSource(ctx: CallContext<RdsWorld>, resourceId: string): ClusterRecord | undefined {
  const backup = Object.values(liveClusterBackups(ctx)).find((b) => b.DbClusterResourceId === resourceId);
  const window = backup && clusterBackupWindow(backup, ctx.now());
  if (!backup || !window) return undefined;
  // ClusterCreateTime (not passed on to the restored cluster) starts the window where the retained one starts now.
  return { ...structuredClone(backup.Source), Status: "stopped", LatestRestorableTime: window.latest, ClusterCreateTime: window.earliest };
}

export function shapeClusterBackup(record: ClusterAutomatedBackupRecord, now: number): DBClusterAutomatedBackup {
  const { Source: _source, RetainedUntil: _until, RestoreWindow: _window, ...members } = record;
  const out = copyBackup(members);
  const window = clusterBackupWindow(record, now);
  if (window) out.RestoreWindow = { EarliestTime: new Date(window.earliest), LatestTime: new Date(window.latest) };
  return out;
}
