import {
  AddTagsToResourceCommand,
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DBInstanceNotFoundFault,
  DBSnapshotAlreadyExistsFault,
  DBSnapshotNotFoundFault,
  DeleteDBSnapshotCommand,
  DescribeAccountAttributesCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DescribeEventsCommand,
  InvalidDBInstanceStateFault,
  InvalidDBSnapshotStateFault,
  ListTagsForResourceCommand,
  SnapshotQuotaExceededFault,
  waitUntilDBSnapshotAvailable,
  waitUntilDBSnapshotDeleted,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createStandalone, expectFault, setup } from "./db-snapshots-fixtures.js";

const MINUTE = 60_000;
const arnOf = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`;
const create = (DBInstanceIdentifier: string, DBSnapshotIdentifier: string, extra = {}) =>
  new CreateDBSnapshotCommand({ DBInstanceIdentifier, DBSnapshotIdentifier, ...extra });
const describeOne = async (rds: RDSClient, id: string) => (await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: id }))).DBSnapshots![0];
const instanceStatus = async (rds: RDSClient, id: string) => (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0].DBInstanceStatus;

describe("CreateDBSnapshot", () => {
  it("snapshots a standalone instance: the instance's members, creating then available", async () => {
    const ctx = setup();
    const instance = await createStandalone(ctx, "pg1");
    const out = (await ctx.rds.send(create("PG1", "Snap-1"))).DBSnapshot!;
    expect(out).toMatchObject({
      DBSnapshotIdentifier: "snap-1",
      DBSnapshotArn: arnOf("snap-1"),
      DBInstanceIdentifier: "pg1",
      Engine: "postgres",
      EngineVersion: instance.EngineVersion,
      AllocatedStorage: instance.AllocatedStorage,
      Port: 5432,
      MasterUsername: instance.MasterUsername,
      DbiResourceId: instance.DbiResourceId,
      AvailabilityZone: instance.AvailabilityZone,
      SnapshotType: "manual",
      Status: "creating",
      PercentProgress: 0,
      Encrypted: false,
      TagList: [],
      SnapshotTarget: "region",
    });
    expect(out.SnapshotCreateTime).toBeInstanceOf(Date);
    expect(out.InstanceCreateTime).toEqual(instance.InstanceCreateTime);
    expect(await describeOne(ctx.rds, "snap-1")).toMatchObject({ Status: "available", PercentProgress: 100 });
  });

  it("shows the instance backing-up until the snapshot is available (timed: 1 ms before and at)", async () => {
    const ctx = setup({ lifecycle: "timed" });
    await createStandalone(ctx, "pg1");
    await ctx.rds.send(create("pg1", "s1"));
    const start = ctx.backend.clock.now();
    expect(await instanceStatus(ctx.rds, "pg1")).toBe("backing-up");
    ctx.backend.clock.set(start + 4 * MINUTE - 1);
    expect(await describeOne(ctx.rds, "s1")).toMatchObject({ Status: "creating" });
    expect((await describeOne(ctx.rds, "s1")).PercentProgress).toBeLessThan(100);
    expect(await instanceStatus(ctx.rds, "pg1")).toBe("backing-up");
    ctx.backend.clock.set(start + 4 * MINUTE);
    expect(await describeOne(ctx.rds, "s1")).toMatchObject({ Status: "available", PercentProgress: 100 });
    expect(await instanceStatus(ctx.rds, "pg1")).toBe("available");
    // The events of both: the snapshot's creation and the instance's backup.
    const events = (await ctx.rds.send(new DescribeEventsCommand({ Duration: 60 }))).Events!.filter((e) => e.SourceIdentifier === "s1" || e.Message?.includes("backup") || e.Message?.includes("Backing up"));
    expect(events.map((e) => [e.SourceType, e.Message])).toEqual(
      expect.arrayContaining([
        ["db-snapshot", "Creating manual snapshot"],
        ["db-snapshot", "Manual snapshot created"],
        ["db-instance", "Backing up DB instance"],
        ["db-instance", "Finished DB Instance backup"],
      ]),
    );
  });

  it("refuses, changing nothing: unknown instance, bad identifiers, a taken name, an instance not available", async () => {
    const ctx = setup({ lifecycle: "timed" });
    const { backend, rds } = ctx;
    await createStandalone(ctx, "pg1");
    await expectFault(backend, () => rds.send(create("nope", "s1")), { Class: DBInstanceNotFoundFault, name: "DBInstanceNotFoundFault", status: 404, message: /nope/ });
    await expectFault(backend, () => rds.send(create("pg1", "1abc")), { name: "InvalidParameterValue", message: /DBSnapshotIdentifier/ });
    await expectFault(backend, () => rds.send(create("pg1", "a--b")), { name: "InvalidParameterValue", message: /DBSnapshotIdentifier/ });
    await expectFault(backend, () => rds.send(create("pg1", `a${"b".repeat(255)}`)), { name: "InvalidParameterValue", message: /1 to 255/ });
    // 255 characters are fine.
    await rds.send(create("pg1", `a${"b".repeat(254)}`));
    // The instance is backing-up now: a second snapshot must wait.
    await expectFault(backend, () => rds.send(create("pg1", "s2")), {
      Class: InvalidDBInstanceStateFault,
      name: "InvalidDBInstanceStateFault",
      message: /backing-up.*available/,
    });
    backend.clock.advance(4 * MINUTE);
    await expectFault(backend, () => rds.send(create("pg1", `A${"B".repeat(254)}`)), {
      Class: DBSnapshotAlreadyExistsFault,
      name: "DBSnapshotAlreadyExistsFault",
      message: /already exists/,
    });
  });

  it("refuses a member of an Aurora DB cluster with AWS's own answer", async () => {
    const { backend, rds } = setup();
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-postgresql", MasterUsername: "master1", MasterUserPassword: "password123" }));
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "m1", DBClusterIdentifier: "c1", Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large" }));
    await expectFault(backend, () => rds.send(create("m1", "s1")), {
      name: "InvalidParameterValue",
      message: /^The specified instance is a member of a cluster and a snapshot cannot be created directly\. Please use the CreateDBClusterSnapshot API instead\.$/,
    });
  });

  it("counts manual snapshots against the quota (SnapshotQuotaExceeded), shown by DescribeAccountAttributes", async () => {
    const ctx = setup({ quotas: { rds: { manualDbSnapshots: 2 } } });
    await createStandalone(ctx, "pg1");
    await ctx.rds.send(create("pg1", "s1"));
    await ctx.rds.send(create("pg1", "s2"));
    await expectFault(ctx.backend, () => ctx.rds.send(create("pg1", "s3")), {
      Class: SnapshotQuotaExceededFault,
      name: "SnapshotQuotaExceededFault",
      message: /2 manual DB snapshots/,
    });
    const quotas = (await ctx.rds.send(new DescribeAccountAttributesCommand({}))).AccountQuotas!;
    expect(quotas.find((q) => q.AccountQuotaName === "ManualSnapshots")).toEqual({ AccountQuotaName: "ManualSnapshots", Used: 2, Max: 2 });
    await ctx.rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "s1" }));
    await ctx.rds.send(create("pg1", "s3"));
  });

  it("tags: the request's, else the instance's with CopyTagsToSnapshot; tagging by ARN", async () => {
    const ctx = setup();
    await createStandalone(ctx, "pg1", { CopyTagsToSnapshot: true, Tags: [{ Key: "team", Value: "db" }] });
    expect((await ctx.rds.send(create("pg1", "copied"))).DBSnapshot!.TagList).toEqual([{ Key: "team", Value: "db" }]);
    expect((await ctx.rds.send(create("pg1", "own", { Tags: [{ Key: "k", Value: "v" }] }))).DBSnapshot!.TagList).toEqual([{ Key: "k", Value: "v" }]);
    await ctx.rds.send(new AddTagsToResourceCommand({ ResourceName: arnOf("own"), Tags: [{ Key: "more", Value: "1" }] }));
    expect((await ctx.rds.send(new ListTagsForResourceCommand({ ResourceName: arnOf("own") }))).TagList).toEqual([
      { Key: "k", Value: "v" },
      { Key: "more", Value: "1" },
    ]);
    await expectFault(ctx.backend, () => ctx.rds.send(new ListTagsForResourceCommand({ ResourceName: arnOf("gone") })), {
      Class: DBSnapshotNotFoundFault,
      name: "DBSnapshotNotFoundFault",
      status: 404,
    });
  });

  it("takes two concurrent creates: one name wins once; one instance is snapshotted once at a time", async () => {
    const ctx = setup({ lifecycle: "timed" });
    await createStandalone(ctx, "pg1");
    await createStandalone(ctx, "pg2");
    const same = await Promise.allSettled([ctx.rds.send(create("pg1", "dup")), ctx.rds.send(create("pg2", "dup"))]);
    expect(same.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((same.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.name).toBe("DBSnapshotAlreadyExistsFault");
    ctx.backend.clock.advance(4 * MINUTE);
    const one = await Promise.allSettled([ctx.rds.send(create("pg1", "a1")), ctx.rds.send(create("pg1", "a2"))]);
    expect(one.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((one.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.name).toBe("InvalidDBInstanceStateFault");
  });
});

describe("DeleteDBSnapshot", () => {
  it("answers the snapshot as deleted; a name is free again once it is gone (delete and re-create)", async () => {
    const ctx = setup({ lifecycle: "timed" });
    const { backend, rds } = ctx;
    await createStandalone(ctx, "pg1");
    await rds.send(create("pg1", "s1"));
    // Still creating: not deletable yet.
    await expectFault(backend, () => rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "s1" })), {
      Class: InvalidDBSnapshotStateFault,
      name: "InvalidDBSnapshotStateFault",
      message: /creating/,
    });
    backend.clock.advance(4 * MINUTE);
    const out = await rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "S1" }));
    expect(out.DBSnapshot).toMatchObject({ DBSnapshotIdentifier: "s1", Status: "deleted" });
    expect(await describeOne(rds, "s1")).toMatchObject({ Status: "deleting" });
    await expectFault(backend, () => rds.send(create("pg1", "s1")), { Class: InvalidDBSnapshotStateFault, name: "InvalidDBSnapshotStateFault", message: /being deleted/ });
    backend.clock.advance(30_000);
    await expectFault(backend, () => rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "s1" })), {
      Class: DBSnapshotNotFoundFault,
      name: "DBSnapshotNotFoundFault",
      status: 404,
    });
    const again = await rds.send(create("pg1", "s1"));
    expect(again.DBSnapshot).toMatchObject({ DBSnapshotIdentifier: "s1", Status: "creating" });
    expect(again.DBSnapshot!.SnapshotCreateTime!.getTime()).toBe(backend.clock.now());
  });

  it("answers DBSnapshotNotFound for an unknown snapshot or another type's ARN", async () => {
    const { backend, rds } = setup();
    await expectFault(backend, () => rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "nope" })), { Class: DBSnapshotNotFoundFault, name: "DBSnapshotNotFoundFault", status: 404 });
    await expectFault(backend, () => rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:x` })), {
      name: "DBSnapshotNotFoundFault",
      status: 404,
    });
  });
});

describe("waiters (instant lifecycle: the first poll succeeds)", () => {
  it("waitUntilDBSnapshotAvailable / waitUntilDBSnapshotDeleted", async () => {
    const ctx = setup();
    await createStandalone(ctx, "pg1");
    await ctx.rds.send(create("pg1", "s1"));
    const fast = { client: ctx.rds, maxWaitTime: 5, minDelay: 1, maxDelay: 1 };
    expect((await waitUntilDBSnapshotAvailable(fast, { DBSnapshotIdentifier: "s1" })).state).toBe("SUCCESS");
    await ctx.rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "s1" }));
    expect((await waitUntilDBSnapshotDeleted(fast, { DBSnapshotIdentifier: "s1" })).state).toBe("SUCCESS");
  });
});
