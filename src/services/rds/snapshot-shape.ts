/**
 * Snapshot records -> outputs. Only the DBClusterSnapshot members are shaped (a record also keeps
 * private members for restores); copies are fresh, timestamps are Dates, absent members stay absent.
 */
import type { DBClusterSnapshot, DBClusterSnapshotAttributesResult } from "@aws-sdk/client-rds";
import { toOutput } from "../../core/output.js";
import type { SnapshotRecord } from "./snapshot-record.js";

const TIMESTAMPS: ReadonlySet<string> = new Set(["SnapshotCreateTime", "ClusterCreateTime"]);

/** Every member of the SDK's DBClusterSnapshot, in the SDK's order. */
const MEMBERS = [
  "AvailabilityZones",
  "DBClusterSnapshotIdentifier",
  "DBClusterIdentifier",
  "SnapshotCreateTime",
  "Engine",
  "EngineMode",
  "AllocatedStorage",
  "Status",
  "Port",
  "VpcId",
  "ClusterCreateTime",
  "MasterUsername",
  "EngineVersion",
  "LicenseModel",
  "SnapshotType",
  "PercentProgress",
  "StorageEncrypted",
  "StorageEncryptionType",
  "BackupRetentionPeriod",
  "PreferredBackupWindow",
  "KmsKeyId",
  "DBClusterSnapshotArn",
  "SourceDBClusterSnapshotArn",
  "IAMDatabaseAuthenticationEnabled",
  "TagList",
  "StorageType",
  "StorageThroughput",
  "DbClusterResourceId",
  "DBSystemId",
] as const;

export function shapeSnapshot(record: SnapshotRecord): DBClusterSnapshot {
  const picked: Record<string, unknown> = {};
  const source = record as unknown as Record<string, unknown>;
  for (const key of MEMBERS) if (source[key] !== undefined) picked[key] = source[key];
  return toOutput<DBClusterSnapshot>(picked, TIMESTAMPS);
}

/** The `restore` attribute is always listed, empty when the snapshot is private. */
export function shapeAttributes(id: string, attributes: Record<string, string[]> | undefined): DBClusterSnapshotAttributesResult {
  const restore = attributes?.restore ?? [];
  return {
    DBClusterSnapshotIdentifier: id,
    DBClusterSnapshotAttributes: [{ AttributeName: "restore", AttributeValues: [...restore] }],
  };
}
