/** Aurora global databases: secondaries in other Regions, failover, switchover, removal and deletion rules, through the real client. */
import {
  CreateDBClusterCommand,
  CreateGlobalClusterCommand,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  DescribeEventsCommand,
  DescribeGlobalClustersCommand,
  FailoverGlobalClusterCommand,
  InvalidDBClusterStateFault,
  InvalidGlobalClusterStateFault,
  ModifyDBClusterCommand,
  RDSClient,
  RemoveFromGlobalClusterCommand,
  SwitchoverGlobalClusterCommand,
  type CreateDBClusterCommandInput,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;

function regions(options: Parameters<typeof setup>[0] = {}) {
  const { backend, client: east } = setup(options);
  const west = backend.attach(new RDSClient({ region: "us-west-2" }));
  const europe = backend.attach(new RDSClient({ region: "eu-west-1" }));
  const asia = backend.attach(new RDSClient({ region: "ap-southeast-1" }));
  return { backend, east, west, europe, asia };
}

const secondary = (id: string, extra: Partial<CreateDBClusterCommandInput> = {}) =>
  new CreateDBClusterCommand({ DBClusterIdentifier: id, Engine: "aurora-mysql", GlobalClusterIdentifier: "g", ...extra });

/** A global cluster `g` whose primary `p1` is in us-east-1. */
async function withPrimary(east: RDSClient) {
  const primary = await createCluster(east, "p1", { DatabaseName: "shop" });
  await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn }));
  return primary;
}

const describeGlobal = async (client: RDSClient) => (await client.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "g" }))).GlobalClusters![0];
const describeCluster = async (client: RDSClient, id: string) => (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];

describe("global cluster members", () => {
  it("adds a secondary in another Region: members, readers, write forwarding and the primary's user", async () => {
    const { east, west } = regions();
    const primary = await withPrimary(east);
    const out = await west.send(secondary("s1", { EnableGlobalWriteForwarding: true }));
    expect(out.DBCluster).toMatchObject({ GlobalClusterIdentifier: "g", GlobalWriteForwardingStatus: "enabled", MasterUsername: "admin", EngineVersion: primary.EngineVersion });
    const g = await describeGlobal(west);
    expect(g.GlobalClusterMembers).toEqual([
      { DBClusterArn: primary.DBClusterArn, IsWriter: true, Readers: [out.DBCluster!.DBClusterArn], SynchronizationStatus: "connected" },
      { DBClusterArn: out.DBCluster!.DBClusterArn, IsWriter: false, Readers: [], GlobalWriteForwardingStatus: "enabled", SynchronizationStatus: "connected" },
    ]);
    expect((await describeCluster(east, "p1")).GlobalClusterIdentifier).toBe("g");
    // Write forwarding follows ModifyDBCluster.
    await west.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "s1", EnableGlobalWriteForwarding: false, ApplyImmediately: true }));
    expect((await describeGlobal(east)).GlobalClusterMembers![1].GlobalWriteForwardingStatus).toBe("disabled");
  });

  it("refuses a secondary's credentials, another engine or version, a second cluster in a Region, and changes nothing", async () => {
    const { backend, east, west } = regions();
    await withPrimary(east);
    const cross = { name: "InvalidParameterCombination", status: 400 };
    await expectFault(backend, () => west.send(secondary("s1", { MasterUsername: "admin" })), { ...cross, message: "Cannot specify user name for cross region replication cluster" });
    await expectFault(backend, () => west.send(secondary("s1", { MasterUserPassword: "Secret-pass1" })), { ...cross, message: "Cannot specify password" });
    await expectFault(backend, () => west.send(secondary("s1", { DatabaseName: "x" })), { ...cross, message: "Cannot specify database name for cross region replication cluster" });
    await expectFault(backend, () => west.send(secondary("s1", { Engine: "aurora-postgresql" })), { ...cross, message: "doesn't match the engine aurora-mysql" });
    await expectFault(backend, () => west.send(secondary("s1", { EngineVersion: "8.0.mysql_aurora.3.09.0" })), { ...cross, message: "doesn't match the engine version" });
    await expectFault(backend, () => east.send(secondary("s1")), { name: "InvalidGlobalClusterStateFault", status: 400, message: "already has a member cluster in us-east-1", Class: InvalidGlobalClusterStateFault });
    await expectFault(backend, () => west.send(secondary("s1", { GlobalClusterIdentifier: "nope" })), { name: "GlobalClusterNotFoundFault", status: 404, message: "nope" });
  });

  it("waits for the primary: a secondary needs it available (clock at and 1 ms before)", async () => {
    const { backend, east, west } = regions({ lifecycle: "timed" });
    await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", Engine: "aurora-mysql" }));
    backend.clock.advance(MINUTE);
    // The first cluster to join becomes the primary.
    const primary = await east.send(new CreateDBClusterCommand({ DBClusterIdentifier: "p1", Engine: "aurora-mysql", MasterUsername: "admin", MasterUserPassword: "Secret-pass1", GlobalClusterIdentifier: "g" }));
    expect(primary.DBCluster!.GlobalClusterIdentifier).toBe("g");
    backend.clock.advance(2 * MINUTE - 1);
    await expectFault(backend, () => west.send(secondary("s1")), { name: "InvalidDBClusterStateFault", status: 400, message: "creating state", Class: InvalidDBClusterStateFault });
    backend.clock.advance(1);
    await west.send(secondary("s1"));
    expect((await describeGlobal(east)).GlobalClusterMembers!.map((m) => m.IsWriter)).toEqual([true, false]);
  });

  it("concurrent secondaries in several Regions stop at the secondary Region limit", async () => {
    const { east, west, europe, asia } = regions({ quotas: { rds: { secondaryRegionsPerGlobalCluster: 2 } } });
    await withPrimary(east);
    const results = await Promise.allSettled([west.send(secondary("s1")), europe.send(secondary("s2")), asia.send(secondary("s3"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.name).toBe("InvalidGlobalClusterStateFault");
    expect(failed.reason.message).toContain("already has 2 secondary Regions");
    expect((await describeGlobal(east)).GlobalClusterMembers).toHaveLength(3);
  });

  it("a member can't be deleted while it belongs; removal detaches a secondary, then the primary", async () => {
    const { backend, east, west } = regions();
    const primary = await withPrimary(east);
    const s1 = (await west.send(secondary("s1"))).DBCluster!;
    await expectFault(backend, () => west.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "s1", SkipFinalSnapshot: true })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "please remove it from globalcluster first",
    });
    await expectFault(backend, () => east.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "p1", SkipFinalSnapshot: true })), {
      name: "InvalidGlobalClusterStateFault",
      status: 400,
      message: "primary member of global cluster while there are other global cluster members",
    });
    await expectFault(backend, () => east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: "g", DbClusterIdentifier: primary.DBClusterArn })), {
      name: "InvalidGlobalClusterStateFault",
      status: 400,
      message: "only when it is the last member",
    });
    await expectFault(backend, () => east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: "g", DbClusterIdentifier: s1.DBClusterArn!.replace("s1", "nope") })), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "is not a member of global cluster g",
    });
    const removed = await east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: "g", DbClusterIdentifier: s1.DBClusterArn }));
    expect(removed.GlobalCluster!.GlobalClusterMembers).toEqual([{ DBClusterArn: primary.DBClusterArn, IsWriter: true, Readers: [], SynchronizationStatus: "connected" }]);
    const standalone = await describeCluster(west, "s1");
    expect(standalone.GlobalClusterIdentifier).toBeUndefined();
    expect(standalone.GlobalWriteForwardingStatus).toBeUndefined();
    await west.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "s1", SkipFinalSnapshot: true }));
    await east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: "g", DbClusterIdentifier: primary.DBClusterArn }));
    expect((await describeGlobal(west)).GlobalClusterMembers).toEqual([]);
  });

  it("a member keeps its membership through a rename; a deleted secondary is re-created under its name", async () => {
    const { backend, east, west } = regions();
    await withPrimary(east);
    const s1 = (await west.send(secondary("s1"))).DBCluster!;
    const renamed = await west.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "s1", NewDBClusterIdentifier: "s1-renamed", ApplyImmediately: true }));
    expect(renamed.DBCluster!.GlobalClusterIdentifier).toBe("g");
    expect((await describeGlobal(east)).GlobalClusterMembers![1].DBClusterArn).toBe(s1.DBClusterArn!.replace("s1", "s1-renamed"));
    await east.send(new RemoveFromGlobalClusterCommand({ GlobalClusterIdentifier: "g", DbClusterIdentifier: s1.DBClusterArn!.replace("s1", "s1-renamed") }));
    await west.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "s1-renamed", SkipFinalSnapshot: true }));
    const again = (await west.send(secondary("s1-renamed"))).DBCluster!;
    expect(again.DbClusterResourceId).not.toBe(s1.DbClusterResourceId);
    expect((await describeGlobal(west)).GlobalClusterMembers!.map((m) => m.DBClusterArn)).toEqual([expect.stringContaining(":us-east-1:"), again.DBClusterArn]);
    // The global cluster is kept once, in the home Region's world, whichever Region made or changed it.
    const worlds = backend.dump().worlds.rds as Record<string, { globalClusters?: Record<string, unknown> }>;
    expect(Object.keys(worlds["123456789012/us-east-1"].globalClusters ?? {})).toEqual(["g"]);
    expect(worlds["123456789012/us-west-2"].globalClusters ?? {}).toEqual({});
  });

  it("switchover swaps the roles when it settles; both Regions see it; events in the new primary's Region", async () => {
    const { backend, east, west } = regions({ lifecycle: "timed" });
    const primary = await createCluster(east, "p1");
    backend.clock.advance(2 * MINUTE);
    await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn }));
    backend.clock.advance(MINUTE);
    const s1 = (await west.send(secondary("s1", { EnableGlobalWriteForwarding: true }))).DBCluster!;
    backend.clock.advance(2 * MINUTE);
    await expectFault(backend, () => west.send(new SwitchoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: primary.DBClusterArn })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "already the primary cluster",
    });
    const out = await west.send(new SwitchoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: s1.DBClusterArn }));
    expect(out.GlobalCluster).toMatchObject({
      Status: "switching-over",
      FailoverState: { Status: "switching-over", FromDbClusterArn: primary.DBClusterArn, ToDbClusterArn: s1.DBClusterArn, IsDataLossAllowed: false },
    });
    await expectFault(backend, () => east.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: s1.DBClusterArn, AllowDataLoss: true })), {
      name: "InvalidGlobalClusterStateFault",
      status: 400,
      message: "switching-over state",
    });
    backend.clock.advance(2 * MINUTE - 1);
    expect((await describeGlobal(east)).GlobalClusterMembers!.map((m) => m.IsWriter)).toEqual([true, false]);
    backend.clock.advance(1);
    for (const client of [east, west]) {
      const g = await describeGlobal(client);
      expect(g.Status).toBe("available");
      expect(g.FailoverState).toBeUndefined();
      expect(g.GlobalClusterMembers).toEqual([
        { DBClusterArn: s1.DBClusterArn, IsWriter: true, Readers: [primary.DBClusterArn], SynchronizationStatus: "connected" },
        { DBClusterArn: primary.DBClusterArn, IsWriter: false, Readers: [], GlobalWriteForwardingStatus: "disabled", SynchronizationStatus: "connected" },
      ]);
    }
    expect((await describeCluster(west, "s1")).GlobalWriteForwardingStatus).toBeUndefined();
    const events = (await west.send(new DescribeEventsCommand({ SourceType: "db-cluster", SourceIdentifier: "s1", EventCategories: ["global-failover"] }))).Events!;
    expect(events.map((e) => e.Message)).toEqual(["Global switchover to DB cluster s1 in Region us-west-2 started", "Global switchover to DB cluster s1 in Region us-west-2 finished"]);
  });

  it("failover with AllowDataLoss; without it, FailoverGlobalCluster switches over and needs matching versions", async () => {
    const { backend, east, west } = regions();
    const primary = await withPrimary(east);
    const s1 = (await west.send(secondary("s1"))).DBCluster!;
    await expectFault(backend, () => east.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: s1.DBClusterArn, AllowDataLoss: true, Switchover: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "AllowDataLoss and Switchover",
    });
    // A secondary upgraded on its own no longer matches: only a failover can go to it.
    await west.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "s1", EngineVersion: "8.0.mysql_aurora.3.09.0", ApplyImmediately: true }));
    await expectFault(backend, () => east.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: s1.DBClusterArn })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "a switchover needs every member on the primary's version",
    });
    const out = await east.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: s1.DBClusterArn, AllowDataLoss: true }));
    expect(out.GlobalCluster).toMatchObject({ Status: "failing-over", FailoverState: { Status: "failing-over", IsDataLossAllowed: true } });
    const g = await describeGlobal(west);
    expect(g.GlobalClusterMembers!.map((m) => [m.DBClusterArn, m.IsWriter])).toEqual([
      [s1.DBClusterArn, true],
      [primary.DBClusterArn, false],
    ]);
  });

  it("a failover settles on the clock: 1 ms before, the old writer; at 1 min, the target; Switchover: true switches over", async () => {
    const { backend, east, west } = regions({ lifecycle: "timed" });
    const primary = await createCluster(east, "p1");
    backend.clock.advance(2 * MINUTE);
    await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn }));
    backend.clock.advance(MINUTE);
    const s1 = (await west.send(secondary("s1"))).DBCluster!;
    backend.clock.advance(2 * MINUTE);
    await east.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: s1.DBClusterArn, AllowDataLoss: true }));
    backend.clock.advance(MINUTE - 1);
    expect((await describeGlobal(west)).GlobalClusterMembers![0].DBClusterArn).toBe(primary.DBClusterArn);
    backend.clock.advance(1);
    expect((await describeGlobal(west)).GlobalClusterMembers![0].DBClusterArn).toBe(s1.DBClusterArn);
    const back = await west.send(new FailoverGlobalClusterCommand({ GlobalClusterIdentifier: "g", TargetDbClusterIdentifier: primary.DBClusterArn, Switchover: true }));
    expect(back.GlobalCluster).toMatchObject({ Status: "switching-over", FailoverState: { IsDataLossAllowed: false, ToDbClusterArn: primary.DBClusterArn } });
    backend.clock.advance(2 * MINUTE);
    expect((await describeGlobal(east)).GlobalClusterMembers![0]).toMatchObject({ DBClusterArn: primary.DBClusterArn, IsWriter: true });
    const events = (await east.send(new DescribeEventsCommand({ SourceType: "db-cluster", EventCategories: ["global-failover"] }))).Events!;
    expect(events.map((e) => e.Message)).toEqual(["Global switchover to DB cluster p1 in Region us-east-1 started", "Global switchover to DB cluster p1 in Region us-east-1 finished"]);
  });
});
