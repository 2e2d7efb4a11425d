/**
 * DB instances as members of DB clusters: CreateDBInstance (with DBClusterIdentifier), DescribeDBInstances,
 * DeleteDBInstance and RebootDBInstance (ModifyDBInstance: modify.ts). Standalone (non-cluster) instances are
 * created by instances/create.ts and deleted, rebooted, started and stopped by instances/lifecycle-ops.ts.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import { clusters, findCluster } from "../clusters/resource.js";
import { checkEngine, checkInstanceClass, checkInsightsRetention, checkMonitoring, checkRange, parseMaintenanceWindow } from "../clusters/rules.js";
import { familyOf } from "../engines/engines.js";
import { describePage, describeResourcePage, filterPredicate, withIdFilter, type FilterTable } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { findInstance, instances } from "./resource.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { addInstance, dropInstance } from "./record.js";
import { M } from "../messages/index.js";
import { beginInstance } from "../shared/resource-keys.js";
import { shapeInstance } from "./shape.js";
import { regionAzs } from "../subnet-groups/record.js";
import { checkTags } from "../shared/tags.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { createStandalone } from "./create.js";
import { deleteStandalone } from "./delete.js";
import { rebootStandalone } from "./power.js";
import { checkNotInDeployment } from "../blue-green/resource.js";

/** Cluster statuses in which a member can be added. */
const CLUSTER_ACCEPTS_MEMBERS = ["available", "creating", "modifying", "backing-up", "upgrading", "renaming"];
/** Instance statuses from which an instance can be deleted. */
const INSTANCE_DELETABLE = ["available", "creating", "failed", "storage-full", "incompatible-parameters", "incompatible-network", "inaccessible-encryption-credentials"];
/** Settings an Aurora member takes from its cluster: giving them to CreateDBInstance is an error. */
const CLUSTER_MANAGED = [
  "MasterUsername", "MasterUserPassword", "ManageMasterUserPassword", "AllocatedStorage", "BackupRetentionPeriod",
  "PreferredBackupWindow", "StorageEncrypted", "KmsKeyId", "DBName", "MultiAZ", "Iops", "VpcSecurityGroupIds", "Port",
] as const;
export const INSTANCE_FILTERS: FilterTable<InstanceRecord> = {
  "db-cluster-id": (i) => [i.DBClusterIdentifier, i.DBClusterIdentifier && i.DBInstanceArn!.replace(/:db:[^:]+$/, `:cluster:${i.DBClusterIdentifier}`)],
  "db-instance-id": (i) => [i.DBInstanceIdentifier, i.DBInstanceArn],
  "dbi-resource-id": (i) => [i.DbiResourceId],
  domain: (i) => (i.DomainMemberships ?? []).map((d) => d.Domain),
  engine: (i) => [i.Engine],
};

function checkInstanceState(instance: InstanceRecord, allowed: readonly string[]): void {
  if (!allowed.includes(instance.DBInstanceStatus)) {
    fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, allowed.join(", ")));
  }
}


export const instanceOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBInstance(input, ctx) {
    // Standalone instances (no DBClusterIdentifier, a non-Aurora engine): instances/create.ts.
    if (input.DBClusterIdentifier === undefined && !input.Engine?.toLowerCase().startsWith("aurora")) return createStandalone(input, ctx);
    const id = checkIdentifier(input.DBInstanceIdentifier, "DBInstanceIdentifier");
    checkInstanceClass(input.DBInstanceClass!);
    const engine = checkEngine(input.Engine!);
    if (input.DBClusterIdentifier === undefined) fail("InvalidParameterCombination", M.clusterRequired(engine.name));
    const cluster = findCluster(ctx, input.DBClusterIdentifier);
    if (engine.name !== cluster.Engine) fail("InvalidParameterCombination", M.engineMismatch(engine.name, cluster.Engine!));
    if (engine.kind === "multi-az") fail("InvalidParameterCombination", M.multiAzMembers(cluster.DBClusterIdentifier));
    // AWS's answer for an Aurora Serverless v1 cluster (EngineMode serverless), which has no DB instances.
    if (cluster.EngineMode === "serverless") fail("InvalidParameterValue", M.serverlessV1Members());
    for (const member of CLUSTER_MANAGED) if (input[member] !== undefined) fail("InvalidParameterCombination", M.clusterManaged(member));
    if (input.EngineVersion !== undefined && input.EngineVersion !== cluster.EngineVersion) {
      fail("InvalidParameterCombination", M.instanceVersion(input.EngineVersion, cluster.EngineVersion!, cluster.DBClusterIdentifier));
    }
    if (input.DBInstanceClass === "db.serverless" && !cluster.ServerlessV2ScalingConfiguration) fail("InvalidParameterCombination", M.serverlessClass());
    checkRange("PromotionTier", input.PromotionTier, 0, 15);
    if (input.AvailabilityZone !== undefined && !regionAzs(ctx.region).includes(input.AvailabilityZone)) {
      fail("InvalidParameterValue", M.unknownAz(input.AvailabilityZone, ctx.region, "AvailabilityZone"));
    }
    if (input.PreferredMaintenanceWindow !== undefined) parseMaintenanceWindow(input.PreferredMaintenanceWindow);
    if (input.DBSubnetGroupName !== undefined && input.DBSubnetGroupName.toLowerCase() !== cluster.DBSubnetGroup) {
      subnetGroups.get(ctx, input.DBSubnetGroupName);
      fail("InvalidParameterCombination", M.instanceSubnetGroup(cluster.DBClusterIdentifier, cluster.DBSubnetGroup!));
    }
    checkInstanceGroup(ctx, input.DBParameterGroupName, familyOf(engine, cluster.EngineVersion!));
    checkMonitoring(input.MonitoringInterval, input.MonitoringRoleArn);
    checkInsightsRetention(input.PerformanceInsightsRetentionPeriod);
    const tags = checkTags(input.Tags);
    if (!CLUSTER_ACCEPTS_MEMBERS.includes(cluster.Status)) {
      fail("InvalidDBClusterStateFault", M.clusterState(cluster.DBClusterIdentifier, cluster.Status, CLUSTER_ACCEPTS_MEMBERS.join(", ")));
    }
    instances.requireNew(ctx, id);
    const record = addInstance(ctx, cluster, { ...input, DBInstanceIdentifier: id, DBInstanceClass: input.DBInstanceClass!, Tags: tags });
    return { DBInstance: shapeInstance(record) };
  },

  DescribeDBInstances(input, ctx) {
    const id = input.DBInstanceIdentifier;
    if (id !== undefined && (input.Filters ?? []).length === 0) {
      // The common case (one instance by name or ARN) is a lookup, not a scan.
      const instance = findInstance(ctx, id);
      describePage({}, input); // MaxRecords is checked even when one instance is asked for
      return { DBInstances: [shapeInstance(instance)] };
    }
    // Built only for a scan: the lookup above needs no predicate (and without Filters none can fail).
    const keep = filterPredicate(withIdFilter(input.Filters, "db-instance-id", id, INSTANCE_FILTERS), INSTANCE_FILTERS);
    const page = describeResourcePage(instances, ctx, input, keep);
    if (id !== undefined && page.items.length === 0) fail("DBInstanceNotFoundFault", M.instanceNotFound(id));
    return { DBInstances: page.items.map(shapeInstance), Marker: page.Marker };
  },

  DeleteDBInstance(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    // Issue 14: a database in a blue/green deployment stays while the deployment exists.
    checkNotInDeployment(ctx, "db", instance.DbiResourceId, instance.DBInstanceIdentifier);
    if (instance.DBClusterIdentifier === undefined) return deleteStandalone(input, ctx, instance);
    const cluster = instance.DBClusterIdentifier ? clusters.find(ctx, instance.DBClusterIdentifier) : undefined;
    // Aurora members have no instance snapshots: their data is the cluster's.
    if (input.FinalDBSnapshotIdentifier !== undefined) {
      fail("InvalidParameterCombination", M.memberFinalSnapshot());
    }
    if (cluster && (cluster.Engine === "mysql" || cluster.Engine === "postgres")) {
      fail("InvalidDBClusterStateFault", M.multiAzMemberDelete(instance.DBInstanceIdentifier, cluster.DBClusterIdentifier));
    }
    checkInstanceState(instance, INSTANCE_DELETABLE);
    if (cluster && ["stopped", "stopping", "starting"].includes(cluster.Status)) {
      fail("InvalidDBClusterStateFault", M.clusterState(cluster.DBClusterIdentifier, cluster.Status, "available"));
    }
    dropInstance(ctx, instance);
    return { DBInstance: shapeInstance(instance) };
  },

  RebootDBInstance(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    if (instance.DBClusterIdentifier === undefined) return rebootStandalone(input, ctx, instance);
    if (input.ForceFailover === true) fail("InvalidParameterCombination", M.rebootForceFailover());
    checkInstanceState(instance, ["available"]);
    const pending = instance.PendingModifiedValues ?? {};
    if (pending.DBInstanceClass !== undefined) {
      instance.DBInstanceClass = pending.DBInstanceClass;
      delete pending.DBInstanceClass;
    }
    beginInstance(ctx, instance, "reboot");
    return { DBInstance: shapeInstance(instance) };
  },
};
