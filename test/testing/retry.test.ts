import { ConfiguredRetryStrategy, StandardRetryStrategy } from "@smithy/core/retry";
import { ConflictException, CreateClusterCommand, DSQLClient, ListClustersCommand, ThrottlingException } from "@aws-sdk/client-dsql";
import { DocDBElasticClient, ListClustersCommand as ListElasticClustersCommand, ThrottlingException as ElasticThrottling } from "@aws-sdk/client-docdb-elastic";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { caught, dsqlSetup as setup, networkAttempts } from "../helpers.js";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the client's own retries, on by default", () => {
  it("one throttle is survived: two attempts, each recorded, the backoff on the clock and not in real time", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    const before = backend.clock.now();
    const started = performance.now();

    const out = await dsql.send(new ListClustersCommand({}));

    expect(out.clusters).toEqual([]);
    expect(out.$metadata.attempts).toBe(2);
    // The standard strategy's throttling backoff: a random share of its 1 s base, never 0.
    expect(out.$metadata.totalRetryDelay).toBeGreaterThan(0);
    expect(backend.clock.now() - before).toBe(out.$metadata.totalRetryDelay);
    expect(performance.now() - started).toBeLessThan(out.$metadata.totalRetryDelay! + 1_000);
    expect(backend.calls().map((c) => [c.command, c.attempt, c.error?.name])).toEqual([
      ["ListClusters", 1, "ThrottlingException"],
      ["ListClusters", 2, undefined],
    ]);
    expect(networkAttempts()).toEqual([]);
  });

  it("maxAttempts is exhausted and the final error tells the attempts and the delay", async () => {
    const { backend, dsql } = setup({}, { maxAttempts: 5 });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err.$metadata.attempts).toBe(5);
    expect(err.$metadata.totalRetryDelay).toBeGreaterThan(0);
    expect(backend.calls()).toHaveLength(5);
  });

  it.each([
    ["standard", 3],
    ["adaptive", 3],
  ] as const)("retryMode %s: a server error is retried up to the default %i attempts; maxAttempts 1 is no retry", async (retryMode, attempts) => {
    const three = setup({}, { retryMode });
    three.backend.faults.inject({ error: "InternalServerException" });
    expect((await caught(three.dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(attempts);

    const one = setup({}, { retryMode, maxAttempts: 1 });
    one.backend.faults.inject({ error: "InternalServerException" });
    expect((await caught(one.dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(1);
    expect(one.backend.calls()).toHaveLength(1);
  });

  it("adaptive mode: its rate limiter, once throttled, waits in simulated time too", async () => {
    const { backend, dsql } = setup({}, { retryMode: "adaptive", maxAttempts: 4 });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 3 });
    const before = backend.clock.now();
    const out = await dsql.send(new ListClustersCommand({}));
    expect(out.$metadata.attempts).toBe(4);
    expect(backend.clock.now() - before).toBeGreaterThanOrEqual(out.$metadata.totalRetryDelay!);
  });

  it("a client error is not retried, whether injected or from the simulation", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: "AccessDeniedException", times: 1 });
    expect((await caught(dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(1);

    backend.on(CreateClusterCommand).rejects("ConflictException");
    const conflict = await caught(dsql.send(new CreateClusterCommand({})));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata.attempts).toBe(1);
    expect(backend.calls()).toHaveLength(2);
  });

  it("the SDK's retry quota: once the client's strategy has spent its capacity, failures are not retried", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ error: "InternalServerException" });
    const strategy = (await dsql.config.retryStrategy()) as StandardRetryStrategy;
    const seen: number[] = [];
    for (let i = 0; i < 60 && seen.at(-1) !== 1; i++) seen.push((await caught(dsql.send(new ListClustersCommand({})))).$metadata.attempts);
    // The strategy (the SDK's own object) decided: it refused a retry when its capacity ran short.
    expect(seen.at(-1)).toBe(1);
    expect(seen[0]).toBe(3);
    expect(strategy.getCapacity()).toBeLessThan((strategy as any).getCapacityCost("SERVER_ERROR"));
  });

  it("a DocDB Elastic throttle (modeled `$retryable: {}`, status 429) is retried too", async () => {
    const backend = createMockBackend({ seed: 1 });
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    backend.faults.inject({ service: "docdb-elastic", error: "ThrottlingException", times: 1 });
    expect((await docdb.send(new ListElasticClustersCommand({}))).$metadata.attempts).toBe(2);
    backend.faults.inject({ service: "docdb-elastic", error: "ThrottlingException" });
    const err = await caught(docdb.send(new ListElasticClustersCommand({})));
    expect(err).toBeInstanceOf(ElasticThrottling);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 3 });
    expect(err.$retryable).toEqual({});
  });

  it("`retries: false` gives the raw first answer", async () => {
    const { backend, dsql } = setup({ retries: false });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err.$metadata.attempts).toBe(1);
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();
  });

  it("attach(client, { retries }) chooses per client, over the backend's option", async () => {
    const backend = createMockBackend({ seed: 1 });
    const retrying = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const plain = backend.attach(new DSQLClient({ region: "us-east-1" }), { retries: false });
    const fromOff = createMockBackend({ seed: 1, retries: false });
    const optedIn = fromOff.attach(new DSQLClient({ region: "us-east-1" }), { retries: true });
    for (const b of [backend, fromOff]) b.faults.inject({ error: "ThrottlingException", times: 1 });

    expect((await retrying.send(new ListClustersCommand({}))).$metadata.attempts).toBe(2);
    backend.faults.inject({ error: "ThrottlingException", times: 1 });
    expect((await caught(plain.send(new ListClustersCommand({})))).$metadata.attempts).toBe(1);
    expect((await optedIn.send(new ListClustersCommand({}))).$metadata.attempts).toBe(2);
  });
});

describe("retry delays pass in simulated time", () => {
  it("the standard strategy's backoff: totalRetryDelay is the SDK's, and the clock moved by it", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5); // the strategy's jitter: half of the backoff ceiling
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 2 });
    const before = backend.clock.now();
    const out = await dsql.send(new ListClustersCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    // Throttling backs off from a 1 s base: 0.5 * 1000 ms, then 0.5 * 2000 ms.
    expect(out.$metadata.totalRetryDelay).toBe(1500);
    expect(backend.clock.now() - before).toBe(1500);
    const times = backend.calls().map((c) => c.time.getTime() - before);
    expect(times).toEqual([0, 500, 1500]);
  });

  it("a client's own strategy decides attempts and delays", async () => {
    const retryStrategy = new ConfiguredRetryStrategy(4, (attempt: number) => attempt * 100);
    const { backend, dsql } = setup({}, { retryStrategy });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err.$metadata.attempts).toBe(4);
    expect(err.$metadata.totalRetryDelay).toBe(100 + 200 + 300);
    expect(backend.calls().map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
  });

  it("works under fake timers without advancing them; `delay: false` keeps the clock still", async () => {
    vi.useFakeTimers();
    const { backend, dsql } = setup({ retries: { delay: false }, clock: "virtual" });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 2 });
    const before = backend.clock.now();
    const out = await dsql.send(new ListClustersCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    expect(out.$metadata.totalRetryDelay).toBeGreaterThan(0);
    expect(backend.clock.now()).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a latency past the client's request timeout is a TimeoutError, retried as the SDK retries it", async () => {
    const { backend, dsql } = setup({}, { requestHandler: { requestTimeout: 20, throwOnRequestTimeout: true } });
    backend.faults.inject({ command: ListClustersCommand, latencyMs: 200, times: 1 });
    const out = await dsql.send(new ListClustersCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(backend.calls().map((c) => c.error?.name)).toEqual(["TimeoutError", undefined]);
  });

  it("an abort during the backoff ends the call with an AbortError", async () => {
    const retryStrategy = new ConfiguredRetryStrategy(3, () => 60_000);
    const { backend, dsql } = setup({}, { retryStrategy });
    const controller = new AbortController();
    // Aborted after the first attempt failed, while the strategy backs off.
    backend.faults.inject({ command: ListClustersCommand, error: () => (setImmediate(() => controller.abort()), "ThrottlingException") });
    const err = await caught(dsql.send(new ListClustersCommand({}), { abortSignal: controller.signal as any }));
    expect(err.name).toBe("AbortError");
    expect(backend.calls()).toHaveLength(1);
  });
});
