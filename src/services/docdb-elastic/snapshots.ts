/**
 * Elastic cluster snapshots: manual snapshots (CreateClusterSnapshot, CopyClusterSnapshot), the
 * automated snapshot taken when a cluster first becomes ACTIVE, reads, lists and deletion.
 * Snapshot names follow the cluster-name rules, compare case-insensitively and are stored in
 * lowercase (the developer guide calls the copy's name "not case sensitive").
 */
import type {
  CopyClusterSnapshotInput,
  CreateClusterSnapshotInput,
  DeleteClusterSnapshotInput,
  GetClusterSnapshotInput,
  ListClusterSnapshotsInput,
} from "@aws-sdk/client-docdb-elastic";
import type { CallContext } from "../../core/service.js";
import { checkClusterArn, checkSnapshotArn, requireCluster, requireSnapshot, snapshotArn } from "./arns.js";
import { checkAll, conflict, invalid } from "./errors.js";
import { constraint, message } from "./messages.js";
import { pageOfCollection } from "./pages.js";
import { checkSnapshotQuota } from "./quotas.js";
import { checkResourceName, checkTagCount } from "./rules.js";
import { snapshotInList, snapshotOutput } from "./shape.js";
import { takeSeq, type ClusterRecord, type DocdbWorld, type SnapshotRecord } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

function requireFreeSnapshotName(ctx: Ctx, name: string): void {
  if (Object.hasOwn(ctx.world.snapshotNames, name)) conflict("cluster-snapshot", name, message.snapshotNameTaken(name));
}

function requireActiveSnapshot(snapshot: SnapshotRecord, operation: string): void {
  if (snapshot.status !== "ACTIVE") {
    conflict("cluster-snapshot", snapshot.snapshotArn, message.snapshotState(snapshot.snapshotArn, snapshot.status, operation));
  }
}

function addSnapshot(ctx: Ctx, fields: Omit<SnapshotRecord, "id" | "seq" | "snapshotArn">): SnapshotRecord {
  const id = ctx.ids.uuid();
  const snapshot: SnapshotRecord = { id, seq: takeSeq(ctx.world), snapshotArn: snapshotArn(ctx, id), ...fields };
  ctx.world.snapshots[id] = snapshot;
  ctx.world.snapshotNames[snapshot.snapshotName] = id;
  return snapshot;
}

/** The snapshot's view of its cluster, taken now. */
function fromCluster(ctx: Ctx, cluster: ClusterRecord) {
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

export function createClusterSnapshot(ctx: Ctx, input: CreateClusterSnapshotInput) {
  checkAll(
    () => checkClusterArn(input.clusterArn!),
    () => checkResourceName("snapshotName", input.snapshotName!),
    () => checkTagCount("tags", input.tags),
  );
  const cluster = requireCluster(ctx, input.clusterArn!);
  const snapshotName = input.snapshotName!.toLowerCase();
  requireFreeSnapshotName(ctx, snapshotName);
  if (cluster.status !== "ACTIVE") {
    conflict("cluster", cluster.clusterArn, message.clusterState(cluster.clusterArn, cluster.status, "CreateClusterSnapshot", "ACTIVE"));
  }
  checkSnapshotQuota(ctx);

  const snapshot = addSnapshot(ctx, {
    snapshotName,
    snapshotType: "MANUAL",
    status: "CREATING",
    tags: { ...input.tags },
    ...fromCluster(ctx, cluster),
  });
  ctx.lifecycle.begin("snapshot", snapshot.id, "create");
  return { snapshot: snapshotOutput(snapshot) };
}

/**
 * The automated snapshot AWS takes when a cluster becomes ACTIVE, named after the cluster and the
 * time (`<cluster>-yyyy-mm-dd-hh-mm`). Automated snapshots count against no quota.
 */
export function takeAutomatedSnapshot(ctx: Ctx, cluster: ClusterRecord): void {
  const stamp = new Date(ctx.now()).toISOString().slice(0, 16).replace(/[T:]/g, "-");
  let name = `${cluster.clusterName}-${stamp}`;
  for (let n = 2; Object.hasOwn(ctx.world.snapshotNames, name); n++) name = `${cluster.clusterName}-${stamp}-${n}`;
  addSnapshot(ctx, { snapshotName: name, snapshotType: "AUTOMATED", status: "ACTIVE", tags: {}, ...fromCluster(ctx, cluster) });
}

export function getClusterSnapshot(ctx: Ctx, input: GetClusterSnapshotInput) {
  return { snapshot: snapshotOutput(requireSnapshot(ctx, input.snapshotArn!)) };
}

/** `snapshotType` is free text in the model; the documented values are accepted in either case. */
function snapshotTypeFilter(value: string | undefined): "MANUAL" | "AUTOMATED" | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper !== "MANUAL" && upper !== "AUTOMATED") invalid("snapshotType", value, constraint.snapshotType);
  return upper;
}

/**
 * A `clusterArn` filter must be an elastic cluster ARN; one of a cluster that does not exist (or no
 * longer does) is not an error (the model lists no ResourceNotFoundException here): it lists the
 * snapshots that cluster left, if any.
 */
export function listClusterSnapshots(ctx: Ctx, input: ListClusterSnapshotsInput) {
  checkAll(
    () => {
      if (input.clusterArn !== undefined) checkClusterArn(input.clusterArn);
    },
    () => void snapshotTypeFilter(input.snapshotType),
  );
  const type = snapshotTypeFilter(input.snapshotType);
  const keep =
    input.clusterArn === undefined && type === undefined
      ? undefined
      : (s: SnapshotRecord) => (input.clusterArn === undefined || s.clusterArn === input.clusterArn) && (type === undefined || s.snapshotType === type);
  const { items, next } = pageOfCollection(ctx.world.snapshots, input.maxResults, input.nextToken, keep);
  return { snapshots: items.map(snapshotInList), ...(next ? { nextToken: next } : {}) };
}

export function deleteClusterSnapshot(ctx: Ctx, input: DeleteClusterSnapshotInput) {
  const snapshot = requireSnapshot(ctx, input.snapshotArn!);
  // AWS removes automated snapshots itself (with the cluster or at the end of the retention period).
  if (snapshot.snapshotType === "AUTOMATED") conflict("cluster-snapshot", snapshot.snapshotArn, message.automatedSnapshotDelete(snapshot.snapshotArn));
  requireActiveSnapshot(snapshot, "DeleteClusterSnapshot");
  ctx.lifecycle.begin("snapshot", snapshot.id, "delete");
  return { snapshot: snapshotOutput(snapshot) };
}

/**
 * A copy in the same account and Region: a MANUAL snapshot of the same cluster, encrypted with
 * `kmsKeyId` or the source's key, tagged with the source's tags when `copyTags` (the request's
 * tags win on a shared key).
 */
export function copyClusterSnapshot(ctx: Ctx, input: CopyClusterSnapshotInput) {
  checkAll(
    () => checkSnapshotArn(input.snapshotArn!),
    () => checkResourceName("targetSnapshotName", input.targetSnapshotName!),
    () => checkTagCount("tags", input.tags),
  );
  const source = requireSnapshot(ctx, input.snapshotArn!);
  const tags = Object.fromEntries([...Object.entries(input.copyTags ? source.tags : {}), ...Object.entries(input.tags ?? {})]);
  checkTagCount("tags", tags);
  const snapshotName = input.targetSnapshotName!.toLowerCase();
  requireFreeSnapshotName(ctx, snapshotName);
  requireActiveSnapshot(source, "CopyClusterSnapshot");
  checkSnapshotQuota(ctx);

  const copy = addSnapshot(ctx, {
    snapshotName,
    snapshotType: "MANUAL",
    status: "COPYING",
    snapshotCreationTime: ctx.now(),
    clusterArn: source.clusterArn,
    clusterCreationTime: source.clusterCreationTime,
    adminUserName: source.adminUserName,
    kmsKeyId: input.kmsKeyId ?? source.kmsKeyId,
    subnetIds: source.subnetIds.slice(),
    vpcSecurityGroupIds: source.vpcSecurityGroupIds.slice(),
    tags,
    source: { ...source.source },
  });
  ctx.lifecycle.begin("snapshot", copy.id, "copy");
  return { snapshot: snapshotOutput(copy) };
}
