/**
 * Lifecycles of applied maintenance, as data. An action being applied shows on the resource's own
 * status field (`upgrading`, `maintenance`, `modifying`) as kinds of their own, keyed by resource id:
 * so they never replace an instance's or cluster's own pending event. A later call that moved the
 * resource on (a delete) keeps its status: the action's event settles only a status it set itself.
 * `maintenanceWindow` is the weekly window a `next-maintenance` opt-in waits for (window.ts).
 */
import { taskKey, type TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { clustersByResourceId, instancesByResourceId } from "../shared/resource-keys.js";
import type { MaintenanceRecord, RdsWorld } from "../world.js";
import { actionKind, pendingOn, type MaintenanceEvent } from "./actions.js";
import { statusOf, targetByResourceId, windowOf, type Target } from "./targets.js";
import { nextWindowStart } from "./window.js";

const MINUTE = 60_000;
export const INSTANCE_MAINTENANCE = "instanceMaintenance";
export const CLUSTER_MAINTENANCE = "clusterMaintenance";
export const MAINTENANCE_WINDOW = "maintenanceWindow";

/** Status while each event runs, and how long it takes in the timed lifecycle. */
const EVENTS: Record<MaintenanceEvent, { during: string; ms: number }> = {
  upgrade: { during: "upgrading", ms: 10 * MINUTE },
  maintenance: { during: "maintenance", ms: 5 * MINUTE },
  modify: { during: "modifying", ms: 2 * MINUTE },
};

function events(field: "DBInstanceStatus" | "Status") {
  return Object.fromEntries(
    Object.entries(EVENTS).map(([name, e]) => [
      name,
      { during: e.during, ms: e.ms, settlesTo: ["available"], then: (r: any) => (r[field] === e.during ? "available" : r[field]) },
    ]),
  );
}

/** Several actions applied together show the longest-running event. */
const WEIGHT: Record<MaintenanceEvent, number> = { upgrade: 3, maintenance: 2, modify: 1 };

/** Applies actions to a target now: each one's change, then one event on its status. */
export function applyNow(ctx: CallContext<RdsWorld>, t: Target, names: readonly string[]): void {
  let event: MaintenanceEvent | undefined;
  for (const name of names) {
    const kind = actionKind(name)!;
    kind.apply(t, ctx);
    if (event === undefined || WEIGHT[kind.event] > WEIGHT[event]) event = kind.event;
  }
  if (event !== undefined) ctx.lifecycle.begin(t.kind === "instance" ? INSTANCE_MAINTENANCE : CLUSTER_MAINTENANCE, t.resourceId, event);
}

/** The resource's maintenance state, created on first write. */
export function maintenanceOf(ctx: CallContext<RdsWorld>, resourceId: string): MaintenanceRecord {
  const all = (ctx.world.maintenance ??= {});
  return (all[resourceId] ??= { ResourceId: resourceId, OptIns: {}, Applied: {} });
}

/** Schedules the window task at the target's next window on the clock (whatever the lifecycle mode). */
export function scheduleWindow(ctx: CallContext<RdsWorld>, record: MaintenanceRecord, at: number): void {
  record.Window = "scheduled";
  const key = taskKey({ service: "rds", accountId: ctx.accountId, region: ctx.region, kind: MAINTENANCE_WINDOW, id: record.ResourceId });
  ctx.clock.schedule(key, at - ctx.now(), { service: "rds", accountId: ctx.accountId, region: ctx.region, kind: MAINTENANCE_WINDOW, id: record.ResourceId, event: "open" });
}

export function cancelWindow(ctx: CallContext<RdsWorld>, record: MaintenanceRecord): void {
  delete record.Window;
  ctx.lifecycle.cancel(MAINTENANCE_WINDOW, record.ResourceId);
}

/**
 * The window opens: the opted-in actions still pending are applied. A resource that is not `available`
 * then (stopped, being modified) keeps its opt-ins for the window after (chosen: AWS defers maintenance
 * it cannot apply). A resource that is gone takes its maintenance state with it.
 */
function windowOpened(record: MaintenanceRecord, ctx: CallContext<RdsWorld>): void {
  delete record.Window;
  const t = targetByResourceId(ctx, record.ResourceId);
  if (!t) {
    delete ctx.world.maintenance?.[record.ResourceId];
    return;
  }
  const pending = new Set(pendingOn(t, ctx).map((p) => p.kind.action));
  const names = Object.keys(record.OptIns).filter((n) => pending.has(n));
  if (names.length > 0 && statusOf(t) !== "available") {
    const at = nextWindowStart(windowOf(t), ctx.now());
    if (at !== undefined) {
      for (const n of names) record.OptIns[n].CurrentApplyDate = at;
      scheduleWindow(ctx, record, at);
      return;
    }
  }
  record.OptIns = {};
  applyNow(ctx, t, names);
}

export const maintenanceTransitions: TransitionTable<RdsWorld> = {
  [INSTANCE_MAINTENANCE]: { collection: instancesByResourceId, statusField: "DBInstanceStatus", events: events("DBInstanceStatus") },
  [CLUSTER_MAINTENANCE]: { collection: clustersByResourceId, statusField: "Status", events: events("Status") },
  [MAINTENANCE_WINDOW]: {
    collection: (world) => world.maintenance ?? {},
    statusField: "Window",
    events: { open: { during: "scheduled", then: "open", ms: 0, onSettle: windowOpened } },
  },
};
