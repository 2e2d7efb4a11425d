/**
 * RestoreDBInstanceFromDBSnapshot: a new standalone DB instance from a DB snapshot named by identifier
 * or ARN ("If you are restoring from a shared manual DB snapshot, the DBSnapshotIdentifier must be the
 * ARN of the shared DB snapshot"; a snapshot of another Region of this account by its ARN too). "The
 * target database is created from the source database restore point with most of the source's original
 * configuration, including the default security group and DB parameter group": engine, version,
 * license, storage, port, master user, encryption, option group and IAM authentication come from the
 * snapshot; the request's settings are checked exactly as CreateDBInstance checks them (catalog, storage,
 * groups, windows, quotas: instances/create-rules.ts). The new instance goes creating (-> backing-up)
 * -> available like any standalone instance.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { CreateDBInstanceCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkDbSnapshotStatus, findSourceDbSnapshot } from "../db-snapshots/rules.js";
import { checkStandaloneCreate } from "../instances/create-rules.js";
import { STANDALONE_ENGINES } from "../instances/engine-table.js";
import { instances } from "../instances/resource.js";
import { shapeInstance } from "../instances/shape.js";
import { addStandaloneInstance } from "../instances/standalone.js";
import { RRM } from "../messages/index.js";
import { checkIdentifier } from "../shared/identifiers.js";
import type { DBSnapshotRecord, RdsWorld } from "../world.js";
import { compatibleEngine } from "./instance-engines.js";

type Ctx = CallContext<RdsWorld>;

/** Never stored or shown: CreateDBInstance's checks need a password, a restore keeps the snapshot's. */
const KEPT_PASSWORD = "restored-password-kept";
const PROVISIONED = ["io1", "io2"];

/** "Default: The same DBInstanceClass as the original DB instance" (while it exists), else a general-purpose class. */
function originalClass(owner: Ctx, snapshot: DBSnapshotRecord): string {
  const original = snapshot.DBInstanceIdentifier ? instances.find(owner, snapshot.DBInstanceIdentifier) : undefined;
  return original && original.DbiResourceId === snapshot.DbiResourceId ? original.DBInstanceClass! : "db.m5.large";
}

export const instanceRestoreFromSnapshotOperations: Operations<typeof Sdk, RdsWorld> = {
  RestoreDBInstanceFromDBSnapshot(input, ctx) {
    checkIdentifier(input.DBInstanceIdentifier, "DBInstanceIdentifier");
    // "Can't be specified when DBClusterSnapshotIdentifier is specified. Must be specified when DBClusterSnapshotIdentifier isn't specified."
    if (input.DBSnapshotIdentifier !== undefined && input.DBClusterSnapshotIdentifier !== undefined) fail("InvalidParameterCombination", RRM.twoSnapshots());
    if (input.DBSnapshotIdentifier === undefined) {
      // Restoring a Multi-AZ DB cluster snapshot to a DB instance is not simulated: such a snapshot is not found.
      if (input.DBClusterSnapshotIdentifier !== undefined) fail("DBClusterSnapshotNotFoundFault", RRM.clusterSnapshotNotFound(input.DBClusterSnapshotIdentifier));
      fail("InvalidParameterCombination", RRM.noSnapshot());
    }
    const { record: snapshot, owner } = findSourceDbSnapshot(ctx, input.DBSnapshotIdentifier, "DBSnapshotIdentifier");
    checkDbSnapshotStatus(snapshot, ["available"]);
    const engine = compatibleEngine(snapshot.Engine ?? "", input.Engine);
    const sameEngine = engine === snapshot.Engine;
    // "Be sure to allocate enough storage": never less than the snapshot holds.
    if (input.AllocatedStorage !== undefined && input.AllocatedStorage < (snapshot.AllocatedStorage ?? 0)) {
      fail("InvalidParameterValue", RRM.restoreStorage(input.AllocatedStorage, snapshot.AllocatedStorage ?? 0));
    }
    const { DBSnapshotIdentifier: _s, DBClusterSnapshotIdentifier: _c, TdeCredentialPassword: _p, ...request } = input;
    const managed = input.ManageMasterUserPassword === true;
    const params = checkStandaloneCreate(ctx, {
      ...(request as CreateDBInstanceCommandInput),
      DBInstanceClass: input.DBInstanceClass ?? originalClass(owner, snapshot),
      Engine: engine,
      // Another engine (MySQL -> MariaDB) starts from its default version.
      EngineVersion: sameEngine ? snapshot.EngineVersion : STANDALONE_ENGINES[engine].defaultVersion,
      AllocatedStorage: input.AllocatedStorage ?? snapshot.AllocatedStorage,
      StorageType: input.StorageType ?? snapshot.StorageType,
      // Provisioned IOPS carry over (io1, io2); gp3's baseline is recomputed for the new size.
      Iops: input.Iops ?? (input.StorageType === undefined && PROVISIONED.includes(snapshot.StorageType ?? "") ? snapshot.Iops : undefined),
      MasterUsername: snapshot.MasterUsername,
      MasterUserPassword: managed ? undefined : KEPT_PASSWORD,
      Port: input.Port ?? snapshot.Port,
      LicenseModel: input.LicenseModel ?? (sameEngine ? snapshot.LicenseModel : undefined),
      OptionGroupName: input.OptionGroupName ?? (sameEngine && snapshot.OptionGroupName && !snapshot.OptionGroupName.startsWith("default:") ? snapshot.OptionGroupName : undefined),
      StorageEncrypted: snapshot.Encrypted,
      KmsKeyId: snapshot.Encrypted ? snapshot.KmsKeyId : undefined,
      EnableIAMDatabaseAuthentication: input.EnableIAMDatabaseAuthentication ?? snapshot.IAMDatabaseAuthenticationEnabled,
      DBName: engine.startsWith("oracle") ? input.DBName : undefined,
    });
    // The placeholder only satisfied the create checks: the restored instance keeps the snapshot's credentials.
    delete (params as { MasterUserPassword?: string }).MasterUserPassword;
    const record = addStandaloneInstance(ctx, { ...params, Timezone: snapshot.Timezone });
    return { DBInstance: shapeInstance(record) };
  },
};
