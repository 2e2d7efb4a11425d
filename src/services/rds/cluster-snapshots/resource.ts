/**
 * Manual DB cluster snapshots as a resource: stored by lowercase identifier, ARN
 * `cluster-snapshot:<id>`, quota `manualClusterSnapshots` (every stored snapshot is manual; automated
 * ones are derived from the clock, see automated-backups/). Finding one by ARN is rules.ts's job:
 * automated identifiers (`rds:<cluster>-<date>`) hold a colon, which a descriptor's ARN key never does.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { SM } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { ClusterSnapshotRecord, RdsWorld } from "../world.js";

export const MANUAL_SNAPSHOT_QUOTA = "manualClusterSnapshots";

export const clusterSnapshots = defineResource<RdsWorld, ClusterSnapshotRecord>({
  name: "DB cluster snapshot",
  collection: (world) => world.clusterSnapshots,
  key: lowercase,
  arn: { service: "rds", type: "cluster-snapshot" },
  notFound: (id) => fail("DBClusterSnapshotNotFoundFault", SM.snapshotNotFound(id, "DBClusterSnapshotIdentifier")),
  alreadyExists: (id) => fail("DBClusterSnapshotAlreadyExistsFault", SM.snapshotExists(id, "DBClusterSnapshotIdentifier")),
  quota: { name: MANUAL_SNAPSHOT_QUOTA, exceeded: (limit) => fail("SnapshotQuotaExceededFault", SM.snapshotQuota(limit)) },
});
