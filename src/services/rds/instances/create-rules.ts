/**
 * The documented rules of a standalone CreateDBInstance (RDS API reference, CreateDBInstance; RDS user
 * guide, "Amazon RDS DB instance storage" and each engine's chapter), as checks over the per-engine table
 * (instances/engine-table.ts) and the orderable catalog. Every check runs before any state changes.
 */
import type { CreateDBInstanceCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { orderableOptions } from "../catalogs/orderable.js";
import { orderableEngine, type StorageSpec } from "../catalogs/orderable-data.js";
import { checkInsightsRetention, checkInstanceClass, checkMonitoring, checkRange, checkWindows } from "../clusters/rules.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { M } from "../messages/index.js";
import { optionGroups } from "../option-groups/resource.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { regionAzs, subnetGroupAzs } from "../subnet-groups/record.js";
import type { RdsWorld } from "../world.js";
import { catalogVersion, standaloneEngine, type StandaloneEngine } from "./engine-table.js";
import { SIM } from "../messages/index.js";
import { TDM } from "../messages/index.js";
import { instances } from "./resource.js";
import type { StandaloneParams } from "./standalone.js";
import { checkStorageQuota } from "../clusters/create-rules.js";

type Input = CreateDBInstanceCommandInput;
/** Members that only a DB cluster's instances take. */
const CLUSTER_ONLY = ["PromotionTier"] as const;

/** MasterUsername: 1 to N letters, digits or underscores, a letter first, not reserved (API reference). */
export function checkUsername(engine: StandaloneEngine, name: string | undefined): void {
  if (name === undefined || name === "") fail("InvalidParameterValue", SIM.blank("MasterUsername"));
  if (!new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${engine.usernameMax - 1}}$`).test(name)) fail("InvalidParameterValue", SIM.username(engine.usernameMax));
  if (engine.reservedUsernames.includes(name.toLowerCase())) fail("InvalidParameterValue", M.usernameReserved(name));
}

/** MasterUserPassword: printable ASCII except / " @ and space; 8 to N characters per engine; Oracle also no & or '. */
export function checkPassword(engine: StandaloneEngine, password: string): void {
  if (!/^[\x21-\x7e]*$/.test(password) || /[/"@]/.test(password)) fail("InvalidParameterValue", SIM.passwordChars());
  if (engine.passwordExtra?.test(password)) fail("InvalidParameterValue", SIM.passwordOracle());
  if (password.length < 8 || password.length > engine.passwordMax) fail("InvalidParameterValue", SIM.passwordLength(engine.passwordMax));
}

/** DBName per engine: MySQL/MariaDB/Db2 1-64, PostgreSQL 1-63, Oracle (the SID) at most 8, SQL Server none. */
export function checkDbName(engine: StandaloneEngine, engineName: string, name: string | undefined): void {
  if (name === undefined) return;
  if (engine.dbName === "none") fail("InvalidParameterValue", SIM.dbNameNotAllowed(engineName));
  if (engine.dbName === "oracle") {
    if (!/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(name)) fail("InvalidParameterValue", SIM.dbNameOracle());
    if (name.toLowerCase() === "null") fail("InvalidParameterValue", SIM.dbNameReserved(name));
    return;
  }
  const max = engine.dbName === "postgres" ? 63 : 64;
  if (!new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${max - 1}}$`).test(name)) fail("InvalidParameterValue", SIM.dbName(max));
  if (engine.reservedUsernames.includes(name.toLowerCase()) && name.toLowerCase() !== "rdsadmin") fail("InvalidParameterValue", SIM.dbNameReserved(name));
}

/** Port 1150-65535; SQL Server refuses its own service ports. */
export function checkPort(engine: StandaloneEngine, engineName: string, port: number | undefined): void {
  if (port === undefined) return;
  if (port < 1150 || port > 65535) fail("InvalidParameterValue", SIM.port(port));
  if (engine.excludedPorts?.includes(port)) fail("InvalidParameterValue", SIM.portExcluded(port, engineName));
}

/**
 * Storage: the size range of the engine and storage type; Iops required (io1, io2) or allowed from the
 * gp3 threshold on, within the catalog's IOPS range and the engine's IOPS : GiB ratio; StorageThroughput
 * only with gp3 (and with Iops), within its range and at most 0.25 MiBps per IOPS.
 */
export function checkStorage(engine: StandaloneEngine, engineName: string, spec: StorageSpec, size: number, iops: number | undefined, throughput: number | undefined): void {
  if (size < spec.min! || size > spec.max!) fail("InvalidParameterValue", SIM.storageSize(engineName, spec.type, size));
  if (throughput !== undefined && !spec.throughput) fail("InvalidParameterCombination", SIM.throughputGp3());
  if (spec.type === "io1" || spec.type === "io2") {
    if (iops === undefined) fail("InvalidParameterValue", SIM.iopsRequired(spec.type));
  } else if (spec.type === "gp3") {
    if (iops === undefined && throughput === undefined) return;
    if (size < engine.gp3Threshold) fail("InvalidParameterCombination", SIM.gp3Threshold(engineName, engine.gp3Threshold));
    if (iops === undefined || throughput === undefined) fail("InvalidParameterCombination", SIM.throughputWithIops());
  } else {
    // gp2 and magnetic storage take no provisioned IOPS (and no throughput, refused above).
    if (iops !== undefined) fail("InvalidParameterCombination", SIM.iopsNotAllowed(spec.type));
    return;
  }
  const range = spec.iops!;
  if (iops! < range.min || iops! > range.max) fail("InvalidParameterValue", SIM.iopsRange(range.min, range.max, iops!));
  const [lo, hi] = engine.iopsRatio;
  if (spec.type !== "gp3" && (iops! < size * lo || iops! > size * (spec.type === "io2" ? range.maxPerGib : hi))) {
    fail("InvalidParameterValue", SIM.iopsRatio(lo, spec.type === "io2" ? range.maxPerGib : hi));
  }
  if (throughput !== undefined) {
    const t = spec.throughput!;
    if (throughput < t.min || throughput > t.max) fail("InvalidParameterValue", SIM.throughputRange(t.min, t.max, throughput));
    if (throughput > iops! * t.maxPerIops) fail("InvalidParameterValue", SIM.throughputRatio(t.maxPerIops));
  }
}

/** The engine, version, license model, class and storage type, against the orderable catalog. */
function checkCatalog(input: Input, engineName: string, engine: StandaloneEngine) {
  const options = orderableEngine(engineName)!;
  const version = catalogVersion(engineName, engine, input.EngineVersion);
  if (version === undefined) fail("InvalidParameterCombination", SIM.engineVersion(input.EngineVersion!, engineName));
  const license = input.LicenseModel ?? engine.defaultLicense;
  if (!options.licenseModels.includes(license)) fail("InvalidParameterValue", SIM.licenseModel(license, engineName, options.licenseModels));
  const storageType = input.StorageType ?? (input.Iops !== undefined ? "io1" : "gp3");
  const combos = orderableOptions({ Engine: engineName, EngineVersion: version, LicenseModel: license, DBInstanceClass: input.DBInstanceClass });
  if (combos.length === 0) fail("InvalidParameterCombination", SIM.combination(input.DBInstanceClass!, engineName, version, license));
  const spec = combos.find((o) => o.storage.type === storageType)?.storage;
  if (!spec) fail("StorageTypeNotSupportedFault", SIM.storageType(storageType, engineName));
  return { version, license, storageType, spec };
}

/** Checks a standalone CreateDBInstance; returns its params for newStandaloneInstance. Changes nothing. */
export function checkStandaloneCreate(ctx: CallContext<RdsWorld>, input: Input): StandaloneParams {
  const id = checkIdentifier(input.DBInstanceIdentifier, "DBInstanceIdentifier");
  checkInstanceClass(input.DBInstanceClass!);
  const engineName = input.Engine!.toLowerCase();
  const engine = standaloneEngine(engineName);
  if (!engine) fail("InvalidParameterValue", SIM.invalidEngine(input.Engine!));
  for (const member of CLUSTER_ONLY) if (input[member] !== undefined) fail("InvalidParameterCombination", SIM.clusterOnly(member));
  if (input.AllocatedStorage === undefined) fail("InvalidParameterValue", SIM.required("AllocatedStorage"));
  checkUsername(engine, input.MasterUsername);
  if (input.MasterUserPassword !== undefined && input.ManageMasterUserPassword === true) fail("InvalidParameterCombination", M.passwordAndManaged());
  if (input.MasterUserPassword !== undefined) checkPassword(engine, input.MasterUserPassword);
  else if (input.ManageMasterUserPassword !== true) fail("InvalidParameterValue", SIM.blank("MasterUserPassword"));
  if (input.MasterUserSecretKmsKeyId !== undefined && input.ManageMasterUserPassword !== true) fail("InvalidParameterCombination", M.secretKeyWithoutManaged());
  const { version, license, storageType, spec } = checkCatalog(input, engineName, engine);
  checkStorage(engine, engineName, spec, input.AllocatedStorage, input.Iops, input.StorageThroughput);
  if (input.MaxAllocatedStorage !== undefined && input.MaxAllocatedStorage <= input.AllocatedStorage) {
    fail("InvalidParameterValue", M.range("MaxAllocatedStorage", input.AllocatedStorage + 1, spec.max!, input.MaxAllocatedStorage));
  }
  checkDbName(engine, engineName, input.DBName);
  // MultiTenant: "This parameter only applies to RDS for Oracle container database (CDB) engines."
  if (input.MultiTenant === true && !engineName.endsWith("-cdb")) fail("InvalidParameterCombination", TDM.multiTenantEngine(engineName));
  checkPort(engine, engineName, input.Port);
  checkRange("BackupRetentionPeriod", input.BackupRetentionPeriod, 0, 35);
  checkWindows(input.PreferredBackupWindow, input.PreferredMaintenanceWindow);
  if (input.MultiAZ === true && !engine.multiAz) fail("InvalidParameterCombination", SIM.multiAzEdition(engineName));
  if (input.MultiAZ === true && input.AvailabilityZone !== undefined) fail("InvalidParameterCombination", SIM.multiAzAndAz());
  if (input.KmsKeyId !== undefined && input.StorageEncrypted !== true) fail("InvalidParameterCombination", SIM.kmsWithoutEncryption());
  const group = input.DBSubnetGroupName === undefined ? undefined : subnetGroups.get(ctx, input.DBSubnetGroupName);
  if (input.AvailabilityZone !== undefined && !(group ? subnetGroupAzs(group) : regionAzs(ctx.region)).includes(input.AvailabilityZone)) {
    fail("InvalidParameterValue", M.unknownAz(input.AvailabilityZone, ctx.region, "AvailabilityZone"));
  }
  checkInstanceGroup(ctx, input.DBParameterGroupName, engine.family(engine.major(version)));
  if (input.OptionGroupName !== undefined) {
    const og = optionGroups.get(ctx, input.OptionGroupName);
    if (og.EngineName !== engineName || og.MajorEngineVersion !== engine.major(version)) {
      fail("InvalidParameterCombination", SIM.optionGroupEngine(og.OptionGroupName, `${og.EngineName} ${og.MajorEngineVersion}`, `${engineName} ${engine.major(version)}`));
    }
  }
  checkMonitoring(input.MonitoringInterval, input.MonitoringRoleArn);
  checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
  const tags = checkTags(input.Tags);
  instances.requireNew(ctx, id);
  // Quota totalStorageGiB: the Multi-AZ DB clusters' instances, the standalone instances and this one.
  checkStorageQuota(ctx, input.AllocatedStorage);
  return {
    ...(input as StandaloneParams),
    DBInstanceIdentifier: id,
    DBInstanceClass: input.DBInstanceClass!,
    Engine: engineName,
    EngineVersion: version,
    LicenseModel: license,
    StorageType: storageType,
    AllocatedStorage: input.AllocatedStorage,
    Tags: tags,
  };
}
