/**
 * The rules ModifyDBInstance checks for a standalone DB instance before it changes anything (ModifyDBInstance
 * API reference; RDS User Guide "Modifying an Amazon RDS DB instance", "Working with storage"). Storage,
 * classes, versions and licenses come from the orderable catalog, as DescribeValidDBInstanceModifications'.
 */
import type { ModifyDBInstanceCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { IDS as CA_IDS } from "../catalogs/certificates.js";
import { orderableOptions } from "../catalogs/orderable.js";
import { orderableEngine } from "../catalogs/orderable-data.js";
import { checkStorageQuota } from "../clusters/create-rules.js";
import { checkDomain, checkInsightsRetention, checkInstanceClass, checkMasterPassword, checkMonitoring, checkNetworkType, checkRange, checkWindows } from "../clusters/rules.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { compareVersions } from "../engines/engines.js";
import { M, MM } from "../messages/index.js";
import { optionGroups } from "../option-groups/resource.js";
import { checkIdentifier } from "../shared/identifiers.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { defaultOptionGroupOf, familyOfVersion, knownVersion, logTypesOf, majorOf } from "./engine-facts.js";
import { checkInstanceState } from "./modify-member.js";
import { checkStorage } from "./storage-rules.js";
import { instances } from "./resource.js";
import { validProcessorFeatures } from "./valid-options.js";

type Input = ModifyDBInstanceCommandInput;

export interface CheckedModification {
  newId: string | undefined;
  /** The engine version after the change, and whether it is a new one. */
  version: string;
  upgrade: boolean;
}

/** A new version: in the catalog, never older, a new major only with AllowMajorVersionUpgrade. */
function checkVersion(instance: InstanceRecord, input: Input): string {
  const engine = instance.Engine!;
  const current = instance.EngineVersion!;
  const target = input.EngineVersion ?? instance.PendingModifiedValues?.EngineVersion ?? current;
  if (input.EngineVersion === undefined) return target;
  if (!knownVersion(engine, target)) fail("InvalidParameterCombination", M.engineVersion(target, engine));
  if (compareVersions(target, current) < 0) fail("InvalidParameterCombination", M.downgrade(current, target));
  if (majorOf(engine, target) !== majorOf(engine, current) && input.AllowMajorVersionUpgrade !== true) fail("InvalidParameterCombination", M.majorUpgrade());
  return target;
}

/** Class, version and license model together must be an orderable combination. */
function checkOrderable(instance: InstanceRecord, input: Input, version: string): void {
  if (input.DBInstanceClass === undefined && input.EngineVersion === undefined && input.LicenseModel === undefined) return;
  const cls = input.DBInstanceClass ?? instance.PendingModifiedValues?.DBInstanceClass ?? instance.DBInstanceClass!;
  const license = input.LicenseModel ?? instance.LicenseModel!;
  if (orderableOptions({ Engine: instance.Engine!, EngineVersion: version, DBInstanceClass: cls, LicenseModel: license }).length === 0) {
    fail("InvalidParameterCombination", MM.combination(cls, instance.Engine!, version, license));
  }
}

function checkLogs(engine: string, input: Input): void {
  const config = input.CloudwatchLogsExportConfiguration;
  if (!config) return;
  const valid = logTypesOf(engine);
  for (const [member, types] of [["EnableLogTypes", config.EnableLogTypes], ["DisableLogTypes", config.DisableLogTypes]] as const) {
    for (const type of types ?? []) if (!valid.includes(type)) fail("InvalidParameterValue", M.logType(`CloudwatchLogsExportConfiguration.${member}`, type, engine, valid));
  }
  for (const type of config.EnableLogTypes ?? []) if (config.DisableLogTypes?.includes(type)) fail("InvalidParameterCombination", M.logTypeBoth(type));
}

/** OptionGroupName: a group of this account and Region (or the version's default) for the instance's engine and major version. */
function checkOptionGroup(ctx: CallContext<RdsWorld>, instance: InstanceRecord, name: string | undefined, version: string): void {
  if (name === undefined) return;
  const engine = instance.Engine!;
  if (name.toLowerCase() === defaultOptionGroupOf(engine, version)) return;
  const group = optionGroups.find(ctx, name);
  if (!group) fail("OptionGroupNotFoundFault", M.optionGroupNotFound(name));
  if (group.EngineName !== engine || group.MajorEngineVersion !== majorOf(engine, version)) {
    fail("InvalidParameterCombination", MM.optionGroupEngine(group.OptionGroupName, engine, majorOf(engine, version)));
  }
}

/** ProcessorFeatures: RDS for Oracle only, each a name and value the class allows. */
function checkProcessor(instance: InstanceRecord, input: Input): void {
  if (input.ProcessorFeatures === undefined) return;
  if (input.UseDefaultProcessorFeatures === true) fail("InvalidParameterCombination", MM.processorDefaults());
  const cls = input.DBInstanceClass ?? instance.DBInstanceClass!;
  const valid = validProcessorFeatures(instance.Engine!, cls);
  if (valid.length === 0) fail("InvalidParameterCombination", MM.processorEngine(instance.Engine!));
  for (const f of input.ProcessorFeatures) {
    const spec = valid.find((v) => v.Name === f.Name);
    if (!spec || !spec.AllowedValues!.split(",").includes(f.Value ?? "")) fail("InvalidParameterValue", MM.processorFeature(String(f.Name), String(f.Value), cls));
  }
}

/** Master password members (API reference: ManageMasterUserPassword, MasterUserSecretKmsKeyId, RotateMasterUserPassword). */
function checkPasswordChanges(instance: InstanceRecord, input: Input): void {
  const managed = instance.MasterUserSecret !== undefined;
  if (input.MasterUserPassword !== undefined) {
    if (input.ManageMasterUserPassword === true || (managed && input.ManageMasterUserPassword !== false)) fail("InvalidParameterCombination", M.passwordAndManaged());
    checkMasterPassword(input.MasterUserPassword);
  }
  // "If you turn off password management ..., you must specify MasterUserPassword."
  if (input.ManageMasterUserPassword === false && managed && input.MasterUserPassword === undefined) fail("InvalidParameterCombination", M.disableManagedWithoutPassword());
  if (input.MasterUserSecretKmsKeyId !== undefined && !(input.ManageMasterUserPassword === true && !managed)) fail("InvalidParameterCombination", M.secretKeyWithoutManaged());
  if (input.RotateMasterUserPassword === true) {
    if (!managed) fail("InvalidParameterCombination", M.rotateWithoutManaged());
    if (input.ApplyImmediately !== true) fail("InvalidParameterCombination", M.rotateNotImmediate());
  }
}

function checkSettings(instance: InstanceRecord, input: Input): void {
  checkRange("BackupRetentionPeriod", input.BackupRetentionPeriod, 0, 35);
  // "You can't set the backup retention period to 0 if the DB instance is a source to read replicas."
  if (input.BackupRetentionPeriod === 0 && (instance.ReadReplicaDBInstanceIdentifiers ?? []).length > 0) {
    fail("InvalidParameterCombination", MM.backupsWithReplicas(instance.DBInstanceIdentifier));
  }
  if (input.PreferredBackupWindow !== undefined || input.PreferredMaintenanceWindow !== undefined) {
    checkWindows(input.PreferredBackupWindow ?? instance.PreferredBackupWindow, input.PreferredMaintenanceWindow ?? instance.PreferredMaintenanceWindow);
  }
  checkRange("PromotionTier", input.PromotionTier, 0, 15);
  checkRange("DBPortNumber", input.DBPortNumber, 1150, 65535);
  checkPasswordChanges(instance, input);
  if (input.MonitoringInterval !== undefined || input.MonitoringRoleArn !== undefined) {
    const interval = input.MonitoringInterval ?? instance.MonitoringInterval;
    checkMonitoring(interval, input.MonitoringRoleArn ?? (interval === 0 ? undefined : instance.MonitoringRoleArn));
  }
  checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
  checkNetworkType(input.NetworkType);
  checkDomain(input.Domain, true);
  // Documented: MultiAZ is not available for SQL Server Express and Web editions.
  if (input.MultiAZ === true && !orderableEngine(instance.Engine!)?.multiAz) fail("InvalidParameterCombination", MM.multiAzEngine(instance.Engine!));
  if (input.CACertificateIdentifier !== undefined && !CA_IDS.includes(input.CACertificateIdentifier)) {
    fail("CertificateNotFoundFault", MM.certificateNotFound(input.CACertificateIdentifier));
  }
}

/**
 * Identifiers are unique per account and Region, and a pending rename reserves nothing: the new name
 * is checked when it is asked for and again when it applies (here, with ApplyImmediately; at the
 * maintenance window, instances/pending.ts). A taken name fails the whole call, which changes nothing.
 */
function checkRename(ctx: CallContext<RdsWorld>, instance: InstanceRecord, newId: string | undefined, now: boolean): void {
  const target = newId ?? instance.PendingModifiedValues?.DBInstanceIdentifier;
  if (target === undefined || target === instance.DBInstanceIdentifier || (newId === undefined && !now)) return;
  if (instances.find(ctx, target)) fail("DBInstanceAlreadyExistsFault", M.instanceExists(target));
}

export function checkModification(ctx: CallContext<RdsWorld>, instance: InstanceRecord, input: Input): CheckedModification {
  const newId = input.NewDBInstanceIdentifier === undefined ? undefined : checkIdentifier(input.NewDBInstanceIdentifier, "NewDBInstanceIdentifier");
  if (input.DBInstanceClass !== undefined) checkInstanceClass(input.DBInstanceClass);
  checkSettings(instance, input);
  checkLogs(instance.Engine!, input);
  const version = checkVersion(instance, input);
  checkOrderable(instance, input, version);
  const grown = checkStorage(ctx, instance, input);
  // Quota totalStorageGiB: checkStorageQuota counts the instances' storage today; this call adds its growth.
  if (grown > 0) checkStorageQuota(ctx, grown);
  checkProcessor(instance, input);
  checkInstanceGroup(ctx, input.DBParameterGroupName, familyOfVersion(instance.Engine!, version));
  checkOptionGroup(ctx, instance, input.OptionGroupName, version);
  checkInstanceState(instance, ["available"]);
  checkRename(ctx, instance, newId, input.ApplyImmediately === true);
  return { newId, version, upgrade: version !== instance.EngineVersion };
}
