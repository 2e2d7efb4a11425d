/** Pending maintenance actions -> the SDK's `ResourcePendingMaintenanceAction` (times as ISO-8601 text). */
import type { PendingMaintenanceActionDetails, ResourcePendingMaintenanceAction } from "@aws-sdk/client-docdb-elastic";
import { iso } from "../shared/shape.js";
import type { PendingActionRecord } from "../world.js";

function actionOutput(a: PendingActionRecord): PendingMaintenanceActionDetails {
  const out: PendingMaintenanceActionDetails = { action: a.action };
  if (a.autoAppliedAfterDate !== undefined) out.autoAppliedAfterDate = iso(a.autoAppliedAfterDate);
  if (a.forcedApplyDate !== undefined) out.forcedApplyDate = iso(a.forcedApplyDate);
  if (a.optInStatus !== undefined) out.optInStatus = a.optInStatus;
  if (a.currentApplyDate !== undefined) out.currentApplyDate = iso(a.currentApplyDate);
  if (a.description !== undefined) out.description = a.description;
  return out;
}

export function pendingOutput(resourceArn: string, actions: readonly PendingActionRecord[] = []): ResourcePendingMaintenanceAction {
  return { resourceArn, pendingMaintenanceActionDetails: actions.map(actionOutput) };
}
