/**
 * Amazon DocumentDB Elastic Clusters: all 19 operations of `@aws-sdk/client-docdb-elastic`.
 * Clusters and snapshots with their lifecycles, the documented rules and quotas, tags and pending
 * maintenance, one folder each. docs/docdb-elastic.md describes the simulated behaviour.
 */
import { operationTable } from "../../core/operations.js";
import { restJson } from "../../core/protocols/rest-json.js";
import type { ServiceDefinition } from "../../core/service.js";
import { clusterOperations } from "./clusters/operations.js";
import { clusterTransitions } from "./clusters/transitions.js";
import { constraints, errors, operationErrors, operationNames } from "./constraints.generated.js";
import { createDocdbWorld } from "./create-world.js";
import { docdbElasticIam } from "./iam.js";
import { docdbElasticIdentity } from "./identity.js";
import { maintenanceOperations } from "./maintenance/operations.js";
import { maintenanceReactions } from "./maintenance/transitions.js";
import { snapshotReactions } from "./snapshots/automated.js";
import { snapshotOperations } from "./snapshots/operations.js";
import { snapshotTransitions } from "./snapshots/transitions.js";
import { tagOperations } from "./tags/operations.js";
import type { DocdbWorld } from "./world.js";

export type { DocdbWorld } from "./world.js";

export const docdbElastic: ServiceDefinition<DocdbWorld> = {
  ...docdbElasticIdentity,
  protocol: restJson,
  baseException: "DocDBElasticServiceException",
  errors,
  operationErrors,
  constraints,
  allOperations: operationNames,
  createWorld: createDocdbWorld,
  // A cluster's settled events, then what maintenance and snapshots do about them.
  transitions: { cluster: clusterTransitions(maintenanceReactions, snapshotReactions), snapshot: snapshotTransitions },
  operations: operationTable<DocdbWorld>(clusterOperations, snapshotOperations, tagOperations, maintenanceOperations),
  /**
   * Service quotas (DocumentDB developer guide, "Elastic cluster quotas"), overridable with
   * `createMockBackend({ quotas: { "docdb-elastic": { clusters, vcpus, manualSnapshots } } })`.
   */
  quotas: {
    /** Elastic clusters per Region (clusters/resource.ts). */
    clusters: 20,
    /** vCPUs summed across all elastic clusters per Region: shardCapacity x shardCount of each (clusters/rules.ts). */
    vcpus: 1024,
    /** Manual cluster snapshots per Region (snapshots/resource.ts). */
    manualSnapshots: 20,
  },
  // Fill an injected error's resourceId/resourceType, most specific first.
  resourceMembers: [
    ["snapshotArn", "cluster-snapshot"],
    ["clusterArn", "cluster"],
    ["resourceArn", undefined],
    ["snapshotName", "cluster-snapshot"],
    ["clusterName", "cluster"],
  ],
  iam: docdbElasticIam,
};
