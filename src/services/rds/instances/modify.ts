/**
 * ModifyDBInstance. A member of a DB cluster keeps its own rules (modify-member.ts). A standalone DB
 * instance: the rules (modify-rules.ts) run first and a failed call changes nothing; then the members
 * that always apply at once are applied, the deferred ones (pending.ts) either now (ApplyImmediately)
 * or at the next maintenance window on the backend's clock.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { ModifyDBInstanceCommandInput } from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { newMasterUserSecret } from "../clusters/record.js";
import { beginInstance } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { modifyMember } from "./modify-member.js";
import { checkModification } from "./modify-rules.js";
import { applyOptionGroup, applyPending, deferMembers, scheduleWindow, settleOptionGroup } from "./pending.js";
import { findInstance } from "./resource.js";
import { shapeInstance } from "./shape.js";

/** Members applied at once whatever ApplyImmediately says (API reference: "applied immediately" / "as soon as possible"). */
const DIRECT: ReadonlyArray<keyof ModifyDBInstanceCommandInput & keyof InstanceRecord> = [
  "PreferredBackupWindow", "DeletionProtection", "CopyTagsToSnapshot", "AutoMinorVersionUpgrade", "PubliclyAccessible",
  "MonitoringInterval", "MonitoringRoleArn", "PromotionTier", "MaxAllocatedStorage", "NetworkType",
];
/** Immediate changes that touch the running database: the instance shows `modifying` while they apply. */
const DISRUPTIVE: ReadonlyArray<keyof ModifyDBInstanceCommandInput> = [
  "DBPortNumber", "VpcSecurityGroupIds", "MonitoringInterval", "EnablePerformanceInsights", "CloudwatchLogsExportConfiguration",
  "MasterUserPassword", "ManageMasterUserPassword", "RotateMasterUserPassword", "PubliclyAccessible", "NetworkType", "DBParameterGroupName",
];

function applyImmediateMembers(ctx: CallContext<RdsWorld>, instance: InstanceRecord, input: ModifyDBInstanceCommandInput): void {
  const record = instance as Record<string, unknown>;
  for (const member of DIRECT) if (input[member] !== undefined) record[member] = input[member];
  if (input.PreferredMaintenanceWindow !== undefined) instance.PreferredMaintenanceWindow = input.PreferredMaintenanceWindow.toLowerCase();
  if (instance.MonitoringInterval === 0) delete instance.MonitoringRoleArn;
  // Non-zero to non-zero applies at once; turning backups on or off waits (pending.ts).
  if (input.BackupRetentionPeriod !== undefined && instance.PendingModifiedValues?.BackupRetentionPeriod === undefined) instance.BackupRetentionPeriod = input.BackupRetentionPeriod;
  if (input.DBPortNumber !== undefined) {
    instance.DbInstancePort = input.DBPortNumber;
    if (instance.Endpoint) instance.Endpoint.Port = input.DBPortNumber;
  }
  if (input.VpcSecurityGroupIds !== undefined) instance.VpcSecurityGroups = input.VpcSecurityGroupIds.map((id) => ({ VpcSecurityGroupId: id, Status: "active" }));
  if (input.EnablePerformanceInsights !== undefined) {
    instance.PerformanceInsightsEnabled = input.EnablePerformanceInsights;
    if (input.EnablePerformanceInsights) instance.PerformanceInsightsRetentionPeriod = input.PerformanceInsightsRetentionPeriod ?? instance.PerformanceInsightsRetentionPeriod ?? 7;
    else delete instance.PerformanceInsightsRetentionPeriod;
  }
  // "A change to the CloudwatchLogsExportConfiguration parameter is always applied to the DB instance immediately."
  const logs = input.CloudwatchLogsExportConfiguration;
  if (logs) {
    const enabled = new Set(instance.EnabledCloudwatchLogsExports ?? []);
    for (const t of logs.EnableLogTypes ?? []) enabled.add(t);
    for (const t of logs.DisableLogTypes ?? []) enabled.delete(t);
    instance.EnabledCloudwatchLogsExports = [...enabled];
  }
  // ManageMasterUserPassword applies at once: RDS stores the password in a secret it manages (or stops managing it).
  if (input.ManageMasterUserPassword === true && !instance.MasterUserSecret) {
    instance.MasterUserSecret = { ...newMasterUserSecret(ctx, input.MasterUserSecretKmsKeyId), SecretStatus: "active" };
  }
  if (input.ManageMasterUserPassword === false) delete instance.MasterUserSecret;
  // "The parameter group name itself is changed immediately, but the actual parameter changes are not
  // applied until you reboot the instance without failover."
  if (input.DBParameterGroupName !== undefined) {
    instance.DBParameterGroups = [{ DBParameterGroupName: input.DBParameterGroupName.toLowerCase(), ParameterApplyStatus: "pending-reboot" }];
  }
}

function modifyStandalone(ctx: CallContext<RdsWorld>, instance: InstanceRecord, input: ModifyDBInstanceCommandInput): InstanceRecord {
  const { newId } = checkModification(ctx, instance, input);
  // Every check has passed: from here on, state changes.
  const now = input.ApplyImmediately === true;
  deferMembers(instance, input, newId);
  applyImmediateMembers(ctx, instance, input);
  applyOptionGroup(instance, input.OptionGroupName, now);
  let event: "rename" | "modify" | undefined = DISRUPTIVE.some((m) => input[m] !== undefined) ? "modify" : undefined;
  if (now) {
    settleOptionGroup(instance);
    event = applyPending(ctx, instance, input.DBParameterGroupName !== undefined) ?? event;
  }
  scheduleWindow(ctx, instance);
  if (event) beginInstance(ctx, instance, event);
  return instance;
}

export const instanceModifyOperations: Operations<typeof Sdk, RdsWorld> = {
  ModifyDBInstance(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    if (instance.DBClusterIdentifier !== undefined) return { DBInstance: shapeInstance(modifyMember(ctx, instance, input)) };
    const out = shapeInstance(modifyStandalone(ctx, instance, input));
    // "Between the time of the request and the completion of the request, the MasterUserPassword element
    // exists in the PendingModifiedValues element of the operation response."
    if (input.MasterUserPassword !== undefined) out.PendingModifiedValues = { ...out.PendingModifiedValues, MasterUserPassword: "****" };
    return { DBInstance: out };
  },
};
