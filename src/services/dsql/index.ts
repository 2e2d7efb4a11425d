/**
 * Amazon Aurora DSQL (`@aws-sdk/client-dsql`): clusters (single- and multi-Region), resource-based
 * policies, tags, VPC endpoint service names and CDC streams, simulated per the model.
 */
import { restJson } from "../../core/protocols/rest-json.js";
import type { ServiceDefinition } from "../../core/service.js";
import { dsqlIdentity } from "./identity.js";
import { constraints, errors, operationErrors, operationNames } from "./constraints.generated.js";
import { operations } from "./handlers.js";
import { dsqlIam } from "./iam.js";
import { transitions } from "./transitions.js";
import { createDsqlWorld, type DsqlWorld } from "./world.js";

export const dsql: ServiceDefinition<DsqlWorld> = {
  ...dsqlIdentity,
  protocol: restJson,
  baseException: "DSQLServiceException",
  errors,
  operationErrors,
  constraints,
  allOperations: operationNames,
  createWorld: createDsqlWorld,
  transitions,
  operations,
  // AWS defaults; `createMockBackend({ quotas: { dsql: { singleRegionClusters: 50 } } })` overrides them.
  quotas: {
    singleRegionClusters: 20,
    multiRegionClusters: 5,
    streamsPerCluster: 5,
  },
  // Fill an injected error's resourceId/resourceType, most specific first.
  resourceMembers: [
    ["streamIdentifier", "stream"],
    ["resourceArn", undefined],
    ["identifier", "cluster"],
    ["clusterIdentifier", "cluster"],
  ],
  iam: dsqlIam,
};
