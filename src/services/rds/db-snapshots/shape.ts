/**
 * DB snapshot records -> outputs: only the DBSnapshot members are shaped (a record also keeps its
 * tenant databases privately); copies are fresh, timestamps are Dates, absent members stay absent.
 */
import type { DBSnapshot, DBSnapshotAttributesResult, DBSnapshotTenantDatabase } from "@aws-sdk/client-rds";
import { toOutput } from "../../../core/output.js";
import { snapshotOutput, timestampsOf } from "../shared/shape.js";
import type { DBSnapshotRecord } from "../world.js";
import { DB_SNAPSHOT_MS } from "./record.js";

const TIMESTAMPS = timestampsOf("DBSnapshot");
const TENANT_TIMESTAMPS = timestampsOf("DBSnapshotTenantDatabase");

/** Every member of the SDK's DBSnapshot this mock keeps, in the SDK's order. */
const MEMBERS = [
  "DBSnapshotIdentifier", "DBInstanceIdentifier", "SnapshotCreateTime", "Engine", "AllocatedStorage", "Status", "Port",
  "AvailabilityZone", "VpcId", "InstanceCreateTime", "MasterUsername", "EngineVersion", "LicenseModel", "SnapshotType",
  "Iops", "StorageThroughput", "OptionGroupName", "PercentProgress", "SourceRegion", "SourceDBSnapshotIdentifier",
  "StorageType", "TdeCredentialArn", "Encrypted", "StorageEncryptionType", "BackupRetentionPeriod", "PreferredBackupWindow",
  "KmsKeyId", "DBSnapshotArn", "Timezone", "IAMDatabaseAuthenticationEnabled", "ProcessorFeatures", "DbiResourceId",
  "TagList", "SnapshotTarget", "OriginalSnapshotCreateTime", "SnapshotDatabaseTime", "DBSystemId", "MultiTenant",
  "DedicatedLogVolume",
] as const;

/**
 * The DBSnapshot of a response. With `now`, a manual snapshot still `creating` or `copying` reports
 * the share of its (timed) duration that has passed, below 100 until it is available.
 */
export function shapeDbSnapshot(record: DBSnapshotRecord, now?: number): DBSnapshot {
  return snapshotOutput<DBSnapshot>(record, MEMBERS, TIMESTAMPS, runningMs(record), now);
}

function runningMs(record: DBSnapshotRecord): number | undefined {
  if (record.Status === "creating") return DB_SNAPSHOT_MS.create;
  if (record.Status !== "copying") return undefined;
  return record.SourceRegion === undefined ? DB_SNAPSHOT_MS.copy : DB_SNAPSHOT_MS.copyFromRegion;
}

/** The `restore` attribute is always listed, empty when the snapshot is private. */
export function shapeDbSnapshotAttributes(id: string, attributes: Record<string, string[]> | undefined): DBSnapshotAttributesResult {
  return { DBSnapshotIdentifier: id, DBSnapshotAttributes: [{ AttributeName: "restore", AttributeValues: [...(attributes?.restore ?? [])] }] };
}

/** One tenant database of a snapshot, as DescribeDBSnapshotTenantDatabases lists it. */
export function shapeTenantDatabase(snapshot: DBSnapshotRecord, tenant: NonNullable<DBSnapshotRecord["TenantDatabases"]>[number]): DBSnapshotTenantDatabase {
  const arn = snapshot.DBSnapshotArn?.replace(/:snapshot:.*$/, `:snapshot-tenant-database:${snapshot.DBSnapshotIdentifier}:${tenant.TenantDatabaseResourceId}`);
  return toOutput<DBSnapshotTenantDatabase>(
    {
      DBSnapshotIdentifier: snapshot.DBSnapshotIdentifier,
      DBInstanceIdentifier: snapshot.DBInstanceIdentifier,
      DbiResourceId: snapshot.DbiResourceId,
      EngineName: snapshot.Engine,
      SnapshotType: snapshot.SnapshotType,
      TenantDatabaseCreateTime: tenant.TenantDatabaseCreateTime,
      TenantDBName: tenant.TenantDBName,
      MasterUsername: tenant.MasterUsername,
      TenantDatabaseResourceId: tenant.TenantDatabaseResourceId,
      CharacterSetName: tenant.CharacterSetName,
      DBSnapshotTenantDatabaseARN: arn,
      NcharCharacterSetName: tenant.NcharCharacterSetName,
      TagList: (snapshot.TagList ?? []).map((t) => ({ ...t })),
    },
    TENANT_TIMESTAMPS,
  );
}
