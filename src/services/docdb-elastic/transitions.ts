/**
 * Status lifecycles of elastic clusters and their snapshots, as data: the status shown while an
 * operation runs, the status it settles to (`null`: the resource is gone) and how long it takes in
 * the `timed` lifecycle. Durations are what AWS typically takes (creation ~15 minutes, scaling ~10).
 */
import type { CallContext } from "../../core/service.js";
import type { TransitionTable } from "../../core/lifecycle.js";
import { takeAutomatedSnapshot } from "./snapshots.js";
import type { ClusterRecord, DocdbWorld, SnapshotRecord } from "./world.js";

const MINUTE = 60_000;
type Ctx = CallContext<DocdbWorld>;

function forgetName(index: Record<string, string>, name: string, id: string): void {
  if (index[name] === id) delete index[name];
}

/** A deleted cluster takes its automated snapshots and its pending maintenance with it; manual snapshots stay. */
function clusterGone(cluster: ClusterRecord, ctx: Ctx): void {
  const world = ctx.world;
  forgetName(world.clusterNames, cluster.clusterName, cluster.id);
  delete world.pendingActions[cluster.clusterArn];
  for (const snapshot of Object.values(world.snapshots)) {
    if (snapshot.snapshotType === "AUTOMATED" && snapshot.clusterArn === cluster.clusterArn) {
      delete world.snapshots[snapshot.id];
      forgetName(world.snapshotNames, snapshot.snapshotName, snapshot.id);
    }
  }
}

/** An IMMEDIATE opt-in is done once the maintenance settles. */
function maintenanceDone(cluster: ClusterRecord, ctx: Ctx): void {
  const actions = ctx.world.pendingActions[cluster.clusterArn];
  if (!actions) return;
  const left = actions.filter((a) => a.optInStatus !== "IMMEDIATE");
  if (left.length > 0) ctx.world.pendingActions[cluster.clusterArn] = left;
  else delete ctx.world.pendingActions[cluster.clusterArn];
}

export const transitions: TransitionTable<DocdbWorld> = {
  cluster: {
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
      maintenance: { during: "MAINTENANCE", then: "ACTIVE", ms: 5 * MINUTE, onSettle: maintenanceDone },
      delete: { during: "DELETING", then: null, ms: 8 * MINUTE, onSettle: clusterGone },
    },
  },
  snapshot: {
    collection: (world) => world.snapshots,
    statusField: "status",
    events: {
      create: { during: "CREATING", then: "ACTIVE", ms: 4 * MINUTE },
      copy: { during: "COPYING", then: "ACTIVE", ms: 4 * MINUTE },
      delete: {
        during: "DELETING",
        then: null,
        ms: MINUTE,
        onSettle: (s: SnapshotRecord, ctx: Ctx) => forgetName(ctx.world.snapshotNames, s.snapshotName, s.id),
      },
    },
  },
};
