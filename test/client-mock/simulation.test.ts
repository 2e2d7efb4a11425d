/** What switching to aws-db-mock/client-mock buys: commands without a behaviour are simulated. */
import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, DBClusterNotFoundFault, DeleteDBClusterCommand, DescribeDBClustersCommand, RDS, RDSClient } from "@aws-sdk/client-rds";
import { afterEach, describe, expect, it } from "vitest";
import { mockClient, type AwsClientStub } from "../../src/client-mock/index.js";
import { createMockBackend } from "../../src/index.js";
import { createCluster, handler } from "../fixtures/lambda-handler.js";
import { caught, networkAttempts } from "../helpers.js";

const cluster = (id: string) => ({ DBClusterIdentifier: id, Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "secret-password-1" });

let rdsMock: AwsClientStub<RDSClient> | undefined;
afterEach(() => {
  rdsMock?.restore();
  rdsMock = undefined;
  expect(networkAttempts()).toEqual([]);
});

describe("mockClient of a simulated service", () => {
  it("answers commands without a behaviour from the simulation: state, validation, the service's errors", async () => {
    rdsMock = mockClient(RDSClient);
    const rds = new RDSClient({ region: "eu-central-1" });
    const created = await rds.send(new CreateDBClusterCommand(cluster("orders")));
    expect(created.DBCluster?.DBClusterArn).toBe("arn:aws:rds:eu-central-1:123456789012:cluster:orders");
    const { DBClusters } = await rds.send(new DescribeDBClustersCommand({}));
    expect(DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(["orders"]);
    const err = await caught(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "missing" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
    expect(err.$metadata.httpStatusCode).toBe(404);
    const invalid = await caught(rds.send(new CreateDBClusterCommand({ ...cluster("orders"), Engine: "oracle" })));
    expect(invalid.name).toBe("InvalidParameterValue");
    expect(rdsMock.commandCalls(CreateDBClusterCommand)).toHaveLength(2);
    expect(rdsMock.backend.calls().map((c) => c.command)).toEqual(["CreateDBCluster", "DescribeDBClusters", "DescribeDBClusters", "CreateDBCluster"]);
  });

  it("a behaviour answers its command; the others stay simulated", async () => {
    rdsMock = mockClient(RDSClient);
    rdsMock.on(DeleteDBClusterCommand).rejects({ name: "InvalidDBClusterStateFault", message: "stubbed" });
    const rds = new RDSClient({ region: "us-east-1" });
    await rds.send(new CreateDBClusterCommand(cluster("keep")));
    expect((await caught(rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "keep", SkipFinalSnapshot: true })))).message).toBe("stubbed");
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toHaveLength(1);
  });

  it("a rule whose once-answers ran out leaves its command to the simulation", async () => {
    rdsMock = mockClient(RDSClient);
    rdsMock.on(DescribeDBClustersCommand).resolvesOnce({ DBClusters: [] });
    const rds = new RDSClient({ region: "us-east-1" });
    await rds.send(new CreateDBClusterCommand(cluster("one")));
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toHaveLength(1);
  });

  it("reaches a module-level client made before the mock, in that client's Region", async () => {
    rdsMock = mockClient(RDSClient);
    await createCluster("nightly");
    expect(await handler({ stamp: "a" })).toEqual(["nightly-a"]);
    expect(rdsMock.backend.calls().map((c) => c.region)).toEqual(["eu-west-1", "eu-west-1", "eu-west-1"]);
  });

  it("the aggregated client, and an instance mock of another simulated service", async () => {
    rdsMock = mockClient(RDSClient);
    const agg = new RDS({ region: "us-east-1" });
    await agg.createDBCluster(cluster("agg"));
    expect(rdsMock.calls()).toHaveLength(1);

    const dsql = new DSQLClient({ region: "us-west-2" });
    const dsqlMock = mockClient(dsql);
    const { identifier, arn } = await dsql.send(new CreateClusterCommand({}));
    expect(arn).toBe(`arn:aws:dsql:us-west-2:123456789012:cluster/${identifier}`);
    expect((await dsql.send(new GetClusterCommand({ identifier: identifier! }))).status).toBe("ACTIVE");
    dsqlMock.restore();
    expect(dsql.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);
  });

  it("reset() also empties the simulated state", async () => {
    rdsMock = mockClient(RDSClient);
    const rds = new RDSClient({ region: "us-east-1" });
    await rds.send(new CreateDBClusterCommand(cluster("gone")));
    rdsMock.reset();
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
  });

  it("restore() leaves the class and its instances as they were", async () => {
    const before = Object.getOwnPropertyNames(RDSClient.prototype);
    rdsMock = mockClient(RDSClient);
    const rds = new RDSClient({ region: "us-east-1" });
    await rds.send(new DescribeDBClustersCommand({}));
    rdsMock.restore();
    expect(Object.getOwnPropertyNames(RDSClient.prototype)).toEqual(before);
    expect(rds.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);
  });

  it("{ simulate: false } answers undefined, as aws-sdk-client-mock does", async () => {
    rdsMock = mockClient(RDSClient, { simulate: false });
    const rds = new RDSClient({ region: "us-east-1" });
    expect(await rds.send(new CreateDBClusterCommand(cluster("x")))).toBeUndefined();
    expect(rdsMock.backend.calls()).toEqual([]);
  });

  it("a client attached to a backend of its own keeps answering from it", async () => {
    const own = createMockBackend();
    const rds = own.attach(new RDSClient({ region: "us-east-1" }));
    rdsMock = mockClient(RDSClient);
    await rds.send(new CreateDBClusterCommand(cluster("mine")));
    expect(own.calls()).toHaveLength(1);
    expect(rdsMock.backend.calls()).toHaveLength(0);
    expect(rdsMock.calls()).toHaveLength(1);
    rdsMock.restore();
    expect(rds.middlewareStack.identify().some((m) => m.startsWith("awsDbMockMiddleware"))).toBe(true);
  });

  it("with class interception at the same time: each undoes its own part, in either order", async () => {
    const shape = () => Object.getOwnPropertyNames(RDSClient.prototype).map((n) => [n, Object.getOwnPropertyDescriptor(RDSClient.prototype, n)]);
    const pristine = shape();
    const intercepting = createMockBackend();
    const rds = new RDSClient({ region: "us-east-1" });

    // Stub restored first, then the class detached (a test's afterEach, then the fixture's teardown).
    intercepting.attach(RDSClient);
    rdsMock = mockClient(RDSClient);
    rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
    rdsMock.restore();
    intercepting.detach(RDSClient);
    expect(shape()).toEqual(pristine);
    expect(rds.middlewareStack.identify().filter((m) => m.includes("awsDbMock"))).toEqual([]);

    // The class detached while the stub is in place: the stub keeps answering.
    intercepting.attach(RDSClient);
    rdsMock = mockClient(RDSClient);
    rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    intercepting.detach(RDSClient);
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
    expect(rdsMock.calls()).toHaveLength(1);
  });

  it("two mocks can share one backend", async () => {
    const backend = createMockBackend({ seed: 1 });
    rdsMock = mockClient(RDSClient, { backend });
    const dsqlMock = mockClient(DSQLClient, { backend });
    await new RDSClient({ region: "us-east-1" }).send(new CreateDBClusterCommand(cluster("a")));
    await new DSQLClient({ region: "us-east-1" }).send(new ListClustersCommand({}));
    expect(backend.calls().map((c) => c.service)).toEqual(["rds", "dsql"]);
    dsqlMock.restore();
  });
});
