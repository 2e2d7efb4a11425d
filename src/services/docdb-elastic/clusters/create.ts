/** CreateCluster, with clientToken idempotency: every rule is checked before anything changes. */
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operation } from "../../../core/operations.js";
import { conflict, reject } from "../errors.js";
import { message } from "../messages.js";
import { resourceNameProblem, tagCountProblem } from "../shared/rules.js";
import { clusterWindows, normalizeMaintenanceWindow } from "../shared/windows.js";
import type { DocdbWorld } from "../world.js";
import { addCluster } from "./add.js";
import { clusters } from "./resource.js";
import {
  adminUserNameProblem,
  AWS_OWNED_KMS_KEY,
  checkVcpus,
  DEFAULT_BACKUP_RETENTION_DAYS,
  DEFAULT_SHARD_INSTANCE_COUNT,
  passwordProblem,
  rangeProblem,
  shardCapacityProblem,
  vcpusOf,
  windowOverlapProblem,
  windowProblems,
} from "./rules.js";
import { clusterOutput } from "./shape.js";
import { fingerprintOf, TOKEN_TTL_MS } from "./tokens.js";

export const createCluster: Operation<typeof Sdk, DocdbWorld, "CreateCluster"> = (input, ctx) => {
  const token = input.clientToken;
  const fingerprint = fingerprintOf("CreateCluster", input);
  if (token !== undefined) {
    const used = Object.hasOwn(ctx.world.clientTokens, token) ? ctx.world.clientTokens[token] : undefined;
    const earlier = used && ctx.now() - used.at < TOKEN_TTL_MS ? ctx.world.clusters[used.clusterId] : undefined;
    if (used && earlier) {
      if (used.fingerprint === fingerprint) return { cluster: clusterOutput(earlier) }; // a retry: the same cluster, no new one
      conflict("cluster", earlier.clusterArn, message.clientTokenReused(token, "CreateCluster"));
    }
  }

  const name = input.clusterName!;
  reject(
    resourceNameProblem("clusterName", name),
    adminUserNameProblem(input.adminUserName!),
    passwordProblem(input.authType!, input.adminUserPassword!),
    shardCapacityProblem(input.shardCapacity),
    rangeProblem("shardCount", input.shardCount),
    windowProblems(input.preferredMaintenanceWindow, input.preferredBackupWindow),
    tagCountProblem("tags", input.tags),
    rangeProblem("backupRetentionPeriod", input.backupRetentionPeriod),
    rangeProblem("shardInstanceCount", input.shardInstanceCount),
  );
  reject(windowOverlapProblem(input.preferredMaintenanceWindow, input.preferredBackupWindow));
  const clusterName = name.toLowerCase(); // stored as a lowercase string (model documentation)
  clusters.requireNew(ctx, clusterName);
  checkVcpus(ctx, vcpusOf({ shardCapacity: input.shardCapacity!, shardCount: input.shardCount! }), undefined);

  const windows = clusterWindows(ctx.ids, input.preferredMaintenanceWindow, input.preferredBackupWindow);
  const network = ctx.world.defaultNetwork;
  const cluster = addCluster(ctx, {
    clusterName,
    adminUserName: input.adminUserName!,
    authType: input.authType!,
    shardCapacity: input.shardCapacity!,
    shardCount: input.shardCount!,
    shardInstanceCount: input.shardInstanceCount ?? DEFAULT_SHARD_INSTANCE_COUNT,
    vpcSecurityGroupIds: (input.vpcSecurityGroupIds ?? network.vpcSecurityGroupIds).slice(),
    subnetIds: (input.subnetIds ?? network.subnetIds).slice(),
    preferredMaintenanceWindow: normalizeMaintenanceWindow(windows.maintenance),
    preferredBackupWindow: windows.backup,
    backupRetentionPeriod: input.backupRetentionPeriod ?? DEFAULT_BACKUP_RETENTION_DAYS,
    kmsKeyId: input.kmsKeyId ?? AWS_OWNED_KMS_KEY,
    tags: { ...input.tags },
  });
  if (token !== undefined) ctx.world.clientTokens[token] = { clusterId: cluster.id, fingerprint, at: ctx.now() };
  return { cluster: clusterOutput(cluster) };
};
