import {
  CreateDBSnapshotCommand,
  DBSnapshotAlreadyExistsFault,
  DeleteDBInstanceCommand,
  DeleteDBSnapshotCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  SnapshotQuotaExceededFault,
  StopDBInstanceCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createStandalone, expectFault, setup } from "./db-snapshots-fixtures.js";

const MINUTE = 60_000;

describe("DeleteDBInstance's FinalDBSnapshotIdentifier and StopDBInstance's DBSnapshotIdentifier", () => {
  it("the final snapshot exists after the instance is gone", async () => {
    const ctx = setup({ lifecycle: "timed" });
    const instance = await createStandalone(ctx, "pg1", { Tags: [{ Key: "t", Value: "1" }], CopyTagsToSnapshot: true });
    await ctx.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", FinalDBSnapshotIdentifier: "Pg1-Final" }));
    const during = (await ctx.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "pg1-final" }))).DBSnapshots![0];
    expect(during).toMatchObject({ DBSnapshotIdentifier: "pg1-final", DBInstanceIdentifier: "pg1", SnapshotType: "manual", Status: "creating", TagList: [{ Key: "t", Value: "1" }] });
    // The instance is leaving: it shows `deleting`, not `backing-up`.
    expect((await ctx.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0].DBInstanceStatus).toBe("deleting");
    ctx.backend.clock.advance(30 * MINUTE);
    await expectFault(ctx.backend, () => ctx.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" })), { name: "DBInstanceNotFoundFault", status: 404 });
    const after = (await ctx.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: "pg1" }))).DBSnapshots!;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ DBSnapshotIdentifier: "pg1-final", Status: "available", DbiResourceId: instance.DbiResourceId, Engine: "postgres" });
  });

  it("a taken name refuses the delete and changes nothing (DBSnapshotAlreadyExists), also while that snapshot is being deleted", async () => {
    const ctx = setup({ lifecycle: "timed" });
    await createStandalone(ctx, "pg1");
    await ctx.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "taken" }));
    ctx.backend.clock.advance(4 * MINUTE);
    const del = () => ctx.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", FinalDBSnapshotIdentifier: "TAKEN" }));
    await expectFault(ctx.backend, del, { Class: DBSnapshotAlreadyExistsFault, name: "DBSnapshotAlreadyExistsFault", message: /taken.*FinalDBSnapshotIdentifier/ });
    await ctx.rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "taken" }));
    // DeleteDBInstance declares no InvalidDBSnapshotState: a snapshot still `deleting` answers already-exists.
    await expectFault(ctx.backend, del, { Class: DBSnapshotAlreadyExistsFault, name: "DBSnapshotAlreadyExistsFault" });
    expect((await ctx.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0].DBInstanceStatus).toBe("available");
  });

  it("the manual snapshot quota refuses a final snapshot (SnapshotQuotaExceeded)", async () => {
    const ctx = setup({ quotas: { rds: { manualDbSnapshots: 1 } } });
    await createStandalone(ctx, "pg1");
    await ctx.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "one" }));
    await expectFault(ctx.backend, () => ctx.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", FinalDBSnapshotIdentifier: "two" })), {
      Class: SnapshotQuotaExceededFault,
      name: "SnapshotQuotaExceededFault",
    });
  });

  it("StopDBInstance takes the named snapshot; a taken name refuses the stop", async () => {
    const ctx = setup();
    await createStandalone(ctx, "pg1");
    await ctx.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "taken" }));
    await expectFault(ctx.backend, () => ctx.rds.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "taken" })), {
      Class: DBSnapshotAlreadyExistsFault,
      name: "DBSnapshotAlreadyExistsFault",
      message: /DBSnapshotIdentifier/,
    });
    await ctx.rds.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "on-stop" }));
    const snap = (await ctx.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "on-stop" }))).DBSnapshots![0];
    expect(snap).toMatchObject({ DBInstanceIdentifier: "pg1", SnapshotType: "manual", Status: "available" });
    expect((await ctx.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0].DBInstanceStatus).toBe("stopped");
  });
});
