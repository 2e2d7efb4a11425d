/** The operations table: each of the 19 operations, by name, to the state function answering it. */
import type { OperationHandler } from "../../core/service.js";
import { createCluster, deleteCluster, getCluster, listClusters, startCluster, stopCluster } from "./clusters.js";
import { applyPendingMaintenanceAction, getPendingMaintenanceAction, listPendingMaintenanceActions } from "./pending-actions.js";
import { restoreClusterFromSnapshot } from "./restore.js";
import { clusterOutput } from "./shape.js";
import {
  copyClusterSnapshot,
  createClusterSnapshot,
  deleteClusterSnapshot,
  getClusterSnapshot,
  listClusterSnapshots,
} from "./snapshots.js";
import { listTagsForResource, tagResource, untagResource } from "./tags.js";
import { updateCluster } from "./update.js";
import type { DocdbWorld } from "./world.js";

export const operations: Record<string, OperationHandler<DocdbWorld>> = {
  CreateCluster: (input, ctx) => ({ cluster: clusterOutput(createCluster(ctx, input)) }),
  GetCluster: (input, ctx) => getCluster(ctx, input),
  ListClusters: (input, ctx) => listClusters(ctx, input),
  UpdateCluster: (input, ctx) => updateCluster(ctx, input),
  DeleteCluster: (input, ctx) => deleteCluster(ctx, input),
  StopCluster: (input, ctx) => stopCluster(ctx, input),
  StartCluster: (input, ctx) => startCluster(ctx, input),
  CreateClusterSnapshot: (input, ctx) => createClusterSnapshot(ctx, input),
  GetClusterSnapshot: (input, ctx) => getClusterSnapshot(ctx, input),
  ListClusterSnapshots: (input, ctx) => listClusterSnapshots(ctx, input),
  DeleteClusterSnapshot: (input, ctx) => deleteClusterSnapshot(ctx, input),
  CopyClusterSnapshot: (input, ctx) => copyClusterSnapshot(ctx, input),
  RestoreClusterFromSnapshot: (input, ctx) => restoreClusterFromSnapshot(ctx, input),
  TagResource: (input, ctx) => tagResource(ctx, input),
  UntagResource: (input, ctx) => untagResource(ctx, input),
  ListTagsForResource: (input, ctx) => listTagsForResource(ctx, input),
  GetPendingMaintenanceAction: (input, ctx) => getPendingMaintenanceAction(ctx, input),
  ListPendingMaintenanceActions: (input, ctx) => listPendingMaintenanceActions(ctx, input),
  ApplyPendingMaintenanceAction: (input, ctx) => applyPendingMaintenanceAction(ctx, input),
};
