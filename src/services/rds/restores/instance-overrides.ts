/**
 * The settings a DB instance restore (point in time; from a snapshot or S3 may reuse it) takes from its
 * request over the source's configuration, checked like CreateDBInstance checks them. Returns the record
 * members to set; throws the first broken rule (so a failed restore changes nothing).
 */
import type { Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { checkIopsRatio, checkInstanceClass, checkNetworkType, checkRange, parseBackupWindow } from "../clusters/rules.js";
import { dbParameterGroups } from "../db-parameter-groups/resource.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { BM, M } from "../messages/index.js";
import { optionGroups } from "../option-groups/resource.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { regionAzs } from "../subnet-groups/record.js";
import { checkTags } from "../shared/tags.js";
import type { InstanceRecord, RdsWorld } from "../world.js";

/** Storage types of RDS DB instances (API reference, StorageType). */
const STORAGE_TYPES = ["standard", "gp2", "gp3", "io1", "io2"];
/** Provisioned IOPS go with io1, io2 and gp3 only. */
const IOPS_TYPES = ["io1", "io2", "gp3"];

/** The members of a restore request this module reads (shared by the instance restores). */
export interface InstanceRestoreRequest {
  DBInstanceClass?: string;
  Port?: number;
  AvailabilityZone?: string;
  DBSubnetGroupName?: string;
  MultiAZ?: boolean;
  PubliclyAccessible?: boolean;
  AutoMinorVersionUpgrade?: boolean;
  LicenseModel?: string;
  DBName?: string;
  Engine?: string;
  Iops?: number;
  StorageThroughput?: number;
  OptionGroupName?: string;
  CopyTagsToSnapshot?: boolean;
  Tags?: Tag[];
  StorageType?: string;
  VpcSecurityGroupIds?: string[];
  EnableIAMDatabaseAuthentication?: boolean;
  EnableCloudwatchLogsExports?: string[];
  DBParameterGroupName?: string;
  DeletionProtection?: boolean;
  MaxAllocatedStorage?: number;
  NetworkType?: string;
  AllocatedStorage?: number;
  BackupRetentionPeriod?: number;
  PreferredBackupWindow?: string;
  CACertificateIdentifier?: string;
  DedicatedLogVolume?: boolean;
}

/** The DB parameter group family of an instance (its group's family; a default group names it). */
export function familyOfInstance(ctx: CallContext<RdsWorld>, instance: InstanceRecord): string | undefined {
  const name = instance.DBParameterGroups?.[0]?.DBParameterGroupName;
  if (!name) return undefined;
  return dbParameterGroups.find(ctx, name)?.DBParameterGroupFamily ?? (name.startsWith("default.") ? name.slice("default.".length) : undefined);
}

function checkStorage(source: InstanceRecord, input: InstanceRestoreRequest): void {
  const type = input.StorageType ?? source.StorageType ?? "gp2";
  if (input.StorageType !== undefined && !STORAGE_TYPES.includes(input.StorageType)) fail("InvalidParameterValue", BM.pitrStorageType(input.StorageType));
  if (input.Iops !== undefined && !IOPS_TYPES.includes(type)) fail("InvalidParameterCombination", BM.pitrIopsType(type));
  if (input.StorageThroughput !== undefined && type !== "gp3") fail("InvalidParameterCombination", BM.pitrThroughput(type));
  const storage = input.AllocatedStorage ?? source.AllocatedStorage ?? 20;
  // Documented: restored storage is at least the source's (storage can only grow).
  if (input.AllocatedStorage !== undefined && input.AllocatedStorage < (source.AllocatedStorage ?? 0)) {
    fail("InvalidParameterValue", BM.pitrStorageShrink(input.AllocatedStorage, source.AllocatedStorage ?? 0));
  }
  if (input.Iops !== undefined && type !== "gp3") checkIopsRatio(input.Iops, storage);
}

function checkPlacement(ctx: CallContext<RdsWorld>, input: InstanceRestoreRequest): void {
  if (input.AvailabilityZone !== undefined && !regionAzs(ctx.region).includes(input.AvailabilityZone)) {
    fail("InvalidParameterValue", BM.pitrAz(input.AvailabilityZone, ctx.region));
  }
  // Documented (AvailabilityZone): "You can't specify the AvailabilityZone parameter if the DB instance is a Multi-AZ deployment."
  if (input.AvailabilityZone !== undefined && input.MultiAZ === true) fail("InvalidParameterCombination", BM.pitrMultiAzAndAz());
  if (input.DBSubnetGroupName !== undefined) subnetGroups.get(ctx, input.DBSubnetGroupName);
}

function checkGroups(ctx: CallContext<RdsWorld>, source: InstanceRecord, input: InstanceRestoreRequest): void {
  const family = familyOfInstance(ctx, source);
  if (input.DBParameterGroupName !== undefined && family !== undefined) checkInstanceGroup(ctx, input.DBParameterGroupName, family);
  if (input.OptionGroupName !== undefined) {
    const group = optionGroups.get(ctx, input.OptionGroupName);
    if (group.EngineName !== undefined && group.EngineName !== source.Engine) fail("InvalidParameterCombination", BM.pitrOptionGroupEngine(group.OptionGroupName, source.Engine ?? ""));
  }
}

/** Checks a restore's overrides against the source and returns the record members they set. */
export function checkInstanceOverrides(ctx: CallContext<RdsWorld>, source: InstanceRecord, input: InstanceRestoreRequest): Partial<InstanceRecord> {
  if (input.DBInstanceClass !== undefined) checkInstanceClass(input.DBInstanceClass);
  if (input.Engine !== undefined && input.Engine !== source.Engine) fail("InvalidParameterCombination", BM.pitrEngine(input.Engine, source.Engine ?? ""));
  // Documented (Port): "Valid Values: 1150-65535".
  if (input.Port !== undefined && (input.Port < 1150 || input.Port > 65535)) fail("InvalidParameterValue", BM.pitrPort(input.Port));
  checkStorage(source, input);
  checkPlacement(ctx, input);
  checkRange("BackupRetentionPeriod", input.BackupRetentionPeriod, 0, 35);
  if (input.PreferredBackupWindow !== undefined) parseBackupWindow(input.PreferredBackupWindow);
  if (input.MaxAllocatedStorage !== undefined && input.MaxAllocatedStorage < (input.AllocatedStorage ?? source.AllocatedStorage ?? 0)) {
    fail("InvalidParameterCombination", M.range("MaxAllocatedStorage", input.AllocatedStorage ?? source.AllocatedStorage ?? 0, 65536, input.MaxAllocatedStorage));
  }
  checkNetworkType(input.NetworkType);
  checkGroups(ctx, source, input);
  const tags = checkTags(input.Tags);
  const family = familyOfInstance(ctx, source);
  const out: Partial<InstanceRecord> = {
    DBInstanceClass: input.DBInstanceClass,
    AllocatedStorage: input.AllocatedStorage,
    StorageType: input.StorageType,
    Iops: input.Iops,
    StorageThroughput: input.StorageThroughput,
    MultiAZ: input.MultiAZ ?? false,
    PubliclyAccessible: input.PubliclyAccessible,
    AutoMinorVersionUpgrade: input.AutoMinorVersionUpgrade,
    LicenseModel: input.LicenseModel,
    DBName: input.DBName,
    CopyTagsToSnapshot: input.CopyTagsToSnapshot ?? false,
    IAMDatabaseAuthenticationEnabled: input.EnableIAMDatabaseAuthentication ?? false,
    EnabledCloudwatchLogsExports: input.EnableCloudwatchLogsExports,
    DeletionProtection: input.DeletionProtection ?? false,
    MaxAllocatedStorage: input.MaxAllocatedStorage,
    NetworkType: input.NetworkType,
    BackupRetentionPeriod: input.BackupRetentionPeriod,
    PreferredBackupWindow: input.PreferredBackupWindow?.toLowerCase(),
    CACertificateIdentifier: input.CACertificateIdentifier,
    DedicatedLogVolume: input.DedicatedLogVolume,
    TagList: tags.map((t) => ({ ...t })),
    // Documented: the target is created "with the default DB parameter group" unless one is given.
  };
  const group = input.DBParameterGroupName?.toLowerCase() ?? (family === undefined ? undefined : `default.${family}`);
  if (group !== undefined) out.DBParameterGroups = [{ DBParameterGroupName: group, ParameterApplyStatus: "in-sync" }];
  if (input.OptionGroupName !== undefined) out.OptionGroupMemberships = [{ OptionGroupName: input.OptionGroupName.toLowerCase(), Status: "in-sync" }];
  if (input.VpcSecurityGroupIds !== undefined) out.VpcSecurityGroups = input.VpcSecurityGroupIds.map((id) => ({ VpcSecurityGroupId: id, Status: "active" }));
  return out;
}
