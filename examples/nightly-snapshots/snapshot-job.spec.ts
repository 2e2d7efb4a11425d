/**
 * The nightly snapshot job under jest (`npm run test:jest`): `useMockBackend()` gives each test a
 * fresh backend and an attached RDSClient; faults and matchers as in the vitest version.
 */
import { describe, expect, test } from "@jest/globals";
import { CreateDBClusterCommand, CreateDBClusterSnapshotCommand, DeleteDBClusterSnapshotCommand, DescribeDBClustersCommand } from "@aws-sdk/client-rds";
import { useMockBackend } from "aws-db-mock/jest";
import { runNightlySnapshots } from "./snapshot-job.js";

const DAY = 24 * 60 * 60 * 1000;
const FIRST_NIGHT = new Date("2030-01-01T02:00:00Z");

const mock = useMockBackend({ region: "eu-west-1", backend: { startTime: FIRST_NIGHT, retries: { delay: false } } });

async function createCluster(id: string, tags: Record<string, string>): Promise<void> {
  await mock.rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: id,
      Engine: "aurora-mysql",
      MasterUsername: "dbadmin",
      MasterUserPassword: "correct-horse-battery",
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
}

describe("the nightly snapshot job", () => {
  test("snapshots the tagged clusters and expires its week-old snapshots", async () => {
    await createCluster("orders", { backup: "nightly" });
    await createCluster("scratch", { backup: "never" });

    const reports = [];
    for (let night = 0; night < 9; night++) {
      reports.push(await runNightlySnapshots({ rds: mock.rds, retentionDays: 7, now: mock.backend.clock.date() }));
      mock.backend.clock.advance(DAY);
    }

    expect(reports[0].created).toEqual(["nightly-orders-2030-01-01"]);
    expect(reports[8].deleted).toEqual(["nightly-orders-2030-01-01"]);
    expect(mock.rds).toHaveReceivedCommandTimes(CreateDBClusterSnapshotCommand, 9);
    expect(mock.rds).not.toHaveReceivedCommandWith(CreateDBClusterSnapshotCommand, { DBClusterIdentifier: "scratch" });
    expect(mock.rds).toHaveReceivedLastCommandWith(DeleteDBClusterSnapshotCommand, { DBClusterSnapshotIdentifier: "nightly-orders-2030-01-01" });
  });

  test("a throttled DescribeDBClusters is retried by the SDK", async () => {
    await createCluster("orders", { backup: "nightly" });
    mock.backend.faults.inject({ command: DescribeDBClustersCommand, error: "Throttling", times: 1 });

    const report = await runNightlySnapshots({ rds: mock.rds, retentionDays: 7, now: FIRST_NIGHT });

    expect(report.created).toEqual(["nightly-orders-2030-01-01"]);
    expect(mock.rds).toHaveReceivedCommandTimes(DescribeDBClustersCommand, 2);
  });

  test("a cluster that cannot be snapshotted is reported, the others are done", async () => {
    await createCluster("orders", { backup: "nightly" });
    await createCluster("payments", { backup: "nightly" });
    mock.backend.on(CreateDBClusterSnapshotCommand, { DBClusterIdentifier: "orders" }).rejects("InvalidDBClusterStateFault", "DBCluster orders is not in the available state.");

    const report = await runNightlySnapshots({ rds: mock.rds, retentionDays: 7, now: FIRST_NIGHT });

    expect(report.failed).toEqual([{ cluster: "orders", step: "snapshot", error: "InvalidDBClusterStateFault" }]);
    expect(report.created).toEqual(["nightly-payments-2030-01-01"]);
  });
});
