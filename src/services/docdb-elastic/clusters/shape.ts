/** Cluster record -> the SDK's `Cluster` and `ClusterInList` (fresh copies; times as ISO-8601 text). */
import type { Cluster, ClusterInList } from "@aws-sdk/client-docdb-elastic";
import { iso } from "../shared/shape.js";
import type { ClusterRecord } from "../world.js";

// Statuses are the SDK's `Status` union; records keep them as plain strings.
type Status = Cluster["status"];

export function clusterOutput(c: ClusterRecord): Cluster {
  return {
    clusterName: c.clusterName,
    clusterArn: c.clusterArn,
    status: c.status as Status,
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
    shards: c.shards.map((s) => ({ shardId: s.shardId, createTime: iso(s.createTime), status: c.status as Status })),
    backupRetentionPeriod: c.backupRetentionPeriod,
    preferredBackupWindow: c.preferredBackupWindow,
    shardInstanceCount: c.shardInstanceCount,
  };
}

export function clusterInList(c: ClusterRecord): ClusterInList {
  return { clusterName: c.clusterName, clusterArn: c.clusterArn, status: c.status as Status };
}
