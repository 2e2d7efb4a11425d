/**
 * The rules of exports to Amazon S3 (RDS and Aurora User Guides, "Exporting DB snapshot data to
 * Amazon S3", "Exporting DB cluster data to Amazon S3"; API reference StartExportTask).
 */
import { fail } from "../../../core/aws-error.js";
import { parseArn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { findSnapshot } from "../cluster-snapshots/rules.js";
import { findCluster } from "../clusters/resource.js";
import { findDbSnapshot } from "../db-snapshots/rules.js";
import { XTM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

/** What an export reads from its source. */
export interface ExportSource {
  type: "SNAPSHOT" | "CLUSTER";
  engine: string;
  /** When the data was captured: the snapshot's creation time, or now for a cluster export. */
  snapshotTime: number;
  /** GiB exported when the task completes. */
  sizeGb: number;
}

/** The source SourceArn names: an available DB snapshot, DB cluster snapshot or DB cluster of this account and Region. */
export function checkSource(ctx: CallContext<RdsWorld>, sourceArn: string): ExportSource {
  const parsed = parseArn(sourceArn);
  const type = parsed?.resource.split(":")[0];
  if (!parsed || parsed.service !== "rds" || parsed.region !== ctx.region || parsed.accountId !== ctx.accountId) fail("InvalidParameterValue", XTM.source(sourceArn));
  if (type === "cluster-snapshot") {
    const snapshot = findSnapshot(ctx, sourceArn, "SourceArn");
    if (snapshot.Status !== "available") fail("InvalidExportSourceStateFault", XTM.sourceState("DB cluster snapshot", snapshot.DBClusterSnapshotIdentifier, snapshot.Status));
    return { type: "SNAPSHOT", engine: snapshot.Engine ?? "", snapshotTime: snapshot.SnapshotCreateTime ?? ctx.now(), sizeGb: snapshot.AllocatedStorage ?? 1 };
  }
  if (type === "snapshot") {
    // A DB snapshot of a standalone instance (manual or automated: automated ids hold a colon).
    const snapshot = findDbSnapshot(ctx, sourceArn, "SourceArn");
    if (snapshot.Status !== "available") fail("InvalidExportSourceStateFault", XTM.sourceState("DB snapshot", snapshot.DBSnapshotIdentifier, snapshot.Status));
    return { type: "SNAPSHOT", engine: snapshot.Engine ?? "", snapshotTime: snapshot.SnapshotCreateTime ?? ctx.now(), sizeGb: snapshot.AllocatedStorage ?? 1 };
  }
  if (type === "cluster") {
    const cluster = findCluster(ctx, sourceArn);
    if (cluster.Status !== "available") fail("InvalidExportSourceStateFault", XTM.sourceState("DB cluster", cluster.DBClusterIdentifier, cluster.Status));
    return { type: "CLUSTER", engine: cluster.Engine ?? "", snapshotTime: ctx.now(), sizeGb: cluster.AllocatedStorage ?? 1 };
  }
  return fail("InvalidParameterValue", XTM.source(sourceArn));
}

/** Amazon S3 general purpose bucket names: 3-63 characters of a-z, 0-9, `.` and `-`, a letter or digit at each end, no `..`. */
const BUCKET = /^[a-z0-9](?:[a-z0-9.-]{1,61})[a-z0-9]$/;

export function checkBucket(name: string): void {
  if (!BUCKET.test(name) || name.includes("..")) fail("InvalidS3BucketFault", XTM.bucket(name));
}

/** An IAM role ARN; there is no IAM here, so any well-formed role exists (a malformed one does not). */
export function checkRole(roleArn: string): void {
  if (!/^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(roleArn)) fail("IamRoleNotFoundFault", XTM.role(roleArn));
}

/**
 * ExportOnly entries: `database`, `database.table` (RDS for MySQL, MariaDB, Aurora MySQL), and
 * `database.schema` / `database.schema.table` (RDS for PostgreSQL, Aurora PostgreSQL).
 */
export function checkExportOnly(entries: readonly string[] | undefined, engine: string): void {
  const postgres = engine.includes("postgres");
  const maxParts = postgres ? 3 : 2;
  for (const entry of entries ?? []) {
    const parts = entry.split(".");
    if (parts.some((p) => p.length === 0)) fail("InvalidExportOnlyFault", XTM.exportOnly(entry, engine, "every name between dots must be given"));
    if (parts.length > maxParts) {
      fail("InvalidExportOnlyFault", XTM.exportOnly(entry, engine, postgres ? "use database, database.schema or database.schema.table" : "use database or database.table"));
    }
  }
}
