/** The status lifecycle of elastic cluster snapshots, as data (see clusters/transitions.ts). */
import type { ResourceKind } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import type { DocdbWorld, SnapshotRecord } from "../world.js";
import { snapshots } from "./resource.js";

const MINUTE = 60_000;

export const snapshotTransitions: ResourceKind<DocdbWorld> = {
  collection: (world) => world.snapshots,
  statusField: "status",
  events: {
    create: { during: "CREATING", then: "ACTIVE", ms: 4 * MINUTE },
    copy: { during: "COPYING", then: "ACTIVE", ms: 4 * MINUTE },
    delete: {
      during: "DELETING",
      then: null,
      ms: MINUTE,
      onSettle: (s: SnapshotRecord, ctx: CallContext<DocdbWorld>) => snapshots.forget(ctx, s.id, s),
    },
  },
};
