/** What a cluster's lifecycle does to its pending maintenance actions (clusters/transitions.ts calls these). */
import type { CallContext } from "../../../core/service.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";

type Ctx = CallContext<DocdbWorld>;

/** An IMMEDIATE opt-in is done once the maintenance settles. */
export function maintenanceSettled(cluster: ClusterRecord, ctx: Ctx): void {
  const actions = ctx.world.pendingActions[cluster.clusterArn];
  if (!actions) return;
  const left = actions.filter((a) => a.optInStatus !== "IMMEDIATE");
  if (left.length > 0) ctx.world.pendingActions[cluster.clusterArn] = left;
  else delete ctx.world.pendingActions[cluster.clusterArn];
}

/** A deleted cluster's pending maintenance goes with it. */
export function dropPendingActions(ctx: Ctx, clusterArn: string): void {
  delete ctx.world.pendingActions[clusterArn];
}
