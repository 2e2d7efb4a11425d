import {
  BacktrackDBClusterCommand,
  DBClusterBacktrackNotFoundFault,
  DBClusterNotFoundFault,
  DeleteDBClusterCommand,
  DescribeDBClusterBacktracksCommand,
  DescribeDBClustersCommand,
  InvalidDBClusterStateFault,
  ModifyDBClusterCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import type { MockBackend } from "../../src/index.js";
import { AURORA_PG, FIXED_START, createCluster, expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An available Aurora MySQL cluster with a 24-hour backtrack window, created at FIXED_START, then `age` ms later. */
async function backtrackCluster(backend: MockBackend, client: RDSClient, id = "bt", age = 2 * HOUR) {
  await createCluster(client, id, { BacktrackWindow: 86_400 });
  backend.clock.advance(age);
}

const clusterStatus = async (client: RDSClient, id: string) =>
  (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0].Status;

describe("BacktrackDBCluster", () => {
  it("backtracks: the backtrack is applying and the cluster backtracking, then completed and available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await backtrackCluster(backend, client);
    const to = new Date(FIXED_START.getTime() + HOUR);
    const out = await client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "BT", BacktrackTo: to, Force: true }));
    expect(out.DBClusterIdentifier).toBe("bt");
    expect(out.BacktrackIdentifier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(out.Status).toBe("applying");
    expect(out.BacktrackTo).toEqual(to);
    expect(out.BacktrackedFrom).toEqual(new Date(FIXED_START.getTime() + 2 * HOUR));
    expect(out.BacktrackRequestCreationTime).toEqual(out.BacktrackedFrom);
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await clusterStatus(client, "bt")).toBe("backtracking");
    await expectFault(backend, () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: to })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /bt is in status backtracking/,
      Class: InvalidDBClusterStateFault,
    });
    backend.clock.advance(2 * MINUTE);
    expect(await clusterStatus(client, "bt")).toBe("available");
    const list = await client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt" }));
    const { $metadata: _meta, ...backtrack } = out;
    expect(list.DBClusterBacktracks).toEqual([{ ...backtrack, Status: "completed" }]);
  });

  it("rejects a time in the future or before the window, unless UseEarliestTimeOnPointInTimeUnavailable", async () => {
    const { backend, client } = setup();
    // Created at FIXED_START with a 24 h window; 30 h later the window starts 24 h ago.
    await backtrackCluster(backend, client, "bt", 30 * HOUR);
    const now = FIXED_START.getTime() + 30 * HOUR;
    await expectFault(backend, () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: new Date(now + MINUTE) })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /BacktrackTo .* is in the future/,
    });
    await expectFault(backend, () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: new Date(now - 25 * HOUR) })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /BacktrackTo .* is earlier than the earliest backtrack time 2025-06-01T18:00:00.000Z/,
    });
    const out = await client.send(
      new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: new Date(now - 25 * HOUR), UseEarliestTimeOnPointInTimeUnavailable: true }),
    );
    expect(out.BacktrackTo).toEqual(new Date(now - 24 * HOUR));
  });

  it("cannot go before EarliestBacktrackTime (when backtracking was enabled)", async () => {
    const { backend, client } = setup();
    await backtrackCluster(backend, client, "bt", 10 * MINUTE);
    await expectFault(backend, () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: new Date(FIXED_START.getTime() - MINUTE) })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "earliest backtrack time 2025-06-01T12:00:00.000Z",
    });
  });

  it("needs an existing Aurora MySQL cluster with backtracking enabled", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "ghost", BacktrackTo: FIXED_START })), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "ghost",
      Class: DBClusterNotFoundFault,
    });
    await createCluster(client, "nobt");
    await createCluster(client, "pg", AURORA_PG);
    backend.clock.advance(HOUR);
    await expectFault(backend, () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "nobt", BacktrackTo: FIXED_START })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /Backtrack is not enabled for DB cluster nobt/,
      Class: InvalidDBClusterStateFault,
    });
    for (const send of [
      () => client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "pg", BacktrackTo: FIXED_START })),
      () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "pg" })),
    ]) {
      await expectFault(backend, send, { name: "InvalidParameterCombination", status: 400, message: /aurora-postgresql .* does not support Backtrack/ });
    }
  });

  it("follows a window turned on later with ModifyDBCluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "late");
    backend.clock.advance(HOUR);
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "late", BacktrackWindow: 3600, ApplyImmediately: true }));
    backend.clock.advance(30 * MINUTE);
    const out = await client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "late", BacktrackTo: new Date(FIXED_START.getTime() + 80 * MINUTE) }));
    expect(out.Status).toBe("applying");
  });
});

describe("DescribeDBClusterBacktracks", () => {
  async function withBacktracks(count: number) {
    const { backend, client } = setup();
    await backtrackCluster(backend, client);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const out = await client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: new Date(FIXED_START.getTime() + HOUR) }));
      ids.push(out.BacktrackIdentifier!);
      backend.clock.advance(MINUTE);
    }
    return { backend, client, ids };
  }

  it("pages in request order with MaxRecords and Marker", async () => {
    const { client, ids } = await withBacktracks(25);
    const first = await client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", MaxRecords: 20 }));
    expect(first.DBClusterBacktracks!.map((b) => b.BacktrackIdentifier)).toEqual(ids.slice(0, 20));
    expect(first.Marker).toBeDefined();
    const second = await client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBClusterBacktracks!.map((b) => b.BacktrackIdentifier)).toEqual(ids.slice(20));
    expect(second.Marker).toBeUndefined();
  });

  it("finds one by BacktrackIdentifier and filters by id and status", async () => {
    const { backend, client, ids } = await withBacktracks(2);
    const one = await client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", BacktrackIdentifier: ids[1] }));
    expect(one.DBClusterBacktracks!.map((b) => [b.BacktrackIdentifier, b.Status])).toEqual([[ids[1], "completed"]]);
    const byId = await client.send(
      new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", Filters: [{ Name: "db-cluster-backtrack-id", Values: [ids[0]] }] }),
    );
    expect(byId.DBClusterBacktracks!.map((b) => b.BacktrackIdentifier)).toEqual([ids[0]]);
    const applying = await client.send(
      new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", Filters: [{ Name: "db-cluster-backtrack-status", Values: ["applying"] }] }),
    );
    expect(applying.DBClusterBacktracks).toEqual([]);
    await expectFault(backend, () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", Filters: [{ Name: "engine", Values: ["x"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "Unrecognized filter name: engine",
    });
  });

  it("answers DBClusterBacktrackNotFoundFault, DBClusterNotFoundFault and InvalidParameterValue", async () => {
    const { backend, client, ids } = await withBacktracks(1);
    await createCluster(client, "other", { BacktrackWindow: 3600 });
    await expectFault(
      backend,
      () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", BacktrackIdentifier: "123e4567-e89b-12d3-a456-426655440000" })),
      { name: "DBClusterBacktrackNotFoundFault", status: 404, message: "BacktrackIdentifier", Class: DBClusterBacktrackNotFoundFault },
    );
    // A backtrack of another cluster is not found on this one.
    await expectFault(backend, () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "other", BacktrackIdentifier: ids[0] })), {
      name: "DBClusterBacktrackNotFoundFault",
      status: 404,
      message: ids[0],
      Class: DBClusterBacktrackNotFoundFault,
    });
    await expectFault(backend, () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", BacktrackIdentifier: "not-a-uuid" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "BacktrackIdentifier must be a valid UUID",
    });
    await expectFault(backend, () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "ghost" })), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "ghost",
      Class: DBClusterNotFoundFault,
    });
    for (const MaxRecords of [19, 101]) {
      await expectFault(backend, () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", MaxRecords })), {
        name: "InvalidParameterValue",
        status: 400,
        message: "MaxRecords must be from 20 to 100",
      });
    }
    await expectFault(backend, () => client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt", Marker: "bogus" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "Marker",
    });
    const none = await client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "other" }));
    expect(none.DBClusterBacktracks).toEqual([]);
  });
});

describe("a deleted cluster's backtracks", () => {
  it("go with it: a new cluster of the same name starts with none, and no record stays in the state", async () => {
    const { backend, client } = setup();
    await backtrackCluster(backend, client);
    await client.send(new BacktrackDBClusterCommand({ DBClusterIdentifier: "bt", BacktrackTo: new Date(FIXED_START.getTime() + HOUR) }));
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "bt", SkipFinalSnapshot: true }));
    await createCluster(client, "bt", { BacktrackWindow: 86_400 });
    const list = await client.send(new DescribeDBClusterBacktracksCommand({ DBClusterIdentifier: "bt" }));
    expect(list.DBClusterBacktracks).toEqual([]);
    expect(JSON.stringify(backend.dump())).not.toContain("BacktrackIdentifier");
  });
});
