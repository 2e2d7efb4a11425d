import {
  CopyDBClusterSnapshotCommand,
  DeleteDBClusterCommand,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  InvalidDBClusterSnapshotStateFault,
  ModifyDBClusterCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  RestoreDBClusterFromSnapshotCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight UTC, so the backup window 03:00-03:30 opens three hours in. */
const START = Date.UTC(2024, 0, 1);

async function automated(rds: RDSClient) {
  const out = await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "automated" }));
  return out.DBClusterSnapshots!;
}

async function timedCluster(extra = {}) {
  const ctx = setup({ lifecycle: "timed", startTime: START });
  await createCluster(ctx.rds, "db1", { PreferredBackupWindow: "03:00-03:30", BackupRetentionPeriod: 3, ...extra });
  ctx.backend.clock.advance(2 * 60_000);
  return ctx;
}

describe("automated DB cluster snapshots (timed lifecycle)", () => {
  it("are taken daily when the backup window opens: creating, then available", async () => {
    const { backend, rds } = await timedCluster();
    expect(await automated(rds)).toEqual([]);
    backend.clock.set(START + 3 * HOUR);
    let list = await automated(rds);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      DBClusterSnapshotIdentifier: "rds:db1-2024-01-01-03-00",
      DBClusterSnapshotArn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:rds:db1-2024-01-01-03-00`,
      DBClusterIdentifier: "db1",
      SnapshotType: "automated",
      Status: "creating",
      SnapshotCreateTime: new Date(START + 3 * HOUR),
    });
    backend.clock.advance(5 * 60_000);
    list = await automated(rds);
    expect(list[0]).toMatchObject({ Status: "available", PercentProgress: 100 });
    // Listed with the manual ones when no SnapshotType is given, never as manual.
    expect((await rds.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots).toHaveLength(1);
    expect((await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "manual" }))).DBClusterSnapshots).toEqual([]);
    const byId = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "rds:db1-2024-01-01-03-00", SnapshotType: "automated" }));
    expect(byId.DBClusterSnapshots).toHaveLength(1);
  });

  it("keeps BackupRetentionPeriod days of them, and follows a changed retention", async () => {
    const { backend, rds } = await timedCluster();
    backend.clock.set(START + 5 * DAY + 4 * HOUR);
    expect((await automated(rds)).map((s) => s.DBClusterSnapshotIdentifier)).toEqual([
      "rds:db1-2024-01-04-03-00",
      "rds:db1-2024-01-05-03-00",
      "rds:db1-2024-01-06-03-00",
    ]);
    await rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "db1", BackupRetentionPeriod: 1, ApplyImmediately: true }));
    expect((await automated(rds)).map((s) => s.DBClusterSnapshotIdentifier)).toEqual(["rds:db1-2024-01-06-03-00"]);
  });

  it("carry the cluster's tags when CopyTagsToSnapshot is set", async () => {
    const { backend, rds } = await timedCluster({ CopyTagsToSnapshot: true, Tags: [{ Key: "env", Value: "prod" }] });
    backend.clock.set(START + 4 * HOUR);
    expect((await automated(rds))[0].TagList).toEqual([{ Key: "env", Value: "prod" }]);
  });

  it("cannot be deleted or shared, but can be copied (as manual) and restored", async () => {
    const { backend, rds } = await timedCluster();
    backend.clock.set(START + 4 * HOUR);
    const id = "rds:db1-2024-01-01-03-00";
    await expectFault(backend, () => rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: id })), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
      message: /automated/,
    });
    await expectFault(
      backend,
      () => rds.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: id, AttributeName: "restore", ValuesToAdd: ["all"] })),
      { Class: InvalidDBClusterSnapshotStateFault, name: "InvalidDBClusterSnapshotStateFault", message: /automated/ },
    );
    const copy = await rds.send(new CopyDBClusterSnapshotCommand({ SourceDBClusterSnapshotIdentifier: id, TargetDBClusterSnapshotIdentifier: "kept" }));
    expect(copy.DBClusterSnapshot).toMatchObject({ SnapshotType: "manual", Status: "copying" });
    const restored = await rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "db2", SnapshotIdentifier: id, Engine: "aurora-postgresql" }));
    expect(restored.DBCluster!.Status).toBe("creating");
  });

  it("go with their cluster; manual snapshots stay", async () => {
    const { backend, rds } = await timedCluster();
    backend.clock.set(START + 2 * DAY + 4 * HOUR);
    expect(await automated(rds)).toHaveLength(3);
    await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "db1", FinalDBSnapshotIdentifier: "last" }));
    backend.clock.advance(10 * 60_000);
    expect(await automated(rds)).toEqual([]);
    expect((await rds.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots!.map((s) => s.DBClusterSnapshotIdentifier)).toEqual(["last"]);
  });

  it("are not taken in the instant lifecycle", async () => {
    const { backend, rds } = setup({ startTime: START });
    await createCluster(rds, "db1", { PreferredBackupWindow: "03:00-03:30" });
    backend.clock.advance(3 * DAY);
    expect(await automated(rds)).toEqual([]);
  });
});
