/** Snapshot record -> the SDK's `ClusterSnapshot` and `ClusterSnapshotInList` (fresh copies; times as ISO-8601 text). */
import type { ClusterSnapshot, ClusterSnapshotInList } from "@aws-sdk/client-docdb-elastic";
import { iso } from "../shared/shape.js";
import type { SnapshotRecord } from "../world.js";

// Statuses are the SDK's `Status` union; records keep them as plain strings.
type Status = ClusterSnapshot["status"];

export function snapshotOutput(s: SnapshotRecord): ClusterSnapshot {
  return {
    subnetIds: s.subnetIds.slice(),
    snapshotName: s.snapshotName,
    snapshotArn: s.snapshotArn,
    snapshotCreationTime: iso(s.snapshotCreationTime),
    clusterArn: s.clusterArn,
    clusterCreationTime: iso(s.clusterCreationTime),
    status: s.status as Status,
    vpcSecurityGroupIds: s.vpcSecurityGroupIds.slice(),
    adminUserName: s.adminUserName,
    kmsKeyId: s.kmsKeyId,
    snapshotType: s.snapshotType,
  };
}

export function snapshotInList(s: SnapshotRecord): ClusterSnapshotInList {
  return {
    snapshotName: s.snapshotName,
    snapshotArn: s.snapshotArn,
    clusterArn: s.clusterArn,
    status: s.status as Status,
    snapshotCreationTime: iso(s.snapshotCreationTime),
  };
}
