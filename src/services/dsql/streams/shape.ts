/** Stream outputs from records, in state form (epoch-ms times), as clusters/shape.ts. */
import type { StreamRecord } from "../world.js";

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
