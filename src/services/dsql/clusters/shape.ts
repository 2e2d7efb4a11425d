/**
 * Cluster outputs from records, in state form (epoch-ms times): handlers turn them into fresh SDK
 * outputs with `out`, so a caller can never reach state through an output.
 */
import type { ClusterRecord } from "../world.js";

/** AWS lists the cluster's own ARN first among `clusters`, then its peers. */
function multiRegionOf(c: ClusterRecord) {
  const mr = c.multiRegionProperties;
  return mr && { witnessRegion: mr.witnessRegion, clusters: [c.arn, ...mr.clusters] };
}

/** UpdateCluster and DeleteCluster answer with these four members. */
export function clusterStatusOutput(c: ClusterRecord) {
  return { identifier: c.identifier, arn: c.arn, status: c.status, creationTime: c.creationTime };
}

// One object literal rather than spreads of smaller shapes: it answers the most frequent calls.
export function createClusterOutput(c: ClusterRecord) {
  return {
    identifier: c.identifier,
    arn: c.arn,
    status: c.status,
    creationTime: c.creationTime,
    multiRegionProperties: multiRegionOf(c),
    encryptionDetails: c.encryptionDetails,
    deletionProtectionEnabled: c.deletionProtectionEnabled,
    endpoint: c.endpoint,
  };
}

export function getClusterOutput(c: ClusterRecord) {
  const out: ReturnType<typeof createClusterOutput> & { tags?: ClusterRecord["tags"] } = createClusterOutput(c);
  out.tags = c.tags;
  return out;
}

export function clusterSummary(c: ClusterRecord) {
  return { identifier: c.identifier, arn: c.arn };
}
