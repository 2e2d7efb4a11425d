/**
 * State -> output. DocumentDB Elastic models its times as strings (ISO-8601 in UTC, as AWS sends
 * them), so epoch-ms fields become `toISOString()` text here. Every output is a fresh copy: arrays
 * and maps are copied, so a caller mutating an output never reaches state.
 */
import type {
  Cluster,
  ClusterInList,
  ClusterSnapshot,
  ClusterSnapshotInList,
  PendingMaintenanceActionDetails,
  ResourcePendingMaintenanceAction,
} from "@aws-sdk/client-docdb-elastic";
import type { ClusterRecord, PendingActionRecord, SnapshotRecord } from "./world.js";

export const iso = (ms: number): string => new Date(ms).toISOString();

export function clusterOutput(c: ClusterRecord): Cluster {
  return {
    clusterName: c.clusterName,
    clusterArn: c.clusterArn,
    status: c.status as Cluster["status"],
    clusterEndpoint: c.clusterEndpoint,
    createTime: iso(c.createTime),
    adminUserName: c.adminUserName,
    authType: c.authType as Cluster["authType"],
    shardCapacity: c.shardCapacity,
    shardCount: c.shardCount,
    vpcSecurityGroupIds: c.vpcSecurityGroupIds.slice(),
    subnetIds: c.subnetIds.slice(),
    preferredMaintenanceWindow: c.preferredMaintenanceWindow,
    kmsKeyId: c.kmsKeyId,
    // Shards follow their cluster's status: they are created, stopped and deleted with it.
    shards: c.shards.map((s) => ({ shardId: s.shardId, createTime: iso(s.createTime), status: c.status as Cluster["status"] })),
    backupRetentionPeriod: c.backupRetentionPeriod,
    preferredBackupWindow: c.preferredBackupWindow,
    shardInstanceCount: c.shardInstanceCount,
  };
}

export function clusterInList(c: ClusterRecord): ClusterInList {
  return { clusterName: c.clusterName, clusterArn: c.clusterArn, status: c.status as ClusterInList["status"] };
}

export function snapshotOutput(s: SnapshotRecord): ClusterSnapshot {
  return {
    subnetIds: s.subnetIds.slice(),
    snapshotName: s.snapshotName,
    snapshotArn: s.snapshotArn,
    snapshotCreationTime: iso(s.snapshotCreationTime),
    clusterArn: s.clusterArn,
    clusterCreationTime: iso(s.clusterCreationTime),
    status: s.status as ClusterSnapshot["status"],
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
    status: s.status as ClusterSnapshotInList["status"],
    snapshotCreationTime: iso(s.snapshotCreationTime),
  };
}

function actionOutput(a: PendingActionRecord): PendingMaintenanceActionDetails {
  const out: PendingMaintenanceActionDetails = { action: a.action };
  if (a.autoAppliedAfterDate !== undefined) out.autoAppliedAfterDate = iso(a.autoAppliedAfterDate);
  if (a.forcedApplyDate !== undefined) out.forcedApplyDate = iso(a.forcedApplyDate);
  if (a.optInStatus !== undefined) out.optInStatus = a.optInStatus;
  if (a.currentApplyDate !== undefined) out.currentApplyDate = iso(a.currentApplyDate);
  if (a.description !== undefined) out.description = a.description;
  return out;
}

export function pendingOutput(resourceArn: string, actions: readonly PendingActionRecord[] = []): ResourcePendingMaintenanceAction {
  return { resourceArn, pendingMaintenanceActionDetails: actions.map(actionOutput) };
}

export function tagsOutput(tags: Record<string, string>): Record<string, string> {
  return { ...tags };
}
