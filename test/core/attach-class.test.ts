import { CreateClusterCommand, DSQLClient, GetClusterCommand, ResourceNotFoundException } from "@aws-sdk/client-dsql";
import { DocDBElasticClient } from "@aws-sdk/client-docdb-elastic";
import { CreateDBClusterCommand, DBClusterNotFoundFault, DescribeDBClustersCommand, RDS, RDSClient } from "@aws-sdk/client-rds";
import { afterEach, describe, expect, it } from "vitest";
import { createMockBackend, MockBackend } from "../../src/index.js";
import { sdkLoaders, services } from "../../src/services/registry.js";
import { caught, networkAttempts } from "../helpers.js";

/** Every own property of a prototype with its full descriptor: what "left exactly as it was" compares. */
function shapeOf(proto: object): Record<string, PropertyDescriptor> {
  return Object.fromEntries(Object.getOwnPropertyNames(proto).map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)!]));
}

const made: MockBackend[] = [];
function backend(options: Parameters<typeof createMockBackend>[0] = {}): MockBackend {
  const b = createMockBackend(options);
  made.push(b);
  return b;
}
afterEach(() => {
  for (const b of made.splice(0)) b.detach();
});

const cluster = (id: string) => ({ DBClusterIdentifier: id, Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "secret-password-1" });

describe("backend.attach(ClientClass)", () => {
  it("intercepts clients made before and after, in each client's own Region", async () => {
    const before = new RDSClient({ region: "eu-west-1" });
    const b = backend();
    expect(b.attach(RDSClient)).toBe(RDSClient);
    const after = new RDSClient({ region: "ap-southeast-2" });
    await before.send(new CreateDBClusterCommand(cluster("before")));
    await after.send(new CreateDBClusterCommand(cluster("after")));
    expect(b.calls().map((c) => [c.command, c.region])).toEqual([
      ["CreateDBCluster", "eu-west-1"],
      ["CreateDBCluster", "ap-southeast-2"],
    ]);
    const err = await caught(before.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "after" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
    expect(networkAttempts()).toEqual([]);
  });

  it("reaches the aggregated subclass and runs the SDK's own middleware stack", async () => {
    const b = backend();
    b.attach(RDSClient);
    const rds = new RDS({ region: "us-west-2" });
    const seen: string[] = [];
    rds.middlewareStack.add((next) => async (args) => {
      seen.push("user middleware");
      return next(args);
    }, { step: "initialize", priority: "low" });
    const out = await rds.createDBCluster(cluster("agg"));
    expect(out.DBCluster?.DBClusterArn).toBe("arn:aws:rds:us-west-2:123456789012:cluster:agg");
    expect(seen).toEqual([]); // the mock answers first in the initialize step, as attach(instance) does
    const stack = rds.middlewareStack.identify();
    expect(stack.some((m) => m.startsWith("awsDbMockClassMiddleware"))).toBe(true);
  });

  it("detach leaves the class exactly as it was and takes the middleware off every instance", async () => {
    const protoBefore = shapeOf(RDSClient.prototype);
    const aggBefore = shapeOf(RDS.prototype);
    const b = backend();
    b.attach(RDSClient);
    expect(shapeOf(RDSClient.prototype)).not.toEqual(protoBefore);
    const client = new RDSClient({ region: "us-east-1" });
    const rds = new RDS({ region: "us-east-1" });
    await client.send(new CreateDBClusterCommand(cluster("one")));
    await rds.describeDBClusters({});
    b.detach(RDSClient);
    expect(shapeOf(RDSClient.prototype)).toEqual(protoBefore);
    expect(shapeOf(RDS.prototype)).toEqual(aggBefore);
    for (const c of [client, rds]) expect(c.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);
    expect(Object.hasOwn(RDSClient.prototype, "send")).toBe(false);
  });

  it("a subclass and its parent both attached: detaching both leaves no middleware behind", async () => {
    const b = backend();
    b.attach(RDS);
    b.attach(RDSClient);
    const rds = new RDS({ region: "us-east-1" });
    await rds.describeDBClusters({});
    b.detach(RDS);
    await rds.describeDBClusters({}); // still intercepted, through RDSClient
    expect(b.calls()).toHaveLength(2);
    b.detach(RDSClient);
    expect(rds.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);
    expect(Object.hasOwn(RDS.prototype, "send") || Object.hasOwn(RDSClient.prototype, "send")).toBe(false);
  });

  it("an instance attach keeps precedence over the class", async () => {
    const classBackend = backend();
    const instanceBackend = backend();
    classBackend.attach(DSQLClient);
    const client = instanceBackend.attach(new DSQLClient({ region: "us-east-1" }));
    await client.send(new CreateClusterCommand({}));
    expect(instanceBackend.calls()).toHaveLength(1);
    expect(classBackend.calls()).toHaveLength(0);
  });

  it("outside any run, the backend that attached last answers; run() routes to its backend", async () => {
    const client = new DSQLClient({ region: "us-east-1" });
    const first = backend();
    const second = backend();
    first.attach(DSQLClient);
    second.attach(DSQLClient);
    const { identifier } = await client.send(new CreateClusterCommand({}));
    expect(second.calls()).toHaveLength(1);
    // The cluster lives in the second backend only: the first answers with its own (empty) state.
    const err = await caught(first.run(() => client.send(new GetClusterCommand({ identifier: identifier! }))));
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(first.calls()).toHaveLength(1);
    // Detaching the newest leaves the class intercepted by the other.
    second.detach(DSQLClient);
    await client.send(new CreateClusterCommand({}));
    expect(first.calls()).toHaveLength(2);
  });

  it("concurrent flows each reach their own backend through one shared client", async () => {
    const shared = new DSQLClient({ region: "us-east-1" });
    const a = backend();
    const b = backend();
    a.attach(DSQLClient);
    b.attach(DSQLClient);
    const flow = (mine: MockBackend, n: number) =>
      mine.run(async () => {
        for (let i = 0; i < n; i++) {
          await shared.send(new CreateClusterCommand({}));
          await new Promise((r) => setTimeout(r, 1));
        }
      });
    await Promise.all([flow(a, 3), flow(b, 5)]);
    expect(a.calls()).toHaveLength(3);
    expect(b.calls()).toHaveLength(5);
  });

  it("attachAll intercepts the three services' clients; detach() undoes everything this backend did", async () => {
    const b = backend();
    const classes = await b.attachAll();
    expect(classes.map((c) => c.name).sort()).toEqual(["DSQLClient", "DocDBElasticClient", "RDSClient"]);
    const lone = b.attach(new RDSClient({ region: "us-east-1" }));
    await new DocDBElasticClient({ region: "us-east-1" }).send(new (await import("@aws-sdk/client-docdb-elastic")).ListClustersCommand({}));
    expect(b.calls().map((c) => c.service)).toEqual(["docdb-elastic"]);
    b.detach();
    for (const C of [DSQLClient, RDSClient, DocDBElasticClient]) expect(Object.hasOwn(C.prototype, "send")).toBe(false);
    expect(lone.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);
  });

  it("attachAll skips a client package that is not installed", async () => {
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find module '@aws-sdk/client-dsql'"), { code: "ERR_MODULE_NOT_FOUND" }));
    const b = new MockBackend(services, { ...sdkLoaders, DSQLClient: missing });
    made.push(b);
    const classes = await b.attachAll();
    expect(classes.map((c) => c.name).sort()).toEqual(["DocDBElasticClient", "RDSClient"]);
    expect(Object.hasOwn(DSQLClient.prototype, "send")).toBe(false);
  });

  it("a client that caches its middleware still sees the interception added and taken off", async () => {
    const client = new DSQLClient({ region: "us-east-1", cacheMiddleware: true });
    const b = backend({ onUnhandled: "error" });
    b.attach(DSQLClient);
    await client.send(new CreateClusterCommand({}));
    expect(b.calls()).toHaveLength(1);
    b.detach(DSQLClient);
    expect(client.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);
  });

  it("uses the options given with the class (account)", async () => {
    const b = backend();
    b.attach(RDSClient, { accountId: "210987654321" });
    const out = await new RDSClient({ region: "us-east-1" }).send(new CreateDBClusterCommand(cluster("acct")));
    expect(out.DBCluster?.DBClusterArn).toBe("arn:aws:rds:us-east-1:210987654321:cluster:acct");
  });
});
