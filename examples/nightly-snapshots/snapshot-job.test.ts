/**
 * The nightly snapshot job under vitest, against a simulated RDS: each test gets its own backend and
 * an attached RDSClient (fixtures), breaks things on purpose (faults, overrides) and checks both the
 * state left behind and the calls made (matchers).
 */
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe } from "vitest";
import { expect, test } from "aws-db-mock/vitest";
import { runNightlySnapshots, snapshotId } from "./snapshot-job.js";

const DAY = 24 * 60 * 60 * 1000;
const FIRST_NIGHT = new Date("2030-01-01T02:00:00Z");

// Every test's backend starts on the first night; the clock moves only when a test says so.
test.override({ backendOptions: { startTime: FIRST_NIGHT } });

async function createCluster(rds: RDSClient, id: string, tags: Record<string, string>): Promise<void> {
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: id,
      Engine: "aurora-postgresql",
      MasterUsername: "dbadmin",
      MasterUserPassword: "correct-horse-battery",
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
}

async function snapshotsOf(rds: RDSClient, cluster: string): Promise<string[]> {
  const out = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: cluster, SnapshotType: "manual" }));
  return (out.DBClusterSnapshots ?? []).map((s) => s.DBClusterSnapshotIdentifier!).sort();
}

describe("the nightly snapshot job", () => {
  test("snapshots every cluster tagged for backup, and only those", async ({ rds }) => {
    await createCluster(rds, "orders", { backup: "nightly" });
    await createCluster(rds, "payments", { backup: "nightly", team: "billing" });
    await createCluster(rds, "scratch", { team: "data" });

    const report = await runNightlySnapshots({ rds, retentionDays: 7, now: FIRST_NIGHT });

    expect(report.created).toEqual(["nightly-orders-2030-01-01", "nightly-payments-2030-01-01"]);
    expect(report.failed).toEqual([]);
    expect(await snapshotsOf(rds, "orders")).toEqual(["nightly-orders-2030-01-01"]);
    expect(rds).toHaveReceivedCommandTimes(CreateDBClusterSnapshotCommand, 2);
    expect(rds).toHaveReceivedCommandWith(CreateDBClusterSnapshotCommand, {
      DBClusterIdentifier: "payments",
      Tags: [{ Key: "created-by", Value: "nightly-snapshots" }],
    });
    expect(rds).not.toHaveReceivedCommandWith(CreateDBClusterSnapshotCommand, { DBClusterIdentifier: "scratch" });
  });

  test("keeps a week of its snapshots, and never deletes one it did not make", async ({ rds, backend }) => {
    await createCluster(rds, "orders", { backup: "nightly" });
    await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "orders", DBClusterSnapshotIdentifier: "before-migration" }));

    const deletedEachNight: string[][] = [];
    for (let night = 0; night < 10; night++) {
      const report = await runNightlySnapshots({ rds, retentionDays: 7, now: backend.clock.date() });
      deletedEachNight.push(report.deleted);
      backend.clock.advance(DAY);
    }

    // Night 8 is the first with a snapshot more than 7 days old.
    expect(deletedEachNight.slice(0, 8).flat()).toEqual([]);
    expect(deletedEachNight[8]).toEqual(["nightly-orders-2030-01-01"]);
    expect(deletedEachNight[9]).toEqual(["nightly-orders-2030-01-02"]);
    const kept = await snapshotsOf(rds, "orders");
    expect(kept).toHaveLength(9);
    expect(kept).toContain("before-migration");
    expect(kept).toContain(snapshotId("orders", new Date(FIRST_NIGHT.getTime() + 9 * DAY)));
    expect(rds).toHaveReceivedLastCommandWith(DeleteDBClusterSnapshotCommand, { DBClusterSnapshotIdentifier: "nightly-orders-2030-01-02" });
  });

  test("running twice in one night changes nothing the second time", async ({ rds, backend }) => {
    await createCluster(rds, "orders", { backup: "nightly" });
    await runNightlySnapshots({ rds, retentionDays: 7, now: FIRST_NIGHT });
    const after = backend.dump();

    const again = await runNightlySnapshots({ rds, retentionDays: 7, now: FIRST_NIGHT });

    expect(again.created).toEqual([]);
    expect(again.alreadyDone).toEqual(["nightly-orders-2030-01-01"]);
    expect(again.failed).toEqual([]);
    expect(backend.dump()).toEqual(after);
  });
});

describe("when AWS misbehaves", () => {
  test("one cluster failing does not stop the others", async ({ rds, backend }) => {
    await createCluster(rds, "orders", { backup: "nightly" });
    await createCluster(rds, "payments", { backup: "nightly" });
    backend.faults.inject({
      command: CreateDBClusterSnapshotCommand,
      match: (input) => input.DBClusterIdentifier === "orders",
      error: "SnapshotQuotaExceededFault",
    });

    const report = await runNightlySnapshots({ rds, retentionDays: 7, now: FIRST_NIGHT });

    expect(report.failed).toEqual([{ cluster: "orders", step: "snapshot", error: "SnapshotQuotaExceededFault" }]);
    expect(report.created).toEqual(["nightly-payments-2030-01-01"]);
    expect(await snapshotsOf(rds, "orders")).toEqual([]);
  });

  test("a snapshot stuck in another state is reported and the rest are still cleaned up", async ({ rds, backend }) => {
    await createCluster(rds, "orders", { backup: "nightly" });
    for (let night = 0; night < 9; night++) {
      await runNightlySnapshots({ rds, retentionDays: 100, now: backend.clock.date() });
      backend.clock.advance(DAY);
    }
    // Someone else started deleting the oldest one: AWS refuses a second delete.
    backend.on(DeleteDBClusterSnapshotCommand, { DBClusterSnapshotIdentifier: "nightly-orders-2030-01-01" }).rejects("InvalidDBClusterSnapshotStateFault");

    const report = await runNightlySnapshots({ rds, retentionDays: 7, now: backend.clock.date() });

    expect(report.failed).toEqual([{ cluster: "orders", step: "cleanup", error: "InvalidDBClusterSnapshotStateFault" }]);
    expect(report.deleted).toEqual(["nightly-orders-2030-01-02"]);
  });

  describe("with the SDK's own retries", () => {
    // The client retries throttling itself (3 attempts by default); no real waiting in tests.
    test.override({ backendOptions: { startTime: FIRST_NIGHT, retries: { delay: false } } });

    test("a throttled night still succeeds", async ({ rds, backend }) => {
      await createCluster(rds, "orders", { backup: "nightly" });
      backend.faults.inject({ command: CreateDBClusterSnapshotCommand, error: "Throttling", times: 2 });

      const report = await runNightlySnapshots({ rds, retentionDays: 7, now: FIRST_NIGHT });

      expect(report.created).toEqual(["nightly-orders-2030-01-01"]);
      expect(rds).toHaveReceivedCommandTimes(CreateDBClusterSnapshotCommand, 3);
    });

    test("a throttle that does not stop is reported after the client gives up", async ({ rds, backend }) => {
      await createCluster(rds, "orders", { backup: "nightly" });
      backend.faults.inject({ command: CreateDBClusterSnapshotCommand, error: "Throttling" });

      const report = await runNightlySnapshots({ rds, retentionDays: 7, now: FIRST_NIGHT });

      expect(report.failed).toEqual([{ cluster: "orders", step: "snapshot", error: "Throttling" }]);
      expect(rds).toHaveReceivedCommandTimes(CreateDBClusterSnapshotCommand, 3);
    });
  });
});
