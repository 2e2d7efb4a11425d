/**
 * RestoreDBClusterToPointInTime: a new DB cluster from a source cluster's data at a point of its
 * restorable window (`full-copy`), or a clone sharing the source's storage (`copy-on-write`, the
 * latest data only; source and clone then show the same CloneGroupId). The new cluster has the
 * source's configuration, with the input's overrides.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { findCluster } from "../clusters/resource.js";
import { engineSpec } from "../engines/engines.js";
import { checkNewClusterId, checkRestore, restoreInput, restoredOutput, timeOf } from "./common.js";
import { checkKmsKey, checkNotBlank } from "../cluster-snapshots/rules.js";
import { SM } from "../messages/index.js";
import { restorableWindow } from "../clusters/shape.js";
import type { ClusterRecord, RdsWorld } from "../world.js";
import { retainedClusterSource } from "../automated-backups/cluster-backups.js";

const RESTORE_TYPES = ["full-copy", "copy-on-write"];
/** A source must be running or stopped: clusters being created or deleted have no restorable data yet/any more. */
const SOURCE_STATUSES = ["available", "stopped", "backing-up", "modifying", "upgrading", "renaming", "failing-over"];

function sourceCluster(ctx: CallContext<RdsWorld>, input: Record<string, any>): ClusterRecord {
  if (input.SourceDBClusterIdentifier !== undefined) {
    const cluster = findCluster(ctx, input.SourceDBClusterIdentifier);
    if (input.SourceDbClusterResourceId !== undefined && input.SourceDbClusterResourceId !== cluster.DbClusterResourceId) {
      fail("InvalidParameterCombination", SM.sourceResourceId(input.SourceDbClusterResourceId));
    }
    return cluster;
  }
  if (input.SourceDbClusterResourceId === undefined) fail("MissingParameter", SM.sourceRequired());
  for (const key in ctx.world.clusters) {
    if (ctx.world.clusters[key].DbClusterResourceId === input.SourceDbClusterResourceId) return ctx.world.clusters[key];
  }
  // --- Issue 13: automated backups --- a deleted cluster's retained automated backup (automated-backups/cluster-backups.ts)
  const retained = retainedClusterSource(ctx, input.SourceDbClusterResourceId);
  if (retained) return retained;
  // --- end issue 13 automated backups ---
  return fail("DBClusterNotFoundFault", SM.sourceResourceId(input.SourceDbClusterResourceId));
}

/** Checks the restore time rules; returns the time restored to. */
function checkRestoreTime(ctx: CallContext<RdsWorld>, source: ClusterRecord, input: Record<string, any>, type: string): number {
  const latest = input.UseLatestRestorableTime === true;
  if (latest && input.RestoreToTime !== undefined) fail("InvalidParameterCombination", SM.restoreTimeAndLatest());
  if (type === "copy-on-write" && input.RestoreToTime !== undefined) fail("InvalidParameterCombination", SM.restoreTimeCopyOnWrite());
  if (!latest && input.RestoreToTime === undefined) fail("InvalidParameterCombination", SM.restoreTimeRequired());
  const window = restorableWindow(source, ctx.now());
  if (latest) return window.latest;
  const at = timeOf(input.RestoreToTime, "RestoreToTime");
  if (at < window.earliest || at > window.latest) {
    const iso = (ms: number) => new Date(ms).toISOString();
    fail("InvalidRestoreFault", SM.restoreTimeOutside(iso(at), iso(window.earliest), iso(window.latest)));
  }
  return at;
}

/**
 * The configuration the new cluster takes from its source (the input may override each). Members whose
 * documentation states a default get that default rather than the source's value: Port (the engine's
 * port), EnableIAMDatabaseAuthentication (off), BacktrackWindow (0), CopyTagsToSnapshot (off),
 * DeletionProtection (off), StorageType (`aurora` for Aurora clusters).
 */
function fromCluster(source: ClusterRecord): Record<string, unknown> {
  const multiAz = engineSpec(source.Engine)?.kind === "multi-az";
  return {
    Engine: source.Engine,
    EngineVersion: source.EngineVersion,
    EngineMode: multiAz ? undefined : source.EngineMode,
    MasterUsername: source.MasterUsername,
    DatabaseName: source.DatabaseName,
    CharacterSetName: source.CharacterSetName,
    StorageEncrypted: source.StorageEncrypted === true,
    KmsKeyId: source.StorageEncrypted === true ? source.KmsKeyId : undefined,
    DBSubnetGroupName: source.DBSubnetGroup,
    BackupRetentionPeriod: source.BackupRetentionPeriod,
    PreferredBackupWindow: source.PreferredBackupWindow,
    PreferredMaintenanceWindow: source.PreferredMaintenanceWindow,
    EnableCloudwatchLogsExports: source.EnabledCloudwatchLogsExports,
    ServerlessV2ScalingConfiguration: source.ServerlessV2ScalingConfiguration,
    ScalingConfiguration: source.EngineMode === "serverless" ? source.ScalingConfigurationInfo : undefined,
    ...(multiAz
      ? {
          DBClusterInstanceClass: source.DBClusterInstanceClass,
          AllocatedStorage: source.AllocatedStorage,
          StorageType: source.StorageType,
          Iops: source.Iops,
          PubliclyAccessible: source.PubliclyAccessible,
        }
      : {}),
  };
}

/** The documented encryption and engine-mode rules of a point-in-time restore or clone. */
function checkCombinations(source: ClusterRecord, input: Record<string, any>, type: string): void {
  // Documented: a KmsKeyId re-encrypts an encrypted source; with an unencrypted source the request is rejected.
  if (input.KmsKeyId !== undefined && source.StorageEncrypted !== true) {
    fail("InvalidParameterCombination", SM.restoreKmsUnencrypted(source.DBClusterIdentifier));
  }
  // Documented: a Serverless v1 clone needs a Serverless v1 or an encrypted provisioned source.
  const serverlessClone = type === "copy-on-write" && input.EngineMode === "serverless";
  if (serverlessClone && source.EngineMode !== "serverless" && source.StorageEncrypted !== true) {
    fail("InvalidParameterCombination", SM.serverlessClone(source.DBClusterIdentifier));
  }
}

export const restoreToPointInTimeHandlers: Operations<typeof Sdk, RdsWorld> = {
  RestoreDBClusterToPointInTime(input, ctx) {
    checkNewClusterId(input, ctx);
    checkNotBlank(input.SourceDBClusterIdentifier, "SourceDBClusterIdentifier");
    const type: string = input.RestoreType ?? "full-copy";
    if (!RESTORE_TYPES.includes(type)) fail("InvalidParameterValue", SM.restoreType(type));
    const source = sourceCluster(ctx, input);
    if (!SOURCE_STATUSES.includes(source.Status)) {
      fail("InvalidDBClusterStateFault", SM.sourceState(source.DBClusterIdentifier, source.Status));
    }
    checkRestoreTime(ctx, source, input, type);
    checkCombinations(source, input, type);
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");
    const commit = checkRestore(ctx, restoreInput(input, fromCluster(source)));
    // Every check passed: only now draw ids and change state.
    if (type !== "copy-on-write") return restoredOutput(ctx, commit());
    source.CloneGroupId ??= ctx.ids.uuid();
    return restoredOutput(ctx, commit({ CloneGroupId: source.CloneGroupId }));
  },
};
