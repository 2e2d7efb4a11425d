/**
 * Amazon RDS (`@aws-sdk/client-rds`), Aurora and Multi-AZ DB clusters: clusters and their member
 * instances, DB subnet groups and DB cluster parameter groups, tags (the cluster issue), and cluster
 * snapshots, restores and activity streams (the snapshot issue).
 */
import { awsQuery } from "../../core/protocols/aws-query.js";
import type { ServiceDefinition } from "../../core/service.js";
import { rdsIdentity } from "./identity.js";
import { catalogOperations } from "./catalogs/index.js";
import { backtrackOperations, backtrackTransitions } from "./backtracks.js";
import { clusterEndpointOperations, clusterEndpointTransitions } from "./cluster-endpoints.js";
import { clusterOperations } from "./cluster-handlers.js";
import { clusterParameterOperations } from "./cluster-parameters.js";
import { clusterRoleOperations } from "./cluster-roles.js";
import { constraints, errors, operationErrors, operationNames } from "./constraints.generated.js";
import { engineVersionOperations } from "./engine-versions.js";
import { snapshotOperations, snapshotTransitions } from "./snapshot-operations.js";
import { clusterTransitions } from "./transitions.js";
import { rdsIam } from "./iam.js";
import { createRdsWorld, type RdsWorld } from "./world.js";

export const rds: ServiceDefinition<RdsWorld> = {
  ...rdsIdentity,
  protocol: awsQuery,
  baseException: "RDSServiceException",
  xmlNamespace: "http://rds.amazonaws.com/doc/2014-10-31/",
  errors,
  operationErrors,
  // AWS answers a required parameter sent empty ("DBClusterIdentifier=") as blank, not as missing.
  constraints: { ...constraints, requiredNotBlank: true },
  allOperations: operationNames,
  createWorld: createRdsWorld,
  transitions: { ...clusterTransitions, ...snapshotTransitions, ...clusterEndpointTransitions, ...backtrackTransitions },
  operations: { ...clusterOperations, ...snapshotOperations, ...clusterEndpointOperations, ...clusterRoleOperations, ...backtrackOperations, ...engineVersionOperations, ...clusterParameterOperations, ...catalogOperations },
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
  },
  iam: rdsIam,
};
