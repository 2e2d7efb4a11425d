/**
 * How a DB cluster snapshot record is made from its cluster: the members AWS copies into a
 * DBClusterSnapshot, plus a few private members a restore needs (kept beside the SDK members and never
 * shaped into an output, see `cluster-snapshots/shape.ts`). Owned by the snapshot module; DeleteDBCluster calls
 * `createClusterSnapshotRecord` for its final snapshot.
 */
import { fastRecord } from "../shared/copier.js";
import { clusterSnapshots } from "./resource.js";
import type { CallContext } from "../../../core/service.js";
import { engineSpec } from "../engines/engines.js";
import { defaultVpcId } from "../subnet-groups/record.js";
import type { ClusterRecord, ClusterSnapshotRecord, RdsWorld } from "../world.js";

/** Members of a snapshot record that are no DBClusterSnapshot member: what a restore takes over. */
export interface SnapshotPrivate {
  DatabaseName?: string;
  EnabledCloudwatchLogsExports?: string[];
  ServerlessV2ScalingConfiguration?: ClusterRecord["ServerlessV2ScalingConfiguration"];
  ScalingConfigurationInfo?: ClusterRecord["ScalingConfigurationInfo"];
  DBClusterInstanceClass?: string;
  Iops?: number;
}

export type SnapshotRecord = ClusterSnapshotRecord & SnapshotPrivate;

const MINUTE = 60_000;
/** How long a manual snapshot shows `creating` or `copying` in the timed lifecycle (Aurora snapshots are incremental). */
export const SNAPSHOT_MS = { create: 3 * MINUTE, copy: 3 * MINUTE, copyFromRegion: 20 * MINUTE } as const;

/** The snapshot kind in the transition table (`cluster-snapshots/transitions.ts`). */
export const SNAPSHOT_KIND = "clusterSnapshot";

/** LicenseModel AWS reports for each cluster engine. */
const LICENSE_MODELS: Record<string, string> = {
  "aurora-mysql": "aurora-mysql",
  "aurora-postgresql": "aurora-postgresql",
  mysql: "general-public-license",
  postgres: "postgresql-license",
};

export function snapshotArn(ctx: { region: string; accountId: string }, id: string): string {
  return clusterSnapshots.arnOf(ctx, id);
}

/**
 * A snapshot of `cluster` taken at `at`, not stored. `id` must already be checked and lowercase.
 * Status starts at `creating` (the caller's lifecycle event settles it).
 */
export function snapshotOf(
  ctx: CallContext<RdsWorld>,
  cluster: ClusterRecord,
  id: string,
  at: number,
  type: "manual" | "automated",
): SnapshotRecord {
  const subnetGroup = cluster.DBSubnetGroup ? ctx.world.subnetGroups[cluster.DBSubnetGroup.toLowerCase()] : undefined;
  const encrypted = cluster.StorageEncrypted === true;
  const record: SnapshotRecord = {
    AvailabilityZones: [...(cluster.AvailabilityZones ?? [])],
    DBClusterSnapshotIdentifier: id,
    DBClusterIdentifier: cluster.DBClusterIdentifier,
    SnapshotCreateTime: at,
    Engine: cluster.Engine,
    EngineMode: cluster.EngineMode,
    AllocatedStorage: cluster.AllocatedStorage ?? 0,
    Status: "creating",
    Port: cluster.Port,
    VpcId: subnetGroup?.VpcId ?? defaultVpcId(ctx),
    ClusterCreateTime: cluster.ClusterCreateTime,
    MasterUsername: cluster.MasterUsername,
    EngineVersion: cluster.EngineVersion,
    LicenseModel: LICENSE_MODELS[cluster.Engine ?? ""] ?? cluster.Engine,
    SnapshotType: type,
    PercentProgress: 0,
    StorageEncrypted: encrypted,
    StorageEncryptionType: cluster.StorageEncryptionType ?? (encrypted ? "sse-kms" : "none"),
    BackupRetentionPeriod: cluster.BackupRetentionPeriod,
    PreferredBackupWindow: cluster.PreferredBackupWindow,
    KmsKeyId: encrypted ? cluster.KmsKeyId : undefined,
    DBClusterSnapshotArn: snapshotArn(ctx, id),
    IAMDatabaseAuthenticationEnabled: cluster.IAMDatabaseAuthenticationEnabled ?? false,
    TagList: [],
    // Aurora Standard clusters may keep no StorageType; their snapshots report `aurora`.
    StorageType: cluster.StorageType ?? (engineSpec(cluster.Engine)?.kind === "aurora" ? "aurora" : undefined),
    StorageThroughput: cluster.StorageThroughput,
    DbClusterResourceId: cluster.DbClusterResourceId,
    // Private: what a restore takes over from the snapshot.
    DatabaseName: cluster.DatabaseName,
    EnabledCloudwatchLogsExports: cluster.EnabledCloudwatchLogsExports ? [...cluster.EnabledCloudwatchLogsExports] : undefined,
    ServerlessV2ScalingConfiguration: cluster.ServerlessV2ScalingConfiguration
      ? { ...cluster.ServerlessV2ScalingConfiguration }
      : undefined,
    ScalingConfigurationInfo: cluster.ScalingConfigurationInfo ? { ...cluster.ScalingConfigurationInfo } : undefined,
    DBClusterInstanceClass: cluster.DBClusterInstanceClass,
    Iops: cluster.Iops,
  };
  // Without its undefined members, built fresh: `delete` would leave it a hash table to V8 (see fastRecord).
  return fastRecord(record);
}

/**
 * Takes a manual snapshot of `cluster` now: stores it and starts its `creating` -> `available`
 * lifecycle. The caller has checked every rule first (identifier, not taken, quota, cluster state).
 * Without `extra.TagList`, the cluster's tags are copied when its CopyTagsToSnapshot is set.
 * DeleteDBCluster uses it for the final snapshot; CreateDBClusterSnapshot for every manual one.
 */
export function createClusterSnapshotRecord(
  ctx: CallContext<RdsWorld>,
  cluster: ClusterRecord,
  snapshotId: string,
  extra: Partial<ClusterSnapshotRecord> = {},
): ClusterSnapshotRecord {
  const id = snapshotId.toLowerCase();
  const record = snapshotOf(ctx, cluster, id, ctx.now(), "manual");
  if (cluster.CopyTagsToSnapshot === true) record.TagList = (cluster.TagList ?? []).map((t) => ({ ...t }));
  Object.assign(record, extra);
  ctx.world.clusterSnapshots[id] = record;
  ctx.lifecycle.begin(SNAPSHOT_KIND, id, "create");
  return record;
}
