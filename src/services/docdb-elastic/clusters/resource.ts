/**
 * Elastic clusters as a resource: keyed by their id (the UUID ending the ARN), unique by lowercase
 * name, at most `clusters` per Region, listed in creation order. Callers name a cluster by ARN.
 */
import { dnsSuffix } from "../../../core/regions.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext, WorldScope } from "../../../core/service.js";
import { conflict, notFound, quotaExceeded } from "../errors.js";
import { message } from "../messages.js";
import { idFromArn } from "../shared/arns.js";
import { bySeq } from "../shared/pages.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";

export const clusters = defineResource<DocdbWorld, ClusterRecord>({
  name: "elastic cluster",
  collection: (world) => world.clusters,
  arn: { service: "docdb-elastic", type: "cluster", separator: "/" },
  notFound: (arn) => notFound("cluster", arn, message.clusterNotFound(arn)),
  alreadyExists: (name) => conflict("cluster", name, message.clusterNameTaken(name)),
  names: { index: (world) => world.clusterNames, of: (cluster) => cluster.clusterName },
  quota: { name: "clusters", exceeded: (limit) => quotaExceeded(message.clusterQuota(limit)) },
  sortKey: bySeq,
  tags: { read: (cluster) => cluster.tags, write: (cluster, tags) => void (cluster.tags = tags) },
  lifecycle: { kind: "cluster", id: (cluster) => cluster.id },
});

/** The cluster an ARN names: a malformed ARN is a ValidationException naming `member`, another cluster's ARN not found. */
export function requireCluster(ctx: CallContext<DocdbWorld>, value: string, member = "clusterArn"): ClusterRecord {
  // By id, then the record's own ARN: what findByArn answers, without parsing the ARN a second time.
  const cluster = clusters.find(ctx, idFromArn("cluster", member, value));
  return cluster !== undefined && cluster.clusterArn === value ? cluster : clusters.descriptor.notFound(value);
}

/** `<name>-<account>.<region>.docdb-elastic.amazonaws.com`, as AWS names elastic cluster endpoints. */
export function clusterEndpoint(scope: WorldScope, clusterName: string): string {
  return `${clusterName}-${scope.accountId}.${scope.region}.docdb-elastic.${dnsSuffix(scope.region)}`;
}
