/** New cluster records and shards: what CreateCluster, RestoreClusterFromSnapshot and scaling add. */
import type { CallContext } from "../../../core/service.js";
import { takeSeq } from "../shared/ids.js";
import type { ClusterRecord, DocdbWorld, ShardRecord } from "../world.js";
import { clusterEndpoint, clusters } from "./resource.js";

type Ctx = CallContext<DocdbWorld>;

/** What a new cluster is made of: CreateCluster's input with defaults, or a snapshot's configuration. */
export type ClusterSpec = Omit<ClusterRecord, "id" | "seq" | "clusterArn" | "status" | "clusterEndpoint" | "createTime" | "shards">;

export function newShards(ctx: Ctx, count: number): ShardRecord[] {
  const shards: ShardRecord[] = [];
  for (let i = 0; i < count; i++) shards.push({ shardId: ctx.ids.hex(12), createTime: ctx.now() });
  return shards;
}

/** Adds a CREATING cluster to the world (rules already checked). */
export function addCluster(ctx: Ctx, spec: ClusterSpec): ClusterRecord {
  const id = ctx.ids.uuid();
  const cluster: ClusterRecord = {
    id,
    seq: takeSeq(ctx.world),
    ...spec,
    clusterArn: clusters.arnOf(ctx, id),
    status: "CREATING",
    clusterEndpoint: clusterEndpoint(ctx, spec.clusterName),
    createTime: ctx.now(),
    shards: newShards(ctx, spec.shardCount),
  };
  clusters.insert(ctx, id, cluster);
  clusters.begin(ctx, cluster, "create");
  return cluster;
}
