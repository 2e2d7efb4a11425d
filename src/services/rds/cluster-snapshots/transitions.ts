/** The status lifecycle of DB cluster snapshots (creating/copying -> available, deleting -> gone). */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { SNAPSHOT_KIND, SNAPSHOT_MS, type SnapshotRecord } from "./record.js";
import type { RdsWorld } from "../world.js";

const SECOND = 1000;

function done(snapshot: SnapshotRecord): void {
  snapshot.PercentProgress = 100;
}

/** A deleted snapshot takes its sharing with it (and the references other accounts hold). */
function forgotten(snapshot: SnapshotRecord, ctx: CallContext<RdsWorld>): void {
  const id = snapshot.DBClusterSnapshotIdentifier;
  for (const account of ctx.world.clusterSnapshotAttributes[id]?.restore ?? []) {
    if (account !== "all" && ctx.hasWorld?.(ctx.region, account) !== false) {
      delete ctx.worldOf(ctx.region, account).sharedClusterSnapshots?.[snapshot.DBClusterSnapshotArn!];
    }
  }
  delete ctx.world.clusterSnapshotAttributes[id];
}

export const snapshotTransitions: TransitionTable<RdsWorld> = {
  [SNAPSHOT_KIND]: {
    collection: (w) => w.clusterSnapshots,
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: SNAPSHOT_MS.create, onSettle: done },
      copy: { during: "copying", then: "available", ms: SNAPSHOT_MS.copy, onSettle: done },
      copyFromRegion: { during: "copying", then: "available", ms: SNAPSHOT_MS.copyFromRegion, onSettle: done },
      delete: { during: "deleting", then: null, ms: 30 * SECOND, onSettle: forgotten },
    },
  },
};
