/** Stream status lifecycles as data: about a minute to create, half a minute to delete. */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { DsqlWorld } from "../world.js";

const MINUTE = 60_000;

export const streamTransitions: TransitionTable<DsqlWorld> = {
  stream: {
    collection: (w) => w.streams,
    statusField: "status",
    events: {
      create: { during: "CREATING", then: "ACTIVE", ms: MINUTE },
      delete: { during: "DELETING", then: null, ms: MINUTE / 2 },
    },
  },
};
