/**
 * Custom cluster endpoints as a resource: stored by lowercase identifier (unique per account and
 * Region), ARN `cluster-endpoint:<id>`. Their quota is per cluster (operations.ts), not per Region.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { M } from "../messages/index.js";
import { NO_RECORDS, lowercase } from "../shared/identifiers.js";
import type { ClusterEndpointRecord, RdsWorld } from "../world.js";

export const clusterEndpoints = defineResource<RdsWorld, ClusterEndpointRecord>({
  name: "DB cluster endpoint",
  // Older dumps have no collection: reads see none, and `insert` (see operations.ts) creates it.
  collection: (world) => world.clusterEndpoints ?? NO_RECORDS,
  key: lowercase,
  arn: { service: "rds", type: "cluster-endpoint" },
  notFound: (id) => fail("DBClusterEndpointNotFoundFault", M.endpointNotFound(id)),
  alreadyExists: (id) => fail("DBClusterEndpointAlreadyExistsFault", M.endpointExists(id)),
});
