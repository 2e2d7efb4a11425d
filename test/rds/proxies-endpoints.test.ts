/** RDS Proxy endpoints through the real client: Create/Describe/Modify/DeleteDBProxyEndpoint(s). */
import {
  AddTagsToResourceCommand,
  CreateDBProxyEndpointCommand,
  DBProxyEndpointAlreadyExistsFault,
  DBProxyEndpointNotFoundFault,
  DBProxyEndpointQuotaExceededFault,
  DBProxyNotFoundFault,
  DeleteDBProxyEndpointCommand,
  DescribeDBProxyEndpointsCommand,
  InvalidDBProxyEndpointStateFault,
  InvalidDBProxyStateFault,
  InvalidSubnet,
  ListTagsForResourceCommand,
  ModifyDBProxyEndpointCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { caught } from "../helpers.js";
import { expectFault, setup } from "./clusters-fixtures.js";
import { createEndpoint, createProxy, SUBNETS } from "./proxies-fixtures.js";

const describeEndpoints = async (client: RDSClient, input: Record<string, unknown> = {}) =>
  (await client.send(new DescribeDBProxyEndpointsCommand(input))).DBProxyEndpoints!;
const create = (proxy: string, name: string, extra: Record<string, unknown> = {}) =>
  new CreateDBProxyEndpointCommand({ DBProxyName: proxy, DBProxyEndpointName: name, VpcSubnetIds: SUBNETS, ...extra });

describe("CreateDBProxyEndpoint", () => {
  it("creates an endpoint beside the proxy's default one", async () => {
    const { client } = setup();
    const proxy = await createProxy(client, "p1");
    const endpoint = await createEndpoint(client, "P1", "Reader", { TargetRole: "READ_ONLY", Tags: [{ Key: "k", Value: "v" }], VpcSecurityGroupIds: ["sg-0123456789abcdef0"] });
    expect(endpoint).toMatchObject({
      DBProxyEndpointName: "reader",
      DBProxyName: "p1",
      Status: "creating",
      VpcId: proxy.VpcId,
      VpcSubnetIds: SUBNETS,
      VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
      TargetRole: "READ_ONLY",
      IsDefault: false,
      EndpointNetworkType: "IPV4",
    });
    expect(endpoint.DBProxyEndpointArn).toMatch(/^arn:aws:rds:us-east-1:123456789012:db-proxy-endpoint:prx-endpoint-[0-9a-f]{17}$/);
    expect(endpoint.Endpoint).toMatch(/^reader\.endpoint\.proxy-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    const list = await describeEndpoints(client, { DBProxyName: "p1" });
    expect(list.map((e) => [e.DBProxyEndpointName, e.IsDefault, e.Status])).toEqual([["default", true, "available"], ["reader", false, "available"]]);
    expect(await describeEndpoints(client, { DBProxyEndpointName: "READER" })).toEqual([list[1]]);
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: endpoint.DBProxyEndpointArn }));
    expect(tags.TagList).toEqual([{ Key: "k", Value: "v" }]);
    await client.send(new AddTagsToResourceCommand({ ResourceName: endpoint.DBProxyEndpointArn, Tags: [{ Key: "k2", Value: "" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: endpoint.DBProxyEndpointArn }))).TagList).toHaveLength(2);
  });

  it("refuses bad input, an unknown or busy proxy, a taken name and a full proxy, changing nothing", async () => {
    const { backend, client } = setup({ lifecycle: "timed", quotas: { rds: { dbProxyEndpointsPerProxy: 1 } } });
    await expectFault(backend, () => client.send(create("nope", "e1")), { name: "DBProxyNotFoundFault", status: 404, message: "nope", Class: DBProxyNotFoundFault });
    await createProxy(client, "p1");
    await expectFault(backend, () => client.send(create("p1", "e1")), {
      name: "InvalidDBProxyStateFault",
      status: 400,
      message: "p1 is in the creating state",
      Class: InvalidDBProxyStateFault,
    });
    backend.clock.advance(300_000);
    await createProxy(client, "p2");
    backend.clock.advance(300_000);
    await expectFault(backend, () => client.send(create("p1", "default")), { name: "InvalidParameterValue", status: 400, message: 'must not be "default"' });
    await expectFault(backend, () => client.send(create("p1", "e1", { VpcSubnetIds: ["subnet-12"] , })), { name: "InvalidSubnet", status: 400, message: "subnet-12", Class: InvalidSubnet });
    await expectFault(backend, () => client.send(create("p1", "e1", { VpcSubnetIds: [SUBNETS[1]] })), { name: "InvalidParameterValue", status: 400, message: "at least two" });
    await expectFault(backend, () => client.send(create("p1", "e1", { VpcSecurityGroupIds: ["sg-x"] })), { name: "InvalidParameterValue", status: 400, message: "sg-x" });
    await createEndpoint(client, "p1", "e1");
    await expectFault(backend, () => client.send(create("p2", "E1")), {
      name: "DBProxyEndpointAlreadyExistsFault",
      status: 400,
      message: "e1",
      Class: DBProxyEndpointAlreadyExistsFault,
    });
    await expectFault(backend, () => client.send(create("p1", "e2")), {
      name: "DBProxyEndpointQuotaExceededFault",
      status: 400,
      message: "maximum number of endpoints (1",
      Class: DBProxyEndpointQuotaExceededFault,
    });
    await createEndpoint(client, "p2", "e2");
  });

  it("allows 20 endpoints per proxy by default", async () => {
    const { backend, client } = setup();
    await createProxy(client, "p1");
    for (let i = 1; i <= 20; i++) await createEndpoint(client, "p1", `e${i}`);
    await expectFault(backend, () => client.send(create("p1", "e21")), { name: "DBProxyEndpointQuotaExceededFault", status: 400, message: "(20," });
  });

  it("answers two concurrent creates of one name with one endpoint", async () => {
    const { client } = setup();
    await createProxy(client, "p1");
    const results = await Promise.allSettled([client.send(create("p1", "e1")), client.send(create("p1", "e1"))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await describeEndpoints(client, { DBProxyName: "p1" })).map((e) => e.DBProxyEndpointName)).toEqual(["default", "e1"]);
  });

  it("is creating until 3 minutes have passed on the clock", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createProxy(client, "p1");
    backend.clock.advance(300_000);
    await createEndpoint(client, "p1", "e1");
    backend.clock.advance(179_999);
    expect((await describeEndpoints(client, { DBProxyEndpointName: "e1" }))[0].Status).toBe("creating");
    await expectFault(backend, () => client.send(new DeleteDBProxyEndpointCommand({ DBProxyEndpointName: "e1" })), {
      name: "InvalidDBProxyEndpointStateFault",
      status: 400,
      message: "e1 is in the creating state",
      Class: InvalidDBProxyEndpointStateFault,
    });
    backend.clock.advance(1);
    expect((await describeEndpoints(client, { DBProxyEndpointName: "e1" }))[0].Status).toBe("available");
  });
});

describe("DescribeDBProxyEndpoints", () => {
  it("answers an unknown endpoint or proxy, and pages", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new DescribeDBProxyEndpointsCommand({ DBProxyEndpointName: "e9" })), {
      name: "DBProxyEndpointNotFoundFault",
      status: 404,
      message: "DBProxyEndpoint e9 is not found",
      Class: DBProxyEndpointNotFoundFault,
    });
    await expectFault(backend, () => client.send(new DescribeDBProxyEndpointsCommand({ DBProxyName: "p9" })), { name: "DBProxyNotFoundFault", status: 404, message: "p9" });
    await createProxy(client, "p1");
    for (let i = 1; i <= 20; i++) await createEndpoint(client, "p1", `e${String(i).padStart(2, "0")}`);
    const first = await client.send(new DescribeDBProxyEndpointsCommand({ MaxRecords: 20 }));
    expect(first.DBProxyEndpoints!.map((e) => e.DBProxyEndpointName)).toEqual(["default", ...Array.from({ length: 19 }, (_, i) => `e${String(i + 1).padStart(2, "0")}`)]);
    const second = await client.send(new DescribeDBProxyEndpointsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBProxyEndpoints!.map((e) => e.DBProxyEndpointName)).toEqual(["e20"]);
    await expectFault(backend, () => client.send(new DescribeDBProxyEndpointsCommand({ Filters: [{ Name: "x", Values: ["y"] }] })), { name: "InvalidParameterValue", status: 400, message: "x" });
  });
});

describe("ModifyDBProxyEndpoint and DeleteDBProxyEndpoint", () => {
  it("renames an endpoint (its ARN stays) and changes its security groups", async () => {
    const { backend, client } = setup();
    await createProxy(client, "p1");
    const endpoint = await createEndpoint(client, "p1", "e1");
    await createEndpoint(client, "p1", "e2");
    await expectFault(backend, () => client.send(new ModifyDBProxyEndpointCommand({ DBProxyEndpointName: "e1", NewDBProxyEndpointName: "E2" })), {
      name: "DBProxyEndpointAlreadyExistsFault",
      status: 400,
      message: "e2",
    });
    await expectFault(backend, () => client.send(new ModifyDBProxyEndpointCommand({ DBProxyEndpointName: "e1", NewDBProxyEndpointName: "default" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "NewDBProxyEndpointName",
    });
    await expectFault(backend, () => client.send(new ModifyDBProxyEndpointCommand({ DBProxyEndpointName: "default" })), { name: "InvalidParameterValue", status: 400, message: "default" });
    await expectFault(backend, () => client.send(new ModifyDBProxyEndpointCommand({ DBProxyEndpointName: "nope" })), {
      name: "DBProxyEndpointNotFoundFault",
      status: 404,
      message: "nope",
      Class: DBProxyEndpointNotFoundFault,
    });
    const out = await client.send(new ModifyDBProxyEndpointCommand({ DBProxyEndpointName: "E1", NewDBProxyEndpointName: "E3", VpcSecurityGroupIds: ["sg-0123456789abcdef0"] }));
    expect(out.DBProxyEndpoint).toMatchObject({ DBProxyEndpointName: "e3", DBProxyEndpointArn: endpoint.DBProxyEndpointArn, Status: "modifying", VpcSecurityGroupIds: ["sg-0123456789abcdef0"] });
    await expectFault(backend, () => client.send(new DescribeDBProxyEndpointsCommand({ DBProxyEndpointName: "e1" })), { name: "DBProxyEndpointNotFoundFault", status: 404, message: "e1" });
    // The old name is free again.
    await createEndpoint(client, "p1", "e1");
  });

  it("deletes an endpoint, not the default one; its name can be used again", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createProxy(client, "p1");
    backend.clock.advance(300_000);
    const endpoint = await createEndpoint(client, "p1", "e1");
    backend.clock.advance(180_000);
    await expectFault(backend, () => client.send(new DeleteDBProxyEndpointCommand({ DBProxyEndpointName: "default" })), { name: "InvalidParameterValue", status: 400, message: "default" });
    const out = await client.send(new DeleteDBProxyEndpointCommand({ DBProxyEndpointName: "E1" }));
    expect(out.DBProxyEndpoint).toMatchObject({ DBProxyEndpointName: "e1", Status: "deleting" });
    await expectFault(backend, () => client.send(new DeleteDBProxyEndpointCommand({ DBProxyEndpointName: "e1" })), {
      name: "InvalidDBProxyEndpointStateFault",
      status: 400,
      message: "deleting",
    });
    backend.clock.advance(59_999);
    expect((await describeEndpoints(client, { DBProxyEndpointName: "e1" }))[0].Status).toBe("deleting");
    backend.clock.advance(1);
    expect((await describeEndpoints(client, { DBProxyName: "p1" })).map((e) => e.DBProxyEndpointName)).toEqual(["default"]);
    expect(await caught(client.send(new ListTagsForResourceCommand({ ResourceName: endpoint.DBProxyEndpointArn })))).toBeInstanceOf(DBProxyEndpointNotFoundFault);
    const again = await createEndpoint(client, "p1", "e1");
    expect(again.DBProxyEndpointArn).not.toBe(endpoint.DBProxyEndpointArn);
  });
});
