/**
 * A DB cluster record as CreateDBCluster builds it, and the CreateDBCluster rules that restores share.
 * `checkClusterParams` validates (no state change); `newClusterRecord` builds the full record from
 * checked params (it draws ids, so call it only once every check has passed).
 */
import type { CreateDBClusterMessage, Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { fastRecord } from "../shared/copier.js";
import { arn, dnsSuffix } from "../../../core/regions.js";
import type { CallContext, WorldScope } from "../../../core/service.js";
import {
  checkAuthenticationType,
  checkCredentials,
  checkDatabaseName,
  checkDomain,
  checkEngine,
  checkEngineMode,
  checkEngineVersion,
  checkInsightsRetention,
  checkInstanceClass,
  checkIopsRatio,
  checkLifecycleSupport,
  checkLogTypes,
  checkMonitoring,
  checkNetworkType,
  checkOptionGroup,
  checkRange,
  checkScalingConfiguration,
  checkServerlessV2Scaling,
  checkStorageType,
  checkWindows,
  windowsWithDefaults,
} from "./rules.js";
import { engineSpec, familyOf, hostedZoneId, type EngineSpec } from "../engines/engines.js";
import { checkIdentifier, idFromArn, own, stableText } from "../shared/identifiers.js";
import { M } from "../messages.js";
import { clusters } from "./resource.js";
import { findParameterGroup } from "../parameter-groups/resource.js";
import { defaultGroupName } from "../parameter-groups/operations.js";
import { regionAzs } from "../subnet-groups/operations.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { checkTags } from "../shared/tags.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

/** Checked, normalized CreateDBCluster members (lowercase id, resolved engine version and port). */
export interface ClusterParams extends Omit<CreateDBClusterMessage, "DBClusterIdentifier" | "Engine" | "Tags"> {
  DBClusterIdentifier: string;
  Engine: string;
  EngineVersion: string;
  EngineMode: string;
  Port: number;
  Tags: Tag[];
  /** Restores: members of the new record taken from the source (snapshot, cluster, S3), applied last. */
  RecordOverrides?: Partial<ClusterRecord>;
}

export interface CheckClusterOptions {
  /** CreateDBCluster (not a replica): MasterUsername and a password (or a managed one) are required. */
  requireCredentials?: boolean;
}

/** Members valid only for one kind of cluster (Aurora vs Multi-AZ), rejected on the other. */
const MULTI_AZ_ONLY = ["DBClusterInstanceClass", "AllocatedStorage", "Iops", "PubliclyAccessible", "CACertificateIdentifier"] as const;
const AURORA_ONLY = [
  "BacktrackWindow", "ScalingConfiguration", "ServerlessV2ScalingConfiguration", "GlobalClusterIdentifier",
  "EnableGlobalWriteForwarding", "EnableLocalWriteForwarding", "EnableHttpEndpoint", "CharacterSetName", "Domain",
  "DomainIAMRoleName", "NetworkType", "PreSignedUrl", "EnableLimitlessDatabase", "ClusterScalabilityType",
] as const;

/** Every CreateDBCluster rule that restores share (format, combination, reference and quota rules). */
export function checkClusterParams(ctx: CallContext<RdsWorld>, input: any, options: CheckClusterOptions = {}): ClusterParams {
  const id = checkIdentifier(input.DBClusterIdentifier, "DBClusterIdentifier");
  const engine = checkEngine(input.Engine);
  if (engine.kind === "multi-az") checkIdentifier(input.DBClusterIdentifier, "DBClusterIdentifier", { maxLength: 52 });
  const version = checkEngineVersion(engine, input.EngineVersion);
  const mode = checkEngineMode(engine, input.EngineMode);
  checkCredentials(engine, input, options.requireCredentials === true);
  checkAuthenticationType(engine, input.MasterUserAuthenticationType);
  checkRange("BackupRetentionPeriod", input.BackupRetentionPeriod, 1, 35);
  checkWindows(input.PreferredBackupWindow, input.PreferredMaintenanceWindow);
  checkRange("Port", input.Port, 1150, 65535);
  checkKindMembers(engine, input);
  checkRange("BacktrackWindow", input.BacktrackWindow, 0, 259_200);
  if ((input.BacktrackWindow ?? 0) > 0 && !engine.backtrack) fail("InvalidParameterValue", M.backtrackEngine());
  if (input.ScalingConfiguration !== undefined) {
    if (mode !== "serverless") fail("InvalidParameterCombination", M.scalingMode());
    checkScalingConfiguration(engine, input.ScalingConfiguration);
  }
  if (input.ServerlessV2ScalingConfiguration !== undefined) {
    if (mode !== "provisioned") fail("InvalidParameterCombination", M.scalingV2Mode());
    checkServerlessV2Scaling(input.ServerlessV2ScalingConfiguration);
  }
  if (input.KmsKeyId !== undefined && input.StorageEncrypted === false) fail("InvalidParameterCombination", M.kmsWithoutEncryption());
  checkLogTypes(engine, "EnableCloudwatchLogsExports", input.EnableCloudwatchLogsExports);
  checkAvailabilityZones(ctx, input.AvailabilityZones);
  checkMonitoring(input.MonitoringInterval, input.MonitoringRoleArn);
  checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
  if (input.DatabaseInsightsMode === "advanced" && (input.EnablePerformanceInsights !== true || input.PerformanceInsightsRetentionPeriod !== 465)) {
    fail("InvalidParameterCombination", M.advancedInsights());
  }
  checkDatabaseName(input.DatabaseName);
  checkLifecycleSupport(input.EngineLifecycleSupport);
  checkNetworkType(input.NetworkType);
  checkStorageType(engine, input.StorageType);
  const tags = checkTags(input.Tags);
  checkReferences(ctx, engine, version, input);
  clusters.requireNew(ctx, id);
  if (engine.kind === "multi-az") checkStorageQuota(ctx, multiAzStorage(input.AllocatedStorage));
  return {
    ...input,
    DBClusterIdentifier: id,
    Engine: engine.name,
    EngineVersion: version,
    EngineMode: mode,
    Port: input.Port ?? engine.port,
    Tags: tags,
  };
}

function checkKindMembers(engine: EngineSpec, input: any): void {
  if (engine.kind === "aurora") {
    for (const member of MULTI_AZ_ONLY) if (input[member] !== undefined) fail("InvalidParameterCombination", M.notForEngine(member, "Aurora DB clusters"));
    return;
  }
  for (const member of AURORA_ONLY) if (input[member] !== undefined) fail("InvalidParameterCombination", M.notForEngine(member, "Multi-AZ DB clusters"));
  if (input.AvailabilityZones !== undefined) fail("InvalidParameterCombination", M.notForEngine("AvailabilityZones", "Multi-AZ DB clusters"));
  for (const member of ["DBClusterInstanceClass", "AllocatedStorage", "DBSubnetGroupName"]) {
    if (input[member] === undefined) fail("MissingParameter", M.multiAzRequired(member));
  }
  checkInstanceClass(input.DBClusterInstanceClass, "DBClusterInstanceClass");
  const storageType = input.StorageType ?? "io1";
  if (storageType !== "gp3" && input.Iops === undefined) fail("MissingParameter", M.multiAzRequired("Iops"));
  if (input.Iops !== undefined) checkIopsRatio(input.Iops, input.AllocatedStorage);
}

function checkAvailabilityZones(ctx: CallContext<RdsWorld>, azs: string[] | undefined): void {
  if (azs === undefined) return;
  if (azs.length > 3) fail("InvalidParameterValue", M.tooManyAzs());
  const known = regionAzs(ctx.region);
  for (const az of azs) if (!known.includes(az)) fail("InvalidParameterValue", M.unknownAz(az, ctx.region));
}

/** The subnet group, parameter group (of the engine's family), option group, domain and global cluster must exist. */
function checkReferences(ctx: CallContext<RdsWorld>, engine: EngineSpec, version: string, input: any): void {
  checkOptionGroup(engine, version, input.OptionGroupName);
  checkDomain(input.Domain);
  if (input.DBSubnetGroupName !== undefined) subnetGroups.get(ctx, input.DBSubnetGroupName);
  checkClusterParameterGroup(ctx, input.DBClusterParameterGroupName, engine, version);
  // Global databases are not simulated, so no global cluster can exist.
  if (input.GlobalClusterIdentifier !== undefined) {
    fail("GlobalClusterNotFoundFault", M.globalClusterNotFound(input.GlobalClusterIdentifier));
  }
}

/** A DBClusterParameterGroupName (when given) names an existing group of the engine version's family. */
export function checkClusterParameterGroup(ctx: CallContext<RdsWorld>, name: string | undefined, engine: EngineSpec, version: string): void {
  if (name === undefined) return;
  const group = findParameterGroup(ctx, name);
  const wanted = familyOf(engine, version);
  if (group.DBParameterGroupFamily !== wanted) {
    fail("InvalidParameterCombination", M.parameterGroupWrongFamily(group.DBClusterParameterGroupName, group.DBParameterGroupFamily!, wanted));
  }
}

/** The GiB a Multi-AZ DB cluster of `allocated` GiB takes from the storage quota: its three instances each have it. */
export function multiAzStorage(allocated: number | undefined): number {
  return 3 * (allocated ?? 0);
}

/** Quota `totalStorageGiB`: storage of every Multi-AZ DB cluster (but `excluding`) plus `wanted`. */
export function checkStorageQuota(ctx: CallContext<RdsWorld>, wanted: number, excluding?: string): void {
  const limit = ctx.quota("totalStorageGiB");
  let total = wanted;
  for (const [id, c] of Object.entries(ctx.world.clusters)) if (id !== excluding && engineSpec(c.Engine)?.kind === "multi-az") total += multiAzStorage(c.AllocatedStorage);
  if (total > limit) fail("StorageQuotaExceededFault", M.storageQuota(limit, total));
}

/** The Region and lowercase identifier a cluster ARN of this account (any Region) names; undefined for any other value. */
export function clusterArnParts(ctx: CallContext<RdsWorld>, value: string): { region: string; id: string } | undefined {
  const region = value.split(":")[3];
  const id = region === undefined ? undefined : idFromArn(value, "cluster", region, ctx.accountId);
  return id === undefined ? undefined : { region, id: id.toLowerCase() };
}

/** The cluster a cluster ARN of this account names, in the ARN's Region (undefined when there is none; creates no world). */
export function clusterByArn(ctx: CallContext<RdsWorld>, clusterArn: string): ClusterRecord | undefined {
  const parsed = clusterArnParts(ctx, clusterArn);
  if (!parsed) return undefined;
  if (parsed.region === ctx.region) return clusters.find(ctx, parsed.id);
  if (ctx.hasWorld && !ctx.hasWorld(parsed.region)) return undefined;
  return own(ctx.worldOf(parsed.region).clusters, parsed.id);
}

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

