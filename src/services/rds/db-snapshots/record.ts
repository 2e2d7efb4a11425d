/**
 * How a DB snapshot record is made from its DB instance: the members AWS copies into a DBSnapshot
 * (engine, version, storage, network, credentials' user name, encryption), taken at one instant.
 * `takeDbSnapshot` is the one way a manual snapshot of an instance is stored: CreateDBSnapshot, and
 * DeleteDBInstance's FinalDBSnapshotIdentifier / StopDBInstance's DBSnapshotIdentifier call it.
 */
import type { Tag } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { fastRecord } from "../shared/copier.js";
import { stableText } from "../shared/identifiers.js";
import { defaultVpcId } from "../subnet-groups/record.js";
import type { DBSnapshotRecord, InstanceRecord, RdsWorld } from "../world.js";
import { DB_SNAPSHOT_KIND, dbSnapshots } from "./resource.js";

const MINUTE = 60_000;
/** How long a manual snapshot shows `creating` / a copy `copying` in the timed lifecycle (EBS snapshots). */
export const DB_SNAPSHOT_MS = { create: 4 * MINUTE, copy: 5 * MINUTE, copyFromRegion: 20 * MINUTE } as const;
/** The lifecycle kind of the instance's own `backing-up` status while a snapshot is taken (transitions.ts). */
export const INSTANCE_BACKUP_KIND = "dbInstanceBackup";

/**
 * The tenant databases of an Oracle multitenant CDB at snapshot time: those the world keeps for the
 * instance (tenant-databases/, linked by DbiResourceId), else the first one RDS creates with the CDB,
 * named DBName (a record made before tenant databases were kept).
 */
function tenantDatabases(ctx: CallContext<RdsWorld>, instance: InstanceRecord): DBSnapshotRecord["TenantDatabases"] {
  if (instance.MultiTenant !== true || !instance.Engine?.startsWith("oracle")) return undefined;
  const kept = Object.values(ctx.world.tenantDatabases ?? {}).filter((t) => t.DbiResourceId === instance.DbiResourceId && t.Status !== "deleting");
  if (kept.length > 0) {
    return kept.map((t) => ({
      TenantDBName: t.TenantDBName,
      MasterUsername: t.MasterUsername,
      CharacterSetName: t.CharacterSetName,
      NcharCharacterSetName: t.NcharCharacterSetName,
      TenantDatabaseResourceId: t.TenantDatabaseResourceId,
      TenantDatabaseCreateTime: t.TenantDatabaseCreateTime,
    }));
  }
  if (!instance.DBName) return undefined;
  return [
    {
      TenantDBName: instance.DBName,
      MasterUsername: instance.MasterUsername,
      CharacterSetName: instance.CharacterSetName ?? "AL32UTF8",
      NcharCharacterSetName: instance.NcharCharacterSetName ?? "AL16UTF16",
      TenantDatabaseResourceId: `tdb-${stableText(`${instance.DbiResourceId}/${instance.DBName}`, 26, "alnum").toUpperCase()}`,
      TenantDatabaseCreateTime: instance.InstanceCreateTime,
    },
  ];
}

/** A snapshot of `instance` taken at `at`, not stored; `id` checked and lowercase. Status `creating`. */
export function dbSnapshotOf(
  ctx: CallContext<RdsWorld>,
  instance: InstanceRecord,
  id: string,
  at: number,
  type: "manual" | "automated",
): DBSnapshotRecord {
  const encrypted = instance.StorageEncrypted === true;
  const record: DBSnapshotRecord = {
    DBSnapshotIdentifier: id,
    DBInstanceIdentifier: instance.DBInstanceIdentifier,
    SnapshotCreateTime: at,
    Engine: instance.Engine,
    AllocatedStorage: instance.AllocatedStorage,
    Status: "creating",
    Port: instance.Endpoint?.Port ?? instance.DbInstancePort,
    AvailabilityZone: instance.AvailabilityZone,
    VpcId: instance.DBSubnetGroup?.VpcId ?? defaultVpcId(ctx),
    InstanceCreateTime: instance.InstanceCreateTime,
    MasterUsername: instance.MasterUsername,
    EngineVersion: instance.EngineVersion,
    LicenseModel: instance.LicenseModel,
    SnapshotType: type,
    Iops: instance.Iops,
    StorageThroughput: instance.StorageThroughput,
    OptionGroupName: instance.OptionGroupMemberships?.[0]?.OptionGroupName,
    PercentProgress: 0,
    StorageType: instance.StorageType,
    TdeCredentialArn: instance.TdeCredentialArn,
    Encrypted: encrypted,
    KmsKeyId: encrypted ? instance.KmsKeyId : undefined,
    DBSnapshotArn: dbSnapshots.arnOf(ctx, id),
    Timezone: instance.Timezone,
    IAMDatabaseAuthenticationEnabled: instance.IAMDatabaseAuthenticationEnabled ?? false,
    ProcessorFeatures: instance.ProcessorFeatures?.map((f) => ({ ...f })),
    DbiResourceId: instance.DbiResourceId,
    TagList: [],
    SnapshotTarget: "region",
    OriginalSnapshotCreateTime: at,
    SnapshotDatabaseTime: at,
    MultiTenant: instance.MultiTenant,
    DedicatedLogVolume: instance.DedicatedLogVolume ?? false,
    TenantDatabases: tenantDatabases(ctx, instance),
  };
  // CopyTagsToSnapshot: the instance's tags go with every snapshot of it (manual and automated).
  if (instance.CopyTagsToSnapshot === true) record.TagList = (instance.TagList ?? []).map((t) => ({ ...t }));
  // Without its undefined members, built fresh (see fastRecord).
  return fastRecord(record);
}

/**
 * Takes a manual snapshot of `instance` now: stores it, starts its `creating` -> `available` lifecycle
 * and shows the instance `backing-up` meanwhile (unless `instanceBackup` is false: a final snapshot or
 * one taken on stop, where the instance is leaving). The caller has
 * checked every rule (identifier free, quota, instance state). Tags given replace those copied from
 * the instance (CopyTagsToSnapshot copies only when none are given, as for cluster snapshots).
 */
export function takeDbSnapshot(
  ctx: CallContext<RdsWorld>,
  instance: InstanceRecord,
  snapshotId: string,
  tags: readonly Tag[] = [],
  options: { instanceBackup?: boolean } = {},
): DBSnapshotRecord {
  const id = snapshotId.toLowerCase();
  const record = dbSnapshotOf(ctx, instance, id, ctx.now(), "manual");
  if (tags.length > 0) record.TagList = tags.map((t) => ({ ...t }));
  dbSnapshots.insert(ctx, id, record);
  ctx.lifecycle.begin(DB_SNAPSHOT_KIND, id, "create");
  if (options.instanceBackup !== false && instance.DBInstanceStatus === "available" && instance.DbiResourceId !== undefined) {
    // Keyed by the instance's resource id (shared/resource-keys.ts): never lands on a re-created namesake.
    ctx.lifecycle.begin(INSTANCE_BACKUP_KIND, instance.DbiResourceId, "snapshot");
  }
  return record;
}
