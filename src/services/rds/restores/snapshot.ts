/**
 * RestoreDBClusterFromSnapshot: a new DB cluster from an available DB cluster snapshot of this Region
 * (by identifier or ARN, or shared by another account by ARN). The new cluster takes the snapshot's
 * engine, version, mode, port, master user, database name and encryption, with the input's overrides.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { engineSpec } from "../engines/engines.js";
import { compareVersions } from "../engines/engines.js";
import { checkNewClusterId, checkRestore, restoreInput, restoredOutput } from "./common.js";
import type { SnapshotRecord } from "../cluster-snapshots/record.js";
import { checkKmsKey, checkNotBlank, checkSnapshotStatus, findSourceSnapshot } from "../cluster-snapshots/rules.js";
import { SM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

const MEMBER = "SnapshotIdentifier";

/** The snapshot a restore names. DB instance snapshots (`:snapshot:` ARNs) are not simulated. */
function sourceSnapshot(ctx: CallContext<RdsWorld>, value: string): SnapshotRecord {
  const parts = value.split(":");
  if (value.startsWith("arn:") && parts[5] === "snapshot") fail("DBSnapshotNotFoundFault", `DBSnapshot ${value} not found (${MEMBER}).`);
  const source = findSourceSnapshot(ctx, value, MEMBER);
  // A snapshot restores only in its own Region: copy it first (CopyDBClusterSnapshot).
  if (source.crossRegion) fail("DBClusterSnapshotNotFoundFault", SM.snapshotNotFound(value, MEMBER));
  return source.record;
}

/**
 * The settings a restored cluster takes from a snapshot (the input may override each). Documented
 * defaults win over the snapshot's values: IAM database authentication off, StorageType `aurora` for
 * Aurora clusters, no deletion protection, no CopyTagsToSnapshot.
 */
function fromSnapshot(snapshot: SnapshotRecord, kmsKeyId: string | undefined): Record<string, unknown> {
  const multiAz = engineSpec(snapshot.Engine)?.kind === "multi-az";
  return {
    EngineVersion: snapshot.EngineVersion,
    EngineMode: multiAz ? undefined : snapshot.EngineMode,
    Port: snapshot.Port,
    MasterUsername: snapshot.MasterUsername,
    DatabaseName: snapshot.DatabaseName,
    // An unencrypted snapshot restores encrypted when a KMS key is given (documented).
    StorageEncrypted: snapshot.StorageEncrypted === true || kmsKeyId !== undefined,
    KmsKeyId: snapshot.StorageEncrypted === true ? snapshot.KmsKeyId : undefined,
    EnableCloudwatchLogsExports: snapshot.EnabledCloudwatchLogsExports,
    ServerlessV2ScalingConfiguration: snapshot.ServerlessV2ScalingConfiguration,
    ScalingConfiguration: snapshot.EngineMode === "serverless" ? snapshot.ScalingConfigurationInfo : undefined,
    BackupRetentionPeriod: snapshot.BackupRetentionPeriod,
    PreferredBackupWindow: snapshot.PreferredBackupWindow,
    ...(multiAz
      ? {
          DBClusterInstanceClass: snapshot.DBClusterInstanceClass,
          AllocatedStorage: snapshot.AllocatedStorage,
          StorageType: snapshot.StorageType,
          Iops: snapshot.Iops,
          DBSubnetGroupName: "default",
        }
      : {}),
  };
}

export const restoreFromSnapshotHandlers: Operations<typeof Sdk, RdsWorld> = {
  RestoreDBClusterFromSnapshot(input, ctx) {
    checkNewClusterId(input, ctx);
    checkNotBlank(input.SnapshotIdentifier, MEMBER);
    const snapshot = sourceSnapshot(ctx, input.SnapshotIdentifier!);
    checkSnapshotStatus(snapshot, ["available"]);
    // Engine is required and must be the snapshot's (case-insensitive, as RDS accepts engine names).
    if (typeof input.Engine !== "string" || input.Engine === "") fail("MissingParameter", SM.engineRequired());
    if (input.Engine.toLowerCase() !== snapshot.Engine) {
      fail("InvalidParameterCombination", SM.engineIncompatible(input.Engine, snapshot.Engine ?? "", MEMBER));
    }
    // Restoring may upgrade the engine version, never downgrade it.
    if (input.EngineVersion !== undefined && snapshot.EngineVersion !== undefined) {
      const spec = engineSpec(snapshot.Engine);
      const full = spec?.majorOf(input.EngineVersion) === input.EngineVersion ? undefined : input.EngineVersion;
      if (full !== undefined && compareVersions(full, snapshot.EngineVersion) < 0) {
        fail("InvalidParameterCombination", SM.engineVersionOlder(input.EngineVersion, snapshot.EngineVersion));
      }
    }
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");
    const createInput = { ...restoreInput(input, fromSnapshot(snapshot, input.KmsKeyId)), Engine: snapshot.Engine };
    const commit = checkRestore(ctx, createInput);
    return restoredOutput(ctx, commit());
  },
};
