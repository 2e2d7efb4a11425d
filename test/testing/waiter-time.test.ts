/**
 * SDK waiters against a `timed` backend in the fixtures: they finish without real sleeps and without
 * fake timers, the backend's clock shows the simulated time they waited, and a waiter that cannot
 * succeed ends as the SDK's waiter ends (FAILURE, or its TimeoutError after maxWaitTime of simulated
 * time). Real time is never asserted here (see bench/ and docs for the figures).
 */
import {
  CreateClusterCommand as CreateDsqlClusterCommand,
  DeleteClusterCommand as DeleteDsqlClusterCommand,
  GetClusterCommand as GetDsqlClusterCommand,
  waitUntilClusterActive as waitUntilDsqlClusterActive,
  waitUntilClusterNotExists as waitUntilDsqlClusterNotExists,
} from "@aws-sdk/client-dsql";
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  StopDBClusterCommand,
  waitUntilDBClusterAvailable,
  waitUntilDBClusterDeleted,
  waitUntilDBInstanceAvailable,
} from "@aws-sdk/client-rds";
import {
  CreateClusterCommand as CreateElasticClusterCommand,
  DeleteClusterCommand as DeleteElasticClusterCommand,
  GetClusterCommand as GetElasticClusterCommand,
} from "@aws-sdk/client-docdb-elastic";
import { describe, vi } from "vitest";
import { createMockBackend, type MockBackend, waitUntilElasticClusterActive, waitUntilElasticClusterDeleted } from "../../src/index.js";
import { expect, test } from "../../src/testing/vitest.js";
import { caught } from "../helpers.js";

const MINUTE = 60_000;
const AURORA = { Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "Secret-pass1" };
const ELASTIC = { clusterName: "c1", authType: "PLAIN_TEXT", adminUserName: "docdbadmin", adminUserPassword: "Sup3r-secret!", shardCapacity: 2, shardCount: 2 } as const;

/**
 * The waiter stopped at its first poll after the transition was due, and the clock stands at that
 * poll: the simulated time that passed is the transition's duration rounded up to the polling schedule.
 */
function expectSettledOnSchedule(backend: MockBackend, pollTimes: number[], start: number, duration: number): void {
  const last = pollTimes.at(-1)!;
  expect(last - start).toBeGreaterThanOrEqual(duration);
  expect(pollTimes.at(-2)! - start).toBeLessThan(duration);
  expect(backend.clock.now()).toBe(last);
}

const pollTimes = (calls: { time: Date }[]) => calls.map((c) => c.time.getTime());

describe("SDK waiters against a timed backend, in the fixtures", () => {
  test.override({ backendOptions: { lifecycle: "timed" } });

  test("RDS: waitUntilDBClusterAvailable, then waitUntilDBInstanceAvailable, then waitUntilDBClusterDeleted", async ({ rds, backend }) => {
    const t0 = backend.clock.now();
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA }));
    const available = await waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" });
    expect(available.state).toBe("SUCCESS");
    // Creating takes 2 simulated minutes; the waiter polls after 30 s, then backs off with jitter.
    expectSettledOnSchedule(backend, pollTimes(backend.calls(DescribeDBClustersCommand)), t0, 2 * MINUTE);

    const t1 = backend.clock.now();
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "i1", DBClusterIdentifier: "c1", Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large" }));
    expect((await waitUntilDBInstanceAvailable({ client: rds, maxWaitTime: 3600 }, { DBInstanceIdentifier: "i1" })).state).toBe("SUCCESS");
    expectSettledOnSchedule(backend, pollTimes(backend.calls(DescribeDBInstancesCommand)), t1, 8 * MINUTE);

    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1", SkipFinalSnapshot: true }));
    backend.clock.runAll();
    await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    expect((await waitUntilDBClusterDeleted({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" })).state).toBe("SUCCESS");
    const polls = backend.calls(DescribeDBClustersCommand);
    expect(polls.length).toBeGreaterThan(2);
    // Every poll is a record at its own simulated time.
    expect(polls.map((c) => c.time.getTime())).toEqual([...polls.map((c) => c.time.getTime())].sort((a, b) => a - b));
  });

  test("DSQL: waitUntilClusterActive and waitUntilClusterNotExists", async ({ dsql, backend }) => {
    const t0 = backend.clock.now();
    const { identifier } = await dsql.send(new CreateDsqlClusterCommand({ deletionProtectionEnabled: false }));
    expect((await waitUntilDsqlClusterActive({ client: dsql, maxWaitTime: 600 }, { identifier })).state).toBe("SUCCESS");
    expectSettledOnSchedule(backend, pollTimes(backend.calls(GetDsqlClusterCommand)), t0, MINUTE);

    await dsql.send(new DeleteDsqlClusterCommand({ identifier }));
    expect((await waitUntilDsqlClusterNotExists({ client: dsql, maxWaitTime: 600 }, { identifier })).state).toBe("SUCCESS");
  });

  test("DocDB Elastic: the library's own waiters", async ({ docdb, backend }) => {
    const t0 = backend.clock.now();
    const { cluster } = await docdb.send(new CreateElasticClusterCommand(ELASTIC));
    expect((await waitUntilElasticClusterActive({ client: docdb, maxWaitTime: 3600 }, { clusterArn: cluster!.clusterArn })).state).toBe("SUCCESS");
    expectSettledOnSchedule(backend, pollTimes(backend.calls(GetElasticClusterCommand)), t0, 15 * MINUTE);
    await docdb.send(new DeleteElasticClusterCommand({ clusterArn: cluster!.clusterArn }));
    expect((await waitUntilElasticClusterDeleted({ client: docdb, maxWaitTime: 3600 }, { clusterArn: cluster!.clusterArn })).state).toBe("SUCCESS");
  });

  test("a waiter that cannot succeed times out within maxWaitTime of simulated time, as the SDK's poller decides", async ({ rds, backend }) => {
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA }));
    backend.clock.runAll();
    await rds.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    backend.clock.runAll();
    const t0 = backend.clock.now();
    const err = await caught(waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 900 }, { DBClusterIdentifier: "c1" }));
    expect(err.name).toBe("TimeoutError");
    // The poller gives up when its next (jittered, growing) delay would pass the deadline: at most
    // 15 simulated minutes, after several polls of a cluster that stays stopped.
    expect(backend.clock.now() - t0).toBeLessThanOrEqual(15 * MINUTE);
    const polls = backend.calls(DescribeDBClustersCommand).filter((c) => c.time.getTime() >= t0);
    expect(polls.length).toBeGreaterThan(3);
    expect(polls.every((c) => c.output?.DBClusters?.[0]?.Status === "stopped")).toBe(true);
  });

  test("a waiter whose resource is going away ends in FAILURE, as the SDK's acceptors say", async ({ rds, backend }) => {
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA }));
    backend.clock.runAll();
    await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    const err = await caught(waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" }));
    expect(JSON.parse(err.message).state).toBe("FAILURE");
  });

  test("two waiters at once share one timeline, each waking at its own time", async ({ dsql, rds, backend }) => {
    const t0 = backend.clock.now();
    const { identifier } = await dsql.send(new CreateDsqlClusterCommand({ deletionProtectionEnabled: false }));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA }));
    const [a, b] = await Promise.all([
      waitUntilDsqlClusterActive({ client: dsql, maxWaitTime: 600 }, { identifier }),
      waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" }),
    ]);
    expect([a.state, b.state]).toEqual(["SUCCESS", "SUCCESS"]);
    // Each waiter stopped at its first poll after its cluster was ready, on one shared timeline.
    const dsqlPolls = pollTimes(backend.calls(GetDsqlClusterCommand));
    const rdsPolls = pollTimes(backend.calls(DescribeDBClustersCommand));
    expect(dsqlPolls.at(-1)! - t0).toBeGreaterThanOrEqual(MINUTE);
    expect(dsqlPolls.at(-2)! - t0).toBeLessThan(MINUTE);
    expect(rdsPolls.at(-1)! - t0).toBeGreaterThanOrEqual(2 * MINUTE);
    expect(rdsPolls.at(-2)! - t0).toBeLessThan(2 * MINUTE);
    expect(backend.clock.now()).toBe(Math.max(dsqlPolls.at(-1)!, rdsPolls.at(-1)!));
  });

  test("other code's timers and Date.now() stay real while a waiter sleeps", async ({ dsql }) => {
    const { identifier } = await dsql.send(new CreateDsqlClusterCommand({ deletionProtectionEnabled: false }));
    const before = Date.now();
    let fired = false;
    const own = setTimeout(() => (fired = true), 60_000);
    await waitUntilDsqlClusterActive({ client: dsql, maxWaitTime: 600 }, { identifier });
    expect(fired).toBe(false);
    clearTimeout(own);
    expect(Date.now() - before).toBeLessThan(60_000);
  });
});

describe("where waiters are not followed", () => {
  test("a timed backend made by hand warns once, saying what to do", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { RDSClient } = await import("@aws-sdk/client-rds");
    const backend = createMockBackend({ lifecycle: "timed" });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA }));
    const controller = new AbortController();
    const waiting = waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600, abortController: controller }, { DBClusterIdentifier: "c1" });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    controller.abort();
    await caught(waiting);
    expect(String(warn.mock.calls[0][0])).toMatch(/followWaiters\(\)/);
    warn.mockRestore();
  });

  test("backend.followWaiters() does it by hand, and its undo puts the globals back", async () => {
    const { RDSClient } = await import("@aws-sdk/client-rds");
    const backend = createMockBackend({ lifecycle: "timed" });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    const realSetTimeout = globalThis.setTimeout;
    const stop = await backend.followWaiters();
    try {
      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA }));
      expect((await waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" })).state).toBe("SUCCESS");
    } finally {
      stop();
    }
    expect(globalThis.setTimeout).toBe(realSetTimeout);
  });
});

// Last: these leave the (pass-through) wrappers installed, as fake timers put them back.
describe("fake timers inside a test that follows waiters", () => {
  describe("a timed test turns fake timers on and off", () => {
    test.override({ backendOptions: { lifecycle: "timed" } });
    test("while the backend follows waiters", async ({ backend }) => {
      vi.useFakeTimers();
      vi.useRealTimers();
      expect(backend.lifecycle).toBe("timed");
    });
  });

  test("fake timers that outlive the following and then put our wrappers back leave working timers", async () => {
    const backend = createMockBackend({ lifecycle: "timed" });
    const stop = await backend.followWaiters();
    vi.useFakeTimers(); // saves the wrappers as the "real" timers
    stop(); // cannot put the originals back: fake timers are in place
    vi.useRealTimers(); // puts the wrappers back, with nobody following
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Date.now() - before).toBeGreaterThanOrEqual(4);
  });

  test("afterwards, timers and Date.now() are the real ones again", async () => {
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Date.now() - before).toBeGreaterThanOrEqual(4);
    expect(Date.now() - before).toBeLessThan(60_000);
  });
});
