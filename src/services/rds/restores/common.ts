/**
 * What the three restores share: a restored cluster is built like CreateDBCluster builds one (the
 * same checks through `checkClusterParams`, the same record through `newClusterRecord`), from the
 * source's configuration with the input's overrides, and starts `creating` -> `available`.
 */
import { parameterGroups } from "../parameter-groups/resource.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { type CheckClusterOptions, checkClusterParams } from "../clusters/create-rules.js";
import { newClusterRecord } from "../clusters/record.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { beginCluster, beginSecret } from "../shared/resource-keys.js";
import { shapeCluster } from "../clusters/shape.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

/**
 * Input members a restore passes on to CreateDBCluster's rules unchanged (when given). The others are
 * either taken from the source or do not exist on CreateDBCluster.
 */
const PASSED_ON = [
  "DBClusterIdentifier", "AvailabilityZones", "BackupRetentionPeriod", "CharacterSetName", "DatabaseName",
  "DBClusterParameterGroupName", "VpcSecurityGroupIds", "DBSubnetGroupName", "EngineVersion", "Port",
  "MasterUsername", "MasterUserPassword", "OptionGroupName", "PreferredBackupWindow", "PreferredMaintenanceWindow",
  "Tags", "StorageEncrypted", "KmsKeyId", "EnableIAMDatabaseAuthentication", "BacktrackWindow",
  "EnableCloudwatchLogsExports", "EngineMode", "ScalingConfiguration", "DeletionProtection", "CopyTagsToSnapshot",
  "Domain", "DomainIAMRoleName", "DBClusterInstanceClass", "StorageType", "Iops", "PubliclyAccessible",
  "NetworkType", "ServerlessV2ScalingConfiguration", "MonitoringInterval", "MonitoringRoleArn",
  "EnablePerformanceInsights", "PerformanceInsightsKMSKeyId", "PerformanceInsightsRetentionPeriod",
  "ManageMasterUserPassword", "MasterUserSecretKmsKeyId", "EngineLifecycleSupport",
] as const;

/** The CreateDBCluster-shaped input of a restore: the source's settings, then the input's members over them. */
export function restoreInput(request: object, fromSource: Record<string, unknown>): Record<string, unknown> {
  // Read by member name: the three restore inputs share these members.
  const input = request as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fromSource)) if (value !== undefined) out[key] = value;
  for (const key of PASSED_ON) if (input[key] !== undefined) out[key] = input[key];
  // A source's scaling settings follow it only into a cluster of the same kind: a provisioned restore of
  // a Serverless v1 source drops its ScalingConfiguration, a Serverless v1 restore drops v2 scaling.
  const serverless = out.EngineMode === "serverless";
  if (!serverless && input.ScalingConfiguration === undefined) delete out.ScalingConfiguration;
  if (serverless && input.ServerlessV2ScalingConfiguration === undefined) delete out.ServerlessV2ScalingConfiguration;
  return out;
}

/**
 * The request's own formats, checked before any lookup of the source: the new cluster's identifier, and
 * a DBClusterParameterGroupName that names no group must at least be a valid name (documented: 1 to 255
 * letters, digits or hyphens, a letter first; existing groups such as `default.aurora-postgresql16` pass).
 */
export function checkNewClusterId(input: { DBClusterIdentifier?: string; DBClusterParameterGroupName?: string }, ctx?: CallContext<RdsWorld>): void {
  checkIdentifier(input.DBClusterIdentifier, "DBClusterIdentifier");
  const group = input.DBClusterParameterGroupName;
  if (ctx && typeof group === "string" && !parameterGroups.find(ctx, group)) {
    checkIdentifier(group, "DBClusterParameterGroupName", { maxLength: 255 });
  }
}

/** Checks the restored cluster like CreateDBCluster, then (all checks passed) builds, stores and starts it. */
export function checkRestore(
  ctx: CallContext<RdsWorld>,
  createInput: Record<string, unknown>,
  options: CheckClusterOptions = {},
): (overrides?: Partial<ClusterRecord>) => ClusterRecord {
  const params = checkClusterParams(ctx, createInput, options);
  return (overrides = {}) => {
    const record = newClusterRecord(ctx, { ...params, RecordOverrides: overrides });
    ctx.world.clusters[record.DBClusterIdentifier] = record;
    beginCluster(ctx, record, "create");
    beginSecret(ctx, record, "create");
    return record;
  };
}

export function restoredOutput(ctx: CallContext<RdsWorld>, record: ClusterRecord) {
  return { DBCluster: shapeCluster(record, ctx.now()) };
}

/** Epoch milliseconds of a timestamp member (the SDK hands Dates; numbers and ISO strings also work). */
export function timeOf(value: unknown, member: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" || typeof value === "string" ? new Date(value).getTime() : NaN;
  if (!Number.isFinite(ms)) fail("InvalidParameterValue", `${member} must be a valid timestamp.`);
  return ms;
}
