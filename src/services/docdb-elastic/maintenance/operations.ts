/**
 * Pending maintenance actions of elastic clusters (scheduled by a test with
 * `schedulePendingMaintenanceAction`, see ../maintenance.ts) and the opt-ins that answer them:
 * IMMEDIATE runs the maintenance now (MAINTENANCE, then ACTIVE, and the action is gone);
 * NEXT_MAINTENANCE and APPLY_ON record when it will run; UNDO_OPT_IN withdraws either. As documented,
 * an IMMEDIATE opt-in cannot be undone, IMMEDIATE is ignored for an action with a forced apply date
 * and NEXT_MAINTENANCE for one with an auto-applied-after date.
 */
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operations } from "../../../core/operations.js";
import { clusters, requireCluster } from "../clusters/resource.js";
import { requireStatus } from "../clusters/rules.js";
import { conflict, notFound, reject } from "../errors.js";
import { message } from "../messages.js";
import { arnProblem } from "../shared/arns.js";
import { page } from "../shared/pages.js";
import { nextWindowStart, parseApplyOn, parseMaintenanceWindow } from "../shared/windows.js";
import type { DocdbWorld, PendingActionRecord } from "../world.js";
import { applyActionProblem, applyOnProblem, optInProblem } from "./rules.js";
import { pendingOutput } from "./shape.js";

export const maintenanceOperations: Operations<typeof Sdk, DocdbWorld> = {
  GetPendingMaintenanceAction(input, ctx) {
    const cluster = requireCluster(ctx, input.resourceArn!, "resourceArn");
    return { resourcePendingMaintenanceAction: pendingOutput(cluster.clusterArn, ctx.world.pendingActions[cluster.clusterArn]) };
  },

  ListPendingMaintenanceActions(input, ctx) {
    const entries = Object.entries(ctx.world.pendingActions)
      .filter(([, actions]) => actions.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const { items, next } = page("ListPendingMaintenanceActions", entries.map(([arn, actions]) => [arn, [arn, actions]] as [string, [string, PendingActionRecord[]]]), input);
    return {
      resourcePendingMaintenanceActions: items.map(([arn, actions]) => pendingOutput(arn, actions)),
      ...(next ? { nextToken: next } : {}),
    };
  },

  ApplyPendingMaintenanceAction(input, ctx) {
    const name = input.applyAction!;
    reject(arnProblem("cluster", "resourceArn", input.resourceArn!), applyActionProblem(name), optInProblem(ctx.now(), input.optInType, input.applyOn));
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
        reject(applyOnProblem(ctx.now(), input.applyOn, current.forcedApplyDate));
        updated = { ...current, optInStatus: "APPLY_ON", currentApplyDate: parseApplyOn(input.applyOn!)!.start };
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
    if (runNow) clusters.begin(ctx, cluster, "maintenance");
    return { resourcePendingMaintenanceAction: pendingOutput(arn, ctx.world.pendingActions[arn]) };
  },
};
