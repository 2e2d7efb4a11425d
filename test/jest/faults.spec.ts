/** Fault injection, per-call overrides and retry realism, under jest (its fake timers included). */
import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand, ResourceNotFoundException, ThrottlingException } from "@aws-sdk/client-dsql";
import { DescribeDBClustersCommand, RDSClient, RDSServiceException } from "@aws-sdk/client-rds";
import { ConflictException, DocDBElasticClient, GetClusterSnapshotCommand, ResourceNotFoundException as ElasticNotFound, UpdateClusterCommand } from "@aws-sdk/client-docdb-elastic";
import { createMockBackend } from "../../src/index.js";
import { caught, dsqlSetup as setup, networkAttempts } from "../helpers.js";

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("faults", () => {
  test("an injected throttle is the SDK's class with 429 and $retryable, and changes no state", async () => {
    const { backend, dsql } = setup({ retries: false });
    backend.faults.inject({ command: CreateClusterCommand, error: "ThrottlingException", times: 1 });
    const before = backend.dump();
    const err = await caught(dsql.send(new CreateClusterCommand({})));
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err.$metadata.httpStatusCode).toBe(429);
    expect(err.$retryable).toEqual({ throttling: true });
    expect(backend.dump()).toEqual(before);
    expect((await dsql.send(new CreateClusterCommand({}))).status).toBe("CREATING");
    expect(networkAttempts()).toEqual([]);
  });

  test("an RDS Throttling is RDSServiceException named by the code", async () => {
    const backend = createMockBackend({ seed: 1 });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    backend.faults.inject({ service: "rds", command: "DescribeDBClusters", error: "Throttling" });
    const err = await caught(rds.send(new DescribeDBClustersCommand({})));
    expect(err).toBeInstanceOf(RDSServiceException);
    expect(err.name).toBe("Throttling");
  });

  test("probability repeats under the seed; match and remove()", async () => {
    const pattern = async (seed: string) => {
      const { backend, dsql } = setup({ seed });
      backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", probability: 0.5 });
      let out = "";
      for (let i = 0; i < 30; i++) out += await dsql.send(new ListClustersCommand({})).then(() => ".", () => "x");
      return out;
    };
    expect(await pattern("j")).toBe(await pattern("j"));
    expect(await pattern("j")).not.toBe(await pattern("k"));

    const { backend, dsql } = setup();
    const rule = backend.faults.inject({ match: (input) => input.maxResults === 1, error: "InternalServerException" });
    await expect(dsql.send(new ListClustersCommand({ maxResults: 2 }))).resolves.toBeDefined();
    expect((await caught(dsql.send(new ListClustersCommand({ maxResults: 1 })))).name).toBe("InternalServerException");
    rule.remove();
    await expect(dsql.send(new ListClustersCommand({ maxResults: 1 }))).resolves.toBeDefined();
  });

  test("injected modeled errors carry their required members (resourceId, resourceType)", async () => {
    const backend = createMockBackend({ seed: 1 });
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    const clusterArn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/11111111-2222-3333-4444-555555555555";
    backend.faults.inject({ command: UpdateClusterCommand, error: "ConflictException" });
    const conflict = await caught(docdb.send(new UpdateClusterCommand({ clusterArn, shardCount: 2 })));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata.httpStatusCode).toBe(409);
    expect([conflict.resourceId, conflict.resourceType]).toEqual([clusterArn, "cluster"]);

    const snapshotArn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/66666666-7777-8888-9999-000000000000";
    backend.on(GetClusterSnapshotCommand).rejects("ResourceNotFoundException");
    const missing = await caught(docdb.send(new GetClusterSnapshotCommand({ snapshotArn })));
    expect(missing).toBeInstanceOf(ElasticNotFound);
    expect([missing.resourceId, missing.resourceType]).toEqual([snapshotArn, "cluster-snapshot"]);

    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    backend.faults.inject({ command: GetClusterCommand, error: "ResourceNotFoundException" });
    const notFound = await caught(dsql.send(new GetClusterCommand({ identifier: "abcdefghijklmnopqrstuvwxyz" })));
    expect(notFound).toBeInstanceOf(ResourceNotFoundException);
    expect([notFound.resourceId, notFound.resourceType]).toEqual(["abcdefghijklmnopqrstuvwxyz", "cluster"]);
  });

  test("latency waits on jest's fake timers", async () => {
    jest.useFakeTimers();
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 300 });
    let settled = false;
    const pending = dsql.send(new ListClustersCommand({})).finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect((await pending).clusters).toEqual([]);
  });
});

describe("overrides", () => {
  test("resolves, resolvesOnce, rejects by code, partial input; the rest simulated; reset drops them", async () => {
    const { backend, dsql } = setup();
    backend.on(GetClusterCommand, { identifier: "abcdefghijklmnopqrstuvwxyz" }).resolvesOnce({ status: "DELETING" }).rejects("ResourceNotFoundException");
    expect((await dsql.send(new GetClusterCommand({ identifier: "abcdefghijklmnopqrstuvwxyz" }))).status).toBe("DELETING");
    expect(await caught(dsql.send(new GetClusterCommand({ identifier: "abcdefghijklmnopqrstuvwxyz" })))).toBeInstanceOf(ResourceNotFoundException);

    const { identifier } = await dsql.send(new CreateClusterCommand({}));
    expect((await dsql.send(new GetClusterCommand({ identifier }))).status).toBe("ACTIVE");

    // @ts-expect-error an output of the wrong shape does not compile (checked by tsc)
    backend.on(ListClustersCommand).resolves({ identifier: 42 }).remove();
    backend.on(ListClustersCommand).resolves({ nextToken: "n" });
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBe("n");
    backend.reset();
    expect((await dsql.send(new ListClustersCommand({}))).nextToken).toBeUndefined();
  });
});

describe("retries", () => {
  test("with delay off: attempts counted, maxAttempts respected", async () => {
    const backend = createMockBackend({ seed: 1, retries: { delay: false } });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1", maxAttempts: 4 }));
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    expect((await dsql.send(new ListClustersCommand({}))).$metadata.attempts).toBe(2);
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    expect((await caught(dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(4);
  });

  test("by default, the strategy's backoff passes on the backend's clock, even under jest's fake timers", async () => {
    jest.useFakeTimers();
    jest.spyOn(Math, "random").mockReturnValue(0.5);
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    const before = backend.clock.now();
    const out = await dsql.send(new ListClustersCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(out.$metadata.totalRetryDelay).toBe(500);
    expect(backend.clock.now() - before).toBe(500);
    expect(backend.calls().map((c) => c.attempt)).toEqual([1, 2]);
  });
});
