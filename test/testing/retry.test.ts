import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { ConflictException, CreateClusterCommand, DSQLClient, ListClustersCommand, ThrottlingException } from "@aws-sdk/client-dsql";
import { DocDBElasticClient, ListClustersCommand as ListElasticClustersCommand, ThrottlingException as ElasticThrottling } from "@aws-sdk/client-docdb-elastic";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { caught, dsqlSetup as setup, networkAttempts } from "../helpers.js";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("retries: the client's own retry strategy retries injected faults", () => {
  it("a throttle then success: two attempts, each one recorded", async () => {
    const { backend, dsql } = setup({ retries: { delay: false } });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });

    const out = await dsql.send(new ListClustersCommand({}));

    expect(out.clusters).toEqual([]);
    expect(out.$metadata.attempts).toBe(2);
    expect(out.$metadata.totalRetryDelay).toBe(0);
    expect(backend.calls().map((c) => [c.command, c.attempt, c.error?.name])).toEqual([
      ["ListClusters", 1, "ThrottlingException"],
      ["ListClusters", 2, undefined],
    ]);
    expect(networkAttempts()).toEqual([]);
  });

  it("maxAttempts is respected and the final error tells the attempts", async () => {
    const { backend, dsql } = setup({ retries: { delay: false } }, { maxAttempts: 5 });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err.$metadata.attempts).toBe(5);
    expect(backend.calls()).toHaveLength(5);
  });

  it("the SDK's default is 3 attempts; maxAttempts 1 means no retry", async () => {
    const three = setup({ retries: { delay: false } });
    three.backend.faults.inject({ error: "InternalServerException" });
    expect((await caught(three.dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(3);

    const one = setup({ retries: { delay: false } }, { maxAttempts: 1 });
    one.backend.faults.inject({ error: "InternalServerException" });
    expect((await caught(one.dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(1);
    expect(one.backend.calls()).toHaveLength(1);
  });

  it("a client error is not retried, whether injected or from the simulation", async () => {
    const { backend, dsql } = setup({ retries: { delay: false } });
    backend.faults.inject({ command: ListClustersCommand, error: "AccessDeniedException", times: 1 });
    expect((await caught(dsql.send(new ListClustersCommand({})))).$metadata.attempts).toBe(1);

    backend.on(CreateClusterCommand).rejects("ConflictException");
    const conflict = await caught(dsql.send(new CreateClusterCommand({})));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata.attempts).toBe(1);
    expect(backend.calls()).toHaveLength(2);
  });

  it("a DocDB Elastic throttle (modeled `$retryable: {}`, status 429) is retried too", async () => {
    const backend = createMockBackend({ seed: 1, retries: { delay: false } });
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    backend.faults.inject({ service: "docdb-elastic", error: "ThrottlingException", times: 1 });
    expect((await docdb.send(new ListElasticClustersCommand({}))).$metadata.attempts).toBe(2);
    backend.faults.inject({ service: "docdb-elastic", error: "ThrottlingException" });
    const err = await caught(docdb.send(new ListElasticClustersCommand({})));
    expect(err).toBeInstanceOf(ElasticThrottling);
    expect(err.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 3 });
    expect(err.$retryable).toEqual({});
  });

  it("is off by default: a throttle fails the first attempt", async () => {
    const { backend, dsql } = setup();
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    const err = await caught(dsql.send(new ListClustersCommand({})));
    expect(err.$metadata.attempts).toBe(1);
    await expect(dsql.send(new ListClustersCommand({}))).resolves.toBeDefined();
  });

  it("attach(client, { retries }) chooses per client, over the backend's option", async () => {
    const backend = createMockBackend({ seed: 1, retries: { delay: false } });
    const retrying = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const plain = backend.attach(new DSQLClient({ region: "us-east-1" }), { retries: false });
    const fromOff = createMockBackend({ seed: 1 });
    const optedIn = fromOff.attach(new DSQLClient({ region: "us-east-1" }), { retries: { delay: false } });
    for (const b of [backend, fromOff]) b.faults.inject({ error: "ThrottlingException", times: 1 });

    expect((await retrying.send(new ListClustersCommand({}))).$metadata.attempts).toBe(2);
    backend.faults.inject({ error: "ThrottlingException", times: 1 });
    expect((await caught(plain.send(new ListClustersCommand({})))).$metadata.attempts).toBe(1);
    expect((await optedIn.send(new ListClustersCommand({}))).$metadata.attempts).toBe(2);
  });
});

describe("retry delays go through setTimeout", () => {
  it("waits the standard strategy's backoff: fake timers drive it and totalRetryDelay is true", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5); // the strategy's jitter: half of the backoff ceiling
    const { backend, dsql } = setup({ retries: true });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 2 });

    let settled = false;
    const pending = dsql.send(new ListClustersCommand({})).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.calls()).toHaveLength(1);
    // Throttling backs off from a 1 s base: 0.5 * 1000 ms, then 0.5 * 2000 ms.
    await vi.advanceTimersByTimeAsync(499);
    expect(backend.calls()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.calls()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const out = await pending;
    expect(out.$metadata.attempts).toBe(3);
    expect(out.$metadata.totalRetryDelay).toBe(1500);
  });

  it("a client's own strategy decides attempts and delays", async () => {
    vi.useFakeTimers();
    const retryStrategy = new ConfiguredRetryStrategy(4, (attempt: number) => attempt * 100);
    const { backend, dsql } = setup({ retries: true }, { retryStrategy });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });

    const pending = caught(dsql.send(new ListClustersCommand({})));
    await vi.runAllTimersAsync();
    const err = await pending;

    expect(err.$metadata.attempts).toBe(4);
    expect(err.$metadata.totalRetryDelay).toBe(100 + 200 + 300);
    expect(backend.calls().map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
  });

  it("delay: false never touches timers, so it completes under fake timers without advancing them", async () => {
    vi.useFakeTimers();
    const { backend, dsql } = setup({ retries: { delay: false } });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 2 });
    const out = await dsql.send(new ListClustersCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("an abort during the wait ends the call with an AbortError", async () => {
    vi.useFakeTimers();
    const { backend, dsql } = setup({ retries: true });
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    const controller = new AbortController();
    const pending = caught(dsql.send(new ListClustersCommand({}), { abortSignal: controller.signal as any }));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    const err = await pending;
    expect(err.name).toBe("AbortError");
    expect(backend.calls()).toHaveLength(1);
  });
});
