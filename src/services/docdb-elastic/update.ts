/**
 * UpdateCluster. Changes show at once (GetCluster reads the new values) while the cluster is
 * MODIFYING (shard capacity, shard or instance count, subnets or security groups: compute is
 * replaced) or UPDATING (settings only: password, auth type, windows, retention), then ACTIVE.
 * A request that changes nothing leaves the cluster ACTIVE. A retry with the clientToken of the
 * update in progress answers with the cluster and starts nothing new.
 */
import type { UpdateClusterInput } from "@aws-sdk/client-docdb-elastic";
import type { CallContext } from "../../core/service.js";
import { requireCluster } from "./arns.js";
import { invalid } from "./faults.js";
import { constraint } from "./messages.js";
import { checkVcpus, vcpusOf } from "./quotas.js";
import { checkPassword, checkRange, checkShardCapacity, checkWindows } from "./rules.js";
import { clusterOutput } from "./shape.js";
import { newShards, requireStatus } from "./clusters.js";
import { normalizeMaintenanceWindow } from "./windows.js";
import type { ClusterRecord, DocdbWorld } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

/** Members whose change replaces compute (MODIFYING); every other change is a settings update. */
const SCALING = ["shardCapacity", "shardCount", "shardInstanceCount", "subnetIds", "vpcSecurityGroupIds"] as const;
const SETTINGS = ["authType", "preferredMaintenanceWindow", "preferredBackupWindow", "backupRetentionPeriod"] as const;

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join("\n") === b.join("\n") : a === b);

export function updateCluster(ctx: Ctx, input: UpdateClusterInput) {
  const cluster = requireCluster(ctx, input.clusterArn!);
  if (input.clientToken !== undefined && input.clientToken === cluster.updateToken) return { cluster: clusterOutput(cluster) };

  const authType = input.authType ?? cluster.authType;
  if (input.adminUserPassword !== undefined) checkPassword(authType, input.adminUserPassword);
  else if (authType !== cluster.authType) invalid("adminUserPassword", undefined, constraint.passwordForAuthChange);
  checkShardCapacity("shardCapacity", input.shardCapacity);
  checkRange("shardCount", input.shardCount);
  checkRange("shardInstanceCount", input.shardInstanceCount);
  checkRange("backupRetentionPeriod", input.backupRetentionPeriod);
  checkWindows(input.preferredMaintenanceWindow, input.preferredBackupWindow, {
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
  if (!changed) return { cluster: clusterOutput(cluster) };

  if (next.shardCount !== undefined) {
    cluster.shards = next.shardCount > cluster.shardCount
      ? [...cluster.shards, ...newShards(ctx, next.shardCount - cluster.shardCount)]
      : cluster.shards.slice(0, next.shardCount);
  }
  Object.assign(cluster, next);
  if (input.clientToken !== undefined) cluster.updateToken = input.clientToken;
  ctx.lifecycle.begin("cluster", cluster.id, scaling ? "modify" : "update");
  return { cluster: clusterOutput(cluster) };
}
