/**
 * Automated snapshots: AWS takes one when a cluster becomes ACTIVE, named after the cluster and the
 * time (`<cluster>-yyyy-mm-dd-hh-mm`), and removes them with their cluster.
 */
import type { CallContext } from "../../../core/service.js";
import type { ClusterReactions } from "../clusters/transitions.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";
import { addSnapshot, fromCluster } from "./add.js";
import { snapshots } from "./resource.js";

type Ctx = CallContext<DocdbWorld>;

export function takeAutomatedSnapshot(ctx: Ctx, cluster: ClusterRecord): void {
  const stamp = new Date(ctx.now()).toISOString().slice(0, 16).replace(/[T:]/g, "-");
  let name = `${cluster.clusterName}-${stamp}`;
  for (let n = 2; Object.hasOwn(ctx.world.snapshotNames, name); n++) name = `${cluster.clusterName}-${stamp}-${n}`;
  addSnapshot(ctx, { snapshotName: name, snapshotType: "AUTOMATED", status: "ACTIVE", tags: {}, ...fromCluster(ctx, cluster) });
}

/** The automated snapshots of a deleted cluster go with it; manual snapshots stay. */
export function dropAutomatedSnapshots(ctx: Ctx, clusterArn: string): void {
  for (const snapshot of Object.values(ctx.world.snapshots)) {
    if (snapshot.snapshotType === "AUTOMATED" && snapshot.clusterArn === clusterArn) snapshots.forget(ctx, snapshot.id, snapshot);
  }
}

/**
 * Like RDS here: the first automated snapshot comes in the `timed` lifecycle only (or when the
 * `automatedSnapshots` setting asks for it), so an `instant` test sees exactly the snapshots it made.
 */
export const snapshotReactions: ClusterReactions = {
  create(cluster, ctx) {
    const wanted = ctx.settings.automatedSnapshots ?? ctx.lifecycle.mode === "timed";
    if (wanted) takeAutomatedSnapshot(ctx, cluster);
  },
  delete: (cluster, ctx) => dropAutomatedSnapshots(ctx, cluster.clusterArn),
};
