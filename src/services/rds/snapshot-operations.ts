/**
 * The snapshot, restore and activity-stream part of the RDS service: its operations and its status
 * lifecycles, merged into the ServiceDefinition by `index.ts`.
 */
import type { TransitionTable } from "../../core/lifecycle.js";
import type { CallContext, OperationHandler } from "../../core/service.js";
import { activityStreamHandlers, activityStreamTransitions } from "./activity-streams.js";
import { restoreToPointInTimeHandlers } from "./restore-pitr.js";
import { restoreFromS3Handlers } from "./restore-s3.js";
import { restoreFromSnapshotHandlers } from "./restore-snapshot.js";
import { snapshotAttributeHandlers } from "./snapshot-attributes.js";
import { SNAPSHOT_KIND, SNAPSHOT_MS, type SnapshotRecord } from "./snapshot-record.js";
import { snapshotHandlers } from "./snapshots.js";
import type { RdsWorld } from "./world.js";

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
  ...activityStreamTransitions,
};

export const snapshotOperations: Record<string, OperationHandler<RdsWorld>> = {
  ...snapshotHandlers,
  ...snapshotAttributeHandlers,
  ...restoreFromSnapshotHandlers,
  ...restoreToPointInTimeHandlers,
  ...restoreFromS3Handlers,
  ...activityStreamHandlers,
};
