/**
 * Start/StopDBInstanceAutomatedBackupsReplication: called in the destination Region with the source
 * instance's ARN (documented: "Enables replication of automated backups to a different AWS Region").
 * The destination keeps a `replicating` backup keyed by the source's DbiResourceId; the source lists it in
 * DBInstanceAutomatedBackupsReplications. Stopping (or deleting the source) leaves it `retained`.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { BM, M } from "../messages/index.js";
import type { InstanceAutomatedBackupRecord, InstanceRecord, RdsWorld } from "../world.js";
import { activeBackup, backupArn, dropExpired, stopReplicaIn } from "./record.js";
import { shapeInstanceBackup } from "./shape.js";

/**
 * Documented (USER_ReplicateBackups): "You can replicate up to 20 backups to each destination AWS Region
 * for each AWS account"; replication is for RDS for Db2, MariaDB, MySQL, Oracle, PostgreSQL and SQL Server
 * DB instances (not Aurora, not Multi-AZ DB clusters, not RDS Custom).
 */
const REPLICATION_QUOTA = 20;
const REPLICABLE_ENGINE = /^(mysql|mariadb|postgres|oracle-(ee|se2|ee-cdb|se2-cdb)|sqlserver-(ee|se|ex|web)|db2-(ae|se))$/;
/** The retention of the replicated backups when none is given (documented default: 7 days). */
const DEFAULT_RETENTION = 7;

interface Source {
  ctx: CallContext<RdsWorld>;
  instance: InstanceRecord;
}

/** The source instance an ARN names, in its own Region (another Region than this one). */
function sourceOf(ctx: CallContext<RdsWorld>, arn: string): Source {
  const parts = arn.split(":");
  if (parts.length !== 7 || parts[0] !== "arn" || parts[2] !== "rds" || parts[5] !== "db") fail("InvalidParameterValue", BM.replicationArn(arn));
  if (parts[3] === ctx.region) fail("InvalidParameterValue", BM.replicationSameRegion(ctx.region));
  if (parts[4] !== ctx.accountId) fail("DBInstanceNotFoundFault", M.instanceNotFound(arn));
  const sourceCtx = ctx.contextOf(parts[3]);
  const instance = sourceCtx.world.instances[parts[6].toLowerCase()];
  if (!instance) fail("DBInstanceNotFoundFault", M.instanceNotFound(arn));
  return { ctx: sourceCtx, instance };
}

function checkSource(instance: InstanceRecord): void {
  const id = instance.DBInstanceIdentifier;
  if (instance.DBClusterIdentifier !== undefined) fail("InvalidDBInstanceStateFault", BM.pitrClusterMember(id));
  if (!REPLICABLE_ENGINE.test(instance.Engine ?? "")) fail("InvalidParameterCombination", BM.replicationEngine(instance.Engine ?? ""));
  if ((instance.BackupRetentionPeriod ?? 0) === 0) fail("InvalidDBInstanceStateFault", BM.replicationNoBackups(id));
  if (instance.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", BM.replicationState(id, instance.DBInstanceStatus));
}

function checkDestination(ctx: CallContext<RdsWorld>, instance: InstanceRecord): void {
  const existing = ctx.world.instanceAutomatedBackups?.[instance.DbiResourceId!];
  // A retained copy (replication stopped earlier) must be deleted before the backups are replicated again.
  if (existing) fail("InvalidDBInstanceAutomatedBackupStateFault", BM.replicationExists(instance.DBInstanceIdentifier, ctx.region));
  const stored = ctx.world.instanceAutomatedBackups ?? {};
  const replicating = Object.values(stored).filter((b) => b.Status === "replicating").length;
  if (replicating >= REPLICATION_QUOTA) fail("DBInstanceAutomatedBackupQuotaExceededFault", BM.replicationQuota(REPLICATION_QUOTA, ctx.region));
}

export const replicationOperations: Operations<typeof Sdk, RdsWorld> = {
  StartDBInstanceAutomatedBackupsReplication(input, ctx) {
    const retention = input.BackupRetentionPeriod ?? DEFAULT_RETENTION;
    // Documented range of the replicated backups' retention: 1 to 35 days.
    if (retention < 1 || retention > 35) fail("InvalidParameterValue", BM.replicationRetention(retention));
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");
    const source = sourceOf(ctx, input.SourceDBInstanceArn!);
    checkSource(source.instance);
    // Documented: the KMS key of the destination Region encrypts the replicated backups of an encrypted instance.
    if (source.instance.StorageEncrypted === true && input.KmsKeyId === undefined) {
      fail("InvalidParameterCombination", BM.replicationKmsRequired(source.instance.DBInstanceIdentifier));
    }
    checkDestination(ctx, source.instance);
    // Every check passed: from here on, state changes.
    dropExpired(ctx);
    const now = ctx.now();
    const record: InstanceAutomatedBackupRecord = {
      ...activeBackup(source.ctx, source.instance),
      Status: "replicating",
      RestoreWindow: { EarliestTime: now, LatestTime: now },
      BackupRetentionPeriod: retention,
      KmsKeyId: source.instance.StorageEncrypted === true ? input.KmsKeyId : undefined,
      DBInstanceAutomatedBackupsArn: backupArn(source.instance.DBInstanceArn ?? "", ctx.region, ctx.accountId, `ab-${ctx.ids.upperAlnum(26)}`),
      DBInstanceAutomatedBackupsReplications: [],
      Source: structuredClone(source.instance),
    };
    (ctx.world.instanceAutomatedBackups ??= {})[record.DbiResourceId] = record;
    const replications = source.instance.DBInstanceAutomatedBackupsReplications ?? [];
    source.instance.DBInstanceAutomatedBackupsReplications = [...replications, { DBInstanceAutomatedBackupsArn: record.DBInstanceAutomatedBackupsArn }];
    return { DBInstanceAutomatedBackup: shapeInstanceBackup(ctx, record) };
  },

  StopDBInstanceAutomatedBackupsReplication(input, ctx) {
    const source = sourceOf(ctx, input.SourceDBInstanceArn!);
    const dbi = source.instance.DbiResourceId!;
    const record = ctx.world.instanceAutomatedBackups?.[dbi];
    if (record?.Status !== "replicating") fail("InvalidDBInstanceStateFault", BM.replicationNotStarted(source.instance.DBInstanceIdentifier, ctx.region));
    stopReplicaIn(ctx, dbi, source.instance);
    const arn = record.DBInstanceAutomatedBackupsArn;
    source.instance.DBInstanceAutomatedBackupsReplications = (source.instance.DBInstanceAutomatedBackupsReplications ?? []).filter(
      (r) => r.DBInstanceAutomatedBackupsArn !== arn,
    );
    return { DBInstanceAutomatedBackup: shapeInstanceBackup(ctx, record) };
  },
};
