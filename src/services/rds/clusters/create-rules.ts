/**
 * The CreateDBCluster rules that restores share: `checkClusterParams` validates a create (or restore)
 * request and normalizes it (no state change); record.ts builds the record from what it returns.
 */
import type { CreateDBClusterMessage, Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
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
} from "./rules.js";
import { engineSpec, familyOf, type EngineSpec } from "../engines/engines.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { M } from "../messages/index.js";
import { clusters } from "./resource.js";
import { findParameterGroup } from "../parameter-groups/resource.js";
import { regionAzs } from "../subnet-groups/record.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { checkTags } from "../shared/tags.js";
import type { ClusterRecord, RdsWorld } from "../world.js";
import { standaloneStorage } from "../instances/storage.js";

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

/** The subnet group, parameter group (of the engine's family), option group and domain must exist. */
function checkReferences(ctx: CallContext<RdsWorld>, engine: EngineSpec, version: string, input: any): void {
  checkOptionGroup(engine, version, input.OptionGroupName);
  checkDomain(input.Domain);
  if (input.DBSubnetGroupName !== undefined) subnetGroups.get(ctx, input.DBSubnetGroupName);
  checkClusterParameterGroup(ctx, input.DBClusterParameterGroupName, engine, version);
  // GlobalClusterIdentifier: checked before these by global-clusters/join.ts (CreateDBCluster's hook).
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

/** Quota `totalStorageGiB`: storage of every Multi-AZ DB cluster (but `excluding`) and standalone DB instance, plus `wanted`. */
export function checkStorageQuota(ctx: CallContext<RdsWorld>, wanted: number, excluding?: string): void {
  const limit = ctx.quota("totalStorageGiB");
  // Standalone DB instances count too (instances/storage.ts).
  let total = wanted + standaloneStorage(ctx.world);
  for (const [id, c] of Object.entries(ctx.world.clusters)) if (id !== excluding && engineSpec(c.Engine)?.kind === "multi-az") total += multiAzStorage(c.AllocatedStorage);
  if (total > limit) fail("StorageQuotaExceededFault", M.storageQuota(limit, total));
}
