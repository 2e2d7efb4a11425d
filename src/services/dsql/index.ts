/**
 * Amazon Aurora DSQL (`@aws-sdk/client-dsql`): clusters (single- and multi-Region), resource-based
 * policies, tags, VPC endpoint service names and CDC streams, simulated per the model. The service
 * template's model: this file only assembles what the resource folders declare.
 */
import { restJson } from "../../core/protocols/rest-json.js";
import type { ServiceDefinition } from "../../core/service.js";
import { operationTable } from "../../core/operations.js";
import { clusterOperations } from "./clusters/operations.js";
import { clusterTransitions } from "./clusters/transitions.js";
import { constraints, errors, operationErrors, operationNames } from "./constraints.generated.js";
import { createDsqlWorld } from "./create-world.js";
import { dsqlIam } from "./iam.js";
import { dsqlIdentity } from "./identity.js";
import { policyOperations } from "./policies/operations.js";
import { streamOperations } from "./streams/operations.js";
import { streamTransitions } from "./streams/transitions.js";
import { taggingOperations } from "./tagging/operations.js";
import type { DsqlWorld } from "./world.js";

export const dsql: ServiceDefinition<DsqlWorld> = {
  ...dsqlIdentity,
  protocol: restJson,
  baseException: "DSQLServiceException",
  errors,
  operationErrors,
  constraints,
  allOperations: operationNames,
  createWorld: createDsqlWorld,
  transitions: { ...clusterTransitions, ...streamTransitions },
  operations: operationTable<DsqlWorld>(clusterOperations, policyOperations, taggingOperations, streamOperations),
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
