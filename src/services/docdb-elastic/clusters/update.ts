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
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operation } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { conflict, invalid, reject } from "../errors.js";
import { constraint, message } from "../messages.js";
import { arnProblem } from "../shared/arns.js";
import { normalizeMaintenanceWindow } from "../shared/windows.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";
import { newShards } from "./add.js";
import { clusters, requireCluster } from "./resource.js";
import { checkVcpus, passwordProblem, rangeProblem, requireStatus, shardCapacityProblem, vcpusOf, windowOverlapProblem, windowProblems } from "./rules.js";
import { clusterOutput } from "./shape.js";
import { fingerprintOf, TOKEN_TTL_MS } from "./tokens.js";

type Input = Sdk.UpdateClusterInput;

/** Members whose change replaces compute (MODIFYING); every other change is a settings update. */
const SCALING = ["shardCapacity", "shardCount", "shardInstanceCount", "subnetIds", "vpcSecurityGroupIds"] as const;
const SETTINGS = ["authType", "preferredMaintenanceWindow", "preferredBackupWindow", "backupRetentionPeriod"] as const;

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.join("\n") === b.join("\n") : a === b);

/** The rules that need only the request, checked before the cluster is looked up. */
function requestProblems(input: Input) {
  return [
    arnProblem("cluster", "clusterArn", input.clusterArn!),
    shardCapacityProblem(input.shardCapacity),
    rangeProblem("shardCount", input.shardCount),
    // Without authType the password's form depends on the cluster's auth type: checked after lookup.
    input.authType !== undefined && input.adminUserPassword !== undefined ? passwordProblem(input.authType, input.adminUserPassword) : undefined,
    windowProblems(input.preferredMaintenanceWindow, input.preferredBackupWindow),
    rangeProblem("backupRetentionPeriod", input.backupRetentionPeriod),
    rangeProblem("shardInstanceCount", input.shardInstanceCount),
  ];
}

/** The earlier update this request retries (same token, same parameters), if any. */
function isRetry(ctx: CallContext<DocdbWorld>, cluster: ClusterRecord, input: Input, fingerprint: string): boolean {
  const used = cluster.updateToken;
  if (input.clientToken === undefined || used?.token !== input.clientToken || ctx.now() - used.at >= TOKEN_TTL_MS) return false;
  if (used.fingerprint !== fingerprint) conflict("cluster", cluster.clusterArn, message.clientTokenReused(input.clientToken, "UpdateCluster"));
  return true;
}

export const updateCluster: Operation<typeof Sdk, DocdbWorld, "UpdateCluster"> = (input, ctx) => {
  reject(...requestProblems(input));
  const cluster = requireCluster(ctx, input.clusterArn!);
  const fingerprint = fingerprintOf("UpdateCluster", input);
  if (isRetry(ctx, cluster, input, fingerprint)) return { cluster: clusterOutput(cluster) };

  const authType = input.authType ?? cluster.authType;
  if (input.adminUserPassword !== undefined) reject(passwordProblem(authType, input.adminUserPassword));
  else if (authType !== cluster.authType) invalid("adminUserPassword", undefined, constraint.passwordForAuthChange);
  reject(
    windowOverlapProblem(input.preferredMaintenanceWindow, input.preferredBackupWindow, {
      maintenance: cluster.preferredMaintenanceWindow,
      backup: cluster.preferredBackupWindow,
    }),
  );
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
  clusters.begin(ctx, cluster, scaling ? "modify" : "update");
  return { cluster: clusterOutput(cluster) };
};
