/** What a cluster's settled events do to its pending maintenance actions (index.ts joins them to clusters/transitions.ts). */
import type { ClusterReactions } from "../clusters/transitions.js";

export const maintenanceReactions: ClusterReactions = {
  /** An IMMEDIATE opt-in is done once the maintenance settles. */
  maintenance(cluster, ctx) {
    const actions = ctx.world.pendingActions[cluster.clusterArn];
    if (!actions) return;
    const left = actions.filter((a) => a.optInStatus !== "IMMEDIATE");
    if (left.length > 0) ctx.world.pendingActions[cluster.clusterArn] = left;
    else delete ctx.world.pendingActions[cluster.clusterArn];
  },
  /** A deleted cluster's pending maintenance goes with it. */
  delete: (cluster, ctx) => void delete ctx.world.pendingActions[cluster.clusterArn],
};
