/** The documented rules of CreateGlobalCluster: a new global database from scratch or from a primary cluster. */
import type { CreateGlobalClusterMessage } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { checkClusterState } from "../clusters/members.js";
import { clusterArnParts, clusters } from "../clusters/resource.js";
import { checkEngineVersion } from "../clusters/rules.js";
import { engineSpec, type EngineSpec } from "../engines/engines.js";
import { GCM } from "../messages/index.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

/** API reference: "Valid Values: aurora-mysql | aurora-postgresql". */
const GLOBAL_ENGINES = ["aurora-mysql", "aurora-postgresql"];

export function checkGlobalEngine(engine: string): EngineSpec {
  const spec = engineSpec(engine);
  if (!spec || !GLOBAL_ENGINES.includes(spec.name)) fail("InvalidParameterValue", GCM.engine(engine));
  return spec;
}

/**
 * API reference (SourceDBClusterIdentifier): "don't specify values for the following settings because
 * Amazon Aurora uses the values from the specified source DB cluster: DatabaseName, Engine, EngineVersion, StorageEncrypted".
 */
const FROM_SOURCE = ["Engine", "EngineVersion", "DatabaseName", "StorageEncrypted"] as const;

export interface GlobalSource {
  ctx: CallContext<RdsWorld>;
  cluster: ClusterRecord;
}

/** The primary cluster named by SourceDBClusterIdentifier: a cluster ARN of this account (any Region) or an identifier here. */
export function checkSource(ctx: CallContext<RdsWorld>, input: CreateGlobalClusterMessage): GlobalSource {
  for (const member of FROM_SOURCE) if (input[member] !== undefined) fail("InvalidParameterCombination", GCM.fromSource(member));
  const value = input.SourceDBClusterIdentifier!;
  let sourceCtx = ctx;
  let id = value;
  if (value.startsWith("arn:")) {
    const parts = clusterArnParts(ctx, value);
    if (!parts) fail("DBClusterNotFoundFault", GCM.sourceNotFound(value));
    id = parts.id;
    if (parts.region !== ctx.region) {
      if (ctx.hasWorld && !ctx.hasWorld(parts.region)) fail("DBClusterNotFoundFault", GCM.sourceNotFound(value));
      sourceCtx = ctx.contextOf(parts.region);
    }
  }
  const cluster = clusters.find(sourceCtx, id) ?? fail("DBClusterNotFoundFault", GCM.sourceNotFound(value));
  const spec = engineSpec(cluster.Engine);
  // Aurora user guide: a global database is made of Aurora provisioned DB clusters.
  if (!spec || !GLOBAL_ENGINES.includes(spec.name) || (cluster.EngineMode ?? "provisioned") !== "provisioned") {
    fail("InvalidDBClusterStateFault", GCM.sourceEngine(cluster.DBClusterIdentifier, `${cluster.Engine} (${cluster.EngineMode ?? "provisioned"})`));
  }
  if (cluster.GlobalClusterIdentifier !== undefined) fail("InvalidDBClusterStateFault", GCM.alreadyMember(cluster.DBClusterIdentifier, cluster.GlobalClusterIdentifier));
  checkClusterState(cluster, "available");
  return { ctx: sourceCtx, cluster };
}

/** Engine and version of a global cluster created from scratch (Engine is then required). */
export function checkScratchEngine(input: CreateGlobalClusterMessage): { engine: string; version: string } {
  if (input.Engine === undefined) fail("InvalidParameterValue", GCM.engineRequired());
  const spec = checkGlobalEngine(input.Engine);
  return { engine: spec.name, version: checkEngineVersion(spec, input.EngineVersion) };
}
