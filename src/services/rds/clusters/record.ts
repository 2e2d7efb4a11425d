/**
 * A DB cluster record as CreateDBCluster builds it from checked params (create-rules.ts). It draws ids,
 * so build one only once every check has passed.
 */
import { fastRecord } from "../shared/copier.js";
import { arn, dnsSuffix } from "../../../core/regions.js";
import type { CallContext, WorldScope } from "../../../core/service.js";
import { checkEngine, windowsWithDefaults } from "./rules.js";
import { familyOf, hostedZoneId, type EngineSpec } from "../engines/engines.js";
import { stableText } from "../shared/identifiers.js";
import { clusters } from "./resource.js";
import { defaultGroupName } from "../parameter-groups/operations.js";
import { regionAzs } from "../subnet-groups/record.js";
import type { ClusterRecord, RdsWorld } from "../world.js";
import type { ClusterParams } from "./create-rules.js";

/* ---------------------------------------------------------------------------------------------- */
/* Building the record                                                                              */
/* ---------------------------------------------------------------------------------------------- */

/** The DNS label every RDS endpoint of an account and Region shares (`cluster-<label>` for clusters). */
export function endpointLabel(scope: WorldScope): string {
  return stableText(`${scope.accountId}/${scope.region}/endpoints`, 12, "alnum");
}

export function clusterEndpoints(scope: WorldScope, id: string): { Endpoint: string; ReaderEndpoint: string } {
  const tail = `${endpointLabel(scope)}.${scope.region}.rds.${dnsSuffix(scope.region)}`;
  return { Endpoint: `${id}.cluster-${tail}`, ReaderEndpoint: `${id}.cluster-ro-${tail}` };
}

export function instanceAddress(scope: WorldScope, id: string): string {
  return `${id}.${endpointLabel(scope)}.${scope.region}.rds.${dnsSuffix(scope.region)}`;
}

function stableUuid(text: string): string {
  const h = stableText(text, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A KMS key as RDS reports it: an ARN (a key id or alias becomes one); none: the account's default RDS key. */
export function kmsKeyArn(scope: WorldScope, keyId: string | undefined): string {
  const prefix = arn("kms", scope.region, scope.accountId, "");
  if (keyId === undefined) return `${prefix}key/${stableUuid(`${scope.accountId}/${scope.region}/aws/rds`)}`;
  if (keyId.startsWith("arn:")) return keyId;
  return keyId.startsWith("alias/") ? `${prefix}${keyId}` : `${prefix}key/${keyId}`;
}

export function defaultSecurityGroupId(scope: WorldScope): string {
  return `sg-${stableText(`${scope.accountId}/${scope.region}/sg`, 17)}`;
}

/** The complete record of a new DB cluster (status `creating`) from checked params. */
export function newClusterRecord(ctx: CallContext<RdsWorld>, params: ClusterParams): ClusterRecord {
  const engine = checkEngine(params.Engine);
  const now = ctx.now();
  const id = params.DBClusterIdentifier;
  const windows = windowsWithDefaults(params.PreferredBackupWindow, params.PreferredMaintenanceWindow, () => ctx.ids.next());
  const encrypted = params.StorageEncrypted === true || params.KmsKeyId !== undefined;
  const multiAz = engine.kind === "multi-az";
  const record: ClusterRecord = {
    AllocatedStorage: multiAz ? params.AllocatedStorage : 1,
    AvailabilityZones: multiAz ? regionAzs(ctx.region) : [...(params.AvailabilityZones ?? regionAzs(ctx.region))],
    BackupRetentionPeriod: params.BackupRetentionPeriod ?? 1,
    CharacterSetName: params.CharacterSetName,
    DatabaseName: params.DatabaseName,
    DBClusterIdentifier: id,
    DBClusterParameterGroup: params.DBClusterParameterGroupName?.toLowerCase() ?? defaultGroupName(familyOf(engine, params.EngineVersion)),
    DBSubnetGroup: params.DBSubnetGroupName?.toLowerCase() ?? "default",
    Status: "creating",
    ...clusterEndpoints(ctx, id),
    CustomEndpoints: [],
    MultiAZ: multiAz,
    Engine: engine.name,
    EngineVersion: params.EngineVersion,
    LatestRestorableTime: now,
    EarliestRestorableTime: now,
    Port: params.Port,
    MasterUsername: params.MasterUsername,
    DBClusterOptionGroupMemberships: [],
    ...windows,
    ReplicationSourceIdentifier: params.ReplicationSourceIdentifier,
    ReadReplicaIdentifiers: [],
    DBClusterMembers: [],
    VpcSecurityGroups: (params.VpcSecurityGroupIds ?? [defaultSecurityGroupId(ctx)]).map((sg) => ({ VpcSecurityGroupId: sg, Status: "active" })),
    HostedZoneId: hostedZoneId(ctx.region),
    StorageEncrypted: encrypted,
    KmsKeyId: encrypted ? kmsKeyArn(ctx, params.KmsKeyId) : undefined,
    DbClusterResourceId: `cluster-${ctx.ids.upperAlnum(26)}`,
    DBClusterArn: clusters.arnOf(ctx, id),
    AssociatedRoles: [],
    IAMDatabaseAuthenticationEnabled: params.EnableIAMDatabaseAuthentication ?? false,
    ClusterCreateTime: now,
    EnabledCloudwatchLogsExports: params.EnableCloudwatchLogsExports?.length ? [...params.EnableCloudwatchLogsExports] : undefined,
    EngineMode: params.EngineMode,
    DeletionProtection: params.DeletionProtection ?? false,
    HttpEndpointEnabled: params.EnableHttpEndpoint ?? false,
    ActivityStreamStatus: "stopped",
    CopyTagsToSnapshot: params.CopyTagsToSnapshot ?? false,
    CrossAccountClone: false,
    DomainMemberships: [],
    TagList: params.Tags.map((t) => ({ ...t })),
    NetworkType: multiAz ? undefined : (params.NetworkType ?? "IPV4"),
    AutoMinorVersionUpgrade: params.AutoMinorVersionUpgrade ?? true,
    EngineLifecycleSupport: params.EngineLifecycleSupport ?? "open-source-rds-extended-support",
    DatabaseInsightsMode: params.DatabaseInsightsMode ?? "standard",
    ClusterScalabilityType: multiAz ? undefined : (params.ClusterScalabilityType ?? "standard"),
    ...kindMembers(engine, params, now),
    ...secretMembers(ctx, params),
    ...monitoringMembers(params),
  };
  Object.assign(record, params.RecordOverrides);
  return fastRecord(record);
}

function kindMembers(engine: EngineSpec, params: ClusterParams, now: number): Partial<ClusterRecord> {
  if (engine.kind === "multi-az") {
    return {
      DBClusterInstanceClass: params.DBClusterInstanceClass,
      StorageType: params.StorageType ?? "io1",
      Iops: params.Iops,
      PubliclyAccessible: params.PubliclyAccessible ?? false,
    };
  }
  const out: Partial<ClusterRecord> = {};
  if (params.StorageType === "aurora-iopt1") out.StorageType = "aurora-iopt1";
  out.GlobalWriteForwardingRequested = params.EnableGlobalWriteForwarding ?? false;
  if ((params.BacktrackWindow ?? 0) > 0) {
    out.BacktrackWindow = params.BacktrackWindow;
    out.EarliestBacktrackTime = now;
    out.BacktrackConsumedChangeRecords = 0;
  }
  if (params.EngineMode === "serverless") {
    const capacities = engine.serverlessV1Capacities;
    const sc = params.ScalingConfiguration ?? {};
    out.ScalingConfigurationInfo = {
      MinCapacity: sc.MinCapacity ?? capacities[0],
      MaxCapacity: sc.MaxCapacity ?? 16,
      AutoPause: sc.AutoPause ?? true,
      SecondsUntilAutoPause: sc.SecondsUntilAutoPause ?? 300,
      TimeoutAction: sc.TimeoutAction ?? "RollbackCapacityChange",
      SecondsBeforeTimeout: sc.SecondsBeforeTimeout ?? 300,
    };
    out.Capacity = 0;
  }
  if (params.ServerlessV2ScalingConfiguration !== undefined) out.ServerlessV2ScalingConfiguration = { ...params.ServerlessV2ScalingConfiguration };
  return out;
}

function secretMembers(ctx: CallContext<RdsWorld>, params: ClusterParams): Partial<ClusterRecord> {
  if (params.ManageMasterUserPassword !== true) return {};
  return { MasterUserSecret: newMasterUserSecret(ctx, params.MasterUserSecretKmsKeyId) };
}

/**
 * A Secrets Manager secret RDS manages for the master user password. It starts `creating` (the
 * caller begins its lifecycle, see shared/resource-keys.ts beginSecret). KmsKeyId is always a key ARN
 * (`arn:aws:kms:REGION:ACCOUNT:key/UUID`), as AWS reports it: without MasterUserSecretKmsKeyId the
 * account's `aws/secretsmanager` key, and an alias given by the caller stands for a key of its own.
 */
export function newMasterUserSecret(ctx: CallContext<RdsWorld>, kmsKeyId: string | undefined) {
  return {
    SecretArn: arn("secretsmanager", ctx.region, ctx.accountId, `secret:rds!cluster-${ctx.ids.uuid()}-${ctx.ids.lowerAlnum(6)}`),
    SecretStatus: "creating",
    KmsKeyId: secretKmsKeyArn(ctx, kmsKeyId),
  };
}

function secretKmsKeyArn(scope: WorldScope, keyId: string | undefined): string {
  const alias = keyId === undefined ? "alias/aws/secretsmanager" : /(^|:)alias\//.test(keyId) ? keyId.slice(keyId.indexOf("alias/")) : undefined;
  if (alias === undefined) return kmsKeyArn(scope, keyId);
  return `${arn("kms", scope.region, scope.accountId, "")}key/${stableUuid(`${scope.accountId}/${scope.region}/${alias}`)}`;
}

function monitoringMembers(params: ClusterParams): Partial<ClusterRecord> {
  const out: Partial<ClusterRecord> = {};
  if (params.MonitoringInterval !== undefined) out.MonitoringInterval = params.MonitoringInterval;
  if (params.MonitoringRoleArn !== undefined) out.MonitoringRoleArn = params.MonitoringRoleArn;
  if (params.EnablePerformanceInsights !== undefined) out.PerformanceInsightsEnabled = params.EnablePerformanceInsights;
  if (params.EnablePerformanceInsights === true) {
    out.PerformanceInsightsRetentionPeriod = params.PerformanceInsightsRetentionPeriod ?? 7;
    out.PerformanceInsightsKMSKeyId = params.PerformanceInsightsKMSKeyId;
  }
  return out;
}

