/**
 * Issue 14: the RDS Data API switch (Enable/DisableHttpEndpoint), Aurora Serverless v1 capacity
 * (ModifyCurrentDBClusterCapacity) and the Aurora Serverless v2 platform catalog, through a real RDSClient.
 */
import {
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  DescribeServerlessV2PlatformVersionsCommand,
  DisableHttpEndpointCommand,
  EnableHttpEndpointCommand,
  InvalidDBClusterCapacityFault,
  InvalidDBClusterStateFault,
  InvalidResourceStateFault,
  ModifyCurrentDBClusterCapacityCommand,
  ResourceNotFoundFault,
  DBClusterNotFoundFault,
  paginateDescribeServerlessV2PlatformVersions,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, expectFault, MULTI_AZ_MYSQL, setup } from "./clusters-fixtures.js";

const describeCluster = async (client: RDSClient, id: string) => (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
const enable = (client: RDSClient, ResourceArn: string) => client.send(new EnableHttpEndpointCommand({ ResourceArn }));
const disable = (client: RDSClient, ResourceArn: string) => client.send(new DisableHttpEndpointCommand({ ResourceArn }));

/** Advances the backend's clock until the cluster is available. */
async function untilAvailable(backend: ReturnType<typeof setup>["backend"], client: RDSClient, id: string) {
  backend.clock.advance(30 * 60_000);
  expect((await describeCluster(client, id)).Status).toBe("available");
}

describe("EnableHttpEndpoint / DisableHttpEndpoint", () => {
  it("switches the Data API of an Aurora cluster, shown as HttpEndpointEnabled", async () => {
    const { backend, client } = setup();
    const created = await createCluster(client, "data", AURORA_PG);
    await untilAvailable(backend, client, "data");
    expect(created.HttpEndpointEnabled).toBe(false);
    const on = await enable(client, created.DBClusterArn!);
    expect(on).toMatchObject({ ResourceArn: created.DBClusterArn, HttpEndpointEnabled: true });
    expect(on.$metadata.httpStatusCode).toBe(200);
    expect((await describeCluster(client, "data")).HttpEndpointEnabled).toBe(true);
    // Enabling twice is no error: the endpoint simply stays on.
    expect((await enable(client, created.DBClusterArn!)).HttpEndpointEnabled).toBe(true);
    const off = await disable(client, created.DBClusterArn!);
    expect(off).toMatchObject({ ResourceArn: created.DBClusterArn, HttpEndpointEnabled: false });
    expect((await describeCluster(client, "data")).HttpEndpointEnabled).toBe(false);
  });

  it("answers ResourceNotFoundFault for an unknown cluster, another Region's ARN or a value that is no cluster ARN", async () => {
    const { backend, client } = setup();
    const created = await createCluster(client, "data", AURORA_PG);
    await untilAvailable(backend, client, "data");
    const arn = created.DBClusterArn!;
    for (const bad of [arn.replace(":data", ":ghost"), arn.replace("us-east-1", "eu-west-1"), arn.replace(":cluster:", ":db:"), "data"]) {
      await expectFault(backend, () => enable(client, bad), { name: "ResourceNotFoundFault", status: 404, message: bad, Class: ResourceNotFoundFault });
      await expectFault(backend, () => disable(client, bad), { name: "ResourceNotFoundFault", status: 404, message: bad, Class: ResourceNotFoundFault });
    }
  });

  it("refuses a cluster that is not available, a Serverless v1 cluster and a Multi-AZ DB cluster", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const creating = await createCluster(client, "busy", AURORA_PG);
    await expectFault(backend, () => enable(client, creating.DBClusterArn!), { name: "InvalidResourceStateFault", status: 400, message: /busy.*creating/, Class: InvalidResourceStateFault });
    const v1 = await createCluster(client, "sls", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } });
    await untilAvailable(backend, client, "sls");
    await expectFault(backend, () => enable(client, v1.DBClusterArn!), { name: "InvalidResourceStateFault", status: 400, message: /Serverless v1.*ModifyDBCluster/, Class: InvalidResourceStateFault });
    const multiAz = await createCluster(client, "maz", MULTI_AZ_MYSQL);
    await untilAvailable(backend, client, "maz");
    await expectFault(backend, () => enable(client, multiAz.DBClusterArn!), { name: "InvalidResourceStateFault", status: 400, message: /Aurora.*maz.*mysql/, Class: InvalidResourceStateFault });
  });

  it("a cluster deleted and re-created under one name starts with the endpoint off", async () => {
    const { backend, client } = setup();
    const first = await createCluster(client, "again", AURORA_PG);
    await untilAvailable(backend, client, "again");
    await enable(client, first.DBClusterArn!);
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "again", SkipFinalSnapshot: true }));
    backend.clock.advance(30 * 60_000);
    await expectFault(backend, () => disable(client, first.DBClusterArn!), { name: "ResourceNotFoundFault", status: 404, message: "again" });
    await createCluster(client, "again", AURORA_PG);
    await untilAvailable(backend, client, "again");
    expect((await describeCluster(client, "again")).HttpEndpointEnabled).toBe(false);
  });

  it("two concurrent calls on one cluster both answer, and the last one sent wins", async () => {
    const { backend, client } = setup();
    const c = await createCluster(client, "race", AURORA_PG);
    await untilAvailable(backend, client, "race");
    const [a, b] = await Promise.all([enable(client, c.DBClusterArn!), disable(client, c.DBClusterArn!)]);
    expect([a.HttpEndpointEnabled, b.HttpEndpointEnabled]).toEqual([true, false]);
    expect((await describeCluster(client, "race")).HttpEndpointEnabled).toBe(false);
  });
});

describe("ModifyCurrentDBClusterCapacity", () => {
  const modify = (client: RDSClient, input: { Capacity?: number; SecondsBeforeTimeout?: number; TimeoutAction?: string }, id = "sls") =>
    client.send(new ModifyCurrentDBClusterCapacityCommand({ DBClusterIdentifier: id, ...input }));

  async function serverlessV1(engine: "aurora-mysql" | "aurora-postgresql" = "aurora-mysql") {
    const s = setup();
    const scaling = engine === "aurora-mysql" ? { MinCapacity: 1, MaxCapacity: 16 } : { MinCapacity: 2, MaxCapacity: 16 };
    await createCluster(s.client, "sls", { EngineMode: "serverless", ScalingConfiguration: scaling, ...(engine === "aurora-postgresql" ? AURORA_PG : {}) });
    await untilAvailable(s.backend, s.client, "sls");
    return s;
  }

  it("sets the capacity of a Serverless v1 cluster: the answer shows before and after, Describe the new value", async () => {
    const { client } = await serverlessV1();
    const out = await modify(client, { Capacity: 8, SecondsBeforeTimeout: 60, TimeoutAction: "RollbackCapacityChange" }, "SLS");
    expect(out).toMatchObject({ DBClusterIdentifier: "sls", CurrentCapacity: 0, PendingCapacity: 8, SecondsBeforeTimeout: 60, TimeoutAction: "RollbackCapacityChange" });
    expect((await describeCluster(client, "sls")).Capacity).toBe(8);
    const next = await modify(client, { Capacity: 2 });
    expect(next).toMatchObject({ CurrentCapacity: 8, PendingCapacity: 2, SecondsBeforeTimeout: 300, TimeoutAction: "ForceApplyCapacityChange" });
    // Without Capacity nothing changes.
    const none = await modify(client, {});
    expect(none.CurrentCapacity).toBe(2);
    expect(none.PendingCapacity).toBeUndefined();
    expect((await describeCluster(client, "sls")).Capacity).toBe(2);
  });

  it("checks the capacity per engine, the timeout range and action", async () => {
    const { backend, client } = await serverlessV1("aurora-postgresql");
    for (const bad of [1, 3, 256]) {
      await expectFault(backend, () => modify(client, { Capacity: bad }), { name: "InvalidDBClusterCapacityFault", status: 400, message: `Capacity ${bad} is not valid for aurora-postgresql`, Class: InvalidDBClusterCapacityFault });
    }
    expect((await modify(client, { Capacity: 384 })).PendingCapacity).toBe(384);
    for (const bad of [9, 601]) {
      await expectFault(backend, () => modify(client, { Capacity: 4, SecondsBeforeTimeout: bad }), { name: "InvalidParameterValue", status: 400, message: "SecondsBeforeTimeout" });
    }
    await expectFault(backend, () => modify(client, { Capacity: 4, TimeoutAction: "Wait" }), { name: "InvalidParameterValue", status: 400, message: "TimeoutAction Wait" });
  });

  it("refuses an unknown cluster, a provisioned cluster and a cluster that is not available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await expectFault(backend, () => modify(client, { Capacity: 2 }, "ghost"), { name: "DBClusterNotFoundFault", status: 404, message: "ghost", Class: DBClusterNotFoundFault });
    await createCluster(client, "prov", AURORA_PG);
    await untilAvailable(backend, client, "prov");
    await expectFault(backend, () => modify(client, { Capacity: 2 }, "prov"), { name: "InvalidDBClusterStateFault", status: 400, message: /Serverless v1.*prov.*provisioned/, Class: InvalidDBClusterStateFault });
    await createCluster(client, "new", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 4 } });
    await expectFault(backend, () => modify(client, { Capacity: 2 }, "new"), { name: "InvalidDBClusterStateFault", status: 400, message: /new.*creating/, Class: InvalidDBClusterStateFault });
    // The clock at 1 ms before the cluster becomes available, then at it.
    const due = Math.min(...backend.clock.pending().map((t) => t.at));
    backend.clock.set(due - 1);
    await expectFault(backend, () => modify(client, { Capacity: 2 }, "new"), { name: "InvalidDBClusterStateFault", status: 400, message: /creating/ });
    backend.clock.set(due);
    expect((await describeCluster(client, "new")).Status).toBe("available");
    expect((await modify(client, { Capacity: 2 }, "new")).PendingCapacity).toBe(2);
  });
});

describe("DescribeServerlessV2PlatformVersions", () => {
  const list = (client: RDSClient, input: Record<string, unknown> = {}) => client.send(new DescribeServerlessV2PlatformVersionsCommand(input));

  it("lists the enabled platform versions of both Aurora engines, one default each", async () => {
    const { client } = setup();
    const out = await list(client);
    const versions = out.ServerlessV2PlatformVersions!;
    expect(versions.every((v) => v.Status === "enabled")).toBe(true);
    expect(new Set(versions.map((v) => v.Engine))).toEqual(new Set(["aurora-mysql", "aurora-postgresql"]));
    for (const engine of ["aurora-mysql", "aurora-postgresql"]) expect(versions.filter((v) => v.Engine === engine && v.IsDefault)).toHaveLength(1);
    expect(versions[0].ServerlessV2FeaturesSupport).toEqual({ MinCapacity: expect.any(Number), MaxCapacity: expect.any(Number) });
    // IncludeAll adds the versions no longer in use.
    const all = (await list(client, { IncludeAll: true })).ServerlessV2PlatformVersions!;
    expect(all.length).toBeGreaterThan(versions.length);
    expect(all.some((v) => v.Status === "disabled")).toBe(true);
  });

  it("narrows by engine, version and DefaultOnly", async () => {
    const { client } = setup();
    const pg = (await list(client, { Engine: "aurora-postgresql" })).ServerlessV2PlatformVersions!;
    expect(pg.every((v) => v.Engine === "aurora-postgresql")).toBe(true);
    const defaults = (await list(client, { DefaultOnly: true })).ServerlessV2PlatformVersions!;
    expect(defaults.map((v) => v.Engine)).toEqual(["aurora-mysql", "aurora-postgresql"]);
    const one = (await list(client, { Engine: "aurora-mysql", ServerlessV2PlatformVersion: defaults[0].ServerlessV2PlatformVersion })).ServerlessV2PlatformVersions!;
    expect(one).toEqual([defaults[0]]);
    expect((await list(client, { ServerlessV2PlatformVersion: "99" })).ServerlessV2PlatformVersions).toEqual([]);
  });

  it("pages with MaxRecords 1-200 and the SDK's paginator", async () => {
    const { backend, client } = setup();
    const all = (await list(client, { IncludeAll: true })).ServerlessV2PlatformVersions!;
    const paged = [];
    for await (const page of paginateDescribeServerlessV2PlatformVersions({ client, pageSize: 1 }, { IncludeAll: true })) paged.push(...page.ServerlessV2PlatformVersions!);
    expect(paged).toEqual(all);
    for (const bad of [0, 201]) await expectFault(backend, () => list(client, { MaxRecords: bad }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, () => list(client, { Marker: "not-a-marker" }), { name: "InvalidParameterValue", status: 400, message: "arker" });
  });

  it("refuses an engine that is not Aurora and any filter", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => list(client, { Engine: "postgres" }), { name: "InvalidParameterValue", status: 400, message: "Engine postgres" });
    await expectFault(backend, () => list(client, { Filters: [{ Name: "engine", Values: ["aurora-mysql"] }] }), { name: "InvalidParameterValue", status: 400, message: "engine" });
  });
});
