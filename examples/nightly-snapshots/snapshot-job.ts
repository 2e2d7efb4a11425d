/**
 * A nightly job, as a Lambda handler or a cron task would run it: snapshot every Aurora DB cluster
 * tagged for backup, then delete this job's own manual snapshots that are older than the retention.
 * One cluster failing does not stop the others; the report says what happened to each.
 *
 * This is ordinary application code: it knows nothing about aws-db-mock.
 */
import {
  CreateDBClusterSnapshotCommand,
  DBClusterSnapshotAlreadyExistsFault,
  DeleteDBClusterSnapshotCommand,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  type DBCluster,
  type RDSClient,
} from "@aws-sdk/client-rds";

export interface NightlySnapshotOptions {
  rds: RDSClient;
  /** Keep this job's snapshots for this many days (older ones are deleted). */
  retentionDays: number;
  /** The tag that marks a cluster for backup (default `backup=nightly`). */
  tag?: { key: string; value: string };
  /** When the job runs (default: now). */
  now?: Date;
}

export interface NightlySnapshotReport {
  /** Snapshots made tonight. */
  created: string[];
  /** Snapshots tonight's run found already made (the job ran twice). */
  alreadyDone: string[];
  /** Expired snapshots deleted. */
  deleted: string[];
  /** What went wrong, per cluster and step. */
  failed: { cluster: string; step: "snapshot" | "cleanup"; error: string }[];
}

const PREFIX = "nightly";
const DAY_MS = 24 * 60 * 60 * 1000;

/** `nightly-orders-2030-01-09`: one snapshot per cluster and night, so a rerun is harmless. */
export function snapshotId(cluster: string, night: Date): string {
  return `${PREFIX}-${cluster}-${night.toISOString().slice(0, 10)}`;
}

export async function runNightlySnapshots(options: NightlySnapshotOptions): Promise<NightlySnapshotReport> {
  const { rds, retentionDays } = options;
  const tag = options.tag ?? { key: "backup", value: "nightly" };
  const now = options.now ?? new Date();
  const report: NightlySnapshotReport = { created: [], alreadyDone: [], deleted: [], failed: [] };

  for (const cluster of await taggedAuroraClusters(rds, tag)) {
    const id = cluster.DBClusterIdentifier!;
    try {
      const name = snapshotId(id, now);
      if (await snapshot(rds, id, name)) report.created.push(name);
      else report.alreadyDone.push(name);
    } catch (error) {
      report.failed.push({ cluster: id, step: "snapshot", error: (error as Error).name });
    }
    try {
      for (const name of await expiredSnapshots(rds, id, new Date(now.getTime() - retentionDays * DAY_MS))) {
        try {
          await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: name }));
          report.deleted.push(name);
        } catch (error) {
          report.failed.push({ cluster: id, step: "cleanup", error: (error as Error).name });
        }
      }
    } catch (error) {
      report.failed.push({ cluster: id, step: "cleanup", error: (error as Error).name });
    }
  }
  return report;
}

async function taggedAuroraClusters(rds: RDSClient, tag: { key: string; value: string }): Promise<DBCluster[]> {
  const clusters: DBCluster[] = [];
  for await (const page of paginateDescribeDBClusters({ client: rds, pageSize: 100 }, {})) {
    for (const cluster of page.DBClusters ?? []) {
      const isAurora = cluster.Engine?.startsWith("aurora") ?? false;
      const tagged = cluster.TagList?.some((t) => t.Key === tag.key && t.Value === tag.value) ?? false;
      if (isAurora && tagged) clusters.push(cluster);
    }
  }
  return clusters;
}

/** true: made now; false: it already existed (tonight's run is being repeated). */
async function snapshot(rds: RDSClient, cluster: string, name: string): Promise<boolean> {
  try {
    await rds.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterIdentifier: cluster,
        DBClusterSnapshotIdentifier: name,
        Tags: [{ Key: "created-by", Value: "nightly-snapshots" }],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof DBClusterSnapshotAlreadyExistsFault) return false;
    throw error;
  }
}

/** This job's snapshots of `cluster` taken before `cutoff`; other snapshots are not its to delete. */
async function expiredSnapshots(rds: RDSClient, cluster: string, cutoff: Date): Promise<string[]> {
  const expired: string[] = [];
  const pages = paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 100 }, { DBClusterIdentifier: cluster, SnapshotType: "manual" });
  for await (const page of pages) {
    for (const snap of page.DBClusterSnapshots ?? []) {
      const ours = snap.DBClusterSnapshotIdentifier?.startsWith(`${PREFIX}-${cluster}-`) ?? false;
      if (ours && snap.Status === "available" && snap.SnapshotCreateTime && snap.SnapshotCreateTime < cutoff) {
        expired.push(snap.DBClusterSnapshotIdentifier!);
      }
    }
  }
  return expired;
}
