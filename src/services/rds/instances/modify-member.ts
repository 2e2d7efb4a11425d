/**
 * ModifyDBInstance for a member of a DB cluster (Aurora or Multi-AZ): storage, credentials, backups,
 * network and version belong to the cluster, so those members are refused; the rest is today's
 * behaviour (a pending DBInstanceClass applies with the next reboot or ApplyImmediately call).
 */
import type { ModifyDBInstanceCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { setMemberTier } from "../clusters/members.js";
import { clusters } from "../clusters/resource.js";
import { checkInsightsRetention, checkInstanceClass, checkMonitoring, checkRange, parseMaintenanceWindow } from "../clusters/rules.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { engineSpec, familyOf } from "../engines/engines.js";
import { M } from "../messages/index.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { beginInstance } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { renameInstance } from "./rename.js";
import { instances } from "./resource.js";

/** ModifyDBInstance members that belong to the cluster for a member instance. */
const MODIFY_CLUSTER_MANAGED = [
  "MasterUserPassword", "ManageMasterUserPassword", "AllocatedStorage", "BackupRetentionPeriod", "PreferredBackupWindow",
  "Iops", "MultiAZ", "VpcSecurityGroupIds", "DBPortNumber", "EngineVersion", "StorageType",
] as const;

export function checkInstanceState(instance: InstanceRecord, allowed: readonly string[]): void {
  if (!allowed.includes(instance.DBInstanceStatus)) {
    fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, allowed.join(", ")));
  }
}

/** Modifies a member instance; the caller has found it. */
export function modifyMember(ctx: CallContext<RdsWorld>, instance: InstanceRecord, input: ModifyDBInstanceCommandInput): InstanceRecord {
  const cluster = instance.DBClusterIdentifier ? clusters.find(ctx, instance.DBClusterIdentifier) : undefined;
  for (const member of MODIFY_CLUSTER_MANAGED) if (input[member] !== undefined) fail("InvalidParameterCombination", M.clusterManaged(member));
  const newId = input.NewDBInstanceIdentifier === undefined ? undefined : checkIdentifier(input.NewDBInstanceIdentifier, "NewDBInstanceIdentifier");
  if (input.DBInstanceClass !== undefined) checkInstanceClass(input.DBInstanceClass);
  if (input.DBInstanceClass === "db.serverless" && !cluster?.ServerlessV2ScalingConfiguration) fail("InvalidParameterCombination", M.serverlessClass());
  checkRange("PromotionTier", input.PromotionTier, 0, 15);
  if (input.PreferredMaintenanceWindow !== undefined) parseMaintenanceWindow(input.PreferredMaintenanceWindow);
  if (input.MonitoringInterval !== undefined || input.MonitoringRoleArn !== undefined) {
    const interval = input.MonitoringInterval ?? instance.MonitoringInterval;
    checkMonitoring(interval, input.MonitoringRoleArn ?? (interval === 0 ? undefined : instance.MonitoringRoleArn));
  }
  checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
  const engine = engineSpec(instance.Engine)!;
  checkInstanceGroup(ctx, input.DBParameterGroupName, familyOf(engine, instance.EngineVersion!));
  checkInstanceState(instance, ["available"]);
  const now = input.ApplyImmediately === true;
  // The latest rename request wins (the instance's own identifier withdraws a pending one). A pending
  // rename reserves nothing, so it is checked again when it applies (with a later ApplyImmediately call):
  // if another instance took the name meanwhile, that call fails and changes nothing.
  const renameTo = newId ?? instance.PendingModifiedValues?.DBInstanceIdentifier;
  const renaming = renameTo !== undefined && renameTo !== instance.DBInstanceIdentifier;
  if (renaming && (newId !== undefined || now) && instances.find(ctx, renameTo)) fail("DBInstanceAlreadyExistsFault", M.instanceExists(renameTo));
  // Every check has passed: from here on, state changes.
  const pending = (instance.PendingModifiedValues ??= {});
  if (newId !== undefined) delete pending.DBInstanceIdentifier;
  let event: string | undefined;
  if (input.PromotionTier !== undefined) {
    instance.PromotionTier = input.PromotionTier;
    if (cluster) setMemberTier(cluster, instance.DBInstanceIdentifier, input.PromotionTier);
  }
  if (input.DBInstanceClass !== undefined && input.DBInstanceClass !== instance.DBInstanceClass) {
    if (now) {
      instance.DBInstanceClass = input.DBInstanceClass;
      delete pending.DBInstanceClass;
      event = "modify";
    } else pending.DBInstanceClass = input.DBInstanceClass;
  }
  for (const member of ["PreferredMaintenanceWindow", "AutoMinorVersionUpgrade", "PubliclyAccessible", "CopyTagsToSnapshot", "MonitoringInterval", "MonitoringRoleArn", "CACertificateIdentifier"] as const) {
    if (input[member] !== undefined) (instance as Record<string, unknown>)[member] = input[member];
  }
  if (input.PreferredMaintenanceWindow !== undefined) instance.PreferredMaintenanceWindow = input.PreferredMaintenanceWindow.toLowerCase();
  if (instance.MonitoringInterval === 0) delete instance.MonitoringRoleArn;
  if (input.CACertificateIdentifier !== undefined) instance.CertificateDetails = { ...instance.CertificateDetails, CAIdentifier: input.CACertificateIdentifier };
  if (input.EnablePerformanceInsights !== undefined) {
    instance.PerformanceInsightsEnabled = input.EnablePerformanceInsights;
    if (input.EnablePerformanceInsights) instance.PerformanceInsightsRetentionPeriod = input.PerformanceInsightsRetentionPeriod ?? instance.PerformanceInsightsRetentionPeriod ?? 7;
    else delete instance.PerformanceInsightsRetentionPeriod;
  }
  if (input.DBParameterGroupName !== undefined) instance.DBParameterGroups = [{ DBParameterGroupName: input.DBParameterGroupName.toLowerCase(), ParameterApplyStatus: "in-sync" }];
  if (renaming) {
    if (now) {
      renameInstance(ctx, instance, renameTo);
      event = "rename";
    } else pending.DBInstanceIdentifier = renameTo;
  }
  if (event) beginInstance(ctx, instance, event);
  return instance;
}
