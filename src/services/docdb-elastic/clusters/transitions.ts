/**
 * The status lifecycle of elastic clusters, as data: the status shown while an operation runs, the
 * status it settles to (`null`: the cluster is gone) and how long it takes in the `timed` lifecycle.
 * Durations are what AWS typically takes (creation ~15 minutes, scaling ~10).
 */
import type { ResourceKind } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { dropPendingActions, maintenanceSettled } from "../maintenance/transitions.js";
import { dropAutomatedSnapshots, takeAutomatedSnapshot } from "../snapshots/automated.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";
import { clusters } from "./resource.js";

const MINUTE = 60_000;
type Ctx = CallContext<DocdbWorld>;

/** A deleted cluster takes its automated snapshots and its pending maintenance with it; manual snapshots stay. */
function clusterGone(cluster: ClusterRecord, ctx: Ctx): void {
  clusters.forget(ctx, cluster.id, cluster);
  dropPendingActions(ctx, cluster.clusterArn);
  dropAutomatedSnapshots(ctx, cluster.clusterArn);
}

export const clusterTransitions: ResourceKind<DocdbWorld> = {
  collection: (world) => world.clusters,
  statusField: "status",
  events: {
    create: {
      during: "CREATING",
      then: "ACTIVE",
      ms: 15 * MINUTE,
      // Like RDS here: the first automated snapshot comes in the `timed` lifecycle only (or when the
      // setting asks for it), so an `instant` test sees exactly the snapshots it made.
      onSettle: (cluster: ClusterRecord, ctx: Ctx) => {
        const wanted = ctx.settings.automatedSnapshots ?? ctx.lifecycle.mode === "timed";
        if (wanted) takeAutomatedSnapshot(ctx, cluster);
      },
    },
    /** Settings only (password, windows, retention, auth type). */
    update: { during: "UPDATING", then: "ACTIVE", ms: 2 * MINUTE },
    /** Shard capacity, shard or instance count, or network changes. */
    modify: { during: "MODIFYING", then: "ACTIVE", ms: 10 * MINUTE },
    stop: { during: "STOPPING", then: "STOPPED", ms: 8 * MINUTE },
    start: { during: "STARTING", then: "ACTIVE", ms: 8 * MINUTE },
    maintenance: { during: "MAINTENANCE", then: "ACTIVE", ms: 5 * MINUTE, onSettle: maintenanceSettled },
    delete: { during: "DELETING", then: null, ms: 8 * MINUTE, onSettle: clusterGone },
  },
};
