/**
 * The operations on elastic cluster snapshots: manual snapshots (CreateClusterSnapshot,
 * CopyClusterSnapshot), reads, lists and deletion. Snapshot names follow the cluster-name rules,
 * compare case-insensitively and are stored in lowercase (the developer guide calls the copy's name
 * "not case sensitive").
 */
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operations } from "../../../core/operations.js";
import { requireCluster } from "../clusters/resource.js";
import { requireStatus } from "../clusters/rules.js";
import { reject } from "../errors.js";
import { arnProblem } from "../shared/arns.js";
import { pageRequest } from "../shared/pages.js";
import { resourceNameProblem, tagCountProblem } from "../shared/rules.js";
import type { DocdbWorld, SnapshotRecord } from "../world.js";
import { addSnapshot, fromCluster } from "./add.js";
import { requireSnapshot, snapshots } from "./resource.js";
import { requireActiveSnapshot, requireManualToDelete, snapshotTypeOf, snapshotTypeProblem } from "./rules.js";
import { snapshotInList, snapshotOutput } from "./shape.js";

export const snapshotOperations: Operations<typeof Sdk, DocdbWorld> = {
  CreateClusterSnapshot(input, ctx) {
    reject(
      arnProblem("cluster", "clusterArn", input.clusterArn!),
      resourceNameProblem("snapshotName", input.snapshotName!),
      tagCountProblem("tags", input.tags),
    );
    const cluster = requireCluster(ctx, input.clusterArn!);
    const snapshotName = input.snapshotName!.toLowerCase();
    snapshots.requireFree(ctx, snapshotName);
    requireStatus(cluster, "CreateClusterSnapshot", ["ACTIVE"]);
    snapshots.checkQuota(ctx);

    const snapshot = addSnapshot(ctx, {
      snapshotName,
      snapshotType: "MANUAL",
      status: "CREATING",
      tags: { ...input.tags },
      ...fromCluster(ctx, cluster),
    });
    snapshots.begin(ctx, snapshot, "create");
    return { snapshot: snapshotOutput(snapshot) };
  },

  GetClusterSnapshot: (input, ctx) => ({ snapshot: snapshotOutput(requireSnapshot(ctx, input.snapshotArn!)) }),

  /**
   * A `clusterArn` filter must be an elastic cluster ARN; one of a cluster that does not exist (or no
   * longer does) is not an error (the model lists no ResourceNotFoundException here): it lists the
   * snapshots that cluster left, if any.
   */
  ListClusterSnapshots(input, ctx) {
    const clusterArn = input.clusterArn;
    reject(clusterArn === undefined ? undefined : arnProblem("cluster", "clusterArn", clusterArn), snapshotTypeProblem(input.snapshotType));
    const type = snapshotTypeOf(input.snapshotType);
    const keep =
      clusterArn === undefined && type === undefined
        ? undefined
        : (s: SnapshotRecord) => (clusterArn === undefined || s.clusterArn === clusterArn) && (type === undefined || s.snapshotType === type);
    const { items, next } = snapshots.page(ctx, { ...pageRequest("ListClusterSnapshots", input), keep });
    return { snapshots: items.map(snapshotInList), ...(next ? { nextToken: next } : {}) };
  },

  DeleteClusterSnapshot(input, ctx) {
    const snapshot = requireSnapshot(ctx, input.snapshotArn!);
    requireManualToDelete(snapshot);
    requireActiveSnapshot(snapshot, "DeleteClusterSnapshot");
    snapshots.begin(ctx, snapshot, "delete");
    return { snapshot: snapshotOutput(snapshot) };
  },

  /**
   * A copy in the same account and Region: a MANUAL snapshot of the same cluster, encrypted with
   * `kmsKeyId` or the source's key, tagged with the source's tags when `copyTags` (the request's
   * tags win on a shared key).
   */
  CopyClusterSnapshot(input, ctx) {
    reject(
      arnProblem("cluster-snapshot", "snapshotArn", input.snapshotArn!),
      resourceNameProblem("targetSnapshotName", input.targetSnapshotName!),
      tagCountProblem("tags", input.tags),
    );
    const source = requireSnapshot(ctx, input.snapshotArn!);
    const tags = Object.fromEntries([...Object.entries(input.copyTags ? source.tags : {}), ...Object.entries(input.tags ?? {})]);
    reject(tagCountProblem("tags", tags));
    const snapshotName = input.targetSnapshotName!.toLowerCase();
    snapshots.requireFree(ctx, snapshotName);
    requireActiveSnapshot(source, "CopyClusterSnapshot");
    snapshots.checkQuota(ctx);

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
    snapshots.begin(ctx, copy, "copy");
    return { snapshot: snapshotOutput(copy) };
  },
};
