/**
 * The rules ModifyDBCluster checks before it changes anything: members valid for one cluster type,
 * ranges and windows, passwords, version upgrades (and read replicas' versions), the engine mode
 * change, scaling, storage, references. `checkModification` runs them all and changes no state.
 */
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { checkClusterParameterGroup, checkStorageQuota, multiAzStorage } from "./create-rules.js";
import { clusterByArn, clusters } from "./resource.js";
import {
  checkAuthenticationType,
  checkDomain,
  checkEngineMode,
  checkEngineVersion,
  checkInsightsRetention,
  checkIopsRatio,
  checkLogTypes,
  checkMasterPassword,
  checkMonitoring,
  checkOptionGroup,
  checkRange,
  checkScalingConfiguration,
  checkServerlessV2Scaling,
  checkStorageType,
  checkWindows,
} from "./rules.js";
import { compareVersions, familyOf, type EngineSpec } from "../engines/engines.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { checkClusterState } from "./members.js";
import { M } from "../messages/index.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

/** "Valid for Cluster Type" of each ModifyDBCluster member that is not valid for both kinds. */
const AURORA_ONLY = [
  "BacktrackWindow", "ScalingConfiguration", "ServerlessV2ScalingConfiguration", "EnableHttpEndpoint", "EnableGlobalWriteForwarding",
  "EnableLocalWriteForwarding", "Domain", "DomainIAMRoleName", "Port", "NetworkType", "EngineMode", "AllowEngineModeChange",
  "DBInstanceParameterGroupName", "EnableLimitlessDatabase",
] as const;
const MULTI_AZ_ONLY = ["DBClusterInstanceClass", "AllocatedStorage", "Iops", "CACertificateIdentifier"] as const;

function checkKindMembers(engine: EngineSpec, input: any): void {
  const [invalid, label] = engine.kind === "aurora" ? [MULTI_AZ_ONLY, "Aurora DB clusters"] : [AURORA_ONLY, "Multi-AZ DB clusters"];
  for (const member of invalid) if (input[member] !== undefined) fail("InvalidParameterCombination", M.notForEngine(member, label));
}

function checkPasswordChanges(cluster: ClusterRecord, input: any): void {
  const managed = cluster.MasterUserSecret !== undefined;
  if (input.MasterUserPassword !== undefined) {
    if (input.ManageMasterUserPassword === true || (managed && input.ManageMasterUserPassword !== false)) {
      fail("InvalidParameterCombination", M.passwordAndManaged());
    }
    checkMasterPassword(input.MasterUserPassword);
  }
  if (input.ManageMasterUserPassword === false && managed && input.MasterUserPassword === undefined) {
    fail("InvalidParameterCombination", M.disableManagedWithoutPassword());
  }
  if (input.MasterUserSecretKmsKeyId !== undefined && !(input.ManageMasterUserPassword === true && !managed)) {
    fail("InvalidParameterCombination", M.secretKeyWithoutManaged());
  }
  if (input.RotateMasterUserPassword === true) {
    if (!managed) fail("InvalidParameterCombination", M.rotateWithoutManaged());
    if (input.ApplyImmediately !== true) fail("InvalidParameterCombination", M.rotateNotImmediate());
  }
}

function checkVersionChange(engine: EngineSpec, cluster: ClusterRecord, input: any): string | undefined {
  if (input.EngineVersion === undefined) return undefined;
  const target = checkEngineVersion(engine, input.EngineVersion);
  const current = cluster.EngineVersion!;
  if (compareVersions(target, current) < 0) fail("InvalidParameterCombination", M.downgrade(current, target));
  if (engine.majorOf(target) !== engine.majorOf(current) && input.AllowMajorVersionUpgrade !== true) {
    fail("InvalidParameterCombination", M.majorUpgrade());
  }
  return target === current ? undefined : target;
}

/** The engine mode after this call: it can change only from serverless to provisioned, with AllowEngineModeChange. */
function checkModeChange(engine: EngineSpec, cluster: ClusterRecord, input: any): string {
  const current = cluster.EngineMode ?? "provisioned";
  if (input.EngineMode === undefined) return current;
  const target = checkEngineMode(engine, input.EngineMode);
  if (target === current) return current;
  if (current !== "serverless" || target !== "provisioned") fail("InvalidParameterCombination", M.engineModeChange(current, target));
  if (input.AllowEngineModeChange !== true) fail("InvalidParameterCombination", M.engineModeFlag());
  return target;
}

function checkScaling(engine: EngineSpec, cluster: ClusterRecord, input: any, mode: string): void {
  // Documented for ModifyDBCluster: EnableHttpEndpoint is for Aurora Serverless v1 only (others use the EnableHttpEndpoint operation).
  if (input.EnableHttpEndpoint !== undefined && mode !== "serverless") fail("InvalidParameterCombination", M.httpEndpointMode(mode));
  if (input.ScalingConfiguration !== undefined) {
    if (mode !== "serverless") fail("InvalidParameterCombination", M.scalingMode());
    checkScalingConfiguration(engine, { ...cluster.ScalingConfigurationInfo, ...input.ScalingConfiguration });
  }
  if (input.ServerlessV2ScalingConfiguration !== undefined) {
    if (mode !== "provisioned") fail("InvalidParameterCombination", M.scalingV2Mode());
    checkServerlessV2Scaling({ ...cluster.ServerlessV2ScalingConfiguration, ...input.ServerlessV2ScalingConfiguration });
  }
}

/**
 * DBInstanceParameterGroupName goes only with a major version upgrade (AllowMajorVersionUpgrade) and
 * names a DB parameter group of the new family (db-parameter-groups/). Documented: read
 * replicas must already run the target version or a later one.
 */
function checkUpgradeTargets(ctx: CallContext<RdsWorld>, engine: EngineSpec, cluster: ClusterRecord, input: any, version: string | undefined): void {
  const name: string | undefined = input.DBInstanceParameterGroupName;
  if (name !== undefined) {
    const major = version !== undefined && engine.majorOf(version) !== engine.majorOf(cluster.EngineVersion!);
    if (!major || input.AllowMajorVersionUpgrade !== true) fail("InvalidParameterCombination", M.instanceGroupMajorOnly());
    checkInstanceGroup(ctx, name, familyOf(engine, version), "DBInstanceParameterGroupName");
  }
  if (version === undefined) return;
  for (const replicaArn of cluster.ReadReplicaIdentifiers ?? []) {
    const replica = clusterByArn(ctx, replicaArn);
    if (replica?.EngineVersion !== undefined && compareVersions(replica.EngineVersion, version) < 0) {
      fail("InvalidParameterCombination", M.replicaVersion(replica.DBClusterIdentifier, version));
    }
  }
}

export const IO_OPTIMIZED_SWITCH_MS = 30 * 86_400_000;

/** Documented: an Aurora cluster can switch to I/O-Optimized once every 30 days (IOOptimizedNextAllowedModificationTime). */
function checkIoOptimizedSwitch(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, input: any): void {
  if (input.StorageType !== "aurora-iopt1" || cluster.StorageType === "aurora-iopt1") return;
  const next = cluster.IOOptimizedNextAllowedModificationTime;
  if (next !== undefined && next > ctx.now()) fail("StorageTypeNotAvailableFault", M.ioOptimizedTooSoon(new Date(next).toISOString()));
}

/** Multi-AZ DB clusters: a new storage type needs Iops (but gp3), Iops stays 0.5-50 times the storage, and the storage quota holds. */
function checkMultiAzStorage(ctx: CallContext<RdsWorld>, engine: EngineSpec, cluster: ClusterRecord, input: any): void {
  if (engine.kind !== "multi-az") return;
  if (input.StorageType !== undefined && input.StorageType !== "gp3" && input.Iops === undefined) fail("MissingParameter", M.missing("Iops", "with StorageType for a Multi-AZ DB cluster"));
  const storage = input.AllocatedStorage ?? cluster.AllocatedStorage ?? 0;
  const iops = input.Iops ?? cluster.Iops;
  if ((input.Iops !== undefined || input.AllocatedStorage !== undefined) && iops !== undefined) checkIopsRatio(iops, storage);
  if (input.AllocatedStorage !== undefined) checkStorageQuota(ctx, multiAzStorage(input.AllocatedStorage), cluster.DBClusterIdentifier);
}

function checkLogs(engine: EngineSpec, input: any): void {
  const config = input.CloudwatchLogsExportConfiguration;
  if (!config) return;
  checkLogTypes(engine, "CloudwatchLogsExportConfiguration.EnableLogTypes", config.EnableLogTypes);
  checkLogTypes(engine, "CloudwatchLogsExportConfiguration.DisableLogTypes", config.DisableLogTypes);
  for (const type of config.EnableLogTypes ?? []) if (config.DisableLogTypes?.includes(type)) fail("InvalidParameterCombination", M.logTypeBoth(type));
}

/** What a checked ModifyDBCluster changes: the new identifier, the new engine version and the engine mode after it. */
export interface CheckedModification {
  newId: string | undefined;
  version: string | undefined;
  mode: string;
}

export function checkModification(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, engine: EngineSpec, input: any): CheckedModification {
  const newId =
    input.NewDBClusterIdentifier === undefined
      ? undefined
      : checkIdentifier(input.NewDBClusterIdentifier, "NewDBClusterIdentifier", { maxLength: engine.kind === "multi-az" ? 52 : 63 });
  checkKindMembers(engine, input);
  checkRange("BackupRetentionPeriod", input.BackupRetentionPeriod, 1, 35);
  checkRange("Port", input.Port, 1150, 65535);
  checkPasswordChanges(cluster, input);
  if (input.PreferredBackupWindow !== undefined || input.PreferredMaintenanceWindow !== undefined) {
    checkWindows(input.PreferredBackupWindow ?? cluster.PreferredBackupWindow, input.PreferredMaintenanceWindow ?? cluster.PreferredMaintenanceWindow);
  }
  checkRange("BacktrackWindow", input.BacktrackWindow, 0, 259_200);
  if ((input.BacktrackWindow ?? 0) > 0 && !engine.backtrack) fail("InvalidParameterValue", M.backtrackEngine());
  checkLogs(engine, input);
  const version = checkVersionChange(engine, cluster, input);
  checkUpgradeTargets(ctx, engine, cluster, input, version);
  const mode = checkModeChange(engine, cluster, input);
  checkScaling(engine, cluster, input, mode);
  checkStorageType(engine, input.StorageType);
  checkIoOptimizedSwitch(ctx, cluster, input);
  checkAuthenticationType(engine, input.MasterUserAuthenticationType);
  checkMultiAzStorage(ctx, engine, cluster, input);
  checkOptionGroup(engine, version ?? cluster.EngineVersion!, input.OptionGroupName);
  checkDomain(input.Domain, true);
  if (input.MonitoringInterval !== undefined || input.MonitoringRoleArn !== undefined) {
    const interval = input.MonitoringInterval ?? cluster.MonitoringInterval;
    checkMonitoring(interval, input.MonitoringRoleArn ?? (interval === 0 ? undefined : cluster.MonitoringRoleArn));
  }
  checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
  checkClusterParameterGroup(ctx, input.DBClusterParameterGroupName, engine, version ?? cluster.EngineVersion!);
  checkClusterState(cluster, "available");
  if (newId !== undefined && newId !== cluster.DBClusterIdentifier && clusters.find(ctx, newId)) fail("DBClusterAlreadyExistsFault", M.renameExists(newId));
  checkPendingRename(ctx, cluster, newId, input.ApplyImmediately === true);
  return { newId, version, mode };
}

/**
 * Identifiers are unique per account and Region, and a pending rename does not reserve its name: another
 * cluster may take it meanwhile. So the rename is checked again when it applies. When it would apply
 * with a later ModifyDBCluster that sets ApplyImmediately, that whole call fails with
 * DBClusterAlreadyExistsFault and changes nothing (the other changes it asked for included); the
 * rename stays pending, and a new NewDBClusterIdentifier replaces it (the latest request wins).
 */
function checkPendingRename(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, newId: string | undefined, applyNow: boolean): void {
  const target = newId ?? cluster.PendingModifiedValues?.DBClusterIdentifier;
  if (!applyNow || target === undefined || target === cluster.DBClusterIdentifier) return;
  if (clusters.find(ctx, target)) fail("DBClusterAlreadyExistsFault", M.renameExists(target));
}
