import {
  DBInstanceNotFoundFault,
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  InvalidDBClusterStateFault,
  InvalidDBInstanceStateFault,
  RebootDBInstanceCommand,
  StartDBInstanceCommand,
  StopDBInstanceCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function get(client: RDSClient, id = "pg1") {
  return (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}

describe("DeleteDBInstance (standalone)", () => {
  it("deletes with SkipFinalSnapshot: deleting, then gone 3 minutes later; the name can be used again", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    backend.clock.advance(10 * MINUTE);
    const out = (await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "PG1", SkipFinalSnapshot: true }))).DBInstance!;
    expect(out.DBInstanceStatus).toBe("deleting");
    backend.clock.advance(3 * MINUTE - 1);
    expect((await get(client)).DBInstanceStatus).toBe("deleting");
    backend.clock.advance(1);
    await expectFault(backend, () => get(client), { name: "DBInstanceNotFoundFault", status: 404, message: "pg1", Class: DBInstanceNotFoundFault });
    const again = await createStandalone(client, { Engine: "mysql" });
    expect([again.Engine, again.DBInstanceStatus]).toEqual(["mysql", "creating"]);
    const events = (await client.send(new DescribeEventsCommand({ SourceType: "db-instance", Duration: 60 }))).Events!.map((e) => e.Message);
    expect(events).toContain("DB instance deleted");
  });

  it("deletes with a final snapshot identifier", async () => {
    const { client } = setup();
    await createStandalone(client);
    const out = (await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", FinalDBSnapshotIdentifier: "pg1-final" }))).DBInstance!;
    expect(out.DBInstanceStatus).toBe("deleting");
  });

  const cases: [string, Record<string, unknown>, string, string][] = [
    ["neither SkipFinalSnapshot nor FinalDBSnapshotIdentifier", {}, "InvalidParameterCombination", "FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified."],
    ["both", { SkipFinalSnapshot: true, FinalDBSnapshotIdentifier: "s1" }, "InvalidParameterCombination", "SkipFinalSnapshot=true"],
    ["SkipFinalSnapshot false without an identifier", { SkipFinalSnapshot: false }, "InvalidParameterCombination", "FinalDBSnapshotIdentifier"],
    ["a final snapshot identifier with --", { FinalDBSnapshotIdentifier: "a--b" }, "InvalidParameterValue", "FinalDBSnapshotIdentifier"],
    ["a final snapshot identifier with a leading digit", { FinalDBSnapshotIdentifier: "1snap" }, "InvalidParameterValue", "FinalDBSnapshotIdentifier"],
  ];
  for (const [label, input, code, message] of cases) {
    it(`refuses ${label} and changes nothing`, async () => {
      const { backend, client } = setup();
      await createStandalone(client);
      await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", ...input })), { name: code, status: 400, message });
    });
  }

  it("refuses a protected instance with AWS's message", async () => {
    const { backend, client } = setup();
    await createStandalone(client, { DeletionProtection: true });
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", SkipFinalSnapshot: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "Cannot delete protected DB Instance, please disable deletion protection and try again.",
    });
  });

  it("refuses an instance that is already deleting (InvalidDBInstanceStateFault) and an unknown one (DBInstanceNotFoundFault)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    backend.clock.advance(10 * MINUTE);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", SkipFinalSnapshot: true }));
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", SkipFinalSnapshot: true })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "deleting", Class: InvalidDBInstanceStateFault,
    });
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "ghost", SkipFinalSnapshot: true })), {
      name: "DBInstanceNotFoundFault", status: 404, message: "ghost", Class: DBInstanceNotFoundFault,
    });
  });
});

describe("RebootDBInstance (standalone)", () => {
  it("reboots: rebooting for a minute, then available, with the events AWS records", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    backend.clock.advance(10 * MINUTE);
    expect((await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "pg1" }))).DBInstance!.DBInstanceStatus).toBe("rebooting");
    backend.clock.advance(MINUTE - 1);
    expect((await get(client)).DBInstanceStatus).toBe("rebooting");
    backend.clock.advance(1);
    expect((await get(client)).DBInstanceStatus).toBe("available");
    const events = (await client.send(new DescribeEventsCommand({ SourceIdentifier: "pg1", SourceType: "db-instance" }))).Events!.map((e) => e.Message);
    expect(events.slice(-2)).toEqual(["DB instance shutdown", "DB instance restarted"]);
  });

  it("fails a Multi-AZ instance over to its secondary zone with ForceFailover", async () => {
    const { client } = setup();
    const before = await createStandalone(client, { MultiAZ: true });
    await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "pg1", ForceFailover: true }));
    const after = await get(client);
    expect([after.AvailabilityZone, after.SecondaryAvailabilityZone]).toEqual([before.SecondaryAvailabilityZone, before.AvailabilityZone]);
  });

  it("refuses ForceFailover on a Single-AZ instance and a reboot while creating", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    await expectFault(backend, () => client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "pg1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "creating", Class: InvalidDBInstanceStateFault,
    });
    backend.clock.advance(10 * MINUTE);
    await expectFault(backend, () => client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "pg1", ForceFailover: true })), {
      name: "InvalidParameterCombination", status: 400, message: "ForceFailover",
    });
  });
});

describe("StopDBInstance and StartDBInstance", () => {
  it("stops (stopping 4 minutes, then stopped) and starts (starting 5 minutes, then available)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    backend.clock.advance(10 * MINUTE);
    expect((await client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "before-stop" }))).DBInstance!.DBInstanceStatus).toBe("stopping");
    backend.clock.advance(4 * MINUTE - 1);
    expect((await get(client)).DBInstanceStatus).toBe("stopping");
    backend.clock.advance(1);
    const stopped = await get(client);
    expect(stopped.DBInstanceStatus).toBe("stopped");
    expect(stopped.AutomaticRestartTime).toEqual(new Date(backend.clock.now() + 7 * DAY));
    expect((await client.send(new StartDBInstanceCommand({ DBInstanceIdentifier: "pg1" }))).DBInstance!.DBInstanceStatus).toBe("starting");
    backend.clock.advance(5 * MINUTE);
    const started = await get(client);
    expect(started.DBInstanceStatus).toBe("available");
    expect(started.AutomaticRestartTime).toBeUndefined();
    // The withdrawn automatic restart does not fire later.
    backend.clock.advance(8 * DAY);
    expect((await get(client)).DBInstanceStatus).toBe("available");
    const events = (await client.send(new DescribeEventsCommand({ SourceIdentifier: "pg1", SourceType: "db-instance", Duration: 14 * 24 * 60 }))).Events!.map((e) => e.Message);
    expect(events).toEqual(expect.arrayContaining(["DB instance stopped", "DB instance started"]));
  });

  it("restarts a stopped instance by itself after seven days, not 1 ms before", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    backend.clock.advance(10 * MINUTE);
    await client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1" }));
    backend.clock.advance(4 * MINUTE);
    backend.clock.advance(7 * DAY - 1);
    expect((await get(client)).DBInstanceStatus).toBe("stopped");
    backend.clock.advance(1);
    expect((await get(client)).DBInstanceStatus).toBe("starting");
    backend.clock.advance(5 * MINUTE);
    const i = await get(client);
    expect([i.DBInstanceStatus, i.AutomaticRestartTime]).toEqual(["available", undefined]);
  });

  it("keeps a stopped instance stopped in the instant lifecycle until seven days pass on the clock", async () => {
    const { backend, client } = setup();
    await createStandalone(client);
    await client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1" }));
    expect((await get(client)).DBInstanceStatus).toBe("stopped");
    backend.clock.advance(7 * DAY);
    expect((await get(client)).DBInstanceStatus).toBe("available");
  });

  it("deleting a stopped instance withdraws its automatic restart", async () => {
    const { backend, client } = setup();
    await createStandalone(client);
    await client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1" }));
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", SkipFinalSnapshot: true }));
    await createStandalone(client);
    backend.clock.advance(7 * DAY);
    expect(backend.clock.pending()).toEqual([]);
    expect((await get(client)).DBInstanceStatus).toBe("available");
  });

  it("refuses to stop an instance that is not available, a SQL Server Multi-AZ instance and an Aurora member; to start one that is not stopped", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    await expectFault(backend, () => client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "creating", Class: InvalidDBInstanceStateFault,
    });
    await expectFault(backend, () => client.send(new StartDBInstanceCommand({ DBInstanceIdentifier: "pg1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "stopped", Class: InvalidDBInstanceStateFault,
    });
    await createStandalone(client, { DBInstanceIdentifier: "ss", Engine: "sqlserver-se", DBInstanceClass: "db.m5.large", MultiAZ: true });
    backend.clock.advance(10 * MINUTE);
    await expectFault(backend, () => client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "ss" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "SQL Server Multi-AZ", Class: InvalidDBInstanceStateFault,
    });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "member");
    backend.clock.advance(10 * MINUTE);
    await expectFault(backend, () => client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "member" })), {
      name: "InvalidDBClusterStateFault", status: 400, message: "StopDBCluster", Class: InvalidDBClusterStateFault,
    });
    await expectFault(backend, () => client.send(new StartDBInstanceCommand({ DBInstanceIdentifier: "member" })), {
      name: "InvalidDBClusterStateFault", status: 400, message: "StartDBCluster", Class: InvalidDBClusterStateFault,
    });
    await expectFault(backend, () => client.send(new StopDBInstanceCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "bad--name" })), {
      name: "InvalidParameterValue", status: 400, message: "DBSnapshotIdentifier",
    });
  });
});
