/**
 * Amazon RDS (`@aws-sdk/client-rds`), Aurora and Multi-AZ DB clusters: clusters and their member
 * instances, DB subnet groups and DB cluster parameter groups, tags (the cluster issue), and cluster
 * snapshots, restores and activity streams (the snapshot issue). One folder per resource; this file
 * only assembles their tables.
 */
import { operationTable } from "../../core/operations.js";
import { awsQuery } from "../../core/protocols/aws-query.js";
import type { ServiceDefinition } from "../../core/service.js";
import { activityStreamHandlers, activityStreamTransitions } from "./activity-streams/operations.js";
import { catalogOperations } from "./catalogs/index.js";
import { clusterEndpointOperations, clusterEndpointTransitions } from "./cluster-endpoints/operations.js";
import { snapshotAttributeHandlers } from "./cluster-snapshots/attributes.js";
import { snapshotHandlers } from "./cluster-snapshots/operations.js";
import { snapshotTransitions } from "./cluster-snapshots/transitions.js";
import { clusterActionOperations } from "./clusters/actions.js";
import { backtrackOperations, backtrackTransitions } from "./clusters/backtracks.js";
import { clusterModifyOperations } from "./clusters/modify.js";
import { clusterLifecycleOperations } from "./clusters/operations.js";
import { clusterRoleOperations } from "./clusters/roles.js";
import { clusterTransitions } from "./clusters/transitions.js";
import { constraints, errors, operationErrors, operationNames } from "./constraints.generated.js";
import { createRdsWorld } from "./create-world.js";
// Issue 13: DB parameter groups and option groups.
import { dbParameterGroupOperations } from "./db-parameter-groups/operations.js";
import { dbParameterOperations } from "./db-parameter-groups/parameters.js";
import { optionGroupModifyOperations } from "./option-groups/modify.js";
import { optionGroupOperations } from "./option-groups/operations.js";
import { engineVersionOperations } from "./engines/engine-versions.js";
import { rdsIam } from "./iam.js";
import { rdsIdentity } from "./identity.js";
import { instanceOperations } from "./instances/operations.js";
import { parameterGroupOperations } from "./parameter-groups/operations.js";
import { clusterParameterOperations } from "./parameter-groups/parameters.js";
import { restoreToPointInTimeHandlers } from "./restores/pitr.js";
import { restoreFromS3Handlers } from "./restores/s3.js";
import { restoreFromSnapshotHandlers } from "./restores/snapshot.js";
import { tagOperations } from "./tagging/operations.js";
import { subnetGroupOperations } from "./subnet-groups/operations.js";
import type { RdsWorld } from "./world.js";
// --- Events and event subscriptions ---
import { eventSubscriptionOperations } from "./event-subscriptions/operations.js";
import { eventOperations } from "./events/operations.js";
import { withEvents } from "./events/transitions.js";
// --- end events ---
// --- read replicas and instance restores ---
import { readReplicaOperations } from "./read-replicas/operations.js";
import { instanceRestoreFromS3Operations } from "./restores/instance-s3.js";
import { instanceRestoreFromSnapshotOperations } from "./restores/instance-snapshot.js";
// --- end read replicas and instance restores ---
// --- Issue 13: automated backups and point-in-time restore of DB instances ---
import { clusterAutomatedBackupOperations } from "./automated-backups/cluster-operations.js";
import { instanceAutomatedBackupOperations } from "./instance-automated-backups/operations.js";
import { replicationOperations } from "./instance-automated-backups/replication.js";
import { instancePitrOperations } from "./restores/instance-pitr.js";
// --- end issue 13 automated backups ---
// --- Issue 14: Data API and Aurora Serverless ---
import { dataApiOperations } from "./data-api/operations.js";
import { serverlessOperations } from "./serverless/index.js";
import { reservedInstanceOperations, reservedInstanceTransitions } from "./reserved-instances/operations.js";
import { shardGroupOperations, shardGroupTransitions } from "./shard-groups/operations.js";
import { integrationOperations, integrationTransitions } from "./integrations/operations.js";
import { exportTaskOperations, exportTaskTransitions } from "./export-tasks/operations.js";
import { customEngineVersionOperations, customEngineVersionTransitions } from "./custom-engine-versions/operations.js";
import { tenantDatabaseOperations, tenantDatabaseTransitions } from "./tenant-databases/operations.js";
// --- end issue 14 Data API and serverless ---
// --- standalone DB instances ---
import { powerOperations } from "./instances/power.js";
// --- end standalone DB instances ---
// --- Issue 13: ModifyDBInstance (standalone), valid modifications, instance roles ---
import { instanceModifyOperations } from "./instances/modify.js";
import { pendingTransitions } from "./instances/pending.js";
import { instanceRoleOperations, roleTransitions } from "./instances/roles.js";
import { validModificationOperations } from "./instances/valid-modifications.js";
// --- end issue 13 instance modify ---
// --- DB snapshots ---
import { dbSnapshotAttributeOperations } from "./db-snapshots/attributes.js";
import { dbSnapshotDescribeOperations } from "./db-snapshots/describe.js";
import { dbSnapshotModifyOperations } from "./db-snapshots/modify.js";
import { dbSnapshotOperations } from "./db-snapshots/operations.js";
import { dbSnapshotTransitions } from "./db-snapshots/transitions.js";
// --- end DB snapshots ---
// --- Issue 13: maintenance, log files, recommendations ---
import { maintenanceOperations } from "./maintenance/operations.js";
import { logFileOperations } from "./log-files/operations.js";
import { recommendationOperations } from "./recommendations/operations.js";
import { maintenanceTransitions } from "./maintenance/transitions.js";
// --- end issue 13 maintenance ---
// --- Aurora global databases ---
import { globalClusterOperations } from "./global-clusters/operations.js";
import { globalRoleOperations } from "./global-clusters/roles.js";
import { globalClusterTransitions } from "./global-clusters/transitions.js";
// --- end global databases ---
// --- RDS Proxy ---
import { proxyOperations } from "./proxies/proxies.js";
import { proxyEndpointOperations } from "./proxies/proxy-endpoints.js";
import { proxyTargetGroupOperations } from "./proxies/target-groups.js";
import { proxyTargetOperations } from "./proxies/targets.js";
import { proxyTransitions } from "./proxies/transitions.js";
// --- end RDS Proxy ---
// --- Issue 14: DB capacity reservations ---
import { capacityReservationErrors } from "./capacity-reservations/errors.js";
import { capacityReservationOperations, capacityReservationTransitions } from "./capacity-reservations/operations.js";
// --- end issue 14 DB capacity reservations ---
// --- Issue 14: blue/green deployments ---
import { blueGreenOperations, blueGreenTransitions } from "./blue-green/operations.js";
// --- end issue 14 blue/green deployments ---

export const rds: ServiceDefinition<RdsWorld> = {
  ...rdsIdentity,
  protocol: awsQuery,
  baseException: "RDSServiceException",
  xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
  errors,
  // Issue 14: the capacity reservation commands' errors, which the generated table lacks (capacity-reservations/errors.ts).
  operationErrors: { ...operationErrors, ...capacityReservationErrors },
  // AWS answers a required parameter sent empty ("DBClusterIdentifier=") as blank, not as missing.
  constraints: { ...constraints, requiredNotBlank: true },
  allOperations: operationNames,
  createWorld: createRdsWorld,
  // withEvents: each transition records the RDS events AWS emits for it (events/table.ts).
  transitions: withEvents({
    ...clusterTransitions,
    ...snapshotTransitions,
    ...activityStreamTransitions,
    ...clusterEndpointTransitions,
    ...backtrackTransitions,
    ...reservedInstanceTransitions,
    ...shardGroupTransitions,
    ...integrationTransitions,
    ...exportTaskTransitions,
    ...customEngineVersionTransitions,
    ...tenantDatabaseTransitions,
    ...pendingTransitions,
    ...roleTransitions,
    ...dbSnapshotTransitions,
    ...maintenanceTransitions,
    ...globalClusterTransitions,
    ...proxyTransitions,
    ...capacityReservationTransitions,
    ...blueGreenTransitions,
  }),
  // Handlers see the SDK's input types, whose required members are `T | undefined`: core validation has
  // refused a call without them before a handler runs, so handlers read them as `input.Member!`.
  operations: operationTable<RdsWorld>(
    clusterLifecycleOperations,
    clusterModifyOperations,
    clusterActionOperations,
    instanceOperations,
    subnetGroupOperations,
    parameterGroupOperations,
    tagOperations,
    snapshotHandlers,
    snapshotAttributeHandlers,
    restoreFromSnapshotHandlers,
    restoreToPointInTimeHandlers,
    restoreFromS3Handlers,
    activityStreamHandlers,
    clusterEndpointOperations,
    clusterRoleOperations,
    backtrackOperations,
    engineVersionOperations,
    clusterParameterOperations,
    catalogOperations,
    // --- Events and event subscriptions ---
    eventOperations,
    eventSubscriptionOperations,
    // Issue 13: DB parameter groups and option groups.
    dbParameterGroupOperations,
    dbParameterOperations,
    optionGroupOperations,
    optionGroupModifyOperations,
    // --- read replicas and instance restores ---
    readReplicaOperations,
    instanceRestoreFromSnapshotOperations,
    instanceRestoreFromS3Operations,
    // --- end read replicas and instance restores ---
    // --- Issue 13: automated backups and point-in-time restore of DB instances ---
    instanceAutomatedBackupOperations,
    replicationOperations,
    clusterAutomatedBackupOperations,
    instancePitrOperations,
    // --- end issue 13 automated backups ---
    // Issue 14: Data API and Aurora Serverless.
    dataApiOperations,
    serverlessOperations,
    reservedInstanceOperations,
    shardGroupOperations,
    integrationOperations,
    exportTaskOperations,
    customEngineVersionOperations,
    tenantDatabaseOperations,
    // --- standalone DB instances ---
    powerOperations,
    // --- end standalone DB instances ---
    // --- Issue 13: ModifyDBInstance (standalone), valid modifications, instance roles ---
    instanceModifyOperations,
    validModificationOperations,
    instanceRoleOperations,
    // --- end issue 13 instance modify ---
    // --- DB snapshots ---
    dbSnapshotOperations,
    dbSnapshotDescribeOperations,
    dbSnapshotModifyOperations,
    dbSnapshotAttributeOperations,
    // --- end DB snapshots ---
    // --- Issue 13: maintenance, log files, recommendations ---
    maintenanceOperations,
    logFileOperations,
    recommendationOperations,
    // --- end issue 13 maintenance ---
    // --- Aurora global databases ---
    globalClusterOperations,
    globalRoleOperations,
    // --- end global databases ---
    // --- RDS Proxy ---
    proxyOperations,
    proxyEndpointOperations,
    proxyTargetGroupOperations,
    proxyTargetOperations,
    // --- end RDS Proxy ---
    // --- Issue 14: DB capacity reservations ---
    capacityReservationOperations,
    // --- end issue 14 DB capacity reservations ---
    // --- Issue 14: blue/green deployments ---
    blueGreenOperations,
    // --- end issue 14 blue/green deployments ---
  ),
  // AWS defaults per account and Region; `createMockBackend({ quotas: { rds: { dbClusters: 100 } } })` overrides them.
  quotas: {
    dbClusters: 40,
    dbInstances: 40,
    dbSubnetGroups: 50,
    subnetsPerGroup: 20,
    dbClusterParameterGroups: 50,
    // GiB over all DB instances (a Multi-AZ DB cluster's three count; Aurora's cluster volume does not).
    totalStorageGiB: 100_000,
    manualClusterSnapshots: 100,
    clusterSnapshotSharedAccounts: 20,
    // Aurora: at most five custom endpoints per DB cluster.
    customEndpointsPerCluster: 5,
    // IAM roles associated with one DB cluster.
    rolesPerCluster: 5,
    // Event notification subscriptions per account and Region.
    eventSubscriptions: 20,
    // Issue 13: DB parameter groups (the default.* groups do not count) and option groups.
    dbParameterGroups: 50,
    optionGroups: 20,
    // Issue 14: reserved DB instances purchased per calendar month (RDS quotas: 40 per month).
    reservedDBInstances: 40,
    // Aurora quotas: "DB shard groups: 5" per account and Region.
    dbShardGroups: 5,
    // Zero-ETL integrations per account and Region (RDS and Aurora quotas: 100).
    integrations: 100,
    // RDS quotas: "Custom engine versions: 40" per account and Region.
    customEngineVersions: 40,
    // --- Issue 13: IAM roles associated with one DB instance. ---
    rolesPerInstance: 5,
    // --- DB snapshots: manual DB snapshots, and accounts one manual DB snapshot is shared with. ---
    manualDbSnapshots: 100,
    dbSnapshotSharedAccounts: 20,
    // --- end DB snapshots ---
    // --- Aurora global databases ---
    // Global clusters per account (AWS documents no default here: the simulator's own choice).
    globalClusters: 40,
    // Aurora user guide: "an Aurora global database can have up to 10 secondary AWS Regions".
    secondaryRegionsPerGlobalCluster: 10,
    // --- end global databases ---
    // --- RDS Proxy: 20 proxies per account and Region, 20 endpoints per proxy (Quotas for RDS Proxy) ---
    dbProxies: 20,
    dbProxyEndpointsPerProxy: 20,
    // --- end RDS Proxy ---
  },
  iam: rdsIam,
};
