/**
 * DB instance automated backups. A running standalone instance with BackupRetentionPeriod > 0 has one
 * automated backup, derived from the instance when read (nothing stored, nothing to clean up): `creating`
 * until the instance's first backup (taken as it is created), then `active`. Only backups that outlive
 * their running instance are stored, in `world.instanceAutomatedBackups` by source DbiResourceId (never by
 * name): `retained` after DeleteDBInstance with DeleteAutomatedBackups=false, and the `replicating` copies
 * of a cross-Region replication (replication.ts). A retained backup is gone on the clock once its window
 * has expired (read-time filter; the next write here drops the record).
 */
import type { CallContext } from "../../../core/service.js";
import type { InstanceAutomatedBackupRecord, InstanceRecord, RdsWorld } from "../world.js";

const DAY_MS = 86_400_000;
/**
 * Documented: "LatestRestorableTime is typically within the last five minutes": transaction logs reach
 * the backup every five minutes, so the latest restorable time trails the clock by five minutes.
 */
export const LATEST_LAG_MS = 5 * 60_000;

export interface RestoreWindow {
  earliest: number;
  latest: number;
}

/** Instances that keep automated backups of their own: standalone (Aurora and Multi-AZ cluster members back up with their cluster). */
export function backsUp(instance: InstanceRecord): boolean {
  return instance.DBClusterIdentifier === undefined && (instance.BackupRetentionPeriod ?? 0) > 0;
}

/** `ab-` + the DbiResourceId's 26 characters: the stable id of a running instance's automated backup. */
export function backupIdOf(dbiResourceId: string): string {
  return `ab-${dbiResourceId.replace(/^db-/, "")}`;
}

/** `arn:PARTITION:rds:REGION:ACCOUNT:auto-backup:ab-...` (the partition taken from an ARN of the same scope). */
export function backupArn(likeArn: string, region: string, accountId: string, backupId: string): string {
  const partition = likeArn.split(":")[1] ?? "aws";
  return `arn:${partition}:rds:${region}:${accountId}:auto-backup:${backupId}`;
}

/**
 * The point-in-time restore window of a running instance at `now` (undefined without one: retention 0,
 * or no backup yet: `creating`, or `backing-up` before its first backup completed). From the later of its
 * creation and `now - BackupRetentionPeriod days`, up to five minutes before `now`.
 */
export function instanceWindow(instance: InstanceRecord, now: number): RestoreWindow | undefined {
  const retention = instance.BackupRetentionPeriod ?? 0;
  if (retention === 0 || instance.DBInstanceStatus === "creating") return undefined;
  if (instance.DBInstanceStatus === "backing-up" && instance.LatestRestorableTime === undefined) return undefined;
  const created = instance.InstanceCreateTime ?? now;
  const earliest = Math.max(created, now - retention * DAY_MS);
  return { earliest, latest: Math.max(earliest, now - LATEST_LAG_MS) };
}

/**
 * The window of a stored (retained or replicated) backup at `now`: its latest time stands still, and its
 * earliest moves on as the oldest backups expire (documented: "the retained automated backups eventually
 * expire completely"). Undefined once it has expired.
 */
export function storedWindow(record: InstanceAutomatedBackupRecord, now: number): RestoreWindow | undefined {
  const frozen = record.RestoreWindow;
  if (!frozen?.EarliestTime || !frozen.LatestTime) return undefined;
  const retention = (record.BackupRetentionPeriod ?? 0) * DAY_MS;
  const earliest = Math.max(frozen.EarliestTime, now - retention);
  return earliest > frozen.LatestTime ? undefined : { earliest, latest: frozen.LatestTime };
}

/** The backup record of a running instance, as DescribeDBInstanceAutomatedBackups shows it. */
export function activeBackup(ctx: CallContext<RdsWorld>, instance: InstanceRecord): InstanceAutomatedBackupRecord {
  const window = instanceWindow(instance, ctx.now());
  const arn = instance.DBInstanceArn ?? "";
  return {
    DBInstanceArn: arn,
    DbiResourceId: instance.DbiResourceId!,
    Region: ctx.region,
    DBInstanceIdentifier: instance.DBInstanceIdentifier,
    RestoreWindow: window ? { EarliestTime: window.earliest, LatestTime: window.latest } : {},
    AllocatedStorage: instance.AllocatedStorage,
    // Documented statuses: active (current instances), creating (waiting for the first automated snapshot).
    Status: window ? "active" : "creating",
    Port: instance.Endpoint?.Port ?? instance.DbInstancePort,
    AvailabilityZone: instance.AvailabilityZone,
    VpcId: instance.DBSubnetGroup?.VpcId,
    InstanceCreateTime: instance.InstanceCreateTime,
    MasterUsername: instance.MasterUsername,
    Engine: instance.Engine,
    EngineVersion: instance.EngineVersion,
    LicenseModel: instance.LicenseModel,
    Iops: instance.Iops,
    StorageThroughput: instance.StorageThroughput,
    OptionGroupName: instance.OptionGroupMemberships?.[0]?.OptionGroupName,
    TdeCredentialArn: instance.TdeCredentialArn,
    Encrypted: instance.StorageEncrypted === true,
    StorageType: instance.StorageType,
    KmsKeyId: instance.KmsKeyId,
    Timezone: instance.Timezone,
    IAMDatabaseAuthenticationEnabled: instance.IAMDatabaseAuthenticationEnabled === true,
    BackupRetentionPeriod: instance.BackupRetentionPeriod,
    PreferredBackupWindow: instance.PreferredBackupWindow,
    DBInstanceAutomatedBackupsArn: backupArn(arn, ctx.region, ctx.accountId, backupIdOf(instance.DbiResourceId!)),
    DBInstanceAutomatedBackupsReplications: (instance.DBInstanceAutomatedBackupsReplications ?? []).map((r) => ({ ...r })),
    BackupTarget: instance.BackupTarget ?? "region",
    MultiTenant: instance.MultiTenant,
    DedicatedLogVolume: instance.DedicatedLogVolume,
    Source: instance,
  };
}

/** The stored backups of this Region that still exist at `now`, by DbiResourceId. */
export function storedBackups(ctx: CallContext<RdsWorld>): Record<string, InstanceAutomatedBackupRecord> {
  const out: Record<string, InstanceAutomatedBackupRecord> = {};
  const stored = ctx.world.instanceAutomatedBackups ?? {};
  for (const key in stored) if (stored[key].Status !== "retained" || storedWindow(stored[key], ctx.now())) out[key] = stored[key];
  return out;
}

/** Every automated backup of this account and Region (running instances' and stored ones), by DbiResourceId. */
export function allBackups(ctx: CallContext<RdsWorld>): Record<string, InstanceAutomatedBackupRecord> {
  const out = storedBackups(ctx);
  for (const key in ctx.world.instances) {
    const instance = ctx.world.instances[key];
    if (backsUp(instance) && instance.DbiResourceId) out[instance.DbiResourceId] = activeBackup(ctx, instance);
  }
  return out;
}

/** Drops the stored backups whose window has expired (called by writes only: reads change nothing). */
export function dropExpired(ctx: CallContext<RdsWorld>): void {
  const stored = ctx.world.instanceAutomatedBackups;
  if (!stored) return;
  for (const key in stored) if (stored[key].Status === "retained" && !storedWindow(stored[key], ctx.now())) delete stored[key];
}

/**
 * DeleteDBInstance's hook (the instances folder calls it once its checks have passed). Documented
 * (DeleteAutomatedBackups): "A value that indicates whether to remove automated backups immediately
 * after the DB instance is deleted. This parameter isn't case-sensitive. The default is to remove
 * automated backups immediately after the DB instance is deleted." With `false` the backup stays
 * `retained` for the instance's retention period; its window stops at the deletion. Replicated copies in
 * other Regions stop replicating and are retained there either way.
 */
export function retainInstanceBackup(ctx: CallContext<RdsWorld>, instance: InstanceRecord, deleteAutomatedBackups: boolean | undefined): void {
  for (const replication of instance.DBInstanceAutomatedBackupsReplications ?? []) {
    const region = replication.DBInstanceAutomatedBackupsArn?.split(":")[3];
    if (region) stopReplicaIn(ctx.contextOf(region), instance.DbiResourceId!);
  }
  if (deleteAutomatedBackups !== false || !backsUp(instance)) return;
  const now = ctx.now();
  const window = instanceWindow(instance, now);
  if (!window) return;
  dropExpired(ctx);
  const record = activeBackup(ctx, instance);
  record.Status = "retained";
  record.RestoreWindow = { EarliestTime: window.earliest, LatestTime: now };
  record.RetainedUntil = now + (instance.BackupRetentionPeriod ?? 0) * DAY_MS;
  record.DBInstanceAutomatedBackupsReplications = [];
  record.Source = structuredClone(instance);
  (ctx.world.instanceAutomatedBackups ??= {})[record.DbiResourceId] = record;
}

/**
 * The replicated backup of `dbiResourceId` in the destination Region `dest` stops replicating: documented,
 * it is then `retained` for its retention period, its window ending now.
 */
export function stopReplicaIn(dest: CallContext<RdsWorld>, dbiResourceId: string, source?: InstanceRecord): InstanceAutomatedBackupRecord | undefined {
  const record = dest.world.instanceAutomatedBackups?.[dbiResourceId];
  if (!record || record.Status !== "replicating") return undefined;
  const now = dest.now();
  const live = source ? instanceWindow(source, now) : undefined;
  const earliest = record.RestoreWindow?.EarliestTime ?? now;
  record.Status = "retained";
  record.RestoreWindow = { EarliestTime: earliest, LatestTime: Math.max(earliest, live?.latest ?? now) };
  record.RetainedUntil = Math.max(earliest, live?.latest ?? now) + (record.BackupRetentionPeriod ?? 0) * DAY_MS;
  return record;
}
