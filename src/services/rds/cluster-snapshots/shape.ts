/**
 * Snapshot records -> outputs. Only the DBClusterSnapshot members are shaped (a record also keeps
 * private members for restores); copies are fresh, timestamps are Dates, absent members stay absent.
 */
import { snapshotOutput, timestampsOf } from "../shared/shape.js";
import type { DBClusterSnapshot, DBClusterSnapshotAttributesResult } from "@aws-sdk/client-rds";
import { SNAPSHOT_MS, type SnapshotRecord } from "./record.js";

const TIMESTAMPS = timestampsOf("DBClusterSnapshot");

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

/**
 * The DBClusterSnapshot of a response. With `now`, a snapshot still `creating` or `copying` reports
 * the share of its (timed) duration that has passed, below 100 until it is available; reads change nothing.
 */
export function shapeSnapshot(record: SnapshotRecord, now?: number): DBClusterSnapshot {
  return snapshotOutput<DBClusterSnapshot>(record, MEMBERS, TIMESTAMPS, runningMs(record), now);
}

/** How long the snapshot's current creation or copy takes (a copy from another Region takes longer). */
function runningMs(record: SnapshotRecord): number | undefined {
  if (record.Status === "creating") return SNAPSHOT_MS.create;
  if (record.Status !== "copying") return undefined;
  const region = (arn: string | undefined) => arn?.split(":")[3];
  return region(record.SourceDBClusterSnapshotArn) === region(record.DBClusterSnapshotArn) ? SNAPSHOT_MS.copy : SNAPSHOT_MS.copyFromRegion;
}

/** The `restore` attribute is always listed, empty when the snapshot is private. */
export function shapeAttributes(id: string, attributes: Record<string, string[]> | undefined): DBClusterSnapshotAttributesResult {
  const restore = attributes?.restore ?? [];
  return {
    DBClusterSnapshotIdentifier: id,
    DBClusterSnapshotAttributes: [{ AttributeName: "restore", AttributeValues: [...restore] }],
  };
}
