/**
 * ModifyDBCluster. Following the API reference, NewDBClusterIdentifier, MasterUserPassword,
 * EnableIAMDatabaseAuthentication and EngineVersion wait for the next maintenance window unless
 * ApplyImmediately is set (they show in PendingModifiedValues); every other change applies at once.
 * The mock has no maintenance windows: pending changes apply with the next ApplyImmediately call.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkModification, IO_OPTIMIZED_SWITCH_MS } from "./modify-rules.js";
import { clusterByArn, findCluster } from "./resource.js";
import { clusterEndpoints, kmsKeyArn, newMasterUserSecret } from "./record.js";
import { defaultOptionGroupName, engineSpec, familyOf, type EngineSpec } from "../engines/engines.js";
import { membersOf } from "./members.js";
import { defaultGroupName } from "../parameter-groups/operations.js";
import { beginCluster, beginSecret, cancelCluster, SECRET_KIND } from "../shared/resource-keys.js";
import { shapeCluster } from "./shape.js";
import type { ClusterRecord, RdsWorld } from "../world.js";
import { syncWriteForwarding } from "../global-clusters/join.js"; // --- global databases ---

/** Changes that touch the running database: the cluster shows `modifying` while they apply. */
const DISRUPTIVE = ["Port", "DBClusterParameterGroupName", "VpcSecurityGroupIds", "BacktrackWindow", "CloudwatchLogsExportConfiguration", "ScalingConfiguration", "ServerlessV2ScalingConfiguration", "StorageType", "EnableHttpEndpoint", "ManageMasterUserPassword", "RotateMasterUserPassword", "DBClusterInstanceClass", "AllocatedStorage", "Iops", "MonitoringInterval", "EnablePerformanceInsights"] as const;

export const clusterModifyOperations: Operations<typeof Sdk, RdsWorld> = {
  ModifyDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    const engine = engineSpec(cluster.Engine)!;
    const { newId, version, mode } = checkModification(ctx, cluster, engine, input);
    // Every check has passed: from here on, state changes.
    return { DBCluster: shapeCluster(applyModification(ctx, cluster, engine, input, newId, version, mode), ctx.now()) };
  },
};

function applyModification(
  ctx: CallContext<RdsWorld>,
  cluster: ClusterRecord,
  engine: EngineSpec,
  input: any,
  newId: string | undefined,
  version: string | undefined,
  mode: string,
): ClusterRecord {
  const now = input.ApplyImmediately === true;
  const pending: NonNullable<ClusterRecord["PendingModifiedValues"]> = { ...cluster.PendingModifiedValues };
  // Deferred members: now, or pending until an ApplyImmediately call.
  // The latest rename request wins: naming the cluster's own identifier withdraws a pending rename.
  if (newId === cluster.DBClusterIdentifier) delete pending.DBClusterIdentifier;
  else if (newId !== undefined) pending.DBClusterIdentifier = newId;
  if (input.MasterUserPassword !== undefined) pending.MasterUserPassword = "****";
  if (input.EnableIAMDatabaseAuthentication !== undefined) pending.IAMDatabaseAuthenticationEnabled = input.EnableIAMDatabaseAuthentication;
  if (version !== undefined) pending.EngineVersion = version;
  let event: string | undefined = DISRUPTIVE.some((m) => input[m] !== undefined) ? "modify" : undefined;
  if (now) {
    if (pending.EngineVersion !== undefined) {
      upgrade(ctx, cluster, engine, pending.EngineVersion, input);
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
  } else {
    delete cluster.PendingModifiedValues;
  }
  applyImmediateMembers(ctx, cluster, engine, input);
  syncWriteForwarding(cluster); // --- global databases: a secondary's GlobalWriteForwardingStatus follows ---
  if (mode !== cluster.EngineMode) {
    // Serverless v1 -> provisioned: the v1 capacity settings go with the old mode.
    cluster.EngineMode = mode;
    delete cluster.ScalingConfigurationInfo;
    delete cluster.Capacity;
    event ??= "modify";
  }
  if (event) beginCluster(ctx, cluster, event);
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
    EnableGlobalWriteForwarding: "GlobalWriteForwardingRequested",
    PerformanceInsightsRetentionPeriod: "PerformanceInsightsRetentionPeriod",
    PerformanceInsightsKMSKeyId: "PerformanceInsightsKMSKeyId",
  };
  for (const [member, field] of Object.entries(direct)) if (input[member] !== undefined) (cluster as Record<string, unknown>)[field] = input[member];
  if (input.PreferredMaintenanceWindow !== undefined) cluster.PreferredMaintenanceWindow = input.PreferredMaintenanceWindow.toLowerCase();
  if (cluster.MonitoringInterval === 0) delete cluster.MonitoringRoleArn;
  if (input.Port !== undefined) for (const i of Object.values(ctx.world.instances)) if (i.DBClusterIdentifier === cluster.DBClusterIdentifier && i.Endpoint) i.Endpoint.Port = input.Port;
  if (input.StorageType !== undefined) {
    if (input.StorageType === "aurora-iopt1" && cluster.StorageType !== "aurora-iopt1") {
      cluster.IOOptimizedNextAllowedModificationTime = ctx.now() + IO_OPTIMIZED_SWITCH_MS;
    }
    // Aurora does not report the standard type `aurora` on the cluster (documented); members show it.
    if (input.StorageType === "aurora") delete cluster.StorageType;
    else cluster.StorageType = input.StorageType;
    for (const instance of membersOf(ctx, cluster)) instance.StorageType = input.StorageType;
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
  if (input.ManageMasterUserPassword === true && !cluster.MasterUserSecret) {
    cluster.MasterUserSecret = newMasterUserSecret(ctx, input.MasterUserSecretKmsKeyId);
    beginSecret(ctx, cluster, "create");
  }
  if (input.ManageMasterUserPassword === false) {
    cancelCluster(ctx, cluster, SECRET_KIND);
    delete cluster.MasterUserSecret;
  }
  if (input.RotateMasterUserPassword === true) beginSecret(ctx, cluster, "rotate");
  // Members take these settings from their cluster (CreateDBInstance and ModifyDBInstance refuse them).
  const members = membersOf(ctx, cluster);
  if (input.BackupRetentionPeriod !== undefined) for (const m of members) m.BackupRetentionPeriod = input.BackupRetentionPeriod;
  if (input.PreferredBackupWindow !== undefined) for (const m of members) m.PreferredBackupWindow = input.PreferredBackupWindow;
  if (input.VpcSecurityGroupIds !== undefined) for (const m of members) m.VpcSecurityGroups = cluster.VpcSecurityGroups!.map((g) => ({ ...g }));
  if (input.PerformanceInsightsKMSKeyId !== undefined) cluster.PerformanceInsightsKMSKeyId = kmsKeyArn(ctx, input.PerformanceInsightsKMSKeyId);
}

/** A new engine version; a new major version moves to its family's default parameter group unless one is named. */
function upgrade(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, engine: EngineSpec, version: string, input: any): void {
  const family = familyOf(engine, version);
  const major = familyOf(engine, cluster.EngineVersion!) !== family;
  if (major && input.DBClusterParameterGroupName === undefined) cluster.DBClusterParameterGroup = defaultGroupName(family);
  cluster.EngineVersion = version;
  // The member instances run the cluster's version; a new major version moves them to its default groups.
  for (const instance of membersOf(ctx, cluster)) {
    instance.EngineVersion = version;
    if (!major) continue;
    const group = input.DBInstanceParameterGroupName?.toLowerCase() ?? defaultGroupName(family);
    instance.DBParameterGroups = [{ DBParameterGroupName: group, ParameterApplyStatus: "in-sync" }];
    instance.OptionGroupMemberships = [{ OptionGroupName: defaultOptionGroupName(engine, version), Status: "in-sync" }];
  }
}

/** Moves a cluster to a new identifier: its key, ARN, endpoints, members, custom endpoints and replica links follow. */
export function renameCluster(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, newId: string): void {
  const oldId = cluster.DBClusterIdentifier;
  const oldArn = cluster.DBClusterArn!;
  delete ctx.world.clusters[oldId];
  cluster.DBClusterIdentifier = newId;
  cluster.DBClusterArn = oldArn.replace(/:cluster:[^:]+$/, `:cluster:${newId}`);
  Object.assign(cluster, clusterEndpoints(ctx, newId));
  ctx.world.clusters[newId] = cluster;
  for (const m of cluster.DBClusterMembers ?? []) {
    const instance = ctx.world.instances[m.DBInstanceIdentifier!];
    if (instance) instance.DBClusterIdentifier = newId;
  }
  for (const e of Object.values(ctx.world.clusterEndpoints ?? {})) if (e.DBClusterIdentifier === oldId) e.DBClusterIdentifier = newId;
  // Replica links follow, in whichever Region the other end lives.
  const newArn = cluster.DBClusterArn;
  const source = cluster.ReplicationSourceIdentifier ? clusterByArn(ctx, cluster.ReplicationSourceIdentifier) : undefined;
  if (source?.ReadReplicaIdentifiers) source.ReadReplicaIdentifiers = source.ReadReplicaIdentifiers.map((a) => (a === oldArn ? newArn : a));
  for (const replicaArn of cluster.ReadReplicaIdentifiers ?? []) {
    const replica = clusterByArn(ctx, replicaArn);
    if (replica) replica.ReplicationSourceIdentifier = newArn;
  }
}
