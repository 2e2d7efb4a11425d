/**
 * Status lifecycles of DB clusters and DB instances, as data. Durations are AWS-like for the `timed`
 * lifecycle (an empty Aurora cluster is ready in a couple of minutes, an instance in about eight).
 */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { endpointMemberLeft } from "../cluster-endpoints/operations.js";
import { memberLeft, membersOf } from "./members.js";
import { clustersByResourceId, instancesByResourceId, SECRET_KIND } from "../shared/resource-keys.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";
import { instanceCreate, RESTART_KIND, restartKind, standaloneInstanceEvents, stoppedInstance } from "../instances/lifecycle.js";
// --- read replicas ---
import { instanceGone } from "../read-replicas/links.js";
import { replicaInstanceEvents } from "../read-replicas/transitions.js";
// --- end read replicas ---

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** A stopped cluster restarts by itself after seven days (the time is shown; the restart is not simulated). */
const AUTOMATIC_RESTART_MS = 7 * 24 * 60 * MINUTE;

/** A stopped cluster keeps the LatestRestorableTime it had when it began stopping (shared/resource-keys.ts). */
function stopped(cluster: ClusterRecord, ctx: CallContext<RdsWorld>): void {
  cluster.AutomaticRestartTime = ctx.now() + AUTOMATIC_RESTART_MS;
}

function started(cluster: ClusterRecord): void {
  delete cluster.AutomaticRestartTime;
}

export const clusterTransitions: TransitionTable<RdsWorld> = {
  cluster: {
    collection: clustersByResourceId,
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 2 * MINUTE },
      modify: { during: "modifying", then: "available", ms: 1 * MINUTE },
      rename: { during: "renaming", then: "available", ms: 1 * MINUTE },
      upgrade: { during: "upgrading", then: "available", ms: 10 * MINUTE },
      failover: { during: "failing-over", then: "available", ms: 30 * SECOND },
      reboot: { during: "rebooting", then: "available", ms: 1 * MINUTE },
      backtrack: { during: "backtracking", then: "available", ms: 2 * MINUTE },
      promote: { during: "promoting", then: "available", ms: 2 * MINUTE },
      stop: { during: "stopping", then: "stopped", ms: 4 * MINUTE, onSettle: stopped },
      start: { during: "starting", then: "available", ms: 5 * MINUTE, onSettle: started },
      // A cluster outlives its instances: it stays `deleting` while one is still being deleted, and goes
      // with the last of them (clusters/members.ts, memberLeft). No instance ever names a cluster that is gone.
      delete: {
        during: "deleting",
        then: (cluster: ClusterRecord, ctx: CallContext<RdsWorld>) => (membersOf(ctx, cluster).length > 0 ? "deleting" : null),
        settlesTo: [null],
        ms: 2 * MINUTE,
      },
    },
  },
  /**
   * The Secrets Manager secret of a managed master user password (MasterUserSecret.SecretStatus): RDS
   * answers `creating` (ManageMasterUserPassword) or `rotating` (RotateMasterUserPassword), and the
   * secret is `active` once RDS has stored the password. A kind of its own, so it never replaces a
   * pending cluster event. Turning management off cancels it (shared/resource-keys.ts).
   */
  [SECRET_KIND]: {
    collection: clustersByResourceId,
    statusField: "MasterUserSecret.SecretStatus",
    events: {
      create: { during: "creating", then: "active", ms: 1 * MINUTE },
      rotate: { during: "rotating", then: "active", ms: 1 * MINUTE },
    },
  },
  [RESTART_KIND]: restartKind,
  instance: {
    collection: instancesByResourceId,
    statusField: "DBInstanceStatus",
    events: {
      // Standalone instances: creating -> backing-up -> available (instances/lifecycle.ts).
      create: instanceCreate,
      ...standaloneInstanceEvents,
      modify: { during: "modifying", then: "available", ms: 2 * MINUTE },
      rename: { during: "renaming", then: "available", ms: 1 * MINUTE },
      reboot: { during: "rebooting", then: "available", ms: 1 * MINUTE },
      stop: { during: "stopping", then: "stopped", ms: 4 * MINUTE, onSettle: stoppedInstance },
      start: { during: "starting", then: "available", ms: 5 * MINUTE },
      delete: {
        during: "deleting",
        then: null,
        ms: 3 * MINUTE,
        onSettle: (instance: InstanceRecord, ctx: CallContext<RdsWorld>) => {
          memberLeft(ctx, instance);
          endpointMemberLeft(ctx, instance);
          // --- read replicas: the instance leaves its source's list; its own replicas are promoted ---
          instanceGone(ctx, instance);
          // --- end read replicas ---
        },
      },
      // --- read replicas: promote, switchover ---
      ...replicaInstanceEvents,
      // --- end read replicas ---
    },
  },
};
