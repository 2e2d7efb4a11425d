/**
 * Pending maintenance actions of elastic clusters (scheduled by a test with
 * `schedulePendingMaintenanceAction`, see maintenance.ts) and the opt-ins that answer them:
 * IMMEDIATE runs the maintenance now (MAINTENANCE, then ACTIVE, and the action is gone);
 * NEXT_MAINTENANCE and APPLY_ON record when it will run; UNDO_OPT_IN withdraws either. As documented,
 * an IMMEDIATE opt-in cannot be undone, IMMEDIATE is ignored for an action with a forced apply date
 * and NEXT_MAINTENANCE for one with an auto-applied-after date.
 */
import type {
  ApplyPendingMaintenanceActionInput,
  GetPendingMaintenanceActionInput,
  ListPendingMaintenanceActionsInput,
} from "@aws-sdk/client-docdb-elastic";
import type { CallContext } from "../../core/service.js";
import { checkClusterArn, requireCluster } from "./arns.js";
import { requireStatus } from "./clusters.js";
import { checkAll, conflict, invalid, notFound } from "./errors.js";
import { constraint, message } from "./messages.js";
import { page } from "./pages.js";
import { MAINTENANCE_ACTIONS } from "./rules.js";
import { pendingOutput } from "./shape.js";
import { nextWindowStart, parseApplyOn, parseMaintenanceWindow } from "./windows.js";
import type { DocdbWorld, PendingActionRecord } from "./world.js";

type Ctx = CallContext<DocdbWorld>;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function getPendingMaintenanceAction(ctx: Ctx, input: GetPendingMaintenanceActionInput) {
  const cluster = requireCluster(ctx, input.resourceArn!, "resourceArn");
  return { resourcePendingMaintenanceAction: pendingOutput(cluster.clusterArn, ctx.world.pendingActions[cluster.clusterArn]) };
}

export function listPendingMaintenanceActions(ctx: Ctx, input: ListPendingMaintenanceActionsInput) {
  const entries = Object.entries(ctx.world.pendingActions)
    .filter(([, actions]) => actions.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { items, next } = page(entries.map(([arn, actions]) => [arn, [arn, actions]] as [string, [string, PendingActionRecord[]]]), input.maxResults, input.nextToken);
  return {
    resourcePendingMaintenanceActions: items.map(([arn, actions]) => pendingOutput(arn, actions)),
    ...(next ? { nextToken: next } : {}),
  };
}

/** The APPLY_ON window: 30 minutes to 14 days ahead (and not after a forced date), 30 minutes to 8 hours long. */
function applyOnStart(ctx: Ctx, text: string | undefined, forcedApplyDate: number | undefined): number {
  if (text === undefined) invalid("applyOn", text, constraint.applyOnRequired);
  const window = parseApplyOn(text);
  if (!window) invalid("applyOn", text, constraint.applyOnFormat);
  const now = ctx.now();
  const latest = Math.min(now + 14 * DAY, forcedApplyDate ?? Infinity);
  if (window.start < now + 30 * MINUTE || window.start > latest) invalid("applyOn", text, constraint.applyOnStart);
  const length = window.end - window.start;
  if (length < 30 * MINUTE || length > 8 * 60 * MINUTE) invalid("applyOn", text, constraint.applyOnLength);
  return window.start;
}

export function applyPendingMaintenanceAction(ctx: Ctx, input: ApplyPendingMaintenanceActionInput) {
  const name = input.applyAction!;
  checkAll(
    () => checkClusterArn(input.resourceArn!, "resourceArn"),
    () => {
      if (!(MAINTENANCE_ACTIONS as readonly string[]).includes(name)) invalid("applyAction", name, constraint.applyAction(MAINTENANCE_ACTIONS));
    },
    () => {
      if (input.optInType === "APPLY_ON") applyOnStart(ctx, input.applyOn, undefined); // the forced date is checked once the action is found
      else if (input.applyOn !== undefined) invalid("applyOn", input.applyOn, constraint.applyOnOnlyWithApplyOn);
    },
  );
  const cluster = requireCluster(ctx, input.resourceArn!, "resourceArn");
  const arn = cluster.clusterArn;
  const actions = ctx.world.pendingActions[arn] ?? [];
  const index = actions.findIndex((a) => a.action === name);
  if (index < 0) notFound("pending-maintenance-action", arn, message.pendingActionNotFound(name, arn));
  const current = actions[index];
  const immediate = current.optInStatus === "IMMEDIATE";
  if (immediate && input.optInType !== "IMMEDIATE") conflict("pending-maintenance-action", arn, message.immediateCannotBeUndone(name));

  let updated: PendingActionRecord = current;
  let runNow = false;
  switch (input.optInType) {
    case "IMMEDIATE":
      if (!immediate && current.forcedApplyDate === undefined) {
        requireStatus(cluster, "ApplyPendingMaintenanceAction", ["ACTIVE"]);
        updated = { ...current, optInStatus: "IMMEDIATE", currentApplyDate: ctx.now() };
        runNow = true;
      }
      break;
    case "NEXT_MAINTENANCE":
      if (current.autoAppliedAfterDate === undefined) {
        const window = parseMaintenanceWindow(cluster.preferredMaintenanceWindow);
        const at = window ? nextWindowStart(window, ctx.now()) : ctx.now();
        updated = { ...current, optInStatus: "NEXT_MAINTENANCE", currentApplyDate: at };
      }
      break;
    case "APPLY_ON":
      updated = { ...current, optInStatus: "APPLY_ON", currentApplyDate: applyOnStart(ctx, input.applyOn, current.forcedApplyDate) };
      break;
    default: {
      // UNDO_OPT_IN
      const { optInStatus: _status, currentApplyDate: _date, ...rest } = current;
      updated = rest;
    }
  }

  if (updated !== current) {
    const next = actions.slice();
    next[index] = updated;
    ctx.world.pendingActions[arn] = next;
  }
  if (runNow) ctx.lifecycle.begin("cluster", cluster.id, "maintenance");
  return { resourcePendingMaintenanceAction: pendingOutput(arn, ctx.world.pendingActions[arn]) };
}
