/**
 * Amazon DocumentDB Elastic Clusters: all 19 operations of `@aws-sdk/client-docdb-elastic`.
 * Clusters and snapshots with their lifecycles, the documented rules and quotas, tags and pending
 * maintenance. docs/docdb-elastic.md describes the simulated behaviour.
 */
import { restJson } from "../../core/protocols/rest-json.js";
import type { ServiceDefinition } from "../../core/service.js";
import { docdbElasticIdentity } from "./identity.js";
import { constraints, errors, operationErrors, operationNames } from "./constraints.generated.js";
import { operations } from "./handlers.js";
import { docdbElasticIam } from "./iam.js";
import { QUOTA_DEFAULTS } from "./quotas.js";
import { transitions } from "./transitions.js";
import { createDocdbWorld, type DocdbWorld } from "./world.js";

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
  transitions,
  operations,
  quotas: { ...QUOTA_DEFAULTS },
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
