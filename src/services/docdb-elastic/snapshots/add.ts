/** New snapshot records: manual, copied and automated snapshots are all made here. */
import type { CallContext } from "../../../core/service.js";
import { takeSeq } from "../shared/ids.js";
import type { ClusterRecord, DocdbWorld, SnapshotRecord } from "../world.js";
import { snapshots } from "./resource.js";

type Ctx = CallContext<DocdbWorld>;

export function addSnapshot(ctx: Ctx, fields: Omit<SnapshotRecord, "id" | "seq" | "snapshotArn">): SnapshotRecord {
  const id = ctx.ids.uuid();
  return snapshots.insert(ctx, id, { id, seq: takeSeq(ctx.world), snapshotArn: snapshots.arnOf(ctx, id), ...fields });
}

/** The snapshot's view of its cluster, taken now (`source`: what a restore needs back). */
export function fromCluster(ctx: Ctx, cluster: ClusterRecord) {
  return {
    snapshotCreationTime: ctx.now(),
    clusterArn: cluster.clusterArn,
    clusterCreationTime: cluster.createTime,
    adminUserName: cluster.adminUserName,
    kmsKeyId: cluster.kmsKeyId,
    subnetIds: cluster.subnetIds.slice(),
    vpcSecurityGroupIds: cluster.vpcSecurityGroupIds.slice(),
    source: {
      clusterName: cluster.clusterName,
      authType: cluster.authType,
      shardCapacity: cluster.shardCapacity,
      shardCount: cluster.shardCount,
      shardInstanceCount: cluster.shardInstanceCount,
      preferredMaintenanceWindow: cluster.preferredMaintenanceWindow,
      preferredBackupWindow: cluster.preferredBackupWindow,
      backupRetentionPeriod: cluster.backupRetentionPeriod,
    },
  };
}
