/**
 * Manual DB (instance) snapshots as a resource: stored by lowercase identifier, ARN `snapshot:<id>`,
 * quota `manualDbSnapshots` (100 per account and Region; every stored snapshot is manual, automated
 * ones are derived from the clock, see automated.ts). Finding one by ARN is rules.ts's job: automated
 * identifiers (`rds:<instance>-<date>`) hold a colon, which a descriptor's ARN key never does.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { DSM } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { DBSnapshotRecord, RdsWorld } from "../world.js";

export const MANUAL_DB_SNAPSHOT_QUOTA = "manualDbSnapshots";
export const DB_SNAPSHOT_SHARED_ACCOUNTS_QUOTA = "dbSnapshotSharedAccounts";
/** The DB snapshot kind in the transition table (transitions.ts). */
export const DB_SNAPSHOT_KIND = "dbSnapshot";

export const dbSnapshots = defineResource<RdsWorld, DBSnapshotRecord>({
  name: "DB snapshot",
  collection: (world) => (world.dbSnapshots ??= {}),
  key: lowercase,
  arn: { service: "rds", type: "snapshot" },
  notFound: (id) => fail("DBSnapshotNotFoundFault", DSM.notFound(id, "DBSnapshotIdentifier")),
  alreadyExists: (id) => fail("DBSnapshotAlreadyExistsFault", DSM.exists(id, "DBSnapshotIdentifier")),
  quota: { name: MANUAL_DB_SNAPSHOT_QUOTA, exceeded: (limit) => fail("SnapshotQuotaExceededFault", DSM.quota(limit)) },
  lifecycle: { kind: DB_SNAPSHOT_KIND, id: (s) => s.DBSnapshotIdentifier },
});
