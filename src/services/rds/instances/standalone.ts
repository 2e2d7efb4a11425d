/**
 * Standalone (non-cluster) DB instance records: MySQL, PostgreSQL, MariaDB, Oracle, SQL Server and Db2.
 * `newStandaloneInstance` builds the complete record from already-checked params, filling every default
 * RDS fills (API reference, CreateDBInstance): the engine's port and default version, gp3 storage (io1
 * when Iops is given), backup retention 1, random non-overlapping windows, the family's default DB
 * parameter group, the version's default option group, the engine's default license model and the
 * account's default CA. Read replicas and restores build their records with it too; `addStandaloneInstance`
 * stores one and starts its creation (creating -> backing-up -> available, instances/lifecycle.ts).
 */
import type { Tag } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { defaultCertificateForNewLaunches } from "../catalogs/certificates.js";
import { defaultSecurityGroupId, instanceAddress, kmsKeyArn, newMasterUserSecret } from "../clusters/record.js";
import { windowsWithDefaults } from "../clusters/rules.js";
import { hostedZoneId } from "../engines/engines.js";
import { defaultDBParameterGroupName } from "../db-parameter-groups/families.js";
import { defaultOptionGroupName } from "../option-groups/catalog.js";
import { fastRecord } from "../shared/copier.js";
import { addTenant } from "../tenant-databases/resource.js";
import { beginInstance } from "../shared/resource-keys.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { regionAzs, subnetGroupAzs } from "../subnet-groups/record.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { STANDALONE_ENGINES, type StandaloneEngine } from "./engine-table.js";
import { instances } from "./resource.js";

/** rds-ca-rsa2048-g1 and the other CAs' published expiry (catalogs/certificates.ts lists them). */
const CA_VALID_TILL: Record<string, number> = {
  "rds-ca-rsa2048-g1": Date.UTC(2061, 4, 21, 23, 15, 55),
  "rds-ca-rsa4096-g1": Date.UTC(2121, 4, 21, 23, 20, 7),
  "rds-ca-ecc384-g1": Date.UTC(2121, 4, 21, 23, 23, 47),
};

export interface StandaloneParams {
  DBInstanceIdentifier: string;
  DBInstanceClass: string;
  /** A standalone engine name, lowercase (instances/engine-table.ts). */
  Engine: string;
  /** A full catalog version; default: the engine's default version. */
  EngineVersion?: string;
  AllocatedStorage: number;
  StorageType?: string;
  Iops?: number;
  StorageThroughput?: number;
  MasterUsername?: string;
  ManageMasterUserPassword?: boolean;
  MasterUserSecretKmsKeyId?: string;
  DBName?: string;
  Port?: number;
  LicenseModel?: string;
  MultiAZ?: boolean;
  AvailabilityZone?: string;
  BackupRetentionPeriod?: number;
  PreferredBackupWindow?: string;
  PreferredMaintenanceWindow?: string;
  DBParameterGroupName?: string;
  OptionGroupName?: string;
  DBSubnetGroupName?: string;
  VpcSecurityGroupIds?: string[];
  StorageEncrypted?: boolean;
  KmsKeyId?: string;
  DeletionProtection?: boolean;
  PubliclyAccessible?: boolean;
  AutoMinorVersionUpgrade?: boolean;
  CopyTagsToSnapshot?: boolean;
  MonitoringInterval?: number;
  MonitoringRoleArn?: string;
  EnablePerformanceInsights?: boolean;
  PerformanceInsightsRetentionPeriod?: number;
  EnableIAMDatabaseAuthentication?: boolean;
  CACertificateIdentifier?: string;
  MaxAllocatedStorage?: number;
  CharacterSetName?: string;
  NcharCharacterSetName?: string;
  Timezone?: string;
  NetworkType?: string;
  EnableCloudwatchLogsExports?: string[];
  DedicatedLogVolume?: boolean;
  EngineLifecycleSupport?: string;
  /** RDS for Oracle CDB engines only: the multi-tenant configuration (its first tenant is DBName). */
  MultiTenant?: boolean;
  Tags?: Tag[];
}

/** gp3 baseline: 3,000 IOPS and 125 MiBps below the engine's threshold, 12,000 and 500 from it (SQL Server: 3,000/125). */
function gp3Baseline(engine: StandaloneEngine, storage: number, engineName: string): { Iops: number; StorageThroughput: number } {
  const big = !engineName.startsWith("sqlserver") && storage >= engine.gp3Threshold;
  return big ? { Iops: 12_000, StorageThroughput: 500 } : { Iops: 3000, StorageThroughput: 125 };
}

/** The record of a new standalone DB instance (status `creating`); params are checked by the caller. */
export function newStandaloneInstance(ctx: CallContext<RdsWorld>, params: StandaloneParams): InstanceRecord {
  const engineName = params.Engine.toLowerCase();
  const engine = STANDALONE_ENGINES[engineName];
  const version = params.EngineVersion ?? engine.defaultVersion;
  const major = engine.major(version);
  const id = params.DBInstanceIdentifier;
  const storageType = params.StorageType ?? (params.Iops !== undefined ? "io1" : "gp3");
  const gp3 = storageType === "gp3" ? gp3Baseline(engine, params.AllocatedStorage, engineName) : undefined;
  const port = params.Port ?? engine.port;
  const retention = params.BackupRetentionPeriod ?? 1;
  const windows = windowsWithDefaults(params.PreferredBackupWindow, params.PreferredMaintenanceWindow, () => ctx.ids.next());
  const group = subnetGroups.find(ctx, params.DBSubnetGroupName ?? "default");
  const { TagList: _tags, DBSubnetGroupArn: _arn, SupportedNetworkTypes: _types, ...subnetGroupOut } = group ?? {};
  const azs = group ? subnetGroupAzs(group) : regionAzs(ctx.region);
  const az = params.AvailabilityZone ?? azs[Math.floor(ctx.ids.next() * azs.length)];
  const multiAz = params.MultiAZ === true;
  const encrypted = params.StorageEncrypted === true;
  const ca = params.CACertificateIdentifier ?? defaultCertificateForNewLaunches(ctx.world);
  const pi = params.EnablePerformanceInsights === true;
  const record: InstanceRecord = {
    DBInstanceIdentifier: id,
    DBInstanceClass: params.DBInstanceClass,
    Engine: engineName,
    DBInstanceStatus: "creating",
    MasterUsername: params.MasterUsername,
    // Oracle's DBName is the SID (default ORCL; RDSCDB for a CDB); SQL Server has none.
    DBName: params.DBName ?? (engine.dbName === "oracle" ? (engineName.endsWith("-cdb") ? "RDSCDB" : "ORCL") : undefined),
    Endpoint: { Address: instanceAddress(ctx, id), Port: port, HostedZoneId: hostedZoneId(ctx.region) },
    AllocatedStorage: params.AllocatedStorage,
    InstanceCreateTime: ctx.now(),
    PreferredBackupWindow: windows.PreferredBackupWindow,
    BackupRetentionPeriod: retention,
    DBSecurityGroups: [],
    VpcSecurityGroups: (params.VpcSecurityGroupIds ?? [defaultSecurityGroupId(ctx)]).map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: "active" })),
    DBParameterGroups: [{ DBParameterGroupName: params.DBParameterGroupName?.toLowerCase() ?? defaultDBParameterGroupName(engine.family(major)), ParameterApplyStatus: "in-sync" }],
    AvailabilityZone: az,
    DBSubnetGroup: subnetGroupOut,
    PreferredMaintenanceWindow: windows.PreferredMaintenanceWindow,
    PendingModifiedValues: {},
    MultiAZ: multiAz,
    EngineVersion: version,
    AutoMinorVersionUpgrade: params.AutoMinorVersionUpgrade ?? true,
    ReadReplicaDBInstanceIdentifiers: [],
    LicenseModel: params.LicenseModel ?? engine.defaultLicense,
    Iops: params.Iops ?? gp3?.Iops,
    StorageThroughput: storageType === "gp3" ? (params.StorageThroughput ?? gp3?.StorageThroughput) : undefined,
    OptionGroupMemberships: [{ OptionGroupName: params.OptionGroupName?.toLowerCase() ?? defaultOptionGroupName(engineName, major), Status: "in-sync" }],
    CharacterSetName: params.CharacterSetName ?? (engine.dbName === "oracle" ? "AL32UTF8" : undefined),
    NcharCharacterSetName: params.NcharCharacterSetName ?? (engine.dbName === "oracle" ? "AL16UTF16" : undefined),
    SecondaryAvailabilityZone: multiAz ? azs.find((a) => a !== az) : undefined,
    PubliclyAccessible: params.PubliclyAccessible ?? false,
    StorageType: storageType,
    DbInstancePort: 0,
    StorageEncrypted: encrypted,
    KmsKeyId: encrypted ? kmsKeyArn(ctx, params.KmsKeyId) : undefined,
    DbiResourceId: `db-${ctx.ids.upperAlnum(26)}`,
    CACertificateIdentifier: ca,
    DomainMemberships: [],
    CopyTagsToSnapshot: params.CopyTagsToSnapshot ?? false,
    MonitoringInterval: params.MonitoringInterval ?? 0,
    MonitoringRoleArn: params.MonitoringRoleArn,
    DBInstanceArn: instances.arnOf(ctx, id),
    Timezone: params.Timezone,
    IAMDatabaseAuthenticationEnabled: params.EnableIAMDatabaseAuthentication ?? false,
    PerformanceInsightsEnabled: pi,
    PerformanceInsightsRetentionPeriod: pi ? (params.PerformanceInsightsRetentionPeriod ?? 7) : undefined,
    EnabledCloudwatchLogsExports: params.EnableCloudwatchLogsExports?.length ? [...params.EnableCloudwatchLogsExports] : undefined,
    DeletionProtection: params.DeletionProtection ?? false,
    AssociatedRoles: [],
    MaxAllocatedStorage: params.MaxAllocatedStorage,
    TagList: (params.Tags ?? []).map((t) => ({ ...t })),
    CustomerOwnedIpEnabled: false,
    BackupTarget: "region",
    NetworkType: params.NetworkType ?? "IPV4",
    MasterUserSecret: params.ManageMasterUserPassword ? { ...newMasterUserSecret(ctx, params.MasterUserSecretKmsKeyId), SecretStatus: "active" } : undefined,
    CertificateDetails: { CAIdentifier: ca, ValidTill: CA_VALID_TILL[ca] ?? CA_VALID_TILL["rds-ca-rsa2048-g1"] },
    DedicatedLogVolume: params.DedicatedLogVolume ?? false,
    MultiTenant: engineName.endsWith("-cdb") ? params.MultiTenant === true : undefined,
    // RDS Extended Support exists for MySQL and PostgreSQL only (API reference, EngineLifecycleSupport).
    EngineLifecycleSupport: engineName === "mysql" || engineName === "postgres" ? (params.EngineLifecycleSupport ?? "open-source-rds-extended-support") : undefined,
  };
  return fastRecord(record);
}

/** Stores a new standalone instance and starts its creation. */
export function addStandaloneInstance(ctx: CallContext<RdsWorld>, params: StandaloneParams): InstanceRecord {
  const record = newStandaloneInstance(ctx, params);
  ctx.world.instances[record.DBInstanceIdentifier] = record;
  beginInstance(ctx, record, "create");
  // A multi-tenant CDB starts with one tenant database, named DBName, owned by the master user.
  if (record.MultiTenant === true && record.DBName) addTenant(ctx, record, { TenantDBName: record.DBName });
  return record;
}
