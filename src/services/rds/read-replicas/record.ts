/**
 * A read replica's record. "RDS creates read replicas with backups disabled. All other attributes
 * (including DB security groups and DB parameter groups) are inherited from the source DB instance or
 * cluster, except as specified" (API reference): so the record starts as a copy of its source and takes
 * the request's own settings. A cross-Region replica gets its own Region's defaults where the source's
 * belong to the source's Region ("the default DBParameterGroup for the specified DB engine for a
 * cross-Region read replica"; the default option group and DB subnet group).
 */
import type { CreateDBInstanceReadReplicaCommandInput, Tag } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { instanceAddress } from "../clusters/record.js";
import { hostedZoneId } from "../engines/engines.js";
import { instances } from "../instances/resource.js";
import { fastRecord } from "../shared/copier.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { regionAzs } from "../subnet-groups/record.js";
import type { InstanceRecord, RdsWorld } from "../world.js";

type Ctx = CallContext<RdsWorld>;

/** The replica's replication status while it replicates (DBInstance.StatusInfos). */
export const REPLICATING = [{ StatusType: "read replication", Normal: true, Status: "replicating" }];

/** Members that describe the source's own history or links, never copied to a replica. */
const NOT_INHERITED = [
  "ReadReplicaDBInstanceIdentifiers", "ReadReplicaDBClusterIdentifiers", "ReadReplicaSourceDBClusterIdentifier", "LatestRestorableTime",
  "AutomaticRestartTime", "MasterUserSecret", "DBInstanceAutomatedBackupsReplications", "AssociatedRoles", "TagList", "SecondaryAvailabilityZone",
  "PendingModifiedValues", "ReplicaMode", "StatusInfos",
] as const;

function subnetGroupShape(ctx: Ctx, name: string): InstanceRecord["DBSubnetGroup"] {
  const { TagList: _tags, DBSubnetGroupArn: _arn, SupportedNetworkTypes: _types, ...shape } = subnetGroups.find(ctx, name) ?? {};
  return structuredClone(shape) as InstanceRecord["DBSubnetGroup"];
}

/** The source's default group name of a family-named default (`default.mysql8.0`), kept across Regions; a custom one becomes the family default. */
function crossRegionParameterGroup(source: InstanceRecord, family: string | undefined): string | undefined {
  const name = source.DBParameterGroups?.[0]?.DBParameterGroupName;
  if (name?.startsWith("default.")) return name;
  return family === undefined ? name : `default.${family}`;
}

export interface ReplicaSettings {
  id: string;
  tags: Tag[];
  crossRegion: boolean;
  /** The source's parameter group family (for a cross-Region replica's default group). */
  family?: string;
  replicaMode?: string;
}

export function newReplicaRecord(ctx: Ctx, source: InstanceRecord, input: CreateDBInstanceReadReplicaCommandInput, s: ReplicaSettings): InstanceRecord {
  const base = structuredClone(source) as InstanceRecord & Record<string, unknown>;
  for (const member of NOT_INHERITED) delete base[member];
  const azs = regionAzs(ctx.region);
  const multiAz = input.MultiAZ ?? false;
  const az = input.AvailabilityZone ?? azs[Math.floor(ctx.ids.next() * azs.length)] ?? azs[0];
  const port = input.Port ?? source.Endpoint?.Port;
  const record: InstanceRecord = {
    ...base,
    DBInstanceIdentifier: s.id,
    DBInstanceClass: input.DBInstanceClass ?? source.DBInstanceClass,
    DBInstanceStatus: "creating",
    Endpoint: { Address: instanceAddress(ctx, s.id), Port: port, HostedZoneId: hostedZoneId(ctx.region) },
    AllocatedStorage: input.AllocatedStorage ?? source.AllocatedStorage,
    InstanceCreateTime: ctx.now(),
    BackupRetentionPeriod: 0,
    AvailabilityZone: az,
    MultiAZ: multiAz,
    ...(multiAz ? { SecondaryAvailabilityZone: azs.find((z) => z !== az) } : {}),
    PendingModifiedValues: {},
    ReadReplicaDBInstanceIdentifiers: [],
    StatusInfos: structuredClone(REPLICATING),
    ...(s.replicaMode ? { ReplicaMode: s.replicaMode as InstanceRecord["ReplicaMode"] } : {}),
    DbiResourceId: `db-${ctx.ids.upperAlnum(26)}`,
    DBInstanceArn: instances.arnOf(ctx, s.id),
    CopyTagsToSnapshot: input.CopyTagsToSnapshot ?? false,
    DeletionProtection: input.DeletionProtection ?? false,
    TagList: s.tags.map((t) => ({ ...t })),
    AssociatedRoles: [],
  };
  if (input.AutoMinorVersionUpgrade !== undefined) record.AutoMinorVersionUpgrade = input.AutoMinorVersionUpgrade;
  if (input.PubliclyAccessible !== undefined) record.PubliclyAccessible = input.PubliclyAccessible;
  if (input.StorageType !== undefined) record.StorageType = input.StorageType;
  if (input.Iops !== undefined) record.Iops = input.Iops;
  if (input.StorageThroughput !== undefined) record.StorageThroughput = input.StorageThroughput;
  if (input.MaxAllocatedStorage !== undefined) record.MaxAllocatedStorage = input.MaxAllocatedStorage;
  if (input.MonitoringInterval !== undefined) record.MonitoringInterval = input.MonitoringInterval;
  if (input.MonitoringRoleArn !== undefined) record.MonitoringRoleArn = input.MonitoringRoleArn;
  if (input.EnableIAMDatabaseAuthentication !== undefined) record.IAMDatabaseAuthenticationEnabled = input.EnableIAMDatabaseAuthentication;
  if (input.CACertificateIdentifier !== undefined) {
    record.CACertificateIdentifier = input.CACertificateIdentifier;
    record.CertificateDetails = { ...record.CertificateDetails, CAIdentifier: input.CACertificateIdentifier };
  }
  if (input.VpcSecurityGroupIds !== undefined) record.VpcSecurityGroups = input.VpcSecurityGroupIds.map((id) => ({ VpcSecurityGroupId: id, Status: "active" }));
  const group = input.DBParameterGroupName?.toLowerCase() ?? (s.crossRegion ? crossRegionParameterGroup(source, s.family) : undefined);
  if (group !== undefined) record.DBParameterGroups = [{ DBParameterGroupName: group, ParameterApplyStatus: "in-sync" }];
  const options = input.OptionGroupName?.toLowerCase() ?? (s.crossRegion ? source.OptionGroupMemberships?.[0]?.OptionGroupName : undefined);
  if (options !== undefined) record.OptionGroupMemberships = [{ OptionGroupName: options, Status: "in-sync" }];
  if (input.DBSubnetGroupName !== undefined) record.DBSubnetGroup = subnetGroupShape(ctx, input.DBSubnetGroupName.toLowerCase());
  else if (s.crossRegion) record.DBSubnetGroup = subnetGroupShape(ctx, "default");
  if (s.crossRegion) {
    record.KmsKeyId = input.KmsKeyId;
    if (input.VpcSecurityGroupIds === undefined) record.VpcSecurityGroups = [];
  }
  return fastRecord(record);
}
