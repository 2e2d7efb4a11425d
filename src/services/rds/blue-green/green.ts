/**
 * The green environment is real state: CreateBlueGreenDeployment copies the blue database into new
 * resources named `<blue name>-green-<6 random lowercase letters and digits>` (the API reference's
 * examples), which DescribeDBInstances / DescribeDBClusters list. A green DB instance is a read replica
 * of its blue one (ReadReplicaSourceDBInstanceIdentifier); a green DB cluster replicates from the blue
 * cluster (ReplicationSourceIdentifier) and gets a copy of each member instance. Green settings are the
 * blue's, with the Target* settings of the request; a new major version takes the family's default
 * groups unless target groups are named.
 */
import type { CreateBlueGreenDeploymentCommandInput, Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import type { ClusterParams } from "../clusters/create-rules.js";
import { checkStorageQuota } from "../clusters/create-rules.js";
import { membersOf } from "../clusters/members.js";
import { newClusterRecord } from "../clusters/record.js";
import { clusters } from "../clusters/resource.js";
import { defaultOptionGroupName, engineSpec } from "../engines/engines.js";
import { addInstance } from "../instances/record.js";
import { instances } from "../instances/resource.js";
import { addStandaloneInstance } from "../instances/standalone.js";
import { M } from "../messages/index.js";
import { beginCluster } from "../shared/resource-keys.js";
import type { BlueGreenPair, ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

type Ctx = CallContext<RdsWorld>;
type Input = CreateBlueGreenDeploymentCommandInput;
interface Target { version: string; family: string; sameMajor: boolean }

const copyTags = (tags: Tag[] | undefined): Tag[] => (tags ?? []).map((t) => ({ ...t }));

/** A free `<name>-green-xxxxxx` identifier in `taken`'s namespace. */
function greenName(ctx: Ctx, name: string, taken: (id: string) => boolean): string {
  let id: string;
  do id = `${name}-green-${ctx.ids.lowerAlnum(6)}`;
  while (taken(id));
  return id;
}

/** Quotas a green DB instance needs (checked before any change). */
export function checkInstanceQuotas(ctx: Ctx, input: Input, blue: InstanceRecord): void {
  instances.checkQuota(ctx);
  checkStorageQuota(ctx, input.TargetAllocatedStorage ?? blue.AllocatedStorage ?? 0);
}

/** Quotas a green DB cluster and its instances need (checked before any change). */
export function checkClusterQuotas(ctx: Ctx, blue: ClusterRecord): void {
  clusters.checkQuota(ctx);
  const limit = ctx.quota("dbInstances");
  if (instances.count(ctx) + membersOf(ctx, blue).length > limit) fail("InstanceQuotaExceededFault", M.instanceQuota(limit));
}

/** Creates the green copy of a standalone DB instance; returns its pair. */
export function createGreenInstance(ctx: Ctx, input: Input, blue: InstanceRecord, target: Target): BlueGreenPair {
  const storageType = input.TargetStorageType ?? blue.StorageType;
  const green = addStandaloneInstance(ctx, {
    DBInstanceIdentifier: greenName(ctx, blue.DBInstanceIdentifier, (id) => instances.find(ctx, id) !== undefined),
    DBInstanceClass: input.TargetDBInstanceClass ?? blue.DBInstanceClass!,
    Engine: blue.Engine!,
    EngineVersion: target.version,
    AllocatedStorage: input.TargetAllocatedStorage ?? blue.AllocatedStorage!,
    StorageType: storageType,
    Iops: input.TargetIops ?? (input.TargetStorageType === undefined ? blue.Iops : undefined),
    StorageThroughput: input.TargetStorageThroughput ?? (input.TargetStorageType === undefined ? blue.StorageThroughput : undefined),
    MasterUsername: blue.MasterUsername,
    DBName: blue.DBName,
    Port: blue.Endpoint?.Port,
    LicenseModel: blue.LicenseModel,
    MultiAZ: blue.MultiAZ,
    AvailabilityZone: blue.MultiAZ ? undefined : blue.AvailabilityZone,
    BackupRetentionPeriod: blue.BackupRetentionPeriod,
    PreferredBackupWindow: blue.PreferredBackupWindow,
    PreferredMaintenanceWindow: blue.PreferredMaintenanceWindow,
    DBParameterGroupName: input.TargetDBParameterGroupName ?? (target.sameMajor ? blue.DBParameterGroups?.[0]?.DBParameterGroupName : undefined),
    // A new major version takes its default option group (the blue one belongs to the old major).
    OptionGroupName: target.sameMajor ? blue.OptionGroupMemberships?.[0]?.OptionGroupName : undefined,
    DBSubnetGroupName: blue.DBSubnetGroup?.DBSubnetGroupName,
    VpcSecurityGroupIds: (blue.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId!),
    StorageEncrypted: blue.StorageEncrypted,
    KmsKeyId: blue.KmsKeyId,
    DeletionProtection: blue.DeletionProtection,
    PubliclyAccessible: blue.PubliclyAccessible,
    AutoMinorVersionUpgrade: blue.AutoMinorVersionUpgrade,
    CopyTagsToSnapshot: blue.CopyTagsToSnapshot,
    MonitoringInterval: blue.MonitoringInterval,
    MonitoringRoleArn: blue.MonitoringRoleArn,
    EnablePerformanceInsights: blue.PerformanceInsightsEnabled,
    PerformanceInsightsRetentionPeriod: blue.PerformanceInsightsRetentionPeriod,
    EnableIAMDatabaseAuthentication: blue.IAMDatabaseAuthenticationEnabled,
    CACertificateIdentifier: blue.CACertificateIdentifier,
    MaxAllocatedStorage: blue.MaxAllocatedStorage,
    CharacterSetName: blue.CharacterSetName,
    NcharCharacterSetName: blue.NcharCharacterSetName,
    Timezone: blue.Timezone,
    NetworkType: blue.NetworkType,
    EnableCloudwatchLogsExports: blue.EnabledCloudwatchLogsExports,
    DedicatedLogVolume: blue.DedicatedLogVolume,
    EngineLifecycleSupport: blue.EngineLifecycleSupport,
    Tags: copyTags(blue.TagList),
  });
  // The green database replicates from the blue one until switchover (or until the deployment is deleted).
  green.ReadReplicaSourceDBInstanceIdentifier = blue.DBInstanceIdentifier;
  blue.ReadReplicaDBInstanceIdentifiers = [...(blue.ReadReplicaDBInstanceIdentifiers ?? []), green.DBInstanceIdentifier];
  return { type: "db", blue: blue.DbiResourceId!, green: green.DbiResourceId! };
}

/** Creates the green copy of an Aurora DB cluster and of each of its instances; returns the pairs (cluster first). */
export function createGreenCluster(ctx: Ctx, input: Input, blue: ClusterRecord, target: Target): BlueGreenPair[] {
  const params: ClusterParams = {
    DBClusterIdentifier: greenName(ctx, blue.DBClusterIdentifier, (id) => clusters.find(ctx, id) !== undefined),
    Engine: blue.Engine!,
    EngineVersion: target.version,
    EngineMode: blue.EngineMode ?? "provisioned",
    Port: blue.Port!,
    Tags: copyTags(blue.TagList),
    DBClusterParameterGroupName: input.TargetDBClusterParameterGroupName ?? (target.sameMajor ? blue.DBClusterParameterGroup : undefined),
    DBSubnetGroupName: blue.DBSubnetGroup,
    VpcSecurityGroupIds: (blue.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId!),
    AvailabilityZones: blue.AvailabilityZones,
    BackupRetentionPeriod: blue.BackupRetentionPeriod,
    PreferredBackupWindow: blue.PreferredBackupWindow,
    PreferredMaintenanceWindow: blue.PreferredMaintenanceWindow,
    MasterUsername: blue.MasterUsername,
    DatabaseName: blue.DatabaseName,
    StorageEncrypted: blue.StorageEncrypted,
    KmsKeyId: blue.KmsKeyId,
    EnableIAMDatabaseAuthentication: blue.IAMDatabaseAuthenticationEnabled,
    DeletionProtection: blue.DeletionProtection,
    CopyTagsToSnapshot: blue.CopyTagsToSnapshot,
    StorageType: blue.StorageType,
    ServerlessV2ScalingConfiguration: blue.ServerlessV2ScalingConfiguration,
    NetworkType: blue.NetworkType,
    EngineLifecycleSupport: blue.EngineLifecycleSupport,
    EnableCloudwatchLogsExports: blue.EnabledCloudwatchLogsExports,
    // The green cluster replicates from the blue one until switchover.
    ReplicationSourceIdentifier: blue.DBClusterArn,
  };
  const green = newClusterRecord(ctx, params);
  ctx.world.clusters[green.DBClusterIdentifier] = green;
  beginCluster(ctx, green, "create");
  blue.ReadReplicaIdentifiers = [...(blue.ReadReplicaIdentifiers ?? []), green.DBClusterArn!];
  const pairs: BlueGreenPair[] = [{ type: "cluster", blue: blue.DbClusterResourceId!, green: green.DbClusterResourceId! }];
  // The writer first, so the green writer is the blue writer's copy.
  const members = membersOf(ctx, blue).sort((a, b) => Number(isWriter(blue, b)) - Number(isWriter(blue, a)));
  const engine = engineSpec(blue.Engine)!;
  for (const m of members) {
    const copy = addInstance(ctx, green, {
      DBInstanceIdentifier: greenName(ctx, m.DBInstanceIdentifier, (id) => instances.find(ctx, id) !== undefined),
      DBInstanceClass: m.DBInstanceClass!,
      AvailabilityZone: m.AvailabilityZone,
      PromotionTier: m.PromotionTier,
      PreferredMaintenanceWindow: m.PreferredMaintenanceWindow,
      DBParameterGroupName: input.TargetDBParameterGroupName?.toLowerCase() ?? (target.sameMajor ? m.DBParameterGroups?.[0]?.DBParameterGroupName : undefined),
      PubliclyAccessible: m.PubliclyAccessible,
      AutoMinorVersionUpgrade: m.AutoMinorVersionUpgrade,
      CopyTagsToSnapshot: m.CopyTagsToSnapshot,
      MonitoringInterval: m.MonitoringInterval,
      MonitoringRoleArn: m.MonitoringRoleArn,
      EnablePerformanceInsights: m.PerformanceInsightsEnabled,
      PerformanceInsightsRetentionPeriod: m.PerformanceInsightsRetentionPeriod,
      CACertificateIdentifier: m.CACertificateIdentifier,
      Tags: copyTags(m.TagList),
    });
    copy.OptionGroupMemberships = [{ OptionGroupName: defaultOptionGroupName(engine, target.version), Status: "in-sync" }];
    pairs.push({ type: "db", blue: m.DbiResourceId!, green: copy.DbiResourceId! });
  }
  return pairs;
}

const isWriter = (cluster: ClusterRecord, i: InstanceRecord) => (cluster.DBClusterMembers ?? []).some((m) => m.IsClusterWriter && m.DBInstanceIdentifier === i.DBInstanceIdentifier);
