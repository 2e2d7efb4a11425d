/**
 * The lifecycle of standalone DB instances, as data added to the `instance` kind (clusters/transitions.ts):
 * - a new instance with backups takes its first automated backup once created (creating -> backing-up ->
 *   available; AWS shows `backing-up` right after `creating`, RDS user guide "Viewing DB instance status");
 * - a stopped instance restarts by itself after seven days (RDS user guide, "Stopping an Amazon RDS DB
 *   instance temporarily": "the DB instance is automatically started after seven days"). That restart is
 *   its own kind, scheduled straight on the backend clock with the real seven days even in the `instant`
 *   lifecycle (where an instant restart would make `stopped` unobservable); starting or deleting the
 *   instance cancels it.
 */
import type { ResourceKind, TransitionEvent } from "../../../core/lifecycle.js";
import { taskKey } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { beginInstance, instancesByResourceId } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";

const MINUTE = 60_000;
export const AUTOMATIC_RESTART_MS = 7 * 24 * 60 * MINUTE;
/** The lifecycle kind of a stopped instance's automatic restart. */
export const RESTART_KIND = "instanceAutoRestart";

/** A standalone instance with automated backups takes its first backup once created (cluster members back up with their cluster). */
export const takesFirstBackup = (i: InstanceRecord) => i.DBClusterIdentifier === undefined && (i.BackupRetentionPeriod ?? 0) > 0;

/** `instance.create`: members become available; a standalone instance with backups goes on to backing-up. */
export const instanceCreate: TransitionEvent<RdsWorld> = {
  during: "creating",
  then: (i: InstanceRecord) => (takesFirstBackup(i) ? "backing-up" : "available"),
  settlesTo: ["backing-up", "available"],
  ms: 8 * MINUTE,
  onSettle: (i: InstanceRecord, ctx: CallContext<RdsWorld>) => {
    if (i.DBInstanceStatus === "backing-up") beginInstance(ctx, i, "backup");
  },
};

/** Extra `instance` events of standalone instances. */
export const standaloneInstanceEvents: Record<string, TransitionEvent<RdsWorld>> = {
  backup: {
    during: "backing-up",
    then: "available",
    ms: 2 * MINUTE,
    onSettle: (i: InstanceRecord) => {
      // The first automated backup opens the restorable window (DescribeDBInstances' LatestRestorableTime).
      i.LatestRestorableTime = i.InstanceCreateTime;
    },
  },
};

/** `instance.stop` of a standalone instance: once stopped, its restart is due in seven days. */
export function stoppedInstance(i: InstanceRecord, ctx: CallContext<RdsWorld>): void {
  if (i.DBClusterIdentifier !== undefined) return;
  i.AutomaticRestartTime = ctx.now() + AUTOMATIC_RESTART_MS;
  ctx.clock.schedule(restartKey(ctx, i), AUTOMATIC_RESTART_MS, { service: "rds", accountId: ctx.accountId, region: ctx.region, kind: RESTART_KIND, id: i.DbiResourceId, event: "restart" });
}

/** A start or delete withdraws a pending automatic restart. */
export function cancelRestart(ctx: CallContext<RdsWorld>, i: InstanceRecord): void {
  delete i.AutomaticRestartTime;
  ctx.clock.cancel(restartKey(ctx, i));
}

function restartKey(ctx: CallContext<RdsWorld>, i: InstanceRecord): string {
  return taskKey({ service: "rds", accountId: ctx.accountId, region: ctx.region, kind: RESTART_KIND, id: i.DbiResourceId! });
}

/** The automatic restart: a still-stopped instance starts (starting -> available). */
export const restartKind: ResourceKind<RdsWorld> = {
  collection: instancesByResourceId,
  statusField: "DBInstanceStatus",
  events: {
    restart: {
      during: "stopped",
      // A start or delete cancels this task; should it still find the instance in another status, it leaves it alone.
      then: (i: InstanceRecord) => (i.DBInstanceStatus === "stopped" ? "starting" : i.DBInstanceStatus),
      settlesTo: ["starting"],
      ms: AUTOMATIC_RESTART_MS,
      onSettle: (i: InstanceRecord, ctx: CallContext<RdsWorld>) => {
        if (i.DBInstanceStatus !== "starting" || i.AutomaticRestartTime === undefined) return;
        delete i.AutomaticRestartTime;
        beginInstance(ctx, i, "start");
      },
    },
  },
};
