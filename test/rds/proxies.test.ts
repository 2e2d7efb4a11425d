/** RDS Proxy through the real client: CreateDBProxy, DescribeDBProxies, ModifyDBProxy, DeleteDBProxy. */
import {
  AddTagsToResourceCommand,
  CreateDBProxyCommand,
  DBProxyAlreadyExistsFault,
  DBProxyNotFoundFault,
  DBProxyQuotaExceededFault,
  DeleteDBProxyCommand,
  DescribeDBProxiesCommand,
  DescribeDBProxyEndpointsCommand,
  DescribeDBProxyTargetGroupsCommand,
  DescribeEventsCommand,
  InvalidDBProxyStateFault,
  InvalidSubnet,
  ListTagsForResourceCommand,
  ModifyDBProxyCommand,
  RemoveTagsFromResourceCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { caught } from "../helpers.js";
import { expectFault, setup } from "./clusters-fixtures.js";
import { createEndpoint, createProxy, PROXY_ARN, proxyInput, ROLE, SECRET, SECRET_2, SUBNETS } from "./proxies-fixtures.js";

const create = (name: string, extra: Parameters<typeof proxyInput>[1] = {}) => new CreateDBProxyCommand(proxyInput(name, extra));
const describeOne = async (client: ReturnType<typeof setup>["client"], name: string) =>
  (await client.send(new DescribeDBProxiesCommand({ DBProxyName: name }))).DBProxies![0];

describe("CreateDBProxy", () => {
  it("creates a proxy with its defaults, its default endpoint and its default target group", async () => {
    const { client } = setup();
    const proxy = await createProxy(client, "My-Proxy", { Tags: [{ Key: "team", Value: "db" }] });
    expect(proxy).toMatchObject({
      DBProxyName: "my-proxy",
      Status: "creating",
      EngineFamily: "POSTGRESQL",
      DefaultAuthScheme: "NONE",
      Auth: [{ AuthScheme: "SECRETS", SecretArn: SECRET, IAMAuth: "DISABLED", ClientPasswordAuthType: "POSTGRES_SCRAM_SHA_256" }],
      RoleArn: ROLE,
      VpcSubnetIds: SUBNETS,
      RequireTLS: false,
      IdleClientTimeout: 1800,
      DebugLogging: false,
      EndpointNetworkType: "IPV4",
      TargetConnectionNetworkType: "IPV4",
    });
    expect(proxy.DBProxyArn).toMatch(PROXY_ARN);
    expect(proxy.Endpoint).toMatch(/^my-proxy\.proxy-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(proxy.VpcId).toMatch(/^vpc-/);
    expect(proxy.VpcSecurityGroupIds![0]).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(proxy.CreatedDate).toEqual(new Date("2025-06-01T12:00:00Z"));
    expect((proxy as Record<string, unknown>).TagList).toBeUndefined();
    // Instant lifecycle: the next read sees it available.
    expect((await describeOne(client, "MY-PROXY")).Status).toBe("available");
    const endpoints = (await client.send(new DescribeDBProxyEndpointsCommand({ DBProxyName: "my-proxy" }))).DBProxyEndpoints!;
    expect(endpoints).toEqual([
      expect.objectContaining({ DBProxyEndpointName: "default", IsDefault: true, TargetRole: "READ_WRITE", Endpoint: proxy.Endpoint, Status: "available" }),
    ]);
    const groups = (await client.send(new DescribeDBProxyTargetGroupsCommand({ DBProxyName: "my-proxy" }))).TargetGroups!;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      DBProxyName: "my-proxy",
      TargetGroupName: "default",
      IsDefault: true,
      Status: "available",
      ConnectionPoolConfig: { MaxConnectionsPercent: 100, MaxIdleConnectionsPercent: 50, ConnectionBorrowTimeout: 120, SessionPinningFilters: [] },
    });
    expect(groups[0].TargetGroupArn).toMatch(/^arn:aws:rds:us-east-1:123456789012:target-group:prx-tg-[0-9a-f]{17}$/);
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: proxy.DBProxyArn }));
    expect(tags.TagList).toEqual([{ Key: "team", Value: "db" }]);
  });

  it("takes the settings of each engine family, and IAM_AUTH without secrets", async () => {
    const { client } = setup();
    const mysql = await createProxy(client, "m", {
      EngineFamily: "MYSQL",
      Auth: [{ SecretArn: SECRET, IAMAuth: "REQUIRED", ClientPasswordAuthType: "MYSQL_CACHING_SHA2_PASSWORD", Description: "app", UserName: "app" }],
      RequireTLS: true,
      IdleClientTimeout: 28_800,
      DebugLogging: true,
      VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
    });
    expect(mysql).toMatchObject({ RequireTLS: true, IdleClientTimeout: 28_800, DebugLogging: true, VpcSecurityGroupIds: ["sg-0123456789abcdef0"] });
    expect(mysql.Auth).toEqual([{ AuthScheme: "SECRETS", SecretArn: SECRET, IAMAuth: "REQUIRED", ClientPasswordAuthType: "MYSQL_CACHING_SHA2_PASSWORD", Description: "app", UserName: "app" }]);
    const sql = await createProxy(client, "s", { EngineFamily: "SQLSERVER", Auth: [{ SecretArn: SECRET, IAMAuth: "ENABLED" }] });
    expect(sql.Auth![0]).toMatchObject({ IAMAuth: "ENABLED", ClientPasswordAuthType: "SQL_SERVER_AUTHENTICATION" });
    const iam = await createProxy(client, "i", { DefaultAuthScheme: "IAM_AUTH", Auth: undefined });
    expect(iam).toMatchObject({ DefaultAuthScheme: "IAM_AUTH", Auth: [] });
  });

  it("refuses what the documentation rules out, changing nothing", async () => {
    const { backend, client } = setup();
    const bad = (extra: Parameters<typeof proxyInput>[1], message: string | RegExp, name = "InvalidParameterValue") =>
      expectFault(backend, () => client.send(create("p1", extra)), { name, status: 400, message });
    await bad({ Auth: [] }, "Auth is required unless DefaultAuthScheme is IAM_AUTH");
    await bad({ Auth: [{ AuthScheme: "SECRETS" }] }, "needs a SecretArn");
    await bad({ Auth: [{ SecretArn: "arn:aws:s3:::proxy-secrets-bucket" }] }, /SecretArn arn:aws:s3:::proxy-secrets-bucket is not the ARN of a Secrets Manager secret/);
    await bad({ Auth: [{ SecretArn: SECRET.replace("us-east-1", "us-west-2") }] }, "this account and Region");
    await bad({ Auth: [{ SecretArn: SECRET }, { SecretArn: SECRET }] }, "more than once in Auth");
    await bad({ Auth: [{ SecretArn: SECRET, ClientPasswordAuthType: "MYSQL_NATIVE_PASSWORD" }] }, /not valid for engine family POSTGRESQL; valid values: POSTGRES_SCRAM_SHA_256, POSTGRES_MD5/);
    await bad({ Auth: [{ SecretArn: SECRET, IAMAuth: "ENABLED" }] }, "ENABLED is valid only for proxies of engine family SQLSERVER");
    await bad({ RoleArn: "arn:aws:iam::123456789012:user/u" }, "is not the ARN of an IAM role");
    await bad({ VpcSubnetIds: [SUBNETS[0]] }, "at least two different subnets");
    await bad({ VpcSubnetIds: [SUBNETS[0], SUBNETS[0]] }, "more than once in VpcSubnetIds");
    await bad({ VpcSecurityGroupIds: ["default"] }, "not a valid security group id");
    await bad({ IdleClientTimeout: 0 }, "from 1 to 28800 seconds; got 0");
    await bad({ IdleClientTimeout: 28_801 }, "got 28801");
    await bad({ DBProxyName: "two--hyphens" }, /DBProxyName/);
    const err = await expectFault(backend, () => client.send(create("p1", { VpcSubnetIds: ["subnet-xyz", SUBNETS[0]] })), {
      name: "InvalidSubnet",
      status: 400,
      message: "subnet-xyz is not a valid subnet id",
      Class: InvalidSubnet,
    });
    expect(err.Code ?? err.name).toBe("InvalidSubnet");
  });

  it("is unique by name in any case, and at most 20 per account and Region", async () => {
    const { backend, client } = setup();
    await createProxy(client, "p1");
    await expectFault(backend, () => client.send(create("P1")), { name: "DBProxyAlreadyExistsFault", status: 400, message: "p1", Class: DBProxyAlreadyExistsFault });
    for (let i = 2; i <= 20; i++) await createProxy(client, `p${i}`);
    await expectFault(backend, () => client.send(create("p21")), {
      name: "DBProxyQuotaExceededFault",
      status: 400,
      message: "more than 20 DB proxies",
      Class: DBProxyQuotaExceededFault,
    });
    // Other Regions have their own proxies.
    const west = backend.attach(new (client.constructor as any)({ region: "us-west-2" }));
    await west.send(create("p21", { Auth: [{ SecretArn: SECRET.replace("us-east-1", "us-west-2") }] }));
  });

  it("answers two concurrent creates of one name with one proxy", async () => {
    const { client } = setup();
    const results = await Promise.allSettled([client.send(create("p1")), client.send(create("p1")), client.send(create("p2"))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DBProxyAlreadyExistsFault);
    const all = (await client.send(new DescribeDBProxiesCommand({}))).DBProxies!;
    expect(all.map((p) => p.DBProxyName).sort()).toEqual(["p1", "p2"]);
    expect(new Set(all.map((p) => p.DBProxyArn)).size).toBe(2);
  });

  it("is creating until 5 minutes have passed on the clock", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createProxy(client, "p1");
    backend.clock.advance(299_999);
    expect((await describeOne(client, "p1")).Status).toBe("creating");
    await expectFault(backend, () => client.send(new ModifyDBProxyCommand({ DBProxyName: "p1", RequireTLS: true })), {
      name: "InvalidDBProxyStateFault",
      status: 400,
      message: "p1 is in the creating state",
      Class: InvalidDBProxyStateFault,
    });
    backend.clock.advance(1);
    expect((await describeOne(client, "p1")).Status).toBe("available");
    const events = await client.send(new DescribeEventsCommand({ SourceType: "db-proxy", SourceIdentifier: "p1" }));
    expect(events.Events!.map((e) => e.Message)).toEqual(["RDS created DB proxy p1"]);
  });
});

describe("DescribeDBProxies", () => {
  it("pages with MaxRecords and Marker; answers an unknown name and filters as AWS does", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbProxies: 30 } } });
    for (let i = 1; i <= 25; i++) await createProxy(client, `p${i}`);
    const first = await client.send(new DescribeDBProxiesCommand({ MaxRecords: 20 }));
    expect(first.DBProxies).toHaveLength(20);
    const second = await client.send(new DescribeDBProxiesCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBProxies).toHaveLength(5);
    expect(second.Marker).toBeUndefined();
    expect(new Set([...first.DBProxies!, ...second.DBProxies!].map((p) => p.DBProxyName)).size).toBe(25);
    await expectFault(backend, () => client.send(new DescribeDBProxiesCommand({ DBProxyName: "nope" })), {
      name: "DBProxyNotFoundFault",
      status: 404,
      message: "DBProxy nope is not found",
      Class: DBProxyNotFoundFault,
    });
    await expectFault(backend, () => client.send(new DescribeDBProxiesCommand({ Filters: [{ Name: "engine-family", Values: ["MYSQL"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "engine-family",
    });
    await expectFault(backend, () => client.send(new DescribeDBProxiesCommand({ MaxRecords: 19 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});

describe("ModifyDBProxy", () => {
  it("changes settings and renames the proxy, whose id, ARN, endpoints and target group stay", async () => {
    const { backend, client } = setup();
    const proxy = await createProxy(client, "p1");
    await createEndpoint(client, "p1", "reader", { TargetRole: "READ_ONLY" });
    backend.clock.advance(60_000);
    const out = await client.send(
      new ModifyDBProxyCommand({
        DBProxyName: "P1",
        NewDBProxyName: "P2",
        Auth: [{ SecretArn: SECRET_2, ClientPasswordAuthType: "POSTGRES_MD5" }],
        RequireTLS: true,
        IdleClientTimeout: 60,
        DebugLogging: true,
        RoleArn: `${ROLE}-2`,
        SecurityGroups: ["sg-0123456789abcdef0"],
      }),
    );
    expect(out.DBProxy).toMatchObject({
      DBProxyName: "p2",
      DBProxyArn: proxy.DBProxyArn,
      Status: "modifying",
      Auth: [{ SecretArn: SECRET_2, ClientPasswordAuthType: "POSTGRES_MD5", AuthScheme: "SECRETS", IAMAuth: "DISABLED" }],
      RequireTLS: true,
      IdleClientTimeout: 60,
      DebugLogging: true,
      RoleArn: `${ROLE}-2`,
      VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
      Endpoint: proxy.Endpoint,
    });
    expect(out.DBProxy!.UpdatedDate!.getTime()).toBeGreaterThan(proxy.UpdatedDate!.getTime());
    await expectFault(backend, () => client.send(new DescribeDBProxiesCommand({ DBProxyName: "p1" })), { name: "DBProxyNotFoundFault", status: 404, message: "p1" });
    const endpoints = (await client.send(new DescribeDBProxyEndpointsCommand({ DBProxyName: "p2" }))).DBProxyEndpoints!;
    expect(endpoints.map((e) => [e.DBProxyEndpointName, e.DBProxyName])).toEqual([["default", "p2"], ["reader", "p2"]]);
    const groups = (await client.send(new DescribeDBProxyTargetGroupsCommand({ DBProxyName: "p2" }))).TargetGroups!;
    expect(groups[0].DBProxyName).toBe("p2");
    // The old name is free again.
    await createProxy(client, "p1");
  });

  it("refuses a taken name, an unknown proxy and settings that break the rules, changing nothing", async () => {
    const { backend, client } = setup();
    await createProxy(client, "p1");
    await createProxy(client, "p2", { EngineFamily: "MYSQL" });
    const modify = (input: Record<string, unknown>) => () => client.send(new ModifyDBProxyCommand({ DBProxyName: "p1", ...input }));
    await expectFault(backend, modify({ NewDBProxyName: "P2" }), { name: "DBProxyAlreadyExistsFault", status: 400, message: "p2", Class: DBProxyAlreadyExistsFault });
    await expectFault(backend, modify({ DBProxyName: "nope" }), { name: "DBProxyNotFoundFault", status: 404, message: "nope", Class: DBProxyNotFoundFault });
    await expectFault(backend, modify({ Auth: [] }), { name: "InvalidParameterValue", status: 400, message: "Auth is required" });
    await expectFault(backend, modify({ Auth: [{ SecretArn: SECRET, ClientPasswordAuthType: "MYSQL_NATIVE_PASSWORD" }] }), { name: "InvalidParameterValue", status: 400, message: "POSTGRESQL" });
    await expectFault(backend, modify({ IdleClientTimeout: 30_000 }), { name: "InvalidParameterValue", status: 400, message: "IdleClientTimeout" });
    await expectFault(backend, modify({ RoleArn: "role" }), { name: "InvalidParameterValue", status: 400, message: "RoleArn" });
    await expectFault(backend, modify({ SecurityGroups: ["sg-1"] }), { name: "InvalidParameterValue", status: 400, message: "SecurityGroups" });
    // Switching to IAM_AUTH keeps the secrets; back to NONE needs them.
    const iam = await client.send(new ModifyDBProxyCommand({ DBProxyName: "p1", DefaultAuthScheme: "IAM_AUTH", Auth: [] }));
    expect(iam.DBProxy).toMatchObject({ DefaultAuthScheme: "IAM_AUTH", Auth: [] });
    await expectFault(backend, modify({ DefaultAuthScheme: "NONE" }), { name: "InvalidParameterValue", status: 400, message: "Auth is required" });
  });
});

describe("DeleteDBProxy", () => {
  it("is deleting, then gone with its endpoints and target group; the name can be used again", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const proxy = await createProxy(client, "p1");
    backend.clock.advance(300_000);
    await createEndpoint(client, "p1", "e1");
    backend.clock.advance(180_000);
    const out = await client.send(new DeleteDBProxyCommand({ DBProxyName: "P1" }));
    expect(out.DBProxy).toMatchObject({ DBProxyName: "p1", Status: "deleting" });
    const endpoints = (await client.send(new DescribeDBProxyEndpointsCommand({ DBProxyName: "p1" }))).DBProxyEndpoints!;
    expect(endpoints.map((e) => e.Status)).toEqual(["deleting", "deleting"]);
    await expectFault(backend, () => client.send(new DeleteDBProxyCommand({ DBProxyName: "p1" })), {
      name: "InvalidDBProxyStateFault",
      status: 400,
      message: "already being deleted",
      Class: InvalidDBProxyStateFault,
    });
    await expectFault(backend, () => client.send(create("p1")), { name: "DBProxyAlreadyExistsFault", status: 400, message: "p1" });
    backend.clock.advance(119_999);
    expect((await describeOne(client, "p1")).Status).toBe("deleting");
    backend.clock.advance(1);
    await expectFault(backend, () => client.send(new DescribeDBProxiesCommand({ DBProxyName: "p1" })), { name: "DBProxyNotFoundFault", status: 404, message: "p1" });
    expect((await client.send(new DescribeDBProxyEndpointsCommand({}))).DBProxyEndpoints).toEqual([]);
    expect(backend.dump().worlds).toBeDefined();
    const tagErr = await caught(client.send(new ListTagsForResourceCommand({ ResourceName: proxy.DBProxyArn })));
    expect(tagErr).toBeInstanceOf(DBProxyNotFoundFault);
    // Re-created under the same name: a new proxy, without the old one's endpoint.
    const again = await createProxy(client, "p1");
    expect(again.DBProxyArn).not.toBe(proxy.DBProxyArn);
    backend.clock.advance(300_000);
    const list = (await client.send(new DescribeDBProxyEndpointsCommand({ DBProxyName: "p1" }))).DBProxyEndpoints!;
    expect(list.map((e) => e.DBProxyEndpointName)).toEqual(["default"]);
    const events = await client.send(new DescribeEventsCommand({ SourceType: "db-proxy", SourceIdentifier: "p1", Duration: 60 }));
    expect(events.Events!.map((e) => e.Message)).toEqual([
      "RDS created DB proxy p1",
      "RDS created endpoint e1 for DB proxy p1",
      "RDS deleted DB proxy p1",
      "RDS created DB proxy p1",
    ]);
  });

  it("tags a proxy by its ARN", async () => {
    const { client } = setup();
    const proxy = await createProxy(client, "p1");
    await client.send(new AddTagsToResourceCommand({ ResourceName: proxy.DBProxyArn, Tags: [{ Key: "a", Value: "1" }] }));
    await client.send(new RemoveTagsFromResourceCommand({ ResourceName: proxy.DBProxyArn, TagKeys: ["a"] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: proxy.DBProxyArn }))).TagList).toEqual([]);
    const err = await caught(client.send(new ListTagsForResourceCommand({ ResourceName: "arn:aws:rds:us-east-1:123456789012:db-proxy:prx-00000000000000000" })));
    expect(err).toBeInstanceOf(DBProxyNotFoundFault);
  });
});
