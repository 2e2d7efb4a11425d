/**
 * The global cluster's lifecycle, as data. Transitions are keyed by GlobalClusterResourceId (a rename
 * keeps a pending one on its record; a re-created namesake never gets it) and run in the home Region's
 * world (resource.ts). A failover or switchover changes the roles when it settles.
 */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import type { GlobalClusterRecord, RdsWorld } from "../world.js";
import { memberByArn, membersOf, setWriter } from "./members.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
export const GLOBAL_KIND = "globalCluster";

/** The home world's global clusters seen by resource id (few records: a scan). */
function byResourceId(world: RdsWorld): Record<string, GlobalClusterRecord> {
  const records = world.globalClusters ?? {};
  const lookup = (id: string) => Object.values(records).find((g) => g.GlobalClusterResourceId === id);
  return new Proxy({} as Record<string, GlobalClusterRecord>, {
    get: (_, key) => (typeof key === "string" ? lookup(key) : undefined),
    deleteProperty: (_, key) => {
      const g = typeof key === "string" ? lookup(key) : undefined;
      if (g) delete records[g.GlobalClusterIdentifier];
      return true;
    },
  });
}

/** The target of the failover or switchover becomes the writer; FailoverState is emptied once it is done. */
function rolesChanged(g: GlobalClusterRecord, ctx: CallContext<RdsWorld>): void {
  const to = g.FailoverState?.ToDbClusterArn;
  const target = to === undefined ? undefined : memberByArn(ctx, g, to);
  if (target) setWriter(g, membersOf(ctx, g), target.link);
  delete g.FailoverState;
}

/** Starts `event` on a global cluster (in the home Region's context). */
export function beginGlobal(home: CallContext<RdsWorld>, g: GlobalClusterRecord, event: string): void {
  home.lifecycle.begin(GLOBAL_KIND, g.GlobalClusterResourceId, event);
}

export const globalClusterTransitions: TransitionTable<RdsWorld> = {
  [GLOBAL_KIND]: {
    collection: byResourceId,
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 1 * MINUTE },
      modify: { during: "modifying", then: "available", ms: 1 * MINUTE },
      upgrade: { during: "upgrading", then: "available", ms: 10 * MINUTE },
      failover: { during: "failing-over", then: "available", ms: 1 * MINUTE, onSettle: rolesChanged },
      switchover: { during: "switching-over", then: "available", ms: 2 * MINUTE, onSettle: rolesChanged },
      delete: { during: "deleting", then: null, ms: 1 * MINUTE },
    },
  },
};
