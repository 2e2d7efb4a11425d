import {
  ConflictException,
  CreateClusterCommand,
  DSQLClient,
  DSQLServiceException,
  GetClusterCommand,
  GetVpcEndpointServiceNameCommand,
  ListClustersCommand,
  ResourceNotFoundException,
  type GetClusterCommandInput,
  type GetClusterCommandOutput,
} from "@aws-sdk/client-dsql";
import { CreateClusterCommand as CreateElasticClusterCommand, DocDBElasticClient } from "@aws-sdk/client-docdb-elastic";
import { DBClusterNotFoundFault, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { caught, dsqlSetup, networkAttempts } from "../helpers.js";

/** One attempt per call: these tests look at each injected answer as the first attempt got it. */
const setup: typeof dsqlSetup = (options = {}, clientConfig = {}) => dsqlSetup({ retries: false, ...options }, clientConfig);

const ID = "abcdefghijklmnopqrstuvwxyz";

describe("backend.on(Command)", () => {
  it("resolves answers every matching call, with $metadata, and everything else stays simulated", async () => {
    const { backend, dsql } = setup();
    backend.on(GetClusterCommand).resolves({ identifier: ID, status: "FAILED", arn: `arn:aws:dsql:us-east-1:123456789012:cluster/${ID}` });

    const out = await dsql.send(new GetClusterCommand({ identifier: ID }));
    expect(out.status).toBe("FAILED");
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect((await dsql.send(new GetClusterCommand({ identifier: ID }))).status).toBe("FAILED");

    const created = await dsql.send(new CreateClusterCommand({}));
    expect(created.identifier).toMatch(/^[a-z0-9]{26}$/);
    expect((await dsql.send(new ListClustersCommand({}))).clusters?.map((c) => c.identifier)).toEqual([created.identifier]);
    expect(networkAttempts()).toEqual([]);
  });

  it("answers a command the simulation does not know", async () => {
    const { backend, dsql } = setup();
    backend.on(GetVpcEndpointServiceNameCommand).resolves({ serviceName: "com.amazonaws.us-east-1.dsql-fnh4" });
    const out = await dsql.send(new GetVpcEndpointServiceNameCommand({ identifier: ID }));
    expect(out.serviceName).toBe("com.amazonaws.us-east-1.dsql-fnh4");
  });

  it("resolvesOnce answers in order, then the permanent answer, else the simulation", async () => {
    const { backend, dsql } = setup();
    backend.on(ListClustersCommand).resolvesOnce({ clusters: [{ identifier: "first", arn: "a1" }] }).resolvesOnce({ clusters: [] , nextToken: "t" });
    expect((await dsql.send(new ListClustersCommand({}))).clusters?.[0].identifier).toBe("first");
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBe("t");
    const simulated = await dsql.send(new ListClustersCommand({}));
    expect(simulated.clusters).toEqual([]);
    expect(simulated.nextToken).toBeUndefined();

    backend.on(ListClustersCommand).resolvesOnce({ nextToken: "once" }).resolves({ nextToken: "always" });
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBe("once");
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBe("always");
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBe("always");
  });

  it("matches a partial input, deeply; other inputs are simulated", async () => {
    const { backend, dsql } = setup();
    backend.on(CreateClusterCommand, { tags: { team: "payments" } }).rejects("ConflictException", "already being created");

    const err = await caught(dsql.send(new CreateClusterCommand({ tags: { team: "payments", env: "prod" }, deletionProtectionEnabled: true })));
    expect(err).toBeInstanceOf(ConflictException);
    expect(err.$metadata.httpStatusCode).toBe(409);
    expect(err.message).toBe("already being created");

    const created = await dsql.send(new CreateClusterCommand({ tags: { team: "search" } }));
    expect(created.status).toBe("CREATING");
  });

  it("rejects with an AWS error code builds the SDK's exception; an Error is thrown as given", async () => {
    const { backend, dsql } = setup();
    backend.on(GetClusterCommand, { identifier: ID }).rejects("ResourceNotFoundException");
    const err = await caught(dsql.send(new GetClusterCommand({ identifier: ID })));
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(err.$fault).toBe("client");
    expect(err.$metadata.httpStatusCode).toBe(404);

    const mine = new Error("mine");
    backend.on(ListClustersCommand).rejectsOnce(mine);
    expect(await caught(dsql.send(new ListClustersCommand({})))).toBe(mine);
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toMatchObject({ clusters: [] });
  });

  it("rejects() with nothing is a plain Error, as in aws-sdk-client-mock; with a message only, that message", async () => {
    const { backend, dsql } = setup();
    backend.on(ListClustersCommand).rejectsOnce().rejectsOnce(undefined, "no answer");
    const bare = await caught(dsql.send(new ListClustersCommand({})));
    expect(bare).toBeInstanceOf(Error);
    expect(bare.name).toBe("Error");
    expect(bare.message).toContain("ListClusters");
    expect((await caught(dsql.send(new ListClustersCommand({})))).message).toBe("no answer");

    // A string that is no error code (aws-sdk-client-mock users pass a message): named and worded by it.
    backend.on(ListClustersCommand).rejectsOnce("connection refused");
    const worded = await caught(dsql.send(new ListClustersCommand({})));
    expect(worded).toBeInstanceOf(DSQLServiceException);
    expect([worded.name, worded.message]).toEqual(["connection refused", "connection refused"]);
  });

  it("an RDS code becomes the RDS class", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    backend.on(DescribeDBClustersCommand, { DBClusterIdentifier: "gone" }).rejects("DBClusterNotFoundFault", "DBCluster gone not found.");
    const err = await caught(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "gone" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
    expect(err.$metadata.httpStatusCode).toBe(404);
  });

  it("the newest matching rule wins", async () => {
    const { backend, dsql } = setup();
    backend.on(ListClustersCommand).resolves({ nextToken: "general" });
    backend.on(ListClustersCommand, { maxResults: 1 }).resolves({ nextToken: "specific" });
    expect((await dsql.send(new ListClustersCommand({ maxResults: 1 }))).nextToken).toBe("specific");
    expect((await dsql.send(new ListClustersCommand({ maxResults: 2 }))).nextToken).toBe("general");
  });

  it("callsFake and a function output answer from the input", async () => {
    const { backend, dsql } = setup();
    backend.on(GetClusterCommand).callsFake((input) => ({ identifier: input.identifier, status: "ACTIVE" }));
    expect((await dsql.send(new GetClusterCommand({ identifier: ID }))).identifier).toBe(ID);
    backend.on(GetClusterCommand, { identifier: "zzzzzzzzzzzzzzzzzzzzzzzzzz" }).resolves(async () => {
      throw new Error("from the fake");
    });
    expect((await caught(dsql.send(new GetClusterCommand({ identifier: "zzzzzzzzzzzzzzzzzzzzzzzzzz" })))).message).toBe("from the fake");
  });

  it("every call gets a fresh copy of the output", async () => {
    const { backend, dsql } = setup();
    backend.on(ListClustersCommand).resolves({ clusters: [{ identifier: ID, arn: "arn" }] });
    const first = await dsql.send(new ListClustersCommand({}));
    first.clusters![0].identifier = "mutated";
    expect((await dsql.send(new ListClustersCommand({}))).clusters![0].identifier).toBe(ID);
  });

  it("tells apart the same-named commands of two services", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    backend.on(CreateElasticClusterCommand).resolves({ cluster: { clusterName: "fake" } as any });
    expect((await dsql.send(new CreateClusterCommand({}))).status).toBe("CREATING");
    const out = await docdb.send(
      new CreateElasticClusterCommand({ clusterName: "real", adminUserName: "admin1", adminUserPassword: "password123", authType: "PLAIN_TEXT", shardCapacity: 2, shardCount: 1 }),
    );
    expect(out.cluster?.clusterName).toBe("fake");
  });

  it("a fault rule wins over an override", async () => {
    const { backend, dsql } = setup();
    backend.on(ListClustersCommand).resolves({ nextToken: "override" });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    expect((await caught(dsql.send(new ListClustersCommand({})))).name).toBe("ThrottlingException");
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBe("override");
  });

  it("remove(), overrides.clear() and reset() put the simulation back", async () => {
    const { backend, dsql } = setup();
    const rule = backend.on(ListClustersCommand).resolves({ nextToken: "x" });
    rule.remove();
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBeUndefined();
    backend.on(ListClustersCommand).resolves({ nextToken: "x" });
    backend.overrides.clear();
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBeUndefined();
    backend.on(ListClustersCommand).resolves({ nextToken: "x" });
    backend.reset();
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBeUndefined();
  });

  it("a failed override call changes no state", async () => {
    const { backend, dsql } = setup();
    await dsql.send(new CreateClusterCommand({}));
    await dsql.send(new ListClustersCommand({})); // settles the creation, so only the failed call is between the dumps
    backend.on(CreateClusterCommand).rejects("ThrottlingException");
    const before = backend.dump();
    await caught(dsql.send(new CreateClusterCommand({})));
    expect(backend.dump()).toEqual(before);
  });

  it("is typed by the command class", () => {
    const { backend } = setup();
    const rule = backend.on(GetClusterCommand, { identifier: ID });
    expectTypeOf<Parameters<typeof rule.resolvesOnce>[0]>().toEqualTypeOf<
      Partial<GetClusterCommandOutput> | ((input: GetClusterCommandInput) => Partial<GetClusterCommandOutput> | Promise<Partial<GetClusterCommandOutput>>)
    >();
    // @ts-expect-error identifier is a string
    rule.resolves({ identifier: 123 });
    // @ts-expect-error not a member of GetCluster's output
    rule.resolves({ clusters: [] });
    // @ts-expect-error not a member of GetCluster's input
    backend.on(GetClusterCommand, { clusterName: "x" });
    // @ts-expect-error an output of another command through callsFake
    rule.callsFake(() => ({ nextToken: "x" }));
    rule.remove();
  });

  it("refuses something that is not a command class", () => {
    const { backend } = setup();
    expect(() => backend.on("GetCluster" as any)).toThrow(/command class/);
  });
});
