/**
 * RestoreClusterFromSnapshot: a new cluster (CREATING, then ACTIVE) with the configuration the
 * snapshot was taken with (administrator, auth type, shards, windows, retention, network and key)
 * except where the request overrides network, key, shard capacity or instance count. Tags come only
 * from the request.
 */
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operation } from "../../../core/operations.js";
import { reject } from "../errors.js";
import { arnProblem } from "../shared/arns.js";
import { resourceNameProblem, tagCountProblem } from "../shared/rules.js";
import { requireSnapshot } from "../snapshots/resource.js";
import { requireActiveSnapshot } from "../snapshots/rules.js";
import type { DocdbWorld } from "../world.js";
import { addCluster } from "./add.js";
import { clusters } from "./resource.js";
import { checkVcpus, rangeProblem, shardCapacityProblem, vcpusOf } from "./rules.js";
import { clusterOutput } from "./shape.js";

export const restoreClusterFromSnapshot: Operation<typeof Sdk, DocdbWorld, "RestoreClusterFromSnapshot"> = (input, ctx) => {
  reject(
    resourceNameProblem("clusterName", input.clusterName!),
    arnProblem("cluster-snapshot", "snapshotArn", input.snapshotArn!),
    tagCountProblem("tags", input.tags),
    shardCapacityProblem(input.shardCapacity),
    rangeProblem("shardInstanceCount", input.shardInstanceCount),
  );
  const snapshot = requireSnapshot(ctx, input.snapshotArn!);
  const clusterName = input.clusterName!.toLowerCase();
  clusters.requireFree(ctx, clusterName);
  requireActiveSnapshot(snapshot, "RestoreClusterFromSnapshot");
  const from = snapshot.source;
  const shardCapacity = input.shardCapacity ?? from.shardCapacity;
  clusters.checkQuota(ctx);
  checkVcpus(ctx, vcpusOf({ shardCapacity, shardCount: from.shardCount }), undefined);

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
};
