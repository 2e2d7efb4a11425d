/**
 * RestoreClusterFromSnapshot: a new cluster (CREATING, then ACTIVE) with the configuration the
 * snapshot was taken with — administrator, auth type, shards, windows, retention, network and key —
 * except where the request overrides network, key, shard capacity or instance count. Tags come only
 * from the request.
 */
import type { RestoreClusterFromSnapshotInput } from "@aws-sdk/client-docdb-elastic";
import type { CallContext } from "../../core/service.js";
import { checkSnapshotArn, requireSnapshot } from "./arns.js";
import { addCluster, requireFreeName } from "./clusters.js";
import { checkAll, conflict } from "./errors.js";
import { message } from "./messages.js";
import { checkNewClusterQuotas, vcpusOf } from "./quotas.js";
import { checkRange, checkResourceName, checkShardCapacity, checkTagCount } from "./rules.js";
import { clusterOutput } from "./shape.js";
import type { DocdbWorld } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

export function restoreClusterFromSnapshot(ctx: Ctx, input: RestoreClusterFromSnapshotInput) {
  checkAll(
    () => checkResourceName("clusterName", input.clusterName!),
    () => checkSnapshotArn(input.snapshotArn!),
    () => checkTagCount("tags", input.tags),
    () => checkShardCapacity("shardCapacity", input.shardCapacity),
    () => checkRange("shardInstanceCount", input.shardInstanceCount),
  );
  const snapshot = requireSnapshot(ctx, input.snapshotArn!);
  const clusterName = input.clusterName!.toLowerCase();
  requireFreeName(ctx, clusterName);
  if (snapshot.status !== "ACTIVE") {
    conflict("cluster-snapshot", snapshot.snapshotArn, message.snapshotState(snapshot.snapshotArn, snapshot.status, "RestoreClusterFromSnapshot"));
  }
  const from = snapshot.source;
  const shardCapacity = input.shardCapacity ?? from.shardCapacity;
  checkNewClusterQuotas(ctx, vcpusOf({ shardCapacity, shardCount: from.shardCount }));

  const cluster = addCluster(ctx, {
    clusterName,
    adminUserName: snapshot.adminUserName,
    authType: from.authType,
    shardCapacity,
    shardCount: from.shardCount,
    shardInstanceCount: input.shardInstanceCount ?? from.shardInstanceCount,
    vpcSecurityGroupIds: (input.vpcSecurityGroupIds ?? snapshot.vpcSecurityGroupIds).slice(),
    subnetIds: (input.subnetIds ?? snapshot.subnetIds).slice(),
    preferredMaintenanceWindow: from.preferredMaintenanceWindow,
    preferredBackupWindow: from.preferredBackupWindow,
    backupRetentionPeriod: from.backupRetentionPeriod,
    kmsKeyId: input.kmsKeyId ?? snapshot.kmsKeyId,
    tags: { ...input.tags },
  });
  return { cluster: clusterOutput(cluster) };
}
