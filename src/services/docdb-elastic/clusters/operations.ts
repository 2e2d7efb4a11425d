/**
 * The operations on elastic clusters: create, update and restore (own files), read, list, delete,
 * stop and start. Each checks every rule first and only then changes state.
 */
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operations } from "../../../core/operations.js";
import { pageRequest } from "../shared/pages.js";
import type { DocdbWorld } from "../world.js";
import { createCluster } from "./create.js";
import { clusters, requireCluster } from "./resource.js";
import { restoreClusterFromSnapshot } from "./restore.js";
import { DELETABLE, requireStatus, requireStatusToStartOrStop } from "./rules.js";
import { clusterInList, clusterOutput } from "./shape.js";
import { updateCluster } from "./update.js";

export const clusterOperations: Operations<typeof Sdk, DocdbWorld> = {
  CreateCluster: createCluster,
  UpdateCluster: updateCluster,
  RestoreClusterFromSnapshot: restoreClusterFromSnapshot,

  GetCluster: (input, ctx) => ({ cluster: clusterOutput(requireCluster(ctx, input.clusterArn!)) }),

  ListClusters(input, ctx) {
    const { items, next } = clusters.page(ctx, pageRequest("ListClusters", input));
    return { clusters: items.map(clusterInList), ...(next ? { nextToken: next } : {}) };
  },

  DeleteCluster(input, ctx) {
    const cluster = requireCluster(ctx, input.clusterArn!);
    requireStatus(cluster, "DeleteCluster", DELETABLE, "ACTIVE or in a failed state");
    clusters.begin(ctx, cluster, "delete");
    return { cluster: clusterOutput(cluster) };
  },

  StopCluster(input, ctx) {
    const cluster = requireCluster(ctx, input.clusterArn!);
    requireStatusToStartOrStop(cluster, "StopCluster", "ACTIVE");
    clusters.begin(ctx, cluster, "stop");
    return { cluster: clusterOutput(cluster) };
  },

  StartCluster(input, ctx) {
    const cluster = requireCluster(ctx, input.clusterArn!);
    requireStatusToStartOrStop(cluster, "StartCluster", "STOPPED");
    clusters.begin(ctx, cluster, "start");
    return { cluster: clusterOutput(cluster) };
  },
};
