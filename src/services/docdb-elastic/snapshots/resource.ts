/**
 * Elastic cluster snapshots as a resource: keyed by their id (the UUID ending the ARN), unique by
 * lowercase name, at most `manualSnapshots` MANUAL ones per Region (automated snapshots count against
 * no quota), listed in creation order. Callers name a snapshot by ARN.
 */
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { conflict, notFound, quotaExceeded } from "../errors.js";
import { message } from "../messages.js";
import { idFromArn } from "../shared/arns.js";
import { bySeq } from "../shared/pages.js";
import type { DocdbWorld, SnapshotRecord } from "../world.js";

export const snapshots = defineResource<DocdbWorld, SnapshotRecord>({
  name: "elastic cluster snapshot",
  collection: (world) => world.snapshots,
  arn: { service: "docdb-elastic", type: "cluster-snapshot", separator: "/" },
  notFound: (arn) => notFound("cluster-snapshot", arn, message.snapshotNotFound(arn)),
  alreadyExists: (name) => conflict("cluster-snapshot", name, message.snapshotNameTaken(name)),
  names: { index: (world) => world.snapshotNames, of: (snapshot) => snapshot.snapshotName },
  quota: {
    name: "manualSnapshots",
    exceeded: (limit) => quotaExceeded(message.snapshotQuota(limit)),
    counts: (snapshot) => snapshot.snapshotType === "MANUAL",
  },
  sortKey: bySeq,
  tags: { read: (snapshot) => snapshot.tags, write: (snapshot, tags) => void (snapshot.tags = tags) },
  lifecycle: { kind: "snapshot", id: (snapshot) => snapshot.id },
});

/** The snapshot an ARN names: a malformed ARN is a ValidationException, another snapshot's ARN not found. */
export function requireSnapshot(ctx: CallContext<DocdbWorld>, value: string): SnapshotRecord {
  // By id, then the record's own ARN: what findByArn answers, without parsing the ARN a second time.
  const snapshot = snapshots.find(ctx, idFromArn("cluster-snapshot", "snapshotArn", value));
  return snapshot !== undefined && snapshot.snapshotArn === value ? snapshot : snapshots.descriptor.notFound(value);
}
