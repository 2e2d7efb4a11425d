/** Finding clusters and streams by identifier, or the ResourceNotFoundException AWS answers. */
import { notFound } from "./errors.js";
import { messages } from "./messages.js";
import type { ClusterRecord, DsqlContext, StreamRecord } from "./world.js";

export function findCluster(ctx: DsqlContext, id: string): ClusterRecord {
  return ctx.world.clusters[id] ?? notFound("cluster", id, messages.clusterNotFound(id));
}

/** A stream of a cluster that exists: the cluster is looked up first, as the URL path nests them. */
export function findStream(ctx: DsqlContext, clusterId: string, streamId: string): StreamRecord {
  findCluster(ctx, clusterId);
  const s = ctx.world.streams[streamId];
  if (!s || s.clusterIdentifier !== clusterId) return notFound("stream", streamId, messages.streamNotFound(clusterId, streamId));
  return s;
}
