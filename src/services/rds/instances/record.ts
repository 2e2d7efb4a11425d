/**
 * DB instance records as members of a DB cluster: most settings come from the cluster (engine,
 * version, credentials, storage, network), the rest from CreateDBInstance. Multi-AZ DB clusters get
 * their three instances (`ID-instance-1..3`) from RDS itself.
 */
import { clusters } from "../clusters/resource.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import type { Tag } from "@aws-sdk/client-rds";
import { instances } from "./resource.js";
import { fastRecord } from "../shared/copier.js";
import type { CallContext } from "../../../core/service.js";
import { instanceAddress } from "../clusters/record.js";
import { windowsWithDefaults } from "../clusters/rules.js";
import { defaultOptionGroupName, engineSpec, familyOf, hostedZoneId } from "../engines/engines.js";
import { addMember, writerLeaving } from "../clusters/members.js";
import { defaultGroupName } from "../parameter-groups/operations.js";
import { beginInstance } from "../shared/resource-keys.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

const CA = "rds-ca-rsa2048-g1";
/** rds-ca-rsa2048-g1 is valid until 2061-05-25 (AWS's published expiry). */
const CA_VALID_TILL = Date.UTC(2061, 4, 25, 22, 41, 38);

export interface InstanceParams {
  DBInstanceIdentifier: string;
  DBInstanceClass: string;
  AvailabilityZone?: string;
  PromotionTier?: number;
  PreferredMaintenanceWindow?: string;
  DBParameterGroupName?: string;
  PubliclyAccessible?: boolean;
  AutoMinorVersionUpgrade?: boolean;
  CopyTagsToSnapshot?: boolean;
  MonitoringInterval?: number;
  MonitoringRoleArn?: string;
  EnablePerformanceInsights?: boolean;
  PerformanceInsightsRetentionPeriod?: number;
  CACertificateIdentifier?: string;
  Tags: Tag[];
}

function licenseModel(engine: string | undefined): string {
  return engine?.includes("postgres") ? "postgresql-license" : "general-public-license";
}

/** The Availability Zone of a new member: the one asked for, else the next of the cluster's zones in turn. */
function placement(cluster: ClusterRecord, asked: string | undefined): string {
  if (asked) return asked;
  const azs = cluster.AvailabilityZones ?? [];
  return azs[(cluster.DBClusterMembers ?? []).length % Math.max(azs.length, 1)] ?? "";
}

export function newInstanceRecord(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, params: InstanceParams): InstanceRecord {
  const engine = engineSpec(cluster.Engine)!;
  const id = params.DBInstanceIdentifier;
  const subnetGroup = subnetGroups.find(ctx, cluster.DBSubnetGroup ?? "default");
  const { TagList: _tags, DBSubnetGroupArn: _arn, SupportedNetworkTypes: _types, ...subnetGroupOut } = subnetGroup ?? {};
  const maintenance =
    params.PreferredMaintenanceWindow?.toLowerCase() ?? windowsWithDefaults(cluster.PreferredBackupWindow, undefined, () => ctx.ids.next()).PreferredMaintenanceWindow;
  const record: InstanceRecord = {
    DBInstanceIdentifier: id,
    DBInstanceClass: params.DBInstanceClass,
    Engine: cluster.Engine,
    DBInstanceStatus: "creating",
    MasterUsername: cluster.MasterUsername,
    DBName: cluster.DatabaseName,
    Endpoint: { Address: instanceAddress(ctx, id), Port: cluster.Port, HostedZoneId: hostedZoneId(ctx.region) },
    AllocatedStorage: cluster.AllocatedStorage ?? 1,
    InstanceCreateTime: ctx.now(),
    PreferredBackupWindow: cluster.PreferredBackupWindow,
    BackupRetentionPeriod: cluster.BackupRetentionPeriod,
    DBSecurityGroups: [],
    VpcSecurityGroups: (cluster.VpcSecurityGroups ?? []).map((g) => ({ ...g })),
    DBParameterGroups: [
      { DBParameterGroupName: params.DBParameterGroupName ?? defaultGroupName(familyOf(engine, cluster.EngineVersion!)), ParameterApplyStatus: "in-sync" },
    ],
    AvailabilityZone: placement(cluster, params.AvailabilityZone),
    DBSubnetGroup: subnetGroupOut,
    PreferredMaintenanceWindow: maintenance,
    PendingModifiedValues: {},
    MultiAZ: false,
    EngineVersion: cluster.EngineVersion,
    AutoMinorVersionUpgrade: params.AutoMinorVersionUpgrade ?? true,
    ReadReplicaDBInstanceIdentifiers: [],
    LicenseModel: licenseModel(cluster.Engine),
    OptionGroupMemberships: [{ OptionGroupName: defaultOptionGroupName(engine, cluster.EngineVersion!), Status: "in-sync" }],
    PubliclyAccessible: params.PubliclyAccessible ?? false,
    StorageType: cluster.StorageType ?? "aurora",
    DbInstancePort: 0,
    DBClusterIdentifier: cluster.DBClusterIdentifier,
    StorageEncrypted: cluster.StorageEncrypted,
    KmsKeyId: cluster.KmsKeyId,
    DbiResourceId: `db-${ctx.ids.upperAlnum(26)}`,
    CACertificateIdentifier: params.CACertificateIdentifier ?? CA,
    DomainMemberships: [],
    CopyTagsToSnapshot: params.CopyTagsToSnapshot ?? false,
    MonitoringInterval: params.MonitoringInterval ?? 0,
    MonitoringRoleArn: params.MonitoringRoleArn,
    PromotionTier: params.PromotionTier ?? 1,
    DBInstanceArn: instances.arnOf(ctx, id),
    IAMDatabaseAuthenticationEnabled: cluster.IAMDatabaseAuthenticationEnabled,
    PerformanceInsightsEnabled: params.EnablePerformanceInsights ?? false,
    PerformanceInsightsRetentionPeriod: params.EnablePerformanceInsights ? (params.PerformanceInsightsRetentionPeriod ?? 7) : undefined,
    DeletionProtection: cluster.DeletionProtection,
    AssociatedRoles: [],
    TagList: params.Tags.map((t) => ({ ...t })),
    CustomerOwnedIpEnabled: false,
    BackupTarget: "region",
    NetworkType: cluster.NetworkType ?? "IPV4",
    CertificateDetails: { CAIdentifier: params.CACertificateIdentifier ?? CA, ValidTill: CA_VALID_TILL },
    DedicatedLogVolume: false,
    EngineLifecycleSupport: cluster.EngineLifecycleSupport,
  };
  return fastRecord(record);
}

/** Stores a new member instance, joins it to the cluster and starts its creation. */
export function addInstance(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, params: InstanceParams): InstanceRecord {
  const record = newInstanceRecord(ctx, cluster, params);
  ctx.world.instances[record.DBInstanceIdentifier] = record;
  addMember(ctx, cluster, record);
  beginInstance(ctx, record, "create");
  return record;
}

/**
 * The writer and two readable standbys RDS creates for a Multi-AZ DB cluster, one per Availability Zone,
 * named `ID-instance-N`. Instance identifiers are unique per account and Region, and CreateDBCluster
 * (like the restores) declares no DBInstanceAlreadyExistsFault, so a name another instance already holds
 * is skipped for the next free N: the cluster is created and no existing instance is touched. (The API
 * reference only says RDS "creates a writer and two reader DB instances for you"; the names are RDS's.)
 */
export function addMultiAzInstances(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): void {
  const azs = cluster.AvailabilityZones ?? [];
  let n = 0;
  const freeName = () => {
    let name: string;
    do name = `${cluster.DBClusterIdentifier}-instance-${++n}`;
    while (instances.find(ctx, name));
    return name;
  };
  for (let i = 1; i <= 3; i++) {
    addInstance(ctx, cluster, {
      DBInstanceIdentifier: freeName(),
      DBInstanceClass: cluster.DBClusterInstanceClass!,
      AvailabilityZone: azs[(i - 1) % Math.max(azs.length, 1)],
      PubliclyAccessible: cluster.PubliclyAccessible,
      Tags: [],
    });
  }
}

/** Starts deleting a member instance (the writer hands over to a reader at once). */
export function dropInstance(ctx: CallContext<RdsWorld>, instance: InstanceRecord): void {
  const cluster = instance.DBClusterIdentifier ? clusters.find(ctx, instance.DBClusterIdentifier) : undefined;
  if (cluster) writerLeaving(ctx, cluster, instance.DBInstanceIdentifier);
  beginInstance(ctx, instance, "delete");
}
