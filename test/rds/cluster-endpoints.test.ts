import {
  CreateDBClusterCommand,
  CreateDBClusterEndpointCommand,
  DBClusterEndpointAlreadyExistsFault,
  DBClusterEndpointNotFoundFault,
  DBClusterEndpointQuotaExceededFault,
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DeleteDBClusterCommand,
  DeleteDBClusterEndpointCommand,
  DeleteDBInstanceCommand,
  DescribeDBClusterEndpointsCommand,
  DescribeDBClustersCommand,
  InvalidDBClusterEndpointStateFault,
  InvalidDBClusterStateFault,
  ListTagsForResourceCommand,
  ModifyDBClusterCommand,
  ModifyDBClusterEndpointCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

async function readyCluster(client: RDSClient, id = "c1") {
  await createCluster(client, id);
  await createInstance(client, id, `${id}-w`);
  await createInstance(client, id, `${id}-r1`);
  await createInstance(client, id, `${id}-r2`);
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

const create = (client: RDSClient, id: string, extra: Record<string, unknown> = {}) =>
  client.send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: "c1", DBClusterEndpointIdentifier: id, EndpointType: "READER", ...extra }));

const describeAll = async (client: RDSClient, input: Record<string, unknown> = {}) =>
  (await client.send(new DescribeDBClusterEndpointsCommand(input))).DBClusterEndpoints!;

describe("CreateDBClusterEndpoint", () => {
  it("creates a custom endpoint on the cluster's own suffix: creating, then available; the cluster lists it", async () => {
    const { client } = setup();
    const cluster = await readyCluster(client);
    const out = await create(client, "Analytics", { EndpointType: "any", StaticMembers: ["C1-R1", "c1-r1"], Tags: [{ Key: "team", Value: "bi" }] });
    const suffix = cluster.Endpoint!.slice("c1.cluster-".length);
    expect(out.Endpoint).toBe(`analytics.cluster-custom-${suffix}`);
    expect(out.Endpoint).toMatch(/^analytics\.cluster-custom-[a-z0-9]+\.us-east-1\.rds\.amazonaws\.com$/);
    expect(out).toMatchObject({
      DBClusterEndpointIdentifier: "analytics",
      DBClusterIdentifier: "c1",
      Status: "creating",
      EndpointType: "CUSTOM",
      CustomEndpointType: "ANY",
      StaticMembers: ["c1-r1"],
      ExcludedMembers: [],
      DBClusterEndpointArn: "arn:aws:rds:us-east-1:123456789012:cluster-endpoint:analytics",
    });
    expect(out.DBClusterEndpointResourceIdentifier).toMatch(/^cluster-endpoint-[A-Z0-9]+$/);
    const [listed] = await describeAll(client, { DBClusterEndpointIdentifier: "ANALYTICS" });
    expect(listed.Status).toBe("available");
    const after = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "c1" }))).DBClusters![0];
    expect(after.CustomEndpoints).toEqual([out.Endpoint]);
  });

  it("checks the identifier, the type and the member lists", async () => {
    const { backend, client } = setup();
    await readyCluster(client);
    await createCluster(client, "other");
    await createInstance(client, "other", "elsewhere");
    for (const bad of ["1abc", "a--b", "ab-", "a_b", "x".repeat(64)]) {
      await expectFault(backend, () => create(client, bad), { name: "InvalidParameterValue", status: 400, message: "DBClusterEndpointIdentifier" });
    }
    await expectFault(backend, () => create(client, "e1", { EndpointType: "CUSTOM" }), { name: "InvalidParameterValue", status: 400, message: "EndpointType" });
    await expectFault(backend, () => create(client, "e1", { StaticMembers: ["nope"] }), {
      name: "DBInstanceNotFoundFault",
      status: 404,
      message: /nope.*StaticMembers/,
      Class: DBInstanceNotFoundFault,
    });
    await expectFault(backend, () => create(client, "e1", { ExcludedMembers: ["elsewhere"] }), {
      name: "DBInstanceNotFoundFault",
      status: 404,
      message: /elsewhere.*c1.*ExcludedMembers/,
      Class: DBInstanceNotFoundFault,
    });
    await expectFault(backend, () => create(client, "e1", { StaticMembers: ["c1-r1"], ExcludedMembers: ["c1-r2"] }), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "ExcludedMembers",
    });
  });

  it("needs an existing, available Aurora cluster", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await expectFault(backend, () => create(client, "e1"), { name: "DBClusterNotFoundFault", status: 404, message: "c1", Class: DBClusterNotFoundFault });
    await createCluster(client, "c1");
    await expectFault(backend, () => create(client, "e1"), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /c1 is in status creating/,
      Class: InvalidDBClusterStateFault,
    });
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "maz", ...MULTI_AZ_MYSQL }));
    backend.clock.advance(10 * 60_000);
    await expectFault(backend, () => create(client, "e1", { DBClusterIdentifier: "maz" }), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /Aurora/,
    });
  });

  it("is unique per account and Region, and at most five per cluster", async () => {
    const { backend, client } = setup();
    await readyCluster(client);
    await readyCluster(client, "c2");
    for (let i = 1; i <= 5; i++) await create(client, `e${i}`);
    await expectFault(backend, () => create(client, "E1", { DBClusterIdentifier: "c2" }), {
      name: "DBClusterEndpointAlreadyExistsFault",
      status: 400,
      message: "e1",
      Class: DBClusterEndpointAlreadyExistsFault,
    });
    await expectFault(backend, () => create(client, "e6"), {
      name: "DBClusterEndpointQuotaExceededFault",
      status: 403,
      message: /5 custom endpoints/,
      Class: DBClusterEndpointQuotaExceededFault,
    });
    await create(client, "e6", { DBClusterIdentifier: "c2" });
  });
});

describe("DescribeDBClusterEndpoints", () => {
  it("lists the built-in writer and reader endpoints, then the custom ones", async () => {
    const { client } = setup();
    const cluster = await readyCluster(client);
    await create(client, "e1");
    const list = await describeAll(client, { DBClusterIdentifier: "C1" });
    expect(list.map((e) => e.EndpointType)).toEqual(["WRITER", "READER", "CUSTOM"]);
    expect(list[0]).toEqual({ DBClusterIdentifier: "c1", Endpoint: cluster.Endpoint, Status: "available", EndpointType: "WRITER" });
    expect(list[1]).toEqual({ DBClusterIdentifier: "c1", Endpoint: cluster.ReaderEndpoint, Status: "available", EndpointType: "READER" });
    expect(list[0].CustomEndpointType).toBeUndefined();
    expect(list[0].DBClusterEndpointIdentifier).toBeUndefined();
  });

  it("filters by type, custom type, id and status", async () => {
    const { backend, client } = setup();
    await readyCluster(client);
    await create(client, "e1");
    await create(client, "e2", { EndpointType: "ANY" });
    const ids = async (Filters: { Name: string; Values: string[] }[]) =>
      (await describeAll(client, { Filters })).map((e) => e.DBClusterEndpointIdentifier ?? e.EndpointType);
    expect(await ids([{ Name: "db-cluster-endpoint-type", Values: ["custom"] }])).toEqual(["e1", "e2"]);
    expect(await ids([{ Name: "db-cluster-endpoint-type", Values: ["writer", "reader"] }])).toEqual(["WRITER", "READER"]);
    expect(await ids([{ Name: "db-cluster-endpoint-custom-type", Values: ["any"] }])).toEqual(["e2"]);
    expect(await ids([{ Name: "db-cluster-endpoint-id", Values: ["e1"] }])).toEqual(["e1"]);
    expect(await ids([{ Name: "db-cluster-endpoint-status", Values: ["creating"] }])).toEqual([]);
    await expectFault(backend, () => describeAll(client, { Filters: [{ Name: "engine", Values: ["x"] }] }), {
      name: "InvalidParameterValue",
      status: 400,
      message: "engine",
    });
  });

  it("pages with MaxRecords and Marker; an unknown cluster is DBClusterNotFoundFault, an unknown endpoint an empty list", async () => {
    const { backend, client } = setup();
    for (let i = 0; i < 11; i++) await createCluster(client, `p${String(i).padStart(2, "0")}`);
    const first = await client.send(new DescribeDBClusterEndpointsCommand({ MaxRecords: 20 }));
    expect(first.DBClusterEndpoints).toHaveLength(20);
    const second = await client.send(new DescribeDBClusterEndpointsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBClusterEndpoints).toHaveLength(2);
    expect(second.Marker).toBeUndefined();
    await expectFault(backend, () => describeAll(client, { MaxRecords: 10 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, () => describeAll(client, { DBClusterIdentifier: "ghost" }), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "ghost",
      Class: DBClusterNotFoundFault,
    });
    expect(await describeAll(client, { DBClusterEndpointIdentifier: "ghost" })).toEqual([]);
  });
});

describe("ModifyDBClusterEndpoint and DeleteDBClusterEndpoint", () => {
  it("modifies type and members: modifying, then available; a list switches the member mode", async () => {
    const { client } = setup();
    await readyCluster(client);
    await create(client, "e1", { StaticMembers: ["c1-r1"] });
    await describeAll(client);
    const out = await client.send(new ModifyDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "E1", EndpointType: "ANY", ExcludedMembers: ["c1-w"] }));
    expect(out).toMatchObject({ Status: "modifying", CustomEndpointType: "ANY", StaticMembers: [], ExcludedMembers: ["c1-w"] });
    const [after] = await describeAll(client, { DBClusterEndpointIdentifier: "e1" });
    expect(after.Status).toBe("available");
  });

  it("refuses an unknown endpoint, one that is not available, and unknown members", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(5 * 60_000);
    await createInstance(client, "c1", "w");
    await expectFault(backend, () => client.send(new ModifyDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "ghost" })), {
      name: "DBClusterEndpointNotFoundFault",
      status: 400,
      message: "ghost",
      Class: DBClusterEndpointNotFoundFault,
    });
    await create(client, "e1");
    for (const call of [
      () => client.send(new ModifyDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "e1", EndpointType: "ANY" })),
      () => client.send(new DeleteDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "e1" })),
    ]) {
      await expectFault(backend, call, {
        name: "InvalidDBClusterEndpointStateFault",
        status: 400,
        message: /e1 is in status creating/,
        Class: InvalidDBClusterEndpointStateFault,
      });
    }
    backend.clock.advance(60_000);
    await expectFault(backend, () => client.send(new ModifyDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "e1", StaticMembers: ["zz"] })), {
      name: "DBInstanceNotFoundFault",
      status: 404,
      message: "zz",
    });
    await expectFault(backend, () => client.send(new ModifyDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "e1", EndpointType: "BOTH" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "EndpointType",
    });
  });

  it("deletes: deleting, then gone from the describe and from the cluster's CustomEndpoints", async () => {
    const { backend, client } = setup();
    await readyCluster(client);
    const created = await create(client, "e1");
    await describeAll(client);
    const out = await client.send(new DeleteDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "e1" }));
    expect(out.Status).toBe("deleting");
    expect(await describeAll(client, { DBClusterEndpointIdentifier: "e1" })).toEqual([]);
    const cluster = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "c1" }))).DBClusters![0];
    expect(cluster.CustomEndpoints).not.toContain(created.Endpoint);
    await expectFault(backend, () => client.send(new DeleteDBClusterEndpointCommand({ DBClusterEndpointIdentifier: "e1" })), {
      name: "DBClusterEndpointNotFoundFault",
      status: 400,
      message: "e1",
      Class: DBClusterEndpointNotFoundFault,
    });
  });

  it("a deleted instance leaves the member lists; a deleted cluster takes its endpoints with it", async () => {
    const { client } = setup();
    await readyCluster(client);
    await create(client, "e1", { StaticMembers: ["c1-r1", "c1-r2"] });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "c1-r1" }));
    const [after] = await describeAll(client, { DBClusterEndpointIdentifier: "e1" });
    expect(after.StaticMembers).toEqual(["c1-r2"]);
    for (const id of ["c1-w", "c1-r2"]) await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: id }));
    await describeAll(client);
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    expect(await describeAll(client, { DBClusterEndpointIdentifier: "e1" })).toEqual([]);
    // The identifier is free again once the cluster is gone.
    await readyCluster(client, "c1");
    expect((await create(client, "e1")).Status).toBe("creating");
  });
});

describe("custom endpoints and the rest of RDS", () => {
  it("are taggable resources: the tags given at create read back through ListTagsForResource", async () => {
    const { client } = setup();
    await readyCluster(client);
    const out = await create(client, "tagged", { Tags: [{ Key: "team", Value: "bi" }] });
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: out.DBClusterEndpointArn }));
    expect(tags.TagList).toEqual([{ Key: "team", Value: "bi" }]);
  });

  it("follow their cluster when it is renamed", async () => {
    const { client } = setup();
    await readyCluster(client);
    await create(client, "ep1");
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", NewDBClusterIdentifier: "c2", ApplyImmediately: true }));
    const custom = (await describeAll(client)).filter((e) => e.EndpointType === "CUSTOM");
    expect(custom.map((e) => [e.DBClusterEndpointIdentifier, e.DBClusterIdentifier])).toEqual([["ep1", "c2"]]);
  });
});
