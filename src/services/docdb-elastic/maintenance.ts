/**
 * Test helper: AWS schedules maintenance on its own, so a test that exercises
 * GetPendingMaintenanceAction / ApplyPendingMaintenanceAction first schedules an action here.
 *
 *   schedulePendingMaintenanceAction(backend, { resourceArn: cluster.clusterArn, action: "SECURITY_UPDATE" });
 *
 * It works through the backend's public `world()` accessor, in the account and Region of the ARN.
 */
import type { MockBackend } from "../../core/backend.js";
import { docdbElastic } from "./index.js";
import { MAINTENANCE_ACTIONS } from "./maintenance/rules.js";
import { parseResourceArn } from "./shared/arns.js";
import type { PendingActionRecord } from "./world.js";

export type MaintenanceActionName = (typeof MAINTENANCE_ACTIONS)[number];

export interface ScheduledMaintenanceAction {
  /** The elastic cluster the action applies to. */
  resourceArn: string;
  action: MaintenanceActionName;
  /** Defaults to a short description of the action. */
  description?: string;
  /** The action is applied in the first maintenance window after this date (NEXT_MAINTENANCE opt-ins are then ignored). */
  autoAppliedAfterDate?: Date | number | string;
  /** The action is applied on this date whatever the window (IMMEDIATE opt-ins are then ignored). */
  forcedApplyDate?: Date | number | string;
  /** Region of the cluster (default: the ARN's). */
  region?: string;
  /** Account of the cluster (default: the ARN's). */
  accountId?: string;
}

const DESCRIPTIONS: Record<MaintenanceActionName, string> = {
  ENGINE_UPDATE: "A patch of the elastic cluster's database engine.",
  ENGINE_UPGRADE: "An upgrade of the elastic cluster's database engine version.",
  SECURITY_UPDATE: "Security fixes for the elastic cluster.",
  OS_UPDATE: "An update of the operating system under the elastic cluster.",
  MASTER_USER_PASSWORD_UPDATE: "A change of the administrator password of the elastic cluster.",
};

function epochMs(value: Date | number | string, name: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new TypeError(`schedulePendingMaintenanceAction: ${name} is not a valid date: ${String(value)}`);
  return ms;
}

/**
 * Adds (or replaces) a pending maintenance action on an existing elastic cluster. Throws a
 * TypeError for an unknown action or a cluster that does not exist in the backend.
 */
export function schedulePendingMaintenanceAction(backend: MockBackend, options: ScheduledMaintenanceAction): void {
  const parsed = parseResourceArn(options.resourceArn);
  if (parsed?.kind !== "cluster") {
    throw new TypeError(`schedulePendingMaintenanceAction: '${options.resourceArn}' is not an elastic cluster ARN`);
  }
  if (!(MAINTENANCE_ACTIONS as readonly string[]).includes(options.action)) {
    throw new TypeError(`schedulePendingMaintenanceAction: action must be one of ${MAINTENANCE_ACTIONS.join(", ")}, got '${options.action}'`);
  }
  const record: PendingActionRecord = { action: options.action, description: options.description ?? DESCRIPTIONS[options.action] };
  if (options.autoAppliedAfterDate !== undefined) record.autoAppliedAfterDate = epochMs(options.autoAppliedAfterDate, "autoAppliedAfterDate");
  if (options.forcedApplyDate !== undefined) record.forcedApplyDate = epochMs(options.forcedApplyDate, "forcedApplyDate");

  const world = backend.world(docdbElastic, options.accountId ?? parsed.accountId, options.region ?? parsed.region);
  if (world.clusters[parsed.id]?.clusterArn !== options.resourceArn) {
    throw new TypeError(`schedulePendingMaintenanceAction: no elastic cluster '${options.resourceArn}' in this backend`);
  }
  const actions = (world.pendingActions[options.resourceArn] ?? []).filter((a) => a.action !== options.action);
  world.pendingActions[options.resourceArn] = [...actions, record];
}
