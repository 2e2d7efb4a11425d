/** The documented rules of maintenance opt-ins: the action names and the APPLY_ON window. */
import { problem, type Problem } from "../errors.js";
import { constraint } from "../messages.js";
import { parseApplyOn } from "../shared/windows.js";

export const MAINTENANCE_ACTIONS = ["ENGINE_UPDATE", "ENGINE_UPGRADE", "SECURITY_UPDATE", "OS_UPDATE", "MASTER_USER_PASSWORD_UPDATE"] as const;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function applyActionProblem(name: string): Problem | undefined {
  return (MAINTENANCE_ACTIONS as readonly string[]).includes(name) ? undefined : problem("applyAction", name, constraint.applyAction(MAINTENANCE_ACTIONS));
}

/** The APPLY_ON window: 30 minutes to 14 days ahead (and not after a forced date), 30 minutes to 8 hours long. */
export function applyOnProblem(now: number, text: string | undefined, forcedApplyDate: number | undefined): Problem | undefined {
  if (text === undefined) return problem("applyOn", text, constraint.applyOnRequired);
  const window = parseApplyOn(text);
  if (!window) return problem("applyOn", text, constraint.applyOnFormat);
  const latest = Math.min(now + 14 * DAY, forcedApplyDate ?? Infinity);
  if (window.start < now + 30 * MINUTE || window.start > latest) return problem("applyOn", text, constraint.applyOnStart);
  const length = window.end - window.start;
  if (length < 30 * MINUTE || length > 8 * 60 * MINUTE) return problem("applyOn", text, constraint.applyOnLength);
  return undefined;
}

/** `applyOn` belongs with APPLY_ON only (the forced date is checked once the action is found). */
export function optInProblem(now: number, optInType: string | undefined, applyOn: string | undefined): Problem | undefined {
  if (optInType === "APPLY_ON") return applyOnProblem(now, applyOn, undefined);
  return applyOn !== undefined ? problem("applyOn", applyOn, constraint.applyOnOnlyWithApplyOn) : undefined;
}
