/**
 * Cluster status lifecycles as data: the cluster's own status and its encryption status. Durations
 * are those of the `timed` lifecycle and roughly what AWS takes: about a minute to create or delete
 * a cluster, half a minute for an update.
 */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { ClusterRecord, DsqlContext, DsqlWorld } from "../world.js";
import { forgetDeletedCluster, settledStatus } from "./multi-region.js";

const MINUTE = 60_000;
/** What `settledStatus` gives: a multi-Region cluster waits in PENDING_SETUP until its peers link. */
const SETTLED = ["ACTIVE", "PENDING_SETUP"];

/**
 * A deleted cluster takes its streams with it and leaves its peers' lists. Its streams are read from
 * the world: the streams folder depends on clusters, never the other way.
 */
function clusterGone(c: ClusterRecord, ctx: DsqlContext): void {
  forgetDeletedCluster(ctx, c);
  for (const [id, s] of Object.entries(ctx.world.streams)) if (s.clusterIdentifier === c.identifier) delete ctx.world.streams[id];
}

export const clusterTransitions: TransitionTable<DsqlWorld> = {
  cluster: {
    collection: (w) => w.clusters,
    statusField: "status",
    events: {
      create: { during: "CREATING", then: "ACTIVE", ms: MINUTE },
      /** A multi-Region cluster held in PENDING_SETUP whose peers now all list it back. */
      resumeCreate: { during: "CREATING", then: settledStatus, settlesTo: SETTLED, ms: MINUTE },
      /** Any UpdateCluster change; a multi-Region cluster settles in PENDING_SETUP until linked. */
      update: { during: "UPDATING", then: settledStatus, settlesTo: SETTLED, ms: MINUTE / 2 },
      delete: { during: "DELETING", then: null, ms: MINUTE, onSettle: clusterGone },
    },
  },
  /** The cluster's encryption status runs beside its own status. */
  encryption: {
    collection: (w) => w.clusters,
    statusField: "encryptionDetails.encryptionStatus",
    events: {
      enable: { during: "ENABLING", then: "ENABLED", ms: MINUTE },
      update: { during: "UPDATING", then: "ENABLED", ms: MINUTE / 2 },
    },
  },
};
