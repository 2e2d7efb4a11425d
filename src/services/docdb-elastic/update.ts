/**
 * UpdateCluster. Changes show at once (GetCluster reads the new values) while the cluster is
 * MODIFYING (shard capacity, shard or instance count, subnets or security groups: compute is
 * replaced) or UPDATING (settings only: password, auth type, windows, retention), then ACTIVE.
 * A request that changes nothing leaves the cluster ACTIVE.
 *
 * `clientToken` (the model's idempotency token): a retry with the token of an earlier update of this
 * cluster (within 24 hours) and the same parameters answers the cluster and starts nothing new; the
 * same token with different parameters is a ConflictException, as for CreateCluster.
 */
import type { UpdateClusterInput } from "@aws-sdk/client-docdb-elastic";
import type { CallContext } from "../../core/service.js";
import { checkClusterArn, requireCluster } from "./arns.js";
import { checkAll, conflict, invalid } from "./errors.js";
import { constraint, message } from "./messages.js";
import { checkVcpus, vcpusOf } from "./quotas.js";
import { checkPassword, checkRange, checkShardCapacity, checkWindowFormats, checkWindowOverlap } from "./rules.js";
import { clusterOutput } from "./shape.js";
import { fingerprintOf, newShards, requireStatus, TOKEN_TTL_MS } from "./clusters.js";
import { normalizeMaintenanceWindow } from "./windows.js";
import type { ClusterRecord, DocdbWorld } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

/** Members whose change replaces compute (MODIFYING); every other change is a settings update. */
const SCALING = ["shardCapacity", "shardCount", "shardInstanceCount", "subnetIds", "vpcSecurityGroupIds"] as const;
const SETTINGS = ["authType", "preferredMaintenanceWindow", "preferredBackupWindow", "backupRetentionPeriod"] as const;

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join("\n") === b.join("\n") : a === b);

/** The rules that need only the request, checked before the cluster is looked up. */
function checkRequest(input: UpdateClusterInput): void {
  checkAll(
    () => checkClusterArn(input.clusterArn!),
    () => checkShardCapacity("shardCapacity", input.shardCapacity),
    () => checkRange("shardCount", input.shardCount),
    // Without authType the password's form depends on the cluster's auth type: checked after lookup.
    () => {
      if (input.authType !== undefined && input.adminUserPassword !== undefined) checkPassword(input.authType, input.adminUserPassword);
    },
    () => checkWindowFormats(input.preferredMaintenanceWindow, input.preferredBackupWindow),
    () => checkRange("backupRetentionPeriod", input.backupRetentionPeriod),
    () => checkRange("shardInstanceCount", input.shardInstanceCount),
  );
}

/** The earlier update this request retries (same token, same parameters), if any. */
function isRetry(ctx: Ctx, cluster: ClusterRecord, input: UpdateClusterInput, fingerprint: string): boolean {
  const used = cluster.updateToken;
  if (input.clientToken === undefined || used?.token !== input.clientToken || ctx.now() - used.at >= TOKEN_TTL_MS) return false;
  if (used.fingerprint !== fingerprint) conflict("cluster", cluster.clusterArn, message.clientTokenReused(input.clientToken, "UpdateCluster"));
  return true;
}

export function updateCluster(ctx: Ctx, input: UpdateClusterInput) {
  checkRequest(input);
  const cluster = requireCluster(ctx, input.clusterArn!);
  const fingerprint = fingerprintOf(input);
  if (isRetry(ctx, cluster, input, fingerprint)) return { cluster: clusterOutput(cluster) };

  const authType = input.authType ?? cluster.authType;
  if (input.adminUserPassword !== undefined) checkPassword(authType, input.adminUserPassword);
  else if (authType !== cluster.authType) invalid("adminUserPassword", undefined, constraint.passwordForAuthChange);
  checkWindowOverlap(input.preferredMaintenanceWindow, input.preferredBackupWindow, {
    maintenance: cluster.preferredMaintenanceWindow,
    backup: cluster.preferredBackupWindow,
  });
  const next: Partial<ClusterRecord> = {};
  for (const member of [...SCALING, ...SETTINGS]) {
    const value = member === "preferredMaintenanceWindow" && input[member] !== undefined ? normalizeMaintenanceWindow(input[member]) : input[member];
    if (value !== undefined && !same(value, cluster[member])) (next as Record<string, unknown>)[member] = Array.isArray(value) ? value.slice() : value;
  }
  const scaling = SCALING.some((m) => m in next);
  const changed = scaling || Object.keys(next).length > 0 || input.adminUserPassword !== undefined;
  requireStatus(cluster, "UpdateCluster", ["ACTIVE"]);
  if (next.shardCapacity !== undefined || next.shardCount !== undefined) {
    checkVcpus(ctx, vcpusOf({ ...cluster, ...next }), cluster.id);
  }
  if (input.clientToken !== undefined) cluster.updateToken = { token: input.clientToken, fingerprint, at: ctx.now() };
  if (!changed) return { cluster: clusterOutput(cluster) };

  if (next.shardCount !== undefined) {
    cluster.shards = next.shardCount > cluster.shardCount
      ? [...cluster.shards, ...newShards(ctx, next.shardCount - cluster.shardCount)]
      : cluster.shards.slice(0, next.shardCount);
  }
  Object.assign(cluster, next);
  ctx.lifecycle.begin("cluster", cluster.id, scaling ? "modify" : "update");
  return { cluster: clusterOutput(cluster) };
}
