/**
 * Lifecycles of DB snapshots (creating/copying -> available, deleting -> gone) and of the instance's
 * `backing-up` status while a manual snapshot of it is taken.
 */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { instancesByResourceId } from "../shared/resource-keys.js";
import type { DBSnapshotRecord, InstanceRecord, RdsWorld } from "../world.js";
import { DB_SNAPSHOT_MS, INSTANCE_BACKUP_KIND } from "./record.js";
import { DB_SNAPSHOT_KIND } from "./resource.js";

function done(snapshot: DBSnapshotRecord): void {
  snapshot.PercentProgress = 100;
}

/** A deleted snapshot takes its sharing with it (and the references the accounts it was shared with hold). */
function forgotten(snapshot: DBSnapshotRecord, ctx: CallContext<RdsWorld>): void {
  const id = snapshot.DBSnapshotIdentifier;
  for (const account of ctx.world.dbSnapshotAttributes?.[id]?.restore ?? []) {
    if (account !== "all" && ctx.hasWorld?.(ctx.region, account) !== false) {
      delete ctx.worldOf(ctx.region, account).sharedDbSnapshots?.[snapshot.DBSnapshotArn!];
    }
  }
  delete ctx.world.dbSnapshotAttributes?.[id];
}

export const dbSnapshotTransitions: TransitionTable<RdsWorld> = {
  [DB_SNAPSHOT_KIND]: {
    collection: (w) => (w.dbSnapshots ??= {}),
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: DB_SNAPSHOT_MS.create, onSettle: done },
      copy: { during: "copying", then: "available", ms: DB_SNAPSHOT_MS.copy, onSettle: done },
      copyFromRegion: { during: "copying", then: "available", ms: DB_SNAPSHOT_MS.copyFromRegion, onSettle: done },
      delete: { during: "deleting", then: null, ms: 30_000, onSettle: forgotten },
    },
  },
  [INSTANCE_BACKUP_KIND]: {
    collection: instancesByResourceId,
    statusField: "DBInstanceStatus",
    events: {
      // The instance is `backing-up` while its snapshot is taken; an instance that another call moved on
      // meanwhile (deleting, stopping) keeps that status.
      snapshot: {
        during: "backing-up",
        then: (i: InstanceRecord) => (i.DBInstanceStatus === "backing-up" ? "available" : i.DBInstanceStatus),
        settlesTo: ["available"],
        ms: DB_SNAPSHOT_MS.create,
      },
    },
  },
};
