/**
 * Read replicas of DB instances: CreateDBInstanceReadReplica (same-Region by identifier, cross-Region
 * by the source's ARN), PromoteReadReplica and SwitchoverReadReplica. Every rule is checked before the
 * first change; the replica goes `creating` -> `available` on the clock (the instance lifecycle).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkRange, parseBackupWindow, parseMaintenanceWindow, windowsOverlap, defaultBackupWindow } from "../clusters/rules.js";
import { checkStorageQuota } from "../clusters/create-rules.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { dbParameterGroups } from "../db-parameter-groups/resource.js";
import { findInstance, instances } from "../instances/resource.js";
import { shapeInstance } from "../instances/shape.js";
import { M, RRM } from "../messages/index.js";
import { optionGroups } from "../option-groups/resource.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { beginInstance } from "../shared/resource-keys.js";
import { checkTags } from "../shared/tags.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { regionAzs } from "../subnet-groups/record.js";
import type { RdsWorld } from "../world.js";
import { depthOf, link, resolve, sourceOf, unlink, type Located } from "./links.js";
import { newReplicaRecord } from "./record.js";
import { checkSourceReady, isReplica, replicaRule, SWITCHOVER_ENGINES } from "./rules.js";
import { switchover } from "./switchover.js";
import { clusterSource, linkToCluster, unlinkFromCluster } from "./cluster-source.js";

type Ctx = CallContext<RdsWorld>;

/** The source DB instance: an identifier in this Region, or a DB instance ARN of this account in any Region. */
function findSource(ctx: Ctx, value: string): Located {
  if (value.startsWith("arn:") && value.split(":")[5] !== "db") fail("InvalidParameterValue", RRM.sourceArn(value));
  return resolve(ctx, value) ?? instances.descriptor.notFound(value);
}

/** The family of the source's parameter group (its default group names it; a custom group records it). */
function familyOf(source: Located): string | undefined {
  const name = source.instance.DBParameterGroups?.[0]?.DBParameterGroupName;
  if (name === undefined) return undefined;
  if (name.startsWith("default.")) return name.slice("default.".length);
  return dbParameterGroups.find(source.ctx, name)?.DBParameterGroupFamily;
}

/** CreateDBInstanceReadReplica of a Multi-AZ DB cluster (cluster-source.ts). */
function replicaOfCluster(input: Sdk.CreateDBInstanceReadReplicaCommandInput, ctx: Ctx, id: string): Omit<Sdk.CreateDBInstanceReadReplicaCommandOutput, "$metadata"> {
  if (input.ReplicaMode !== undefined) fail("InvalidParameterCombination", RRM.replicaMode("mysql/postgres"));
  checkRange("Port", input.Port, 1150, 65535);
  if (input.AvailabilityZone !== undefined) {
    if (!regionAzs(ctx.region).includes(input.AvailabilityZone)) fail("InvalidParameterValue", M.unknownAz(input.AvailabilityZone, ctx.region, "AvailabilityZone"));
    if (input.MultiAZ === true) fail("InvalidParameterCombination", RRM.azWithMultiAz());
  }
  if (input.DBSubnetGroupName !== undefined) subnetGroups.get(ctx, input.DBSubnetGroupName);
  if (input.OptionGroupName !== undefined) optionGroups.get(ctx, input.OptionGroupName);
  const tags = checkTags(input.Tags);
  const { cluster, writer } = clusterSource(ctx, input.SourceDBClusterIdentifier!);
  if (input.AllocatedStorage !== undefined && input.AllocatedStorage < (writer.AllocatedStorage ?? 0)) {
    fail("InvalidParameterValue", RRM.storageTooSmall(input.AllocatedStorage, writer.AllocatedStorage ?? 0));
  }
  const family = familyOf({ ctx, instance: writer });
  if (input.DBParameterGroupName !== undefined && family !== undefined) checkInstanceGroup(ctx, input.DBParameterGroupName, family);
  instances.requireNew(ctx, id);
  checkStorageQuota(ctx, input.AllocatedStorage ?? writer.AllocatedStorage ?? 0);
  // Every check has passed: from here on, state changes.
  const record = newReplicaRecord(ctx, writer, input, { id, tags, crossRegion: false, family });
  linkToCluster(record, cluster, family, input.DBParameterGroupName?.toLowerCase());
  instances.insert(ctx, id, record);
  beginInstance(ctx, record, "create");
  return { DBInstance: shapeInstance(record) };
}

export const readReplicaOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBInstanceReadReplica(input, ctx) {
    const id = checkIdentifier(input.DBInstanceIdentifier, "DBInstanceIdentifier");
    // "Can't be specified if the SourceDBClusterIdentifier parameter is also specified."
    if (input.SourceDBInstanceIdentifier !== undefined && input.SourceDBClusterIdentifier !== undefined) fail("InvalidParameterCombination", RRM.twoSources());
    if (input.SourceDBClusterIdentifier !== undefined) return replicaOfCluster(input, ctx, id);
    if (input.SourceDBInstanceIdentifier === undefined) fail("InvalidParameterCombination", RRM.noSource());
    const source = findSource(ctx, input.SourceDBInstanceIdentifier);
    const rule = replicaRule(source.instance);
    const engine = source.instance.Engine!;
    const crossRegion = source.ctx.region !== ctx.region;
    if (input.ReplicaMode !== undefined && !rule.replicaMode) fail("InvalidParameterCombination", RRM.replicaMode(engine));
    if (rule.multiAzSource && !source.instance.MultiAZ) fail("InvalidParameterCombination", RRM.multiAzSource(engine));
    if (rule.fixedStorage && input.AllocatedStorage !== undefined) fail("InvalidParameterCombination", RRM.fixedStorage(engine));
    // "Be sure to allocate enough storage for your read replica": never less than the source holds.
    if (input.AllocatedStorage !== undefined && input.AllocatedStorage < (source.instance.AllocatedStorage ?? 0)) {
      fail("InvalidParameterValue", RRM.storageTooSmall(input.AllocatedStorage, source.instance.AllocatedStorage ?? 0));
    }
    checkRange("Port", input.Port, 1150, 65535);
    // KmsKeyId: "You can't create an encrypted read replica from an unencrypted DB instance"; across
    // Regions "you must specify a KMS key identifier for the destination Amazon Web Services Region".
    if (input.KmsKeyId !== undefined && !source.instance.StorageEncrypted) fail("InvalidParameterCombination", RRM.encryptedFromUnencrypted(source.instance.DBInstanceIdentifier));
    if (crossRegion && source.instance.StorageEncrypted && input.KmsKeyId === undefined) fail("InvalidParameterCombination", RRM.crossRegionKey());
    if (input.AvailabilityZone !== undefined) {
      if (!regionAzs(ctx.region).includes(input.AvailabilityZone)) fail("InvalidParameterValue", M.unknownAz(input.AvailabilityZone, ctx.region, "AvailabilityZone"));
      if (input.MultiAZ === true) fail("InvalidParameterCombination", RRM.azWithMultiAz());
    }
    const family = familyOf(source);
    if (input.DBParameterGroupName !== undefined) {
      // "It isn't supported for MySQL DB instances for same Region read replicas."
      if (engine === "mysql" && !crossRegion) fail("InvalidParameterCombination", RRM.mysqlParameterGroup());
      if (family !== undefined) checkInstanceGroup(ctx, input.DBParameterGroupName, family);
    }
    if (input.OptionGroupName !== undefined) {
      const group = optionGroups.get(ctx, input.OptionGroupName);
      const own = source.instance.OptionGroupMemberships?.[0]?.OptionGroupName;
      if (rule.sourceOptionGroup && group.OptionGroupName !== own) fail("InvalidParameterCombination", RRM.sourceOptionGroup(engine));
    }
    if (input.DBSubnetGroupName !== undefined) subnetGroups.get(ctx, input.DBSubnetGroupName);
    const tags = checkTags(input.Tags);
    checkSourceReady(source.instance);
    // Cascading: the new replica may not be deeper than the engine's chain allows.
    const depth = depthOf(source) + 1;
    const maxDepth = rule.depth(source.instance.EngineVersion ?? "");
    if (depth > maxDepth) fail("InvalidDBInstanceStateFault", RRM.cascade(source.instance.DBInstanceIdentifier, engine, maxDepth));
    const count = (source.instance.ReadReplicaDBInstanceIdentifiers ?? []).length;
    if (count >= rule.limit) fail("InvalidDBInstanceStateFault", RRM.replicaLimit(source.instance.DBInstanceIdentifier, rule.limit, engine));
    instances.requireNew(ctx, id);
    // Quota totalStorageGiB: a replica's storage counts like any standalone instance's.
    checkStorageQuota(ctx, input.AllocatedStorage ?? source.instance.AllocatedStorage ?? 0);
    // Every check has passed: from here on, state changes.
    const replicaMode = rule.replicaMode ? (input.ReplicaMode ?? "open-read-only") : undefined;
    const record = newReplicaRecord(ctx, source.instance, input, { id, tags, crossRegion, family, replicaMode });
    instances.insert(ctx, id, record);
    link({ ctx, instance: record }, source);
    beginInstance(ctx, record, "create");
    return { DBInstance: shapeInstance(record) };
  },

  PromoteReadReplica(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    if (!isReplica(instance)) fail("InvalidDBInstanceStateFault", RRM.notReplica());
    checkRange("BackupRetentionPeriod", input.BackupRetentionPeriod, 0, 35);
    // "Can't be set to 0 if the DB instance is a source to read replicas."
    if (input.BackupRetentionPeriod === 0 && (instance.ReadReplicaDBInstanceIdentifiers ?? []).length > 0) {
      fail("InvalidParameterCombination", RRM.zeroRetentionWithReplicas(instance.DBInstanceIdentifier));
    }
    if (input.PreferredBackupWindow !== undefined) {
      const backup = parseBackupWindow(input.PreferredBackupWindow);
      // "Must not conflict with the preferred maintenance window."
      const maintenance = instance.PreferredMaintenanceWindow;
      if (maintenance && windowsOverlap(backup, parseMaintenanceWindow(maintenance))) fail("InvalidParameterValue", M.windowsOverlap());
    }
    // "a read replica cannot be promoted to a standalone instance when it is in the backing-up status".
    if (instance.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, "available"));
    if (instance.ReadReplicaSourceDBClusterIdentifier !== undefined) unlinkFromCluster(ctx, instance);
    else unlink({ ctx, instance });
    // "Default: 1" (BackupRetentionPeriod).
    instance.BackupRetentionPeriod = input.BackupRetentionPeriod ?? 1;
    instance.PreferredBackupWindow = input.PreferredBackupWindow ?? instance.PreferredBackupWindow ?? defaultBackupWindow(() => ctx.ids.next());
    beginInstance(ctx, instance, "promote");
    return { DBInstance: shapeInstance(instance) };
  },

  SwitchoverReadReplica(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    // "Must match the identiﬁer of an existing Oracle read replica DB instance."
    if (!isReplica(instance)) fail("InvalidDBInstanceStateFault", RRM.notReplica());
    if (!SWITCHOVER_ENGINES.includes(instance.Engine ?? "")) fail("InvalidParameterCombination", RRM.switchoverEngine(instance.Engine ?? ""));
    const replica = { ctx, instance };
    const primary = sourceOf(replica);
    if (!primary) fail("InvalidDBInstanceStateFault", RRM.notReplica());
    for (const side of [replica, primary]) {
      const i = side.instance;
      if (i.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", M.instanceState(i.DBInstanceIdentifier, i.DBInstanceStatus, "available"));
    }
    switchover(replica, primary);
    return { DBInstance: shapeInstance(instance) };
  },
};
