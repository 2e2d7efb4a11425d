import {
  DBClusterAutomatedBackupNotFoundFault,
  DeleteDBClusterAutomatedBackupCommand,
  DeleteDBClusterCommand,
  DescribeDBClusterAutomatedBackupsCommand,
  DescribeDBClustersCommand,
  RestoreDBClusterToPointInTimeCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import type { MockBackend } from "../../src/index.js";
import { createCluster, expectFault, setup } from "./snapshots-fixtures.js";
import { DAY, MINUTE } from "./instance-backups-fixtures.js";

async function clusterBackups(rds: RDSClient, input = {}) {
  return (await rds.send(new DescribeDBClusterAutomatedBackupsCommand(input))).DBClusterAutomatedBackups!;
}

/** A cluster with three days of backups, an hour old, then deleted (keeping its automated backups unless told). */
async function deleted(backend: MockBackend, rds: RDSClient, id: string, keepBackups = true) {
  const cluster = await createCluster(rds, id, { BackupRetentionPeriod: 3 });
  backend.clock.advance(60 * MINUTE);
  await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: id, SkipFinalSnapshot: true, DeleteAutomatedBackups: keepBackups ? false : undefined }));
  backend.clock.advance(10 * MINUTE);
  return cluster;
}

describe("retained automated backups of deleted DB clusters", () => {
  it("DeleteDBCluster with DeleteAutomatedBackups=false keeps one; the default does not", async () => {
    const { backend, rds } = setup();
    const kept = await deleted(backend, rds, "kept");
    // The default: no DeleteAutomatedBackups member at all.
    await deleted(backend, rds, "gone", false);
    const list = await clusterBackups(rds);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      DBClusterIdentifier: "kept",
      DbClusterResourceId: kept.DbClusterResourceId,
      Status: "retained",
      Engine: "aurora-postgresql",
      BackupRetentionPeriod: 3,
      Region: "us-east-1",
      DBClusterArn: "arn:aws:rds:us-east-1:123456789012:cluster:kept",
    });
    expect(list[0].DBClusterAutomatedBackupsArn).toMatch(/^arn:aws:rds:us-east-1:123456789012:cluster-auto-backup:cab-[a-z0-9]{26}$/);
    const w = list[0].RestoreWindow!;
    expect(w.EarliestTime!.getTime()).toBe(kept.ClusterCreateTime!.getTime());
    expect(w.LatestTime!.getTime()).toBe(kept.ClusterCreateTime!.getTime() + 60 * MINUTE);
    expect(await clusterBackups(rds, { Filters: [{ Name: "status", Values: ["retained"] }] })).toHaveLength(1);
    expect(await clusterBackups(rds, { Filters: [{ Name: "db-cluster-id", Values: ["gone"] }] })).toEqual([]);
  });

  it("is keyed by DbClusterResourceId: a cluster re-created under the name does not touch it", async () => {
    const { backend, rds } = setup();
    const old = await deleted(backend, rds, "c1");
    const again = await createCluster(rds, "c1", { BackupRetentionPeriod: 3 });
    backend.clock.advance(10 * MINUTE);
    await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true, DeleteAutomatedBackups: false }));
    backend.clock.advance(10 * MINUTE);
    const list = await clusterBackups(rds, { DBClusterIdentifier: "C1" });
    expect(list.map((b) => b.DbClusterResourceId).sort()).toEqual([old.DbClusterResourceId, again.DbClusterResourceId].sort());
    expect(await clusterBackups(rds, { DbClusterResourceId: old.DbClusterResourceId })).toHaveLength(1);
  });

  it("expires on the clock: listed at the end of its retention, gone 1 ms later", async () => {
    const { backend, rds } = setup();
    await deleted(backend, rds, "c1");
    const latest = (await clusterBackups(rds))[0].RestoreWindow!.LatestTime!.getTime();
    backend.clock.set(latest + 3 * DAY);
    expect(await clusterBackups(rds)).toHaveLength(1);
    backend.clock.set(latest + 3 * DAY + 1);
    expect(await clusterBackups(rds)).toEqual([]);
  });

  it("answers DBClusterAutomatedBackupNotFound for a named backup that does not exist", async () => {
    const { backend, rds } = setup();
    await deleted(backend, rds, "c1");
    await expectFault(backend, () => rds.send(new DescribeDBClusterAutomatedBackupsCommand({ DbClusterResourceId: "cluster-NOPE" })), {
      Class: DBClusterAutomatedBackupNotFoundFault,
      name: "DBClusterAutomatedBackupNotFoundFault",
      status: 404,
      message: /cluster-NOPE not found/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterAutomatedBackupsCommand({ Filters: [{ Name: "engine", Values: ["x"] }] })), {
      name: "InvalidParameterValue",
    });
  });

  it("DeleteDBClusterAutomatedBackup deletes it (answered `deleting`); an unknown one is not found", async () => {
    const { backend, rds } = setup();
    const c = await deleted(backend, rds, "c1");
    await expectFault(backend, () => rds.send(new DeleteDBClusterAutomatedBackupCommand({ DbClusterResourceId: "cluster-NOPE" })), {
      Class: DBClusterAutomatedBackupNotFoundFault,
      name: "DBClusterAutomatedBackupNotFoundFault",
      status: 404,
    });
    const out = await rds.send(new DeleteDBClusterAutomatedBackupCommand({ DbClusterResourceId: c.DbClusterResourceId }));
    expect(out.DBClusterAutomatedBackup).toMatchObject({ DbClusterResourceId: c.DbClusterResourceId, Status: "deleting" });
    expect(await clusterBackups(rds)).toEqual([]);
    const results = await Promise.allSettled([rds.send(new DeleteDBClusterAutomatedBackupCommand({ DbClusterResourceId: c.DbClusterResourceId }))]);
    expect(results[0].status).toBe("rejected");
  });

  it("RestoreDBClusterToPointInTime restores a deleted cluster from SourceDbClusterResourceId, inside the retained window only", async () => {
    const { backend, rds } = setup();
    const c = await deleted(backend, rds, "c1");
    const latest = (await clusterBackups(rds))[0].RestoreWindow!.LatestTime!;
    await expectFault(
      backend,
      () => rds.send(new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: "r1", SourceDbClusterResourceId: c.DbClusterResourceId, RestoreToTime: new Date(latest.getTime() + 1) })),
      { name: "InvalidRestoreFault" },
    );
    const out = await rds.send(new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: "r1", SourceDbClusterResourceId: c.DbClusterResourceId, RestoreToTime: latest }));
    expect(out.DBCluster).toMatchObject({ DBClusterIdentifier: "r1", Engine: "aurora-postgresql", BackupRetentionPeriod: 3 });
    await rds.send(new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: "r2", SourceDbClusterResourceId: c.DbClusterResourceId, UseLatestRestorableTime: true }));
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters!.map((x) => x.DBClusterIdentifier).sort()).toEqual(["r1", "r2"]);
  });
});
