import { CreateDBParameterGroupCommand, DBInstanceAlreadyExistsFault, DescribeEventsCommand } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault } from "./clusters-fixtures.js";
import { createMore, MINUTE, withInstance } from "./instances-modify-fixtures.js";

/** The first maintenance window after the fixed start (Sunday 2025-06-01 12:00 UTC): the next Sunday 05:00 UTC. */
const WINDOW = Date.UTC(2025, 5, 8, 5, 0);

describe("ModifyDBInstance of a standalone DB instance: pending values and the maintenance window", () => {
  it("defers class, storage and version to the window (1 ms before: pending; at: modifying, then available)", async () => {
    const { backend, modify, describe: read } = await withInstance({ lifecycle: "timed" });
    const out = await modify({ DBInstanceClass: "db.m5.large", AllocatedStorage: 200, EngineVersion: "16.6" });
    expect(out.DBInstance).toMatchObject({
      DBInstanceStatus: "available",
      DBInstanceClass: "db.t3.micro",
      AllocatedStorage: 100,
      PendingModifiedValues: { DBInstanceClass: "db.m5.large", AllocatedStorage: 200, EngineVersion: "16.6" },
    });
    backend.clock.set(WINDOW - 1);
    expect(await read()).toMatchObject({ DBInstanceStatus: "available", DBInstanceClass: "db.t3.micro", PendingModifiedValues: { AllocatedStorage: 200 } });
    backend.clock.set(WINDOW);
    expect(await read()).toMatchObject({ DBInstanceStatus: "modifying", DBInstanceClass: "db.m5.large", AllocatedStorage: 200, EngineVersion: "16.6", PendingModifiedValues: {} });
    backend.clock.advance(2 * MINUTE);
    expect((await read()).DBInstanceStatus).toBe("available");
  });

  it("ApplyImmediately applies this call's changes and every pending one; a later window has nothing left", async () => {
    const { backend, modify, describe: read } = await withInstance({ lifecycle: "timed" });
    await modify({ DBInstanceClass: "db.m5.large" });
    const out = await modify({ AllocatedStorage: 150, ApplyImmediately: true });
    expect(out.DBInstance).toMatchObject({ DBInstanceStatus: "modifying", DBInstanceClass: "db.m5.large", AllocatedStorage: 150, PendingModifiedValues: {} });
    backend.clock.set(WINDOW + MINUTE);
    expect(await read()).toMatchObject({ DBInstanceStatus: "available", DBInstanceClass: "db.m5.large" });
    expect(backend.clock.pending()).toEqual([]);
  });

  it("some members always apply at once; backups on/off wait; the password shows pending only in the response", async () => {
    const { modify, describe: read } = await withInstance();
    const out = await modify({ DeletionProtection: true, CopyTagsToSnapshot: true, BackupRetentionPeriod: 7, MasterUserPassword: "Another-pass1" });
    expect(out.DBInstance).toMatchObject({ DeletionProtection: true, CopyTagsToSnapshot: true, BackupRetentionPeriod: 7, PendingModifiedValues: { MasterUserPassword: "****" } });
    expect((await read()).PendingModifiedValues).toEqual({});
    const off = await modify({ BackupRetentionPeriod: 0 });
    expect(off.DBInstance).toMatchObject({ BackupRetentionPeriod: 7, PendingModifiedValues: { BackupRetentionPeriod: 0 } });
    // Asking for today's value withdraws the pending change (the latest request wins).
    expect((await modify({ BackupRetentionPeriod: 7 })).DBInstance!.PendingModifiedValues).toEqual({});
  });

  it("a parameter group changes at once but applies on reboot (pending-reboot); a major upgrade moves to the new family's defaults", async () => {
    const { client, modify } = await withInstance();
    await client.send(new CreateDBParameterGroupCommand({ DBParameterGroupName: "custom16", DBParameterGroupFamily: "postgres16", Description: "d" }));
    const out = await modify({ DBParameterGroupName: "custom16" });
    expect(out.DBInstance!.DBParameterGroups).toEqual([{ DBParameterGroupName: "custom16", ParameterApplyStatus: "pending-reboot" }]);
    const up = await modify({ EngineVersion: "17.4", AllowMajorVersionUpgrade: true, ApplyImmediately: true });
    expect(up.DBInstance).toMatchObject({
      EngineVersion: "17.4",
      DBParameterGroups: [{ DBParameterGroupName: "default.postgres17", ParameterApplyStatus: "in-sync" }],
      OptionGroupMemberships: [{ OptionGroupName: "default:postgres-17", Status: "in-sync" }],
    });
  });

  it("renames at once: the endpoint follows, the old name is free and can be created again", async () => {
    const { client, modify, describe: read } = await withInstance();
    const before = await read();
    const out = await modify({ NewDBInstanceIdentifier: "Renamed", ApplyImmediately: true });
    expect(out.DBInstance).toMatchObject({ DBInstanceIdentifier: "renamed", DBInstanceStatus: "renaming", DBInstanceArn: expect.stringMatching(/:db:renamed$/) });
    expect(out.DBInstance!.Endpoint!.Address).toBe(before.Endpoint!.Address!.replace(/^pg1/, "renamed"));
    expect(out.DBInstance!.DbiResourceId).toBe(before.DbiResourceId);
    await createMore(client, "pg1");
    expect((await read("pg1")).DbiResourceId).not.toBe(before.DbiResourceId);
    const events = (await client.send(new DescribeEventsCommand({ SourceType: "db-instance", SourceIdentifier: "renamed" }))).Events!;
    expect(events.map((e) => e.Message)).toContain("Finished renaming DB instance");
  });

  it("a pending rename reserves nothing: when another instance takes the name, it is checked again when it applies", async () => {
    const { backend, client, modify, describe: read } = await withInstance({ lifecycle: "timed" });
    await modify({ NewDBInstanceIdentifier: "target", DBInstanceClass: "db.m5.large" });
    await createMore(client, "target");
    // ApplyImmediately now would rename onto a taken name: the whole call fails and changes nothing.
    await expectFault(backend, () => modify({ DeletionProtection: true, ApplyImmediately: true }), {
      name: "DBInstanceAlreadyExistsFault", status: 400, message: "target", Class: DBInstanceAlreadyExistsFault,
    });
    // At the window the rest applies; the rename fails and is withdrawn (nothing is left to apply).
    backend.clock.set(WINDOW);
    expect(await read("pg1")).toMatchObject({ DBInstanceIdentifier: "pg1", DBInstanceClass: "db.m5.large", PendingModifiedValues: {} });
    expect((await read("target")).DbiResourceId).not.toBe((await read("pg1")).DbiResourceId);
    backend.clock.runAll();
    expect(backend.clock.pending()).toEqual([]);
  });

  it("a new maintenance window moves what is pending to it", async () => {
    const { backend, modify, describe: read } = await withInstance({ lifecycle: "timed" });
    await modify({ DBInstanceClass: "db.m5.large" });
    await modify({ PreferredMaintenanceWindow: "Mon:06:00-Mon:06:30" });
    const monday = Date.UTC(2025, 5, 2, 6, 0);
    backend.clock.set(monday - 1);
    expect(await read()).toMatchObject({ DBInstanceClass: "db.t3.micro", PendingModifiedValues: { DBInstanceClass: "db.m5.large" } });
    backend.clock.advance(1);
    expect(await read()).toMatchObject({ DBInstanceClass: "db.m5.large", PreferredMaintenanceWindow: "mon:06:00-mon:06:30" });
  });

  it("two concurrent modifies both land; two concurrent renames to one name: one wins, one fails", async () => {
    const { client, modify, describe: read } = await withInstance();
    await createMore(client, "pg2");
    await Promise.all([modify({ DBInstanceClass: "db.m5.large" }), modify({ AllocatedStorage: 200 })]);
    expect((await read()).PendingModifiedValues).toEqual({ DBInstanceClass: "db.m5.large", AllocatedStorage: 200 });
    const results = await Promise.allSettled([
      modify({ NewDBInstanceIdentifier: "same", ApplyImmediately: true }),
      modify({ NewDBInstanceIdentifier: "same", ApplyImmediately: true }, "pg2"),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(DBInstanceAlreadyExistsFault);
  });
});
