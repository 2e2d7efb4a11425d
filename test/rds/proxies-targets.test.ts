/** RDS Proxy target groups and targets through the real client. */
import {
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DBProxyNotFoundFault,
  DBProxyTargetAlreadyRegisteredFault,
  DBProxyTargetGroupNotFoundFault,
  DBProxyTargetNotFoundFault,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DeregisterDBProxyTargetsCommand,
  DescribeDBProxyTargetGroupsCommand,
  DescribeDBProxyTargetsCommand,
  InvalidDBClusterStateFault,
  InvalidDBProxyStateFault,
  ListTagsForResourceCommand,
  ModifyDBProxyTargetGroupCommand,
  RegisterDBProxyTargetsCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";
import { createProxy, targetsOf } from "./proxies-fixtures.js";

/** An Aurora PostgreSQL cluster with a writer and a reader. */
async function pgCluster(client: RDSClient, id = "c1") {
  const cluster = await createCluster(client, id, AURORA_PG);
  await createInstance(client, id, `${id}-w`, { Engine: "aurora-postgresql" });
  await createInstance(client, id, `${id}-r`, { Engine: "aurora-postgresql" });
  return cluster;
}
const register = (input: Record<string, unknown>) => new RegisterDBProxyTargetsCommand({ DBProxyName: "p1", ...input });
const modifyGroup = (pool: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  new ModifyDBProxyTargetGroupCommand({ DBProxyName: "p1", TargetGroupName: "default", ConnectionPoolConfig: pool, ...extra });

describe("DescribeDBProxyTargetGroups and ModifyDBProxyTargetGroup", () => {
  it("changes the connection pool of the default target group", async () => {
    const { client } = setup();
    await createProxy(client, "p1");
    const out = await client.send(modifyGroup({ MaxConnectionsPercent: 80, MaxIdleConnectionsPercent: 80, ConnectionBorrowTimeout: 0, SessionPinningFilters: ["EXCLUDE_VARIABLE_SETS"], InitQuery: "SET x=1" }));
    expect(out.DBProxyTargetGroup!.ConnectionPoolConfig).toEqual({
      MaxConnectionsPercent: 80,
      MaxIdleConnectionsPercent: 80,
      ConnectionBorrowTimeout: 0,
      SessionPinningFilters: ["EXCLUDE_VARIABLE_SETS"],
      InitQuery: "SET x=1",
    });
    // Members not given keep their values.
    const again = await client.send(modifyGroup({ ConnectionBorrowTimeout: 3600 }));
    expect(again.DBProxyTargetGroup!.ConnectionPoolConfig).toMatchObject({ MaxConnectionsPercent: 80, ConnectionBorrowTimeout: 3600 });
    const [group] = (await client.send(new DescribeDBProxyTargetGroupsCommand({ DBProxyName: "P1", TargetGroupName: "default" }))).TargetGroups!;
    expect(group).toEqual(again.DBProxyTargetGroup);
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: group.TargetGroupArn }));
    expect(tags.TagList).toEqual([]);
  });

  it("refuses values out of range, other target groups and an unknown or busy proxy, changing nothing", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createProxy(client, "p1");
    await expectFault(backend, () => client.send(modifyGroup({ MaxConnectionsPercent: 50 })), {
      name: "InvalidDBProxyStateFault",
      status: 400,
      message: "creating",
      Class: InvalidDBProxyStateFault,
    });
    backend.clock.advance(300_000);
    const bad = (pool: Record<string, unknown>, message: string) => expectFault(backend, () => client.send(modifyGroup(pool)), { name: "InvalidParameterValue", status: 400, message });
    await bad({ MaxConnectionsPercent: 0 }, "MaxConnectionsPercent must be from 1 to 100; got 0");
    await bad({ MaxConnectionsPercent: 101 }, "got 101");
    await bad({ MaxIdleConnectionsPercent: 60, MaxConnectionsPercent: 50 }, "MaxIdleConnectionsPercent (60) must not exceed MaxConnectionsPercent (50)");
    // Against the value kept: MaxConnectionsPercent 100, then idle 50 above a lowered maximum.
    await bad({ MaxConnectionsPercent: 40 }, "MaxIdleConnectionsPercent (50)");
    await bad({ ConnectionBorrowTimeout: 3601 }, "ConnectionBorrowTimeout must be from 0 to 3600");
    await bad({ SessionPinningFilters: ["EXCLUDE_EVERYTHING"] }, "EXCLUDE_VARIABLE_SETS");
    await expectFault(backend, () => client.send(modifyGroup({}, { TargetGroupName: "other" })), {
      name: "DBProxyTargetGroupNotFoundFault",
      status: 404,
      message: "Target group other is not found for DB proxy p1",
      Class: DBProxyTargetGroupNotFoundFault,
    });
    await expectFault(backend, () => client.send(modifyGroup({}, { NewName: "renamed" })), { name: "InvalidParameterValue", status: 400, message: "NewName" });
    await expectFault(backend, () => client.send(modifyGroup({}, { DBProxyName: "p9" })), { name: "DBProxyNotFoundFault", status: 404, message: "p9", Class: DBProxyNotFoundFault });
    await expectFault(backend, () => client.send(new DescribeDBProxyTargetGroupsCommand({ DBProxyName: "p1", TargetGroupName: "x" })), {
      name: "DBProxyTargetGroupNotFoundFault",
      status: 404,
      message: "x",
    });
  });
});

describe("RegisterDBProxyTargets and DescribeDBProxyTargets", () => {
  it("registers an Aurora cluster: the tracked cluster and each member, REGISTERING until 2 minutes have passed", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const cluster = await pgCluster(client);
    await createProxy(client, "p1");
    backend.clock.advance(60 * 60_000);
    const out = await client.send(register({ DBClusterIdentifiers: ["C1"] }));
    expect(out.DBProxyTargets).toEqual([
      { TargetArn: cluster.DBClusterArn, TrackedClusterId: "c1", RdsResourceId: "c1", Port: cluster.Port, Type: "TRACKED_CLUSTER" },
      expect.objectContaining({ RdsResourceId: "c1-w", TrackedClusterId: "c1", Type: "RDS_INSTANCE", Role: "READ_WRITE", TargetHealth: { State: "REGISTERING" } }),
      expect.objectContaining({ RdsResourceId: "c1-r", TrackedClusterId: "c1", Type: "RDS_INSTANCE", Role: "READ_ONLY", TargetHealth: { State: "REGISTERING" } }),
    ]);
    expect(out.DBProxyTargets![1].Endpoint).toMatch(/^c1-w\./);
    expect(out.DBProxyTargets![1].TargetArn).toBe("arn:aws:rds:us-east-1:123456789012:db:c1-w");
    backend.clock.advance(119_999);
    expect((await targetsOf(client, "p1")).map((t) => t.TargetHealth?.State)).toEqual([undefined, "REGISTERING", "REGISTERING"]);
    backend.clock.advance(1);
    expect((await targetsOf(client, "p1")).map((t) => t.TargetHealth?.State)).toEqual([undefined, "AVAILABLE", "AVAILABLE"]);
    // A member being deleted is unavailable; once gone, it is no longer a target.
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "c1-r" }));
    const during = await targetsOf(client, "p1");
    expect(during[2].TargetHealth).toEqual({ State: "UNAVAILABLE", Reason: "UNREACHABLE", Description: "DB instance c1-r is deleting." });
    backend.clock.advance(60 * 60_000);
    expect((await targetsOf(client, "p1")).map((t) => t.RdsResourceId)).toEqual(["c1", "c1-w"]);
  });

  it("refuses what the rules rule out, changing nothing", async () => {
    const { backend, client } = setup();
    await pgCluster(client);
    await createCluster(client, "my", { Engine: "aurora-mysql", MasterUsername: "admin", MasterUserPassword: "Secret-pass1" });
    await createProxy(client, "p1");
    const fault = (input: Record<string, unknown>, name: string, status: number, message: string | RegExp, Class?: any) =>
      expectFault(backend, () => client.send(register(input)), { name, status, message, Class });
    await fault({}, "InvalidParameterValue", 400, "DBInstanceIdentifiers or DBClusterIdentifiers");
    await fault({ DBClusterIdentifiers: ["c1"], DBInstanceIdentifiers: ["c1-w"] }, "InvalidParameterCombination", 400, "single DB instance or DB cluster");
    await fault({ DBClusterIdentifiers: ["c9"] }, "DBClusterNotFoundFault", 404, "c9", DBClusterNotFoundFault);
    await fault({ DBInstanceIdentifiers: ["i9"] }, "DBInstanceNotFoundFault", 404, "i9", DBInstanceNotFoundFault);
    await fault({ DBInstanceIdentifiers: ["c1-w"] }, "InvalidParameterValue", 400, "member of DB cluster c1: register the cluster");
    await fault({ DBClusterIdentifiers: ["my"] }, "InvalidParameterValue", 400, "(engine aurora-mysql) is not compatible with a proxy of engine family POSTGRESQL");
    await fault({ DBProxyName: "p9", DBClusterIdentifiers: ["c1"] }, "DBProxyNotFoundFault", 404, "p9", DBProxyNotFoundFault);
    await fault({ TargetGroupName: "other", DBClusterIdentifiers: ["c1"] }, "DBProxyTargetGroupNotFoundFault", 404, "other", DBProxyTargetGroupNotFoundFault);
    await client.send(register({ DBClusterIdentifiers: ["c1"] }));
    await fault({ DBClusterIdentifiers: ["c1"] }, "DBProxyTargetAlreadyRegisteredFault", 400, "c1 is already registered with DB proxy p1", DBProxyTargetAlreadyRegisteredFault);
    await pgCluster(client, "c2");
    await fault({ DBClusterIdentifiers: ["c2"] }, "DBProxyTargetAlreadyRegisteredFault", 400, "already has a target (c1)", DBProxyTargetAlreadyRegisteredFault);
  });

  it("needs an available cluster and proxy", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createProxy(client, "p1");
    await createCluster(client, "c0", AURORA_PG);
    await expectFault(backend, () => client.send(register({ DBClusterIdentifiers: ["c0"] })), { name: "InvalidDBProxyStateFault", status: 400, message: "creating", Class: InvalidDBProxyStateFault });
    backend.clock.advance(300_000);
    await createCluster(client, "c1", AURORA_PG);
    await expectFault(backend, () => client.send(register({ DBClusterIdentifiers: ["c1"] })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /c1.*creating/,
      Class: InvalidDBClusterStateFault,
    });
  });

  it("deregisters a target; an unknown one is not found", async () => {
    const { backend, client } = setup();
    await pgCluster(client);
    await createProxy(client, "p1");
    await client.send(register({ DBClusterIdentifiers: ["c1"] }));
    const deregister = (input: Record<string, unknown>) => () => client.send(new DeregisterDBProxyTargetsCommand({ DBProxyName: "p1", ...input }));
    await expectFault(backend, deregister({ DBClusterIdentifiers: ["c2"] }), { name: "DBProxyTargetNotFoundFault", status: 404, message: "c2 is not a registered target", Class: DBProxyTargetNotFoundFault });
    await expectFault(backend, deregister({ DBInstanceIdentifiers: ["c1-w"] }), { name: "DBProxyTargetNotFoundFault", status: 404, message: "c1-w" });
    await client.send(new DeregisterDBProxyTargetsCommand({ DBProxyName: "P1", DBClusterIdentifiers: ["C1"] }));
    expect(await targetsOf(client, "p1")).toEqual([]);
    // Registered again after deregistering.
    await client.send(register({ DBClusterIdentifiers: ["c1"] }));
    expect(await targetsOf(client, "p1")).toHaveLength(3);
  });

  it("a deleted cluster leaves the target group; its namesake created later is not attached", async () => {
    const { client } = setup();
    await pgCluster(client);
    await createProxy(client, "p1");
    await client.send(register({ DBClusterIdentifiers: ["c1"] }));
    for (const id of ["c1-w", "c1-r"]) await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: id }));
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    await targetsOf(client, "p1");
    expect(await targetsOf(client, "p1")).toEqual([]);
    await pgCluster(client);
    expect(await targetsOf(client, "p1")).toEqual([]);
    const out = await client.send(register({ DBClusterIdentifiers: ["c1"] }));
    expect(out.DBProxyTargets).toHaveLength(3);
  });

  it("pages the targets and refuses filters", async () => {
    const { backend, client } = setup();
    await pgCluster(client);
    for (let i = 1; i <= 20; i++) await createInstance(client, "c1", `c1-x${i}`, { Engine: "aurora-postgresql" });
    await createProxy(client, "p1");
    await client.send(register({ DBClusterIdentifiers: ["c1"] }));
    const first = await client.send(new DescribeDBProxyTargetsCommand({ DBProxyName: "p1", MaxRecords: 20 }));
    expect(first.Targets).toHaveLength(20);
    const second = await client.send(new DescribeDBProxyTargetsCommand({ DBProxyName: "p1", MaxRecords: 20, Marker: first.Marker }));
    expect(second.Targets).toHaveLength(3);
    await expectFault(backend, () => client.send(new DescribeDBProxyTargetsCommand({ DBProxyName: "p1", Filters: [{ Name: "a", Values: ["b"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "a",
    });
  });

  it("registers a standalone DB instance of the proxy's engine family; deleted, it leaves; re-created, it is not attached", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const pg = await createStandalone(client);
    await createStandalone(client, { DBInstanceIdentifier: "my1", Engine: "mysql" });
    await createStandalone(client, { DBInstanceIdentifier: "ms1", Engine: "sqlserver-ex", LicenseModel: "license-included", DBInstanceClass: "db.t3.micro" });
    await createProxy(client, "p1");
    await createProxy(client, "p3", { EngineFamily: "SQLSERVER" });
    backend.clock.advance(60 * 60_000);
    await expectFault(backend, () => client.send(register({ DBInstanceIdentifiers: ["my1"] })), { name: "InvalidParameterValue", status: 400, message: "(engine mysql) is not compatible" });
    const out = await client.send(register({ DBInstanceIdentifiers: ["PG1"] }));
    expect(out.DBProxyTargets).toEqual([
      { TargetArn: pg.DBInstanceArn, Endpoint: expect.stringMatching(/^pg1\./), RdsResourceId: "pg1", Port: 5432, Type: "RDS_INSTANCE", Role: "READ_WRITE", TargetHealth: { State: "REGISTERING" } },
    ]);
    const sql = await client.send(new RegisterDBProxyTargetsCommand({ DBProxyName: "p3", DBInstanceIdentifiers: ["ms1"] }));
    expect(sql.DBProxyTargets![0]).toMatchObject({ RdsResourceId: "ms1", Port: 1433 });
    backend.clock.advance(120_000);
    expect((await targetsOf(client, "p1"))[0].TargetHealth).toEqual({ State: "AVAILABLE" });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", SkipFinalSnapshot: true }));
    expect((await targetsOf(client, "p1"))[0].TargetHealth).toMatchObject({ State: "UNAVAILABLE", Reason: "UNREACHABLE" });
    backend.clock.advance(60 * 60_000);
    expect(await targetsOf(client, "p1")).toEqual([]);
    await createStandalone(client);
    backend.clock.advance(60 * 60_000);
    expect(await targetsOf(client, "p1")).toEqual([]);
    await expectFault(backend, () => client.send(new DeregisterDBProxyTargetsCommand({ DBProxyName: "p1", DBInstanceIdentifiers: ["pg1"] })), {
      name: "DBProxyTargetNotFoundFault",
      status: 404,
      message: "pg1",
    });
    await client.send(register({ DBInstanceIdentifiers: ["pg1"] }));
    await client.send(new DeregisterDBProxyTargetsCommand({ DBProxyName: "p1", DBInstanceIdentifiers: ["pg1"] }));
    expect(await targetsOf(client, "p1")).toEqual([]);
  });
});
