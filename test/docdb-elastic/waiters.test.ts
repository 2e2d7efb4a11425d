import {
  CreateClusterCommand,
  CreateClusterSnapshotCommand,
  DeleteClusterCommand,
  DeleteClusterSnapshotCommand,
  StopClusterCommand,
} from "@aws-sdk/client-docdb-elastic";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  waitUntilElasticClusterActive as waitUntilClusterActive,
  waitUntilElasticClusterDeleted as waitUntilClusterDeleted,
  waitUntilElasticClusterSnapshotActive as waitUntilClusterSnapshotActive,
} from "../../src/index.js";
import { caught, networkAttempts } from "../helpers.js";
import { activeCluster, clusterInput, manualSnapshot, MINUTE, setup } from "./setup.js";

afterEach(() => {
  vi.useRealTimers();
});

const polls = (backend: ReturnType<typeof setup>["backend"], command: string) => backend.calls().filter((c) => c.command === command);

describe("waiters, instant lifecycle", () => {
  it("succeed on the first poll", async () => {
    const { backend, client } = setup();
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    const active = await waitUntilClusterActive({ client, maxWaitTime: 5 }, { clusterArn: cluster!.clusterArn });
    expect(active.state).toBe("SUCCESS");
    expect(polls(backend, "GetCluster")).toHaveLength(1);

    const { snapshot } = await client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster!.clusterArn, snapshotName: "s" }));
    expect((await waitUntilClusterSnapshotActive({ client, maxWaitTime: 5 }, { snapshotArn: snapshot!.snapshotArn })).state).toBe("SUCCESS");

    await client.send(new DeleteClusterCommand({ clusterArn: cluster!.clusterArn }));
    const deleted = await waitUntilClusterDeleted({ client, maxWaitTime: 5 }, { clusterArn: cluster!.clusterArn });
    expect(deleted.state).toBe("SUCCESS");
    expect((deleted.reason as Error).name).toBe("ResourceNotFoundException");
    expect(networkAttempts()).toEqual([]);
  });

  it("fail at once when the awaited state cannot come", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    await client.send(new StopClusterCommand({ clusterArn: cluster.clusterArn }));
    const err = await caught(waitUntilClusterActive({ client, maxWaitTime: 5 }, { clusterArn: cluster.clusterArn }));
    expect(err.name).toBe("Error");
    expect(err.message).toMatch(/FAILURE/);
    const missing = cluster.clusterArn!.replace(/\/.*$/, "/88888888-8888-4888-8888-888888888888");
    expect((await caught(waitUntilClusterActive({ client, maxWaitTime: 5 }, { clusterArn: missing }))).message).toMatch(/FAILURE/);

    const other = await activeCluster(client, { clusterName: "other" });
    const snapshot = await manualSnapshot(client, other.clusterArn!);
    expect((await waitUntilClusterSnapshotActive({ client, maxWaitTime: 5 }, { snapshotArn: snapshot.snapshotArn })).state).toBe("SUCCESS");
    await client.send(new DeleteClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn }));
    const gone = await caught(waitUntilClusterSnapshotActive({ client, maxWaitTime: 5 }, { snapshotArn: snapshot.snapshotArn }));
    expect(gone.message).toMatch(/FAILURE/);
  });
});

describe("waiters, timed lifecycle", () => {
  it("keep polling until the backend clock passes the transition (virtual clock)", async () => {
    vi.useFakeTimers();
    const { backend, client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    let done = false;
    const waiting = waitUntilClusterActive({ client, maxWaitTime: 3600, minDelay: 10, maxDelay: 10 }, { clusterArn: cluster!.clusterArn }).finally(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(done).toBe(false);
    const early = polls(backend, "GetCluster");
    expect(early.length).toBeGreaterThanOrEqual(5);
    expect(early.every((c) => (c.output as any).cluster.status === "CREATING")).toBe(true);

    backend.clock.advance(15 * MINUTE);
    await vi.advanceTimersByTimeAsync(10_000);
    const result = await waiting;
    expect(result.state).toBe("SUCCESS");
    expect((result.reason as any).cluster.status).toBe("ACTIVE");
  });

  it("follow fake timers with a system clock: deletion and snapshot waits settle as time passes", async () => {
    vi.useFakeTimers();
    const { backend, client } = setup({ lifecycle: "timed", clock: "system" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    const active = waitUntilClusterActive({ client, maxWaitTime: 3600, minDelay: 30, maxDelay: 60 }, { clusterArn: cluster!.clusterArn });
    await vi.advanceTimersByTimeAsync(16 * MINUTE);
    expect((await active).state).toBe("SUCCESS");

    const { snapshot } = await client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster!.clusterArn, snapshotName: "s" }));
    const snap = waitUntilClusterSnapshotActive({ client, maxWaitTime: 3600, minDelay: 30, maxDelay: 60 }, { snapshotArn: snapshot!.snapshotArn });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect((await snap).state).toBe("SUCCESS");

    await client.send(new DeleteClusterCommand({ clusterArn: cluster!.clusterArn }));
    const gone = waitUntilClusterDeleted({ client, maxWaitTime: 3600, minDelay: 30, maxDelay: 60 }, { clusterArn: cluster!.clusterArn });
    await vi.advanceTimersByTimeAsync(9 * MINUTE);
    expect((await gone).state).toBe("SUCCESS");
    expect(polls(backend, "GetCluster").length).toBeGreaterThan(3);
  });

  it("time out when the clock never gets there", async () => {
    vi.useFakeTimers();
    const { client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    const waiting = caught(waitUntilClusterActive({ client, maxWaitTime: 20, minDelay: 2, maxDelay: 5 }, { clusterArn: cluster!.clusterArn }));
    await vi.advanceTimersByTimeAsync(30_000);
    const err = await waiting;
    expect(err.name).toBe("TimeoutError");
  });
});
