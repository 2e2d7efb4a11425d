/**
 * RestoreDBInstanceToPointInTime: a new DB instance from a source's automated backups at a point of its
 * restorable window. The source is a running instance (SourceDBInstanceIdentifier or SourceDbiResourceId)
 * or an automated backup (SourceDbiResourceId of a deleted instance, SourceDBInstanceAutomatedBackupsArn:
 * retained or replicated here). Documented: "The target database is created with most of the original
 * configuration, but in a system-selected Availability Zone, with the default security group, the default
 * subnet group, and the default DB parameter group ... as a single-AZ deployment"; the request's
 * overrides are checked like CreateDBInstance's (instance-overrides.ts). The new instance goes creating -> available.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { checkStorageQuota } from "../clusters/create-rules.js";
import { defaultSecurityGroupId, instanceAddress } from "../clusters/record.js";
import { hostedZoneId } from "../engines/engines.js";
import { allBackups } from "../instance-automated-backups/record.js";
import { currentWindow } from "../instance-automated-backups/shape.js";
import { findInstance, instances } from "../instances/resource.js";
import { shapeInstance } from "../instances/shape.js";
import { BM } from "../messages/index.js";
import { fastRecord } from "../shared/copier.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { beginInstance } from "../shared/resource-keys.js";
import { regionAzs } from "../subnet-groups/record.js";
import type { InstanceAutomatedBackupRecord, InstanceRecord, RdsWorld } from "../world.js";
import { checkInstanceOverrides } from "./instance-overrides.js";
import { timeOf } from "./common.js";

/** Statuses of a running source whose data can be restored (being created or deleted: none yet / any more). */
const SOURCE_STATUSES = ["available", "stopped", "stopping", "starting", "backing-up", "modifying", "rebooting", "renaming", "storage-optimization", "upgrading", "maintenance", "storage-full"];

interface PitrSource {
  /** The instance's configuration (the running instance, or the one kept with a backup). */
  instance: InstanceRecord;
  backup: InstanceAutomatedBackupRecord | undefined;
  name: string;
}

/** The configuration a stored backup keeps; a replicated copy is encrypted with the destination Region's key. */
function keptConfiguration(backup: InstanceAutomatedBackupRecord): InstanceRecord {
  return backup.KmsKeyId === undefined ? backup.Source : { ...backup.Source, KmsKeyId: backup.KmsKeyId };
}

/** The source the request names; several source members must name the same instance. */
function sourceOf(ctx: CallContext<RdsWorld>, input: Sdk.RestoreDBInstanceToPointInTimeMessage): PitrSource {
  const byName = input.SourceDBInstanceIdentifier;
  const byId = input.SourceDbiResourceId;
  const byArn = input.SourceDBInstanceAutomatedBackupsArn;
  if (byName === undefined && byId === undefined && byArn === undefined) fail("InvalidParameterCombination", BM.pitrSourceRequired());
  const backups = allBackups(ctx);
  let source: PitrSource | undefined;
  if (byName !== undefined) {
    const instance = findInstance(ctx, byName);
    source = { instance, backup: backups[instance.DbiResourceId!], name: instance.DBInstanceIdentifier };
  }
  if (byId !== undefined) {
    const backup = Object.values(backups).find((b) => b.DbiResourceId.toLowerCase() === byId.toLowerCase());
    const live = Object.values(ctx.world.instances).find((i) => i.DbiResourceId?.toLowerCase() === byId.toLowerCase());
    if (!backup && !live) fail("DBInstanceNotFoundFault", `DBInstance with DbiResourceId ${byId} not found (SourceDbiResourceId).`);
    if (source && source.instance.DbiResourceId !== (live ?? backup)!.DbiResourceId) fail("InvalidParameterCombination", BM.pitrSourceMismatch("SourceDbiResourceId"));
    source ??= { instance: live ?? keptConfiguration(backup!), backup, name: (live ?? backup!.Source).DBInstanceIdentifier };
  }
  if (byArn !== undefined) {
    const backup = Object.values(backups).find((b) => b.DBInstanceAutomatedBackupsArn === byArn);
    if (!backup) fail("DBInstanceAutomatedBackupNotFoundFault", BM.instanceBackupNotFound(byArn));
    if (source && source.instance.DbiResourceId !== backup.DbiResourceId) fail("InvalidParameterCombination", BM.pitrSourceMismatch("SourceDBInstanceAutomatedBackupsArn"));
    // A running instance's own backup restores from the instance; a stored one from the configuration it keeps.
    const live = ctx.world.instances[backup.DBInstanceIdentifier.toLowerCase()];
    const running = live?.DbiResourceId === backup.DbiResourceId && backup.Status !== "replicating" && backup.Status !== "retained";
    source ??= { instance: running ? live : keptConfiguration(backup), backup, name: backup.DBInstanceIdentifier };
  }
  return source!;
}

/** The source's restore window now; the documented faults when it has none. */
function windowOf(ctx: CallContext<RdsWorld>, source: PitrSource): { earliest: number; latest: number } {
  const { instance, backup, name } = source;
  if (instance.DBClusterIdentifier !== undefined) fail("InvalidParameterCombination", BM.pitrClusterMember(name));
  const stored = backup !== undefined && (backup.Status === "retained" || backup.Status === "replicating");
  if (!stored && !SOURCE_STATUSES.includes(instance.DBInstanceStatus) && instance.DBInstanceStatus !== "creating") {
    fail("InvalidDBInstanceStateFault", BM.pitrSourceState(name, instance.DBInstanceStatus));
  }
  // Documented (PointInTimeRestoreNotEnabled): "SourceDBInstanceIdentifier refers to a DB instance with BackupRetentionPeriod equal to 0."
  if (!stored && (instance.BackupRetentionPeriod ?? 0) === 0) fail("PointInTimeRestoreNotEnabledFault", BM.pitrNotEnabled(name));
  const window = backup ? currentWindow(ctx, backup) : undefined;
  if (!window) fail("InvalidRestoreFault", BM.pitrNoWindow(name));
  return window;
}

function checkRestoreTime(ctx: CallContext<RdsWorld>, source: PitrSource, input: Sdk.RestoreDBInstanceToPointInTimeMessage): number {
  const window = windowOf(ctx, source);
  if (input.UseLatestRestorableTime === true) return window.latest;
  const at = timeOf(input.RestoreTime, "RestoreTime");
  if (at < window.earliest || at > window.latest) {
    const iso = (ms: number) => new Date(ms).toISOString();
    fail("InvalidRestoreFault", BM.pitrOutside(iso(at), iso(window.earliest), iso(window.latest)));
  }
  return at;
}

/** The new instance: the source's configuration, the documented defaults, then the request's overrides. */
function restoredRecord(ctx: CallContext<RdsWorld>, source: InstanceRecord, id: string, overrides: Partial<InstanceRecord>, input: Sdk.RestoreDBInstanceToPointInTimeMessage): InstanceRecord {
  const base = structuredClone(source);
  const port = input.Port ?? source.Endpoint?.Port;
  const azs = regionAzs(ctx.region);
  const defaultSubnet = ctx.world.subnetGroups.default;
  const { TagList: _t, DBSubnetGroupArn: _a, SupportedNetworkTypes: _s, ...subnetOut } = (input.DBSubnetGroupName ? ctx.world.subnetGroups[input.DBSubnetGroupName.toLowerCase()] : defaultSubnet) ?? {};
  const record: InstanceRecord = {
    ...base,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    DBInstanceIdentifier: id,
    DBInstanceStatus: "creating",
    DBInstanceArn: instances.arnOf(ctx, id),
    DbiResourceId: `db-${ctx.ids.upperAlnum(26)}`,
    InstanceCreateTime: ctx.now(),
    Endpoint: { Address: instanceAddress(ctx, id), Port: port, HostedZoneId: hostedZoneId(ctx.region) },
    // Documented: a system-selected Availability Zone, the default subnet group and security group.
    AvailabilityZone: input.AvailabilityZone ?? azs[ctx.ids.next() % azs.length],
    DBSubnetGroup: subnetOut,
    VpcSecurityGroups: overrides.VpcSecurityGroups ?? [{ VpcSecurityGroupId: defaultSecurityGroupId(ctx), Status: "active" }],
    PendingModifiedValues: {},
    ReadReplicaDBInstanceIdentifiers: [],
    DBInstanceAutomatedBackupsReplications: [],
  };
  for (const gone of ["ReadReplicaSourceDBInstanceIdentifier", "SecondaryAvailabilityZone", "LatestRestorableTime", "AutomaticRestartTime", "StatusInfos", "ReplicaMode"] as const) {
    delete record[gone];
  }
  return fastRecord(record);
}

export const instancePitrOperations: Operations<typeof Sdk, RdsWorld> = {
  RestoreDBInstanceToPointInTime(input, ctx) {
    const id = checkIdentifier(input.TargetDBInstanceIdentifier, "TargetDBInstanceIdentifier");
    // Documented (UseLatestRestorableTime): "Can't be specified if the RestoreTime parameter is provided."
    if (input.UseLatestRestorableTime === true && input.RestoreTime !== undefined) fail("InvalidParameterCombination", BM.pitrTimeAndLatest());
    if (input.UseLatestRestorableTime !== true && input.RestoreTime === undefined) fail("InvalidParameterCombination", BM.pitrTimeRequired());
    const source = sourceOf(ctx, input);
    checkRestoreTime(ctx, source, input);
    const overrides = checkInstanceOverrides(ctx, source.instance, input);
    instances.requireNew(ctx, id);
    // Quota totalStorageGiB, counted as CreateDBInstance counts it.
    checkStorageQuota(ctx, overrides.AllocatedStorage ?? source.instance.AllocatedStorage ?? 0);
    // Every check passed: only now draw ids and change state.
    const record = restoredRecord(ctx, source.instance, id, overrides, input);
    ctx.world.instances[id] = record;
    beginInstance(ctx, record, "create");
    return { DBInstance: shapeInstance(record) };
  },
};
