/**
 * Operation outputs from records, in state form (epoch-ms times): handlers turn them into fresh SDK
 * outputs with `toOutput`, so a caller can never reach state through an output.
 */
import type { ClusterRecord, StreamRecord } from "./world.js";

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

/** CreateStream and DeleteStream share the summary members (plus ordering and format on create). */
export function streamSummary(s: StreamRecord) {
  return {
    clusterIdentifier: s.clusterIdentifier,
    streamIdentifier: s.streamIdentifier,
    arn: s.arn,
    status: s.status,
    creationTime: s.creationTime,
  };
}

export function createStreamOutput(s: StreamRecord) {
  return { ...streamSummary(s), ordering: s.ordering, format: s.format };
}

export function getStreamOutput(s: StreamRecord) {
  return { ...createStreamOutput(s), targetDefinition: s.targetDefinition, tags: s.tags };
}
