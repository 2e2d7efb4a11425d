/**
 * ModifyDBCluster. Following the API reference, NewDBClusterIdentifier, MasterUserPassword,
 * EnableIAMDatabaseAuthentication and EngineVersion wait for the next maintenance window unless
 * ApplyImmediately is set (they show in PendingModifiedValues); every other change applies at once.
 * The mock has no maintenance windows: pending changes apply with the next ApplyImmediately call.
 */
import { fail } from "../../core/fault.js";
import type { CallContext, OperationHandler } from "../../core/service.js";
import { clusterEndpoints, findCluster, kmsKeyArn, newMasterUserSecret } from "./cluster-record.js";
import {
  checkEngineVersion,
  checkInsightsRetention,
  checkLogTypes,
  checkMasterPassword,
  checkMonitoring,
  checkRange,
  checkScalingConfiguration,
  checkServerlessV2Scaling,
  checkStorageType,
  checkWindows,
} from "./cluster-rules.js";
import { engineSpec, familyOf, type EngineSpec } from "./engines.js";
import { checkIdentifier, own } from "./identifiers.js";
import { M } from "./messages.js";
import { defaultGroupName, findParameterGroup } from "./parameter-groups.js";
import { shapeCluster } from "./shape.js";
import type { ClusterRecord, RdsWorld } from "./world.js";

const AURORA_ONLY = ["BacktrackWindow", "ScalingConfiguration", "ServerlessV2ScalingConfiguration", "EnableHttpEndpoint", "EnableGlobalWriteForwarding", "EnableLocalWriteForwarding", "Domain"] as const;
const MULTI_AZ_ONLY = ["DBClusterInstanceClass", "AllocatedStorage", "Iops"] as const;
/** Changes that touch the running database: the cluster shows `modifying` while they apply. */
const DISRUPTIVE = ["Port", "DBClusterParameterGroupName", "VpcSecurityGroupIds", "BacktrackWindow", "CloudwatchLogsExportConfiguration", "ScalingConfiguration", "ServerlessV2ScalingConfiguration", "StorageType", "EnableHttpEndpoint", "ManageMasterUserPassword", "RotateMasterUserPassword", "DBClusterInstanceClass", "AllocatedStorage", "Iops", "MonitoringInterval", "EnablePerformanceInsights"] as const;

/** `8.0.mysql_aurora.3.08.2` -> [8, 0, 3, 8, 2], for ordering versions. */
function versionParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

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

function checkScaling(engine: EngineSpec, cluster: ClusterRecord, input: any): void {
  if (input.ScalingConfiguration !== undefined) {
    if (cluster.EngineMode !== "serverless") fail("InvalidParameterCombination", M.scalingMode());
    checkScalingConfiguration(engine, { ...cluster.ScalingConfigurationInfo, ...input.ScalingConfiguration });
  }
  if (input.ServerlessV2ScalingConfiguration !== undefined) {
    if (cluster.EngineMode !== "provisioned") fail("InvalidParameterCombination", M.scalingV2Mode());
    checkServerlessV2Scaling({ ...cluster.ServerlessV2ScalingConfiguration, ...input.ServerlessV2ScalingConfiguration });
  }
}

function checkLogs(engine: EngineSpec, input: any): void {
  const config = input.CloudwatchLogsExportConfiguration;
  if (!config) return;
  checkLogTypes(engine, "CloudwatchLogsExportConfiguration.EnableLogTypes", config.EnableLogTypes);
  checkLogTypes(engine, "CloudwatchLogsExportConfiguration.DisableLogTypes", config.DisableLogTypes);
  for (const type of config.EnableLogTypes ?? []) if (config.DisableLogTypes?.includes(type)) fail("InvalidParameterCombination", M.logTypeBoth(type));
}

export const clusterModifyOperations: Record<string, OperationHandler<RdsWorld>> = {
  ModifyDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier);
    const engine = engineSpec(cluster.Engine)!;
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
    checkScaling(engine, cluster, input);
    checkStorageType(engine, input.StorageType);
    if (input.MonitoringInterval !== undefined || input.MonitoringRoleArn !== undefined) {
      const interval = input.MonitoringInterval ?? cluster.MonitoringInterval;
      checkMonitoring(interval, input.MonitoringRoleArn ?? (interval === 0 ? undefined : cluster.MonitoringRoleArn));
    }
    checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
    if (input.DBClusterParameterGroupName !== undefined) {
      const group = findParameterGroup(ctx, input.DBClusterParameterGroupName);
      const wanted = familyOf(engine, version ?? cluster.EngineVersion!);
      if (group.DBParameterGroupFamily !== wanted) {
        fail("InvalidParameterCombination", M.parameterGroupWrongFamily(group.DBClusterParameterGroupName, group.DBParameterGroupFamily!, wanted));
      }
    }
    if (cluster.Status !== "available") fail("InvalidDBClusterStateFault", M.clusterState(cluster.DBClusterIdentifier, cluster.Status, "available"));
    if (newId !== undefined && newId !== cluster.DBClusterIdentifier && own(ctx.world.clusters, newId)) fail("DBClusterAlreadyExistsFault", M.renameExists(newId));
    // Every check has passed: from here on, state changes.
    return { DBCluster: shapeCluster(applyModification(ctx, cluster, engine, input, newId, version), ctx.now()) };
  },
};

function applyModification(
  ctx: CallContext<RdsWorld>,
  cluster: ClusterRecord,
  engine: EngineSpec,
  input: any,
  newId: string | undefined,
  version: string | undefined,
): ClusterRecord {
  const now = input.ApplyImmediately === true;
  const pending: NonNullable<ClusterRecord["PendingModifiedValues"]> = { ...cluster.PendingModifiedValues };
  // Deferred members: now, or pending until an ApplyImmediately call.
  if (newId !== undefined && newId !== cluster.DBClusterIdentifier) pending.DBClusterIdentifier = newId;
  if (input.MasterUserPassword !== undefined) pending.MasterUserPassword = "****";
  if (input.EnableIAMDatabaseAuthentication !== undefined) pending.IAMDatabaseAuthenticationEnabled = input.EnableIAMDatabaseAuthentication;
  if (version !== undefined) pending.EngineVersion = version;
  let event: string | undefined = DISRUPTIVE.some((m) => input[m] !== undefined) ? "modify" : undefined;
  if (now) {
    if (pending.EngineVersion !== undefined) {
      upgrade(cluster, engine, pending.EngineVersion, input.DBClusterParameterGroupName);
      event = "upgrade";
    }
    if (pending.IAMDatabaseAuthenticationEnabled !== undefined) cluster.IAMDatabaseAuthenticationEnabled = pending.IAMDatabaseAuthenticationEnabled;
    if (pending.MasterUserPassword !== undefined) event ??= "modify";
    if (pending.DBClusterIdentifier !== undefined) {
      renameCluster(ctx, cluster, pending.DBClusterIdentifier);
      event = "rename";
    }
    delete cluster.PendingModifiedValues;
  } else if (Object.keys(pending).length > 0) {
    cluster.PendingModifiedValues = pending;
  }
  applyImmediateMembers(ctx, cluster, engine, input);
  if (event) ctx.lifecycle.begin("cluster", cluster.DBClusterIdentifier, event);
  return cluster;
}

/** The members every ModifyDBCluster applies at once, whatever ApplyImmediately says. */
function applyImmediateMembers(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, engine: EngineSpec, input: any): void {
  const direct: Record<string, keyof ClusterRecord> = {
    BackupRetentionPeriod: "BackupRetentionPeriod",
    Port: "Port",
    PreferredBackupWindow: "PreferredBackupWindow",
    PreferredMaintenanceWindow: "PreferredMaintenanceWindow",
    DeletionProtection: "DeletionProtection",
    CopyTagsToSnapshot: "CopyTagsToSnapshot",
    EnableHttpEndpoint: "HttpEndpointEnabled",
    AutoMinorVersionUpgrade: "AutoMinorVersionUpgrade",
    NetworkType: "NetworkType",
    DBClusterInstanceClass: "DBClusterInstanceClass",
    AllocatedStorage: "AllocatedStorage",
    Iops: "Iops",
    MonitoringInterval: "MonitoringInterval",
    MonitoringRoleArn: "MonitoringRoleArn",
    DatabaseInsightsMode: "DatabaseInsightsMode",
    EnablePerformanceInsights: "PerformanceInsightsEnabled",
    PerformanceInsightsRetentionPeriod: "PerformanceInsightsRetentionPeriod",
    PerformanceInsightsKMSKeyId: "PerformanceInsightsKMSKeyId",
  };
  for (const [member, field] of Object.entries(direct)) if (input[member] !== undefined) (cluster as Record<string, unknown>)[field] = input[member];
  if (cluster.MonitoringInterval === 0) delete cluster.MonitoringRoleArn;
  if (input.Port !== undefined) for (const i of Object.values(ctx.world.instances)) if (i.DBClusterIdentifier === cluster.DBClusterIdentifier && i.Endpoint) i.Endpoint.Port = input.Port;
  if (input.StorageType !== undefined) {
    if (input.StorageType === "aurora") delete cluster.StorageType;
    else cluster.StorageType = input.StorageType;
  }
  if (input.DBClusterParameterGroupName !== undefined) cluster.DBClusterParameterGroup = input.DBClusterParameterGroupName.toLowerCase();
  if (input.VpcSecurityGroupIds !== undefined) {
    cluster.VpcSecurityGroups = input.VpcSecurityGroupIds.map((id: string) => ({ VpcSecurityGroupId: id, Status: "active" }));
  }
  if (input.BacktrackWindow !== undefined && engine.backtrack) {
    cluster.BacktrackWindow = input.BacktrackWindow;
    cluster.EarliestBacktrackTime ??= ctx.now();
  }
  const logs = input.CloudwatchLogsExportConfiguration;
  if (logs) {
    const enabled = new Set(cluster.EnabledCloudwatchLogsExports ?? []);
    for (const t of logs.EnableLogTypes ?? []) enabled.add(t);
    for (const t of logs.DisableLogTypes ?? []) enabled.delete(t);
    if (enabled.size > 0) cluster.EnabledCloudwatchLogsExports = [...enabled];
    else delete cluster.EnabledCloudwatchLogsExports;
  }
  if (input.ScalingConfiguration !== undefined) cluster.ScalingConfigurationInfo = { ...cluster.ScalingConfigurationInfo, ...input.ScalingConfiguration };
  if (input.ServerlessV2ScalingConfiguration !== undefined) {
    cluster.ServerlessV2ScalingConfiguration = { ...cluster.ServerlessV2ScalingConfiguration, ...input.ServerlessV2ScalingConfiguration };
  }
  if (input.ManageMasterUserPassword === true && !cluster.MasterUserSecret) cluster.MasterUserSecret = newMasterUserSecret(ctx, input.MasterUserSecretKmsKeyId);
  if (input.ManageMasterUserPassword === false) delete cluster.MasterUserSecret;
  if (input.PerformanceInsightsKMSKeyId !== undefined) cluster.PerformanceInsightsKMSKeyId = kmsKeyArn(ctx, input.PerformanceInsightsKMSKeyId);
}

/** A new engine version; a new major version moves to its family's default parameter group unless one is named. */
function upgrade(cluster: ClusterRecord, engine: EngineSpec, version: string, groupName: string | undefined): void {
  const family = familyOf(engine, version);
  if (familyOf(engine, cluster.EngineVersion!) !== family && groupName === undefined) cluster.DBClusterParameterGroup = defaultGroupName(family);
  cluster.EngineVersion = version;
}

/** Moves a cluster to a new identifier: its key, ARN, endpoints, members and replica links follow. */
function renameCluster(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, newId: string): void {
  const oldId = cluster.DBClusterIdentifier;
  const oldArn = cluster.DBClusterArn!;
  ctx.lifecycle.cancel("cluster", oldId);
  delete ctx.world.clusters[oldId];
  cluster.DBClusterIdentifier = newId;
  cluster.DBClusterArn = oldArn.replace(/:cluster:[^:]+$/, `:cluster:${newId}`);
  Object.assign(cluster, clusterEndpoints(ctx, newId));
  ctx.world.clusters[newId] = cluster;
  for (const m of cluster.DBClusterMembers ?? []) {
    const instance = ctx.world.instances[m.DBInstanceIdentifier!];
    if (instance) instance.DBClusterIdentifier = newId;
  }
  for (const other of Object.values(ctx.world.clusters)) {
    if (other.ReplicationSourceIdentifier === oldArn) other.ReplicationSourceIdentifier = cluster.DBClusterArn;
    if (other.ReadReplicaIdentifiers?.includes(oldArn)) other.ReadReplicaIdentifiers = other.ReadReplicaIdentifiers.map((a) => (a === oldArn ? cluster.DBClusterArn! : a));
  }
}
