import {
  CopyDBSnapshotCommand,
  DeleteDBSnapshotCommand,
  DescribeDBSnapshotsCommand,
  DescribeEventsCommand,
  InvalidDBSnapshotStateFault,
  ModifyDBSnapshotAttributeCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createStandalone, expectFault, setup } from "./db-snapshots-fixtures.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight UTC, so the backup window 03:00-03:30 opens three hours in. */
const START = Date.UTC(2024, 0, 1);
const FIRST = "rds:pg1-2024-01-01-03-00";

async function automated(rds: RDSClient) {
  return (await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: "automated" }))).DBSnapshots!;
}

async function timedInstance(retention = 3) {
  const ctx = setup({ lifecycle: "timed", startTime: new Date(START) });
  await createStandalone(ctx, "pg1", { PreferredBackupWindow: "03:00-03:30", BackupRetentionPeriod: retention, CopyTagsToSnapshot: true, Tags: [{ Key: "t", Value: "1" }] });
  return ctx;
}

describe("automated DB snapshots (timed lifecycle)", () => {
  it("appear when the backup window opens (not 1 ms before): creating, then available", async () => {
    const { backend, rds } = await timedInstance();
    backend.clock.set(START + 3 * HOUR - 1);
    expect(await automated(rds)).toEqual([]);
    backend.clock.set(START + 3 * HOUR);
    let list = await automated(rds);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      DBSnapshotIdentifier: FIRST,
      DBSnapshotArn: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${FIRST}`,
      DBInstanceIdentifier: "pg1",
      SnapshotType: "automated",
      Status: "creating",
      SnapshotCreateTime: new Date(START + 3 * HOUR),
      Engine: "postgres",
      // CopyTagsToSnapshot copies the instance's tags to automated snapshots too.
      TagList: [{ Key: "t", Value: "1" }],
    });
    backend.clock.advance(5 * 60_000);
    list = await automated(rds);
    expect(list[0]).toMatchObject({ Status: "available", PercentProgress: 100 });
    // Listed with manual ones when no SnapshotType is given; found by identifier, ARN and filters.
    expect((await rds.send(new DescribeDBSnapshotsCommand({}))).DBSnapshots).toHaveLength(1);
    expect((await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: "manual" }))).DBSnapshots).toEqual([]);
    expect((await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: FIRST }))).DBSnapshots).toHaveLength(1);
    expect((await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: list[0].DBSnapshotArn }))).DBSnapshots).toHaveLength(1);
    const filtered = await rds.send(new DescribeDBSnapshotsCommand({ Filters: [{ Name: "snapshot-type", Values: ["automated"] }, { Name: "db-instance-id", Values: ["PG1"] }] }));
    expect(filtered.DBSnapshots).toHaveLength(1);
  });

  it("shows their events: creating at the window, created 5 minutes later", async () => {
    const { backend, rds } = await timedInstance();
    backend.clock.set(START + 3 * HOUR + 5 * 60_000);
    const events = (await rds.send(new DescribeEventsCommand({ SourceType: "db-snapshot", Duration: 600 }))).Events!;
    expect(events.map((e) => [e.SourceIdentifier, e.Message, e.Date])).toEqual([
      [FIRST, "Creating automated snapshot", new Date(START + 3 * HOUR)],
      [FIRST, "Automated snapshot created", new Date(START + 3 * HOUR + 5 * 60_000)],
    ]);
  });

  it("keeps BackupRetentionPeriod days of them: the oldest goes when the next is taken", async () => {
    const { backend, rds } = await timedInstance(2);
    backend.clock.set(START + DAY + 3 * HOUR - 1);
    expect((await automated(rds)).map((s) => s.DBSnapshotIdentifier)).toEqual([FIRST]);
    backend.clock.set(START + DAY + 3 * HOUR);
    expect((await automated(rds)).map((s) => s.DBSnapshotIdentifier)).toEqual([FIRST, "rds:pg1-2024-01-02-03-00"]);
    backend.clock.set(START + 2 * DAY + 3 * HOUR);
    expect((await automated(rds)).map((s) => s.DBSnapshotIdentifier)).toEqual(["rds:pg1-2024-01-02-03-00", "rds:pg1-2024-01-03-03-00"]);
  });

  it("cannot be deleted or shared (InvalidDBSnapshotState), but can be copied to a manual snapshot", async () => {
    const { backend, rds } = await timedInstance();
    backend.clock.set(START + 4 * HOUR);
    await expectFault(backend, () => rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: FIRST })), {
      Class: InvalidDBSnapshotStateFault,
      name: "InvalidDBSnapshotStateFault",
      message: /automated/,
    });
    await expectFault(backend, () => rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: FIRST, AttributeName: "restore", ValuesToAdd: ["210987654321"] })), {
      Class: InvalidDBSnapshotStateFault,
      name: "InvalidDBSnapshotStateFault",
      message: /automated/,
    });
    const copy = await rds.send(new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: FIRST, TargetDBSnapshotIdentifier: "kept" }));
    expect(copy.DBSnapshot).toMatchObject({ DBSnapshotIdentifier: "kept", SnapshotType: "manual", Status: "copying" });
  });

  it("none without backups (retention 0) and none in the instant lifecycle", async () => {
    const timed = await timedInstance(0);
    timed.backend.clock.set(START + 5 * DAY);
    expect(await automated(timed.rds)).toEqual([]);
    const instant = setup();
    await createStandalone(instant, "pg1", { BackupRetentionPeriod: 7 });
    expect(await automated(instant.rds)).toEqual([]);
  });
});
