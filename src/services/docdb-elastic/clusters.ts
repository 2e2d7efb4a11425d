/**
 * Elastic clusters: create (with clientToken idempotency), read, list, delete, stop and start.
 * Each function checks every rule first and only then changes state. Updates live in `update.ts`.
 */
import type {
  CreateClusterInput,
  DeleteClusterInput,
  GetClusterInput,
  ListClustersInput,
  StartClusterInput,
  StopClusterInput,
} from "@aws-sdk/client-docdb-elastic";
import { fail } from "../../core/aws-error.js";
import { canonicalJson } from "../../core/input.js";
import type { CallContext } from "../../core/service.js";
import { clusterArn, clusterEndpoint, requireCluster } from "./arns.js";
import { checkAll, conflict } from "./errors.js";
import { message } from "./messages.js";
import { pageOfCollection } from "./pages.js";
import { checkNewClusterQuotas, vcpusOf } from "./quotas.js";
import {
  AWS_OWNED_KMS_KEY,
  checkAdminUserName,
  checkPassword,
  checkRange,
  checkResourceName,
  checkShardCapacity,
  checkTagCount,
  checkWindowFormats,
  checkWindowOverlap,
  DEFAULT_BACKUP_RETENTION_DAYS,
  DEFAULT_SHARD_INSTANCE_COUNT,
} from "./rules.js";
import { clusterInList, clusterOutput } from "./shape.js";
import { clusterWindows, normalizeMaintenanceWindow } from "./windows.js";
import { hash17, takeSeq, type ClusterRecord, type DocdbWorld, type ShardRecord } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

/** Statuses from which DeleteCluster may start: running, or failed in a way only deletion resolves. */
const DELETABLE = [
  "ACTIVE",
  "VPC_ENDPOINT_LIMIT_EXCEEDED",
  "IP_ADDRESS_LIMIT_EXCEEDED",
  "INVALID_SECURITY_GROUP_ID",
  "INVALID_SUBNET_ID",
  "INACCESSIBLE_ENCRYPTION_CREDS",
  "INACCESSIBLE_ENCRYPTION_CREDENTIALS_RECOVERABLE",
  "INACCESSIBLE_SECRET_ARN",
  "INACCESSIBLE_VPC_ENDPOINT",
  "INCOMPATIBLE_NETWORK",
] as const;

/** A clientToken answers with its cluster for this long (AWS keeps idempotency tokens about a day). */
export const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** The cluster's state allows `operation`, else ConflictException naming the status and what is needed. */
export function requireStatus(cluster: ClusterRecord, operation: string, allowed: readonly string[], needed = allowed.join(" or ")): void {
  if (!allowed.includes(cluster.status)) {
    conflict("cluster", cluster.clusterArn, message.clusterState(cluster.clusterArn, cluster.status, operation, needed));
  }
}

/**
 * StartCluster and StopCluster declare no ConflictException (their model and API reference list
 * ValidationException, ResourceNotFoundException and the common errors): a cluster in the wrong
 * state is a ValidationException with `reason: "other"`, as the operations declare.
 */
function requireStatusToStartOrStop(cluster: ClusterRecord, operation: string, allowed: string): void {
  if (cluster.status !== allowed) fail("ValidationException", message.clusterState(cluster.clusterArn, cluster.status, operation, allowed), { reason: "other" });
}

export function newShards(ctx: Ctx, count: number): ShardRecord[] {
  const shards: ShardRecord[] = [];
  for (let i = 0; i < count; i++) shards.push({ shardId: ctx.ids.hex(12), createTime: ctx.now() });
  return shards;
}

/** What a new cluster is made of: CreateCluster's input with defaults, or a snapshot's configuration. */
export type ClusterSpec = Omit<ClusterRecord, "id" | "seq" | "clusterArn" | "status" | "clusterEndpoint" | "createTime" | "shards">;

/** Adds a CREATING cluster to the world (rules already checked). */
export function addCluster(ctx: Ctx, spec: ClusterSpec): ClusterRecord {
  const id = ctx.ids.uuid();
  const cluster: ClusterRecord = {
    id,
    seq: takeSeq(ctx.world),
    ...spec,
    clusterArn: clusterArn(ctx, id),
    status: "CREATING",
    clusterEndpoint: clusterEndpoint(ctx, spec.clusterName),
    createTime: ctx.now(),
    shards: newShards(ctx, spec.shardCount),
  };
  ctx.world.clusters[id] = cluster;
  ctx.world.clusterNames[cluster.clusterName] = id;
  ctx.lifecycle.begin("cluster", id, "create");
  return cluster;
}

/** A new cluster name is free in this account and Region (names compare in lowercase). */
export function requireFreeName(ctx: Ctx, name: string): void {
  if (Object.hasOwn(ctx.world.clusterNames, name)) conflict("cluster", name, message.clusterNameTaken(name));
}

/** A request without its clientToken, as a hash (so no password is ever kept in state). */
export function fingerprintOf(input: { clientToken?: string }): string {
  const { clientToken: _omit, ...request } = input;
  return hash17(canonicalJson(request));
}

export function createCluster(ctx: Ctx, input: CreateClusterInput): ClusterRecord {
  const token = input.clientToken;
  const fingerprint = fingerprintOf(input);
  if (token !== undefined) {
    const used = Object.hasOwn(ctx.world.clientTokens, token) ? ctx.world.clientTokens[token] : undefined;
    const earlier = used && ctx.now() - used.at < TOKEN_TTL_MS ? ctx.world.clusters[used.clusterId] : undefined;
    if (used && earlier) {
      if (used.fingerprint === fingerprint) return earlier; // a retry: the same cluster, no new one
      conflict("cluster", earlier.clusterArn, message.clientTokenReused(token, "CreateCluster"));
    }
  }

  const name = input.clusterName!;
  checkAll(
    () => checkResourceName("clusterName", name),
    () => checkAdminUserName(input.adminUserName!),
    () => checkPassword(input.authType!, input.adminUserPassword!),
    () => checkShardCapacity("shardCapacity", input.shardCapacity),
    () => checkRange("shardCount", input.shardCount),
    () => checkWindowFormats(input.preferredMaintenanceWindow, input.preferredBackupWindow),
    () => checkTagCount("tags", input.tags),
    () => checkRange("backupRetentionPeriod", input.backupRetentionPeriod),
    () => checkRange("shardInstanceCount", input.shardInstanceCount),
  );
  checkWindowOverlap(input.preferredMaintenanceWindow, input.preferredBackupWindow);
  const clusterName = name.toLowerCase(); // stored as a lowercase string (model documentation)
  requireFreeName(ctx, clusterName);
  checkNewClusterQuotas(ctx, vcpusOf({ shardCapacity: input.shardCapacity!, shardCount: input.shardCount! }));

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
  return cluster;
}

export function getCluster(ctx: Ctx, input: GetClusterInput) {
  return { cluster: clusterOutput(requireCluster(ctx, input.clusterArn!)) };
}

export function listClusters(ctx: Ctx, input: ListClustersInput) {
  const { items, next } = pageOfCollection(ctx.world.clusters, input.maxResults, input.nextToken);
  return { clusters: items.map(clusterInList), ...(next ? { nextToken: next } : {}) };
}

export function deleteCluster(ctx: Ctx, input: DeleteClusterInput) {
  const cluster = requireCluster(ctx, input.clusterArn!);
  requireStatus(cluster, "DeleteCluster", DELETABLE, "ACTIVE or in a failed state");
  ctx.lifecycle.begin("cluster", cluster.id, "delete");
  return { cluster: clusterOutput(cluster) };
}

export function stopCluster(ctx: Ctx, input: StopClusterInput) {
  const cluster = requireCluster(ctx, input.clusterArn!);
  requireStatusToStartOrStop(cluster, "StopCluster", "ACTIVE");
  ctx.lifecycle.begin("cluster", cluster.id, "stop");
  return { cluster: clusterOutput(cluster) };
}

export function startCluster(ctx: Ctx, input: StartClusterInput) {
  const cluster = requireCluster(ctx, input.clusterArn!);
  requireStatusToStartOrStop(cluster, "StartCluster", "STOPPED");
  ctx.lifecycle.begin("cluster", cluster.id, "start");
  return { cluster: clusterOutput(cluster) };
}
