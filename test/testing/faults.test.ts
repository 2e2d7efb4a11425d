import { retryErrorType } from "../../src/core/retry.js";
import {
  CreateClusterCommand,
  DSQLClient,
  DSQLServiceException,
  GetClusterCommand,
  InternalServerException,
  ListClustersCommand,
  ServiceQuotaExceededException,
  ThrottlingException,
} from "@aws-sdk/client-dsql";
import { CreateClusterCommand as CreateElasticClusterCommand, DocDBElasticClient, ListClustersCommand as ListElasticClustersCommand } from "@aws-sdk/client-docdb-elastic";
import { DescribeDBClustersCommand, DescribeDBEngineVersionsCommand, RDSClient, RDSServiceException } from "@aws-sdk/client-rds";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { caught, dsqlSetup, networkAttempts } from "../helpers.js";

/** One attempt per call: these tests look at each injected answer as the first attempt got it. */
const setup: typeof dsqlSetup = (options = {}, clientConfig = {}) => dsqlSetup({ retries: false, ...options }, clientConfig);

afterEach(() => {
  vi.useRealTimers();
});

describe("faults.inject: errors by code come from the services' own factory", () => {
  it("a throttled call fails with the SDK's ThrottlingException, status 429, retryable, and changes no state", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: CreateClusterCommand, error: "ThrottlingException" });
    const before = backend.dump();

    const err = await caught(dsql.send(new CreateClusterCommand({ deletionProtectionEnabled: false })));

    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err).toBeInstanceOf(DSQLServiceException);
    expect(err.name).toBe("ThrottlingException");
    expect(err.$fault).toBe("client");
    expect(err.$retryable).toEqual({ throttling: true });
    expect(err.$metadata.httpStatusCode).toBe(429);
    expect(err.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(err.message).toContain("ThrottlingException");
    expect(backend.dump()).toEqual(before);
    expect(backend.calls().at(-1)?.error).toBe(err);
    expect(networkAttempts()).toEqual([]);
  });

  it("other commands stay simulated", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: CreateClusterCommand, error: "ThrottlingException" });
    const listed = await dsql.send(new ListClustersCommand({}));
    expect(listed.clusters).toEqual([]);
  });

  it("a server error is the SDK's InternalServerException with status 500 and a server fault", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ service: "dsql", error: "InternalServerException", message: "We encountered an internal error." });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err).toBeInstanceOf(InternalServerException);
    expect(err.$fault).toBe("server");
    expect(err.$metadata.httpStatusCode).toBe(500);
    expect(err.message).toBe("We encountered an internal error.");
  });

  it("carries the error's modeled members from `fields`", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({
      command: "CreateCluster",
      error: "ServiceQuotaExceededException",
      fields: { resourceId: "cluster", resourceType: "cluster", serviceCode: "dsql", quotaCode: "L-12345" },
    });
    const err = await caught(dsql.send(new CreateClusterCommand({})));
    expect(err).toBeInstanceOf(ServiceQuotaExceededException);
    expect(err.$metadata.httpStatusCode).toBe(402);
    expect(err.quotaCode).toBe("L-12345");
    expect(err.resourceType).toBe("cluster");
  });

  it("an RDS `Throttling` (awsQuery) is the service's base exception named by the code, a throttle to the SDK", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const rds = backend.attach(new RDSClient({ region: "eu-west-1" }));
    backend.faults.inject({ service: "rds", error: "Throttling", message: "Rate exceeded" });
    const err = await caught(rds.send(new DescribeDBClustersCommand({})));
    expect(err).toBeInstanceOf(RDSServiceException);
    expect(err.name).toBe("Throttling");
    expect(err.message).toBe("Rate exceeded");
    // As the SDK's deserializer builds an unmodeled error: no $retryable; its retry strategy still
    // classifies `Throttling` as a throttle by its code.
    expect(err.$retryable).toBeUndefined();
    expect(await retryErrorType(err)).toBe("THROTTLING");
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.Code).toBe("Throttling");
  });

  it("an Error is thrown as given", async () => {
    const { backend, dsql } = setup();
    const boom = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    backend.faults.inject({ command: ListClustersCommand, error: boom });
    expect(await caught(dsql.send(new ListClustersCommand({})))).toBe(boom);
  });
});

describe("which calls a rule hits", () => {
  it("`times` limits the hits, then the rule goes away and calls are simulated again", async () => {
    const { backend, dsql } = setup();
    const handle = backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 2 });
    expect((await caught(dsql.send(new ListClustersCommand({})))).name).toBe("ThrottlingException");
    expect((await caught(dsql.send(new ListClustersCommand({})))).name).toBe("ThrottlingException");
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toMatchObject({ clusters: [] });
    expect(handle.hits).toBe(2);
  });

  it("a command class tells apart the same-named commands of two services", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    backend.faults.inject({ command: ListElasticClustersCommand, error: "InternalServerException" });

    await expect(dsql.send(new ListClustersCommand({}))).resolves.toMatchObject({ clusters: [] });
    expect((await caught(docdb.send(new ListElasticClustersCommand({})))).name).toBe("InternalServerException");
  });

  it("names (with or without `Command`) and `service` select too", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    backend.faults.inject({ service: "docdb-elastic", command: ["CreateClusterCommand", "GetCluster"], error: "ThrottlingException" });

    const input = { clusterName: "orders", adminUserName: "admin1", adminUserPassword: "password123", authType: "PLAIN_TEXT" as const, shardCapacity: 2, shardCount: 1 };
    expect((await caught(docdb.send(new CreateElasticClusterCommand(input)))).name).toBe("ThrottlingException");
    const created = await dsql.send(new CreateClusterCommand({}));
    expect(created.status).toBe("CREATING");
  });

  it("`service` also takes the client's name, case and dashes aside", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    const rule = backend.faults.inject({ service: ["DocDBElasticClient"], error: "InternalServerException" });
    expect((await caught(docdb.send(new ListElasticClustersCommand({})))).name).toBe("InternalServerException");
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();
    rule.remove();
    for (const name of ["DSQL", "DSQLClient", "dsql"]) {
      const once = backend.faults.inject({ service: name, error: "InternalServerException", times: 1 });
      expect((await caught(dsql.send(new ListClustersCommand({})))).name).toBe("InternalServerException");
      expect(once.hits).toBe(1);
    }
    backend.faults.inject({ service: "DocDB-Elastic", error: "ThrottlingException", times: 1 });
    expect((await caught(docdb.send(new ListElasticClustersCommand({})))).name).toBe("ThrottlingException");
  });

  it("`match` sees the input and the call: a Regional outage", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const east = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const west = backend.attach(new DSQLClient({ region: "us-west-2" }));
    const seen: unknown[] = [];
    backend.faults.inject({
      match: (input, call) => {
        seen.push([call.service, call.command, call.region, input.maxResults]);
        return call.region === "us-west-2";
      },
      error: "InternalServerException",
    });
    await east.send(new ListClustersCommand({ maxResults: 5 }));
    expect((await caught(west.send(new ListClustersCommand({ maxResults: 7 })))).name).toBe("InternalServerException");
    expect(seen).toEqual([
      ["dsql", "ListClusters", "us-east-1", 5],
      ["dsql", "ListClusters", "us-west-2", 7],
    ]);
  });

  it("an error function decides per input; `undefined` lets the call through", async () => {
    const { backend, dsql } = setup();
    const created = await dsql.send(new CreateClusterCommand({}));
    const handle = backend.faults.inject({
      command: GetClusterCommand,
      error: (input) => (input.identifier === "abcdefghijklmnopqrstuvwxyz" ? "ThrottlingException" : undefined),
    });
    await expect(dsql.send(new GetClusterCommand({ identifier: created.identifier }))).resolves.toMatchObject({ status: "ACTIVE" });
    expect((await caught(dsql.send(new GetClusterCommand({ identifier: "abcdefghijklmnopqrstuvwxyz" })))).name).toBe("ThrottlingException");
    expect(handle.hits).toBe(1);
  });

  it("an error function may return an Error, thrown as given", async () => {
    const { backend, dsql } = setup();
    const reset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    backend.faults.inject({ command: ListClustersCommand, error: (input) => (input.maxResults === 1 ? reset : "InternalServerException") });
    expect(await caught(dsql.send(new ListClustersCommand({ maxResults: 1 })))).toBe(reset);
    expect(await caught(dsql.send(new ListClustersCommand({ maxResults: 2 })))).toBeInstanceOf(InternalServerException);
  });

  it("rules apply in the order injected", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: "InternalServerException", times: 1 });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    expect((await caught(dsql.send(new ListClustersCommand({})))).name).toBe("InternalServerException");
    expect((await caught(dsql.send(new ListClustersCommand({})))).name).toBe("ThrottlingException");
  });
});

describe("probability is reproducible under the backend's seed", () => {
  async function pattern(seed: string, probability: number): Promise<string> {
    const { backend, dsql } = setup({ seed });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", probability });
    let out = "";
    for (let i = 0; i < 40; i++) {
      out += await dsql.send(new ListClustersCommand({})).then(
        () => ".",
        () => "x",
      );
    }
    return out;
  }

  it("the same seed gives the same failures; another seed others", async () => {
    const a = await pattern("seed-a", 0.5);
    expect(await pattern("seed-a", 0.5)).toBe(a);
    expect(await pattern("seed-b", 0.5)).not.toBe(a);
    expect(a).toContain("x");
    expect(a).toContain(".");
  });

  it("0 never hits and 1 always does", async () => {
    expect(await pattern("s", 0)).toBe(".".repeat(40));
    expect(await pattern("s", 1)).toBe("x".repeat(40));
  });

  it("clear() starts the sequence again from the seed", async () => {
    const { backend, dsql } = setup({ seed: "seed-c" });
    const run = async () => {
      backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", probability: 0.3 });
      let out = "";
      for (let i = 0; i < 20; i++) out += await dsql.send(new ListClustersCommand({})).then(() => ".", () => "x");
      backend.faults.clear();
      return out;
    };
    expect(await run()).toBe(await run());
  });
});

describe("latency", () => {
  it("delays the answer through setTimeout, so fake timers control it; a latency-only rule keeps the simulation", async () => {
    vi.useFakeTimers();
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 500 });
    let settled = false;
    const pending = dsql.send(new ListClustersCommand({})).then((out) => ((settled = true), out));
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect((await pending).clusters).toEqual([]);
  });

  it("a slow failure waits, then fails", async () => {
    vi.useFakeTimers();
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 2_000, error: "InternalServerException", times: 1 });
    let outcome = "pending";
    const p = dsql.send(new ListClustersCommand({})).then(
      () => (outcome = "ok"),
      (e) => (outcome = e.name),
    );
    await vi.advanceTimersByTimeAsync(1_999);
    expect(outcome).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(outcome).toBe("InternalServerException");
  });
});

describe("fault codes come from the model", () => {
  const rdsSetup = (options = {}) => {
    const backend = createMockBackend({ seed: 1, ...options });
    return { backend, rds: backend.attach(new RDSClient({ region: "us-east-1" })) };
  };

  it("a code no service can answer is refused at injection, with the valid codes listed", () => {
    const { backend } = setup();
    expect(() => backend.faults.inject({ error: "NoSuchThing" })).toThrow(RangeError);
    expect(() => backend.faults.inject({ service: "dsql", error: "NoSuchThing" })).toThrow(/Valid codes .*ConflictException.*ThrottlingException/);
  });

  it("RDS spells its internal error InternalFailure: InternalServerException is refused there", () => {
    const { backend } = rdsSetup();
    expect(() => backend.faults.inject({ service: "rds", error: "InternalServerException" })).toThrow(/InternalFailure/);
  });

  it("RDS InternalFailure is a 500 server fault, retryable, and the client retries it", async () => {
    const { backend, rds } = rdsSetup();
    backend.faults.inject({ service: "rds", error: "InternalFailure" });
    const err = await caught(rds.send(new DescribeDBClustersCommand({})));
    expect(err.name).toBe("InternalFailure");
    expect(err.$fault).toBe("server");
    // Unmodeled, so no $retryable (as the SDK's deserializer builds it); the client retries it for its 500.
    expect(err.$retryable).toBeUndefined();
    expect(err.$metadata).toMatchObject({ httpStatusCode: 500, attempts: 3 });
  });

  it("an operation answers only errors its model declares, or common ones", async () => {
    const { backend, rds } = rdsSetup({ retries: false });
    expect(() => backend.faults.inject({ command: DescribeDBClustersCommand, error: "DBClusterAlreadyExistsFault" })).toThrow(
      /'DBClusterAlreadyExistsFault' is not an error DescribeDBClusters of rds can answer. Valid codes .*DBClusterNotFoundFault/,
    );
    backend.faults.inject({ command: DescribeDBClustersCommand, error: "Throttling", times: 1 });
    expect((await caught(rds.send(new DescribeDBClustersCommand({})))).name).toBe("Throttling");
  });

  it("a rule naming no command hits only the operations that declare its code", async () => {
    const { backend, rds } = rdsSetup({ retries: false });
    backend.faults.inject({ error: "DBClusterNotFoundFault" });
    expect((await caught(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "x" })))).name).toBe("DBClusterNotFoundFault");
    await expect(rds.send(new DescribeDBEngineVersionsCommand({ Engine: "aurora-postgresql" }))).resolves.toBeDefined();
  });

  it("an error function returning a code the operation cannot answer fails the call, naming the valid codes", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: () => "ConflictException" });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err).toBeInstanceOf(RangeError);
    expect(err.message).toMatch(/ListClusters of dsql .*ThrottlingException/);
  });
});

describe("latency that respects the caller", () => {
  it("the call's abortSignal rejects a late answer with the handler's AbortError, and the call changes no state", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: CreateClusterCommand, latencyMs: 300 });
    const before = backend.dump();
    const err = await caught(dsql.send(new CreateClusterCommand({}), { abortSignal: AbortSignal.timeout(20) as any }));
    expect(err.name).toBe("AbortError");
    expect(err.message).toBe("Request aborted");
    expect(backend.dump()).toEqual(before);
    expect((await dsql.send(new ListClustersCommand({}))).clusters).toEqual([]);
  });

  it("an already aborted call is not sent", async () => {
    const { backend, dsql } = setup();
    const controller = new AbortController();
    controller.abort("stop");
    const err = await caught(dsql.send(new CreateClusterCommand({}), { abortSignal: controller.signal as any }));
    expect([err.name, err.message]).toEqual(["AbortError", "stop"]);
    expect(backend.calls()).toEqual([]);
  });

  it("past the requestHandler's requestTimeout (throwOnRequestTimeout): the handler's TimeoutError, no state change", async () => {
    const { backend, dsql } = setup({}, { requestHandler: { requestTimeout: 20, throwOnRequestTimeout: true } });
    backend.faults.inject({ command: CreateClusterCommand, latencyMs: 300 });
    const err = await caught(dsql.send(new CreateClusterCommand({})));
    expect(err.name).toBe("TimeoutError");
    expect(err.code).toBe("ETIMEDOUT");
    expect(err.message).toBe("@smithy/node-http-handler - [ERROR] a request has exceeded the configured 20 ms requestTimeout.");
    expect(backend.calls(ListClustersCommand)).toEqual([]);
    expect((await dsql.send(new ListClustersCommand({}))).clusters).toEqual([]);
  });

  it("past a socketTimeout: the handler's inactivity TimeoutError", async () => {
    const { backend, dsql } = setup({}, { requestHandler: { socketTimeout: 20 } });
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 300 });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err.name).toBe("TimeoutError");
    expect(err.message).toMatch(/socket timed out after 20 ms of inactivity \(configured by client requestHandler\)/);
  });

  it("requestTimeout without throwOnRequestTimeout only warns, as the handler does, and the answer comes", async () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), debug() {}, info() {}, error() {} };
    const { backend, dsql } = setup({}, { requestHandler: { requestTimeout: 20, logger } });
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 60 });
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();
    expect(warnings).toEqual([expect.stringMatching(/\[WARN\] a request has exceeded the configured 20 ms requestTimeout/)]);
  });
});

describe("removing rules", () => {
  it("remove() undoes one rule, clear() all, reset() too", async () => {
    const { backend, dsql } = setup();
    const one = backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    one.remove();
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();

    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    backend.faults.inject({ command: CreateClusterCommand, error: "ThrottlingException" });
    backend.faults.clear();
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();

    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    backend.reset();
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();
  });

  it("refuses rules that could not work", () => {
    const { backend } = setup();
    expect(() => backend.faults.inject({ command: ListClustersCommand })).toThrow(/needs an `error`/);
    expect(() => backend.faults.inject({ error: "ThrottlingException", times: 0 })).toThrow(RangeError);
    expect(() => backend.faults.inject({ error: "ThrottlingException", probability: 1.5 })).toThrow(/probability/);
    expect(() => backend.faults.inject({ latencyMs: -1 })).toThrow(/latencyMs/);
  });
});

describe("concurrent calls", () => {
  it("`times` holds when calls overlap while an earlier rule's latency runs", async () => {
    vi.useFakeTimers();
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 100 });
    const once = backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    const outcomes = Promise.all(
      [1, 2, 3].map((n) => dsql.send(new ListClustersCommand({ maxResults: n })).then(() => "ok", (e) => e.name)),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect((await outcomes).sort()).toEqual(["ThrottlingException", "ok", "ok"]);
    expect(once.hits).toBe(1);
  });
});
