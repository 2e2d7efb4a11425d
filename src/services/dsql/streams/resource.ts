/**
 * CDC streams as data: they live in the world's `streams` (keyed by stream identifier, unique across
 * clusters) but belong to a cluster, so they are found through it and their ARN nests in the
 * cluster's (`cluster/ID/stream/ID`).
 */
import { defineResource } from "../../../core/resource.js";
import { clusters } from "../clusters/resource.js";
import { notFound } from "../errors.js";
import { messages } from "../messages.js";
import { recordTags } from "../shared/tags.js";
import type { DsqlWorld, StreamRecord } from "../world.js";

export const streams = defineResource<DsqlWorld, StreamRecord>({
  name: "stream",
  collection: (world) => world.streams,
  arn: { service: "dsql", type: "stream", separator: "/" },
  parent: { resource: clusters, key: (s) => s.clusterIdentifier },
  notFound: (id, clusterId) => notFound("stream", id, messages.streamNotFound(String(clusterId), id)),
  tags: recordTags,
  lifecycle: { kind: "stream", id: (s) => s.streamIdentifier },
});
