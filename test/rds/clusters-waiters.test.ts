import {
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  waitUntilDBClusterAvailable,
  waitUntilDBClusterDeleted,
  waitUntilDBInstanceAvailable,
  waitUntilDBInstanceDeleted,
} from "@aws-sdk/client-rds";
import { afterEach, describe, expect, it, vi } from "vitest";
import { caught, networkAttempts } from "../helpers.js";
import { createCluster, createInstance, setup } from "./clusters-fixtures.js";

/** Only the clock and the waiters' sleeps are faked: setImmediate stays real for `finish`. */
const FAKED: ("setTimeout" | "clearTimeout" | "Date")[] = ["setTimeout", "clearTimeout", "Date"];
const fast = { maxWaitTime: 5, minDelay: 1, maxDelay: 1 };

/**
 * Moves fake time, one waiter sleep at a time, until `promise` settles or `limitMs` of fake time
 * has passed. Time moves only while the SDK has a sleep scheduled: while a poll is in flight (real
 * I/O such as config files, slow on a loaded machine) it waits in real turns instead, so fake time
 * never runs past a poll that has not finished.
 */
async function finish<T>(promise: Promise<T>, limitMs: number): Promise<T> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  const start = Date.now();
  while (!done && Date.now() - start < limitMs) {
    while (!done && vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    if (!done) await vi.advanceTimersToNextTimerAsync();
  }
  return promise;
}

describe("waiters in the instant lifecycle (succeed on the first poll)", () => {
  it("waitUntilDBClusterAvailable / waitUntilDBInstanceAvailable", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    const cluster = await waitUntilDBClusterAvailable({ client, ...fast }, { DBClusterIdentifier: "c1" });
    expect(cluster.state).toBe("SUCCESS");
    const instance = await waitUntilDBInstanceAvailable({ client, ...fast }, { DBInstanceIdentifier: "i1" });
    expect(instance.state).toBe("SUCCESS");
  });

  it("waitUntilDBInstanceDeleted / waitUntilDBClusterDeleted", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    expect((await waitUntilDBInstanceDeleted({ client, ...fast }, { DBInstanceIdentifier: "i1" })).state).toBe("SUCCESS");
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    expect((await waitUntilDBClusterDeleted({ client, ...fast }, { DBClusterIdentifier: "c1" })).state).toBe("SUCCESS");
    expect(networkAttempts()).toEqual([]);
  });
});

describe("waiters in the timed lifecycle", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("wait while the backend clock (following fake timers) runs through the creation", async () => {
    const { backend, client } = setup({ lifecycle: "timed", clock: "system" });
    // Load the SDK's exception classes (a real dynamic import) before time is faked.
    await caught(client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "warm-up" })));
    vi.useFakeTimers({ now: Date.now(), toFake: FAKED });
    const start = backend.clock.now();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    let settled = false;
    const cluster = waitUntilDBClusterAvailable({ client, maxWaitTime: 900 }, { DBClusterIdentifier: "c1" }).then((r) => {
      settled = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false); // an Aurora cluster takes two minutes here
    expect((await finish(cluster, 180_000)).state).toBe("SUCCESS");
    expect(backend.clock.now() - start).toBeGreaterThanOrEqual(120_000);
    const instance = waitUntilDBInstanceAvailable({ client, maxWaitTime: 1800 }, { DBInstanceIdentifier: "i1" });
    expect((await finish(instance, 15 * 60_000)).state).toBe("SUCCESS");

    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    const gone = waitUntilDBInstanceDeleted({ client, maxWaitTime: 1800 }, { DBInstanceIdentifier: "i1" });
    expect((await finish(gone, 10 * 60_000)).state).toBe("SUCCESS");
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    const clusterGone = waitUntilDBClusterDeleted({ client, maxWaitTime: 1800 }, { DBClusterIdentifier: "c1" });
    expect((await finish(clusterGone, 10 * 60_000)).state).toBe("SUCCESS");
  });

  it("time out when the virtual clock does not move", async () => {
    const { client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    vi.useFakeTimers({ toFake: FAKED });
    const waiting = caught(waitUntilDBClusterAvailable({ client, maxWaitTime: 120, minDelay: 30, maxDelay: 30 }, { DBClusterIdentifier: "c1" }));
    const err = await finish(waiting, 300_000);
    expect(err.name).toBe("TimeoutError");
    expect(err.message).toContain("TIMEOUT");
  });

  it("advancing the backend clock settles what the next poll sees", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(2 * 60_000);
    expect((await waitUntilDBClusterAvailable({ client, ...fast }, { DBClusterIdentifier: "c1" })).state).toBe("SUCCESS");
  });
});
