/**
 * DescribePendingMaintenanceActions and ApplyPendingMaintenanceAction over the action table
 * (actions.ts): what is pending is derived from each resource's state; what callers chose (opt-ins,
 * actions applied) is kept by resource id, so a deleted and re-created namesake starts clean.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Filter, PendingMaintenanceAction } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { paginate } from "../../../core/paging.js";
import type { CallContext } from "../../../core/service.js";
import { M, MNT } from "../messages/index.js";
import { filterPredicate, invalidMarker, pageSize, type FilterTable } from "../shared/filters.js";
import type { RdsWorld } from "../world.js";
import { ACTION_NAMES, actionKind, pendingOn } from "./actions.js";
import { allTargets, statusOf, targetByArn, windowOf, type Target } from "./targets.js";
import { applyNow, cancelWindow, maintenanceOf, scheduleWindow } from "./transitions.js";
import { nextWindowStart } from "./window.js";

type Detail = PendingMaintenanceAction;

/** The pending actions of a target, with the caller's opt-ins (none pending: an empty list). */
function details(t: Target, ctx: CallContext<RdsWorld>): Detail[] {
  const optIns = ctx.world.maintenance?.[t.resourceId]?.OptIns ?? {};
  return pendingOn(t, ctx).map(({ kind, description }) => {
    const d: Detail = { Action: kind.action, Description: description };
    const opt = Object.hasOwn(optIns, kind.action) ? optIns[kind.action] : undefined;
    if (opt) Object.assign(d, { OptInStatus: opt.OptInStatus, CurrentApplyDate: new Date(opt.CurrentApplyDate) });
    return d;
  });
}

/**
 * API reference: `db-cluster-id` "accepts DB cluster identifiers and DB cluster ARNs" and lists only those
 * clusters' actions, `db-instance-id` likewise for DB instances. Given both, either kind is listed.
 */
const FILTERS: FilterTable<Target> = {
  "db-cluster-id": (t) => (t.kind === "cluster" ? [t.id.toLowerCase(), t.arn] : []),
  "db-instance-id": (t) => (t.kind === "instance" ? [t.id.toLowerCase(), t.arn] : []),
};

function matcher(filters: readonly Filter[] | undefined): (t: Target) => boolean {
  filterPredicate(filters, FILTERS); // names and value lists checked as every RDS describe does
  if (!filters || filters.length === 0) return () => true;
  const lowered = filters.map((f) => [{ Name: f.Name, Values: (f.Values ?? []).map((v) => (v.startsWith("arn:") ? v : v.toLowerCase())) }]);
  const checks = lowered.map((f) => filterPredicate(f, FILTERS));
  return (t) => checks.some((check) => check(t));
}

const OPT_IN_TYPES = ["immediate", "next-maintenance", "undo-opt-in"];

/** The resource is `available` (an action cannot start while another change runs). */
function checkAvailable(t: Target): void {
  const status = statusOf(t);
  if (status === "available") return;
  if (t.kind === "instance") fail("InvalidDBInstanceStateFault", M.instanceState(t.id, status, "available"));
  fail("InvalidDBClusterStateFault", M.clusterState(t.id, status, "available"));
}

export const maintenanceOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribePendingMaintenanceActions(input, ctx) {
    const size = pageSize(input);
    const keep = matcher(input.Filters);
    let targets = allTargets(ctx);
    if (input.ResourceIdentifier !== undefined) {
      const t = targetByArn(ctx, input.ResourceIdentifier);
      if (!t) fail("ResourceNotFoundFault", MNT.resourceNotFound(input.ResourceIdentifier));
      targets = [t];
    }
    const entries: [string, { ResourceIdentifier: string; PendingMaintenanceActionDetails: Detail[] }][] = [];
    for (const t of targets) {
      if (!keep(t)) continue;
      const list = details(t, ctx);
      if (list.length > 0) entries.push([t.arn, { ResourceIdentifier: t.arn, PendingMaintenanceActionDetails: list }]);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const page = paginate(entries, size, input.Marker, invalidMarker);
    return { PendingMaintenanceActions: page.items, Marker: page.next };
  },

  ApplyPendingMaintenanceAction(input, ctx) {
    const arn = input.ResourceIdentifier!;
    const name = input.ApplyAction!;
    const opt = input.OptInType!;
    if (!OPT_IN_TYPES.includes(opt)) fail("InvalidParameterValue", MNT.optInType(opt));
    const kind = actionKind(name) ?? fail("InvalidParameterValue", MNT.unknownAction(name, ACTION_NAMES));
    const t = targetByArn(ctx, arn) ?? fail("ResourceNotFoundFault", MNT.resourceNotFound(arn));
    if (!pendingOn(t, ctx).some((p) => p.kind === kind)) fail("InvalidParameterValue", MNT.notPending(name, t.arn));
    const existing = ctx.world.maintenance?.[t.resourceId];
    let applied: Detail | undefined;
    if (opt === "immediate") {
      checkAvailable(t);
      applied = { ...details(t, ctx).find((d) => d.Action === name)!, OptInStatus: "immediate", CurrentApplyDate: new Date(ctx.now()) };
      if (existing && Object.hasOwn(existing.OptIns, name)) {
        delete existing.OptIns[name];
        if (Object.keys(existing.OptIns).length === 0) cancelWindow(ctx, existing);
      }
      applyNow(ctx, t, [name]);
    } else if (opt === "next-maintenance") {
      const at = nextWindowStart(windowOf(t), ctx.now()) ?? fail("InvalidParameterValue", MNT.noWindow(t.arn));
      const record = maintenanceOf(ctx, t.resourceId);
      record.OptIns[name] = { OptInStatus: "next-maintenance", CurrentApplyDate: at };
      // One window task per resource: every opt-in applies at the window now ahead (it may have moved).
      for (const o of Object.values(record.OptIns)) o.CurrentApplyDate = at;
      scheduleWindow(ctx, record, at);
    } else if (existing && Object.hasOwn(existing.OptIns, name)) {
      // undo-opt-in: "Cancel any existing next-maintenance opt-in requests" (API reference).
      delete existing.OptIns[name];
      if (Object.keys(existing.OptIns).length === 0) cancelWindow(ctx, existing);
    }
    const list = details(t, ctx);
    return { ResourcePendingMaintenanceActions: { ResourceIdentifier: t.arn, PendingMaintenanceActionDetails: applied ? [applied, ...list] : list } };
  },
};
