/**
 * The rules of zero-ETL integrations (Aurora and RDS User Guides, "Zero-ETL integrations"): the source
 * is a DB cluster or DB instance of this account and Region on a supported engine; the target an
 * Amazon Redshift namespace (provisioned or Serverless) or an AWS Glue catalog (SageMaker lakehouse)
 * in the same Region; one integration per source and target pair.
 */
import { fail } from "../../../core/aws-error.js";
import { parseArn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { clusterArnParts, clusters } from "../clusters/resource.js";
import { instances } from "../instances/resource.js";
import { IM, M } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

/** Source engines of the user guides: Aurora MySQL and PostgreSQL clusters; RDS for MySQL, PostgreSQL and Oracle instances. */
const CLUSTER_ENGINES = ["aurora-mysql", "aurora-postgresql"];
const INSTANCE_ENGINES = ["mysql", "postgres", "oracle-ee", "oracle-se2", "oracle-ee-cdb", "oracle-se2-cdb"];

/** Target services and the resource form each names. */
const TARGETS: Record<string, RegExp> = {
  redshift: /^namespace:[0-9a-f-]{36}$/,
  "redshift-serverless": /^namespace\/[0-9a-f-]{36}$/,
  glue: /^catalog(\/.+)?$/,
};

/** The source's identifier, after checking that it exists and runs a supported engine. */
export function checkSource(ctx: CallContext<RdsWorld>, sourceArn: string): string {
  const parsed = parseArn(sourceArn);
  const type = parsed?.resource.split(":")[0];
  if (!parsed || parsed.region !== ctx.region || parsed.accountId !== ctx.accountId) fail("InvalidParameterValue", IM.sourceRegion(sourceArn, ctx.region));
  if (type === "cluster") {
    const id = clusterArnParts(ctx, sourceArn)?.id;
    const cluster = id === undefined ? undefined : clusters.find(ctx, id);
    if (!cluster) return fail("DBClusterNotFoundFault", M.clusterNotFound(sourceArn));
    if (!CLUSTER_ENGINES.includes(cluster.Engine ?? "")) fail("InvalidParameterValue", IM.sourceEngine(cluster.DBClusterIdentifier, cluster.Engine ?? ""));
    return cluster.DBClusterIdentifier;
  }
  const id = instances.keyFromArn(ctx, sourceArn);
  const instance = id === undefined ? undefined : instances.find(ctx, id);
  if (!instance) return fail("DBInstanceNotFoundFault", M.instanceNotFound(sourceArn));
  // An Aurora member replicates through its cluster: the cluster ARN is the source.
  if (instance.DBClusterIdentifier || !INSTANCE_ENGINES.includes(instance.Engine ?? "")) fail("InvalidParameterValue", IM.sourceEngine(instance.DBInstanceIdentifier, instance.Engine ?? ""));
  return instance.DBInstanceIdentifier;
}

export function checkTarget(ctx: CallContext<RdsWorld>, targetArn: string): void {
  const parsed = parseArn(targetArn);
  const form = parsed ? TARGETS[parsed.service] : undefined;
  if (!parsed || !form || !form.test(parsed.resource) || !/^\d{12}$/.test(parsed.accountId)) fail("InvalidParameterValue", IM.target(targetArn));
  if (parsed.region !== ctx.region) fail("InvalidParameterValue", IM.targetRegion(targetArn, ctx.region));
}
