/**
 * DSQL clusters as data: where they live, their ARN (`cluster/ID`), their not-found error, tags and
 * lifecycle. The quotas are rules (clusters/rules.ts): two of them, counted by kind.
 */
import { defineResource } from "../../../core/resource.js";
import { notFound } from "../errors.js";
import { messages } from "../messages.js";
import { recordTags } from "../shared/tags.js";
import type { ClusterRecord, DsqlWorld } from "../world.js";

export const clusters = defineResource<DsqlWorld, ClusterRecord>({
  name: "cluster",
  collection: (world) => world.clusters,
  arn: { service: "dsql", type: "cluster", separator: "/" },
  notFound: (id) => notFound("cluster", id, messages.clusterNotFound(id)),
  tags: recordTags,
  lifecycle: { kind: "cluster", id: (c) => c.identifier },
});
