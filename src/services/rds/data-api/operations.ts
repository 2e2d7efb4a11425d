/**
 * RDS Data API: EnableHttpEndpoint and DisableHttpEndpoint switch the HTTP endpoint of an Aurora DB
 * cluster, shown as `HttpEndpointEnabled` on the cluster. API reference: "This operation applies only
 * to Aurora Serverless v2 and provisioned DB clusters"; Serverless v1 clusters use ModifyDBCluster's
 * EnableHttpEndpoint instead.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { clusterArnParts, clusters } from "../clusters/resource.js";
import { XM } from "../messages/index.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

/** The Data API runs on Aurora only (the user guide's "Data API for Aurora"); Multi-AZ DB clusters have none. */
const DATA_API_ENGINES = ["aurora-mysql", "aurora-postgresql"];

/**
 * The declared errors are ResourceNotFoundFault and InvalidResourceStateFault only, so a value that
 * is no cluster ARN of this account and Region is "not found" (AWS answers the same for a bad ARN).
 */
function dataApiCluster(ctx: CallContext<RdsWorld>, resourceArn: string): ClusterRecord {
  const parts = clusterArnParts(ctx, resourceArn);
  const cluster = parts?.region === ctx.region ? clusters.find(ctx, parts.id) : undefined;
  if (!cluster) fail("ResourceNotFoundFault", XM.dataApiNotFound(resourceArn));
  if (!DATA_API_ENGINES.includes(cluster.Engine ?? "")) fail("InvalidResourceStateFault", XM.dataApiEngine(cluster.DBClusterIdentifier, cluster.Engine ?? ""));
  if (cluster.EngineMode === "serverless") fail("InvalidResourceStateFault", XM.dataApiServerlessV1(cluster.DBClusterIdentifier));
  // Changing the endpoint is a change of the cluster: AWS takes it only from an available cluster.
  if (cluster.Status !== "available") fail("InvalidResourceStateFault", XM.dataApiState(cluster.DBClusterIdentifier, cluster.Status));
  return cluster;
}

function setHttpEndpoint(ctx: CallContext<RdsWorld>, resourceArn: string, enabled: boolean) {
  const cluster = dataApiCluster(ctx, resourceArn);
  cluster.HttpEndpointEnabled = enabled;
  return { ResourceArn: cluster.DBClusterArn, HttpEndpointEnabled: enabled };
}

export const dataApiOperations: Operations<typeof Sdk, RdsWorld> = {
  EnableHttpEndpoint: (input, ctx) => setHttpEndpoint(ctx, input.ResourceArn!, true),
  DisableHttpEndpoint: (input, ctx) => setHttpEndpoint(ctx, input.ResourceArn!, false),
};
