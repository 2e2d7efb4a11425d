import { CreateClusterCommand, DSQLClient, GetClusterCommand } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, type BackendState } from "../../src/index.js";

const START = new Date("2030-01-01T00:00:00Z");

async function seededState(): Promise<{ state: BackendState; dsqlId: string }> {
  const backend = createMockBackend({ seed: "fixture", startTime: START });
  const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
  const rds = backend.attach(new RDSClient({ region: "eu-west-1" }));
  const { identifier } = await dsql.send(new CreateClusterCommand({ tags: { app: "orders" } }));
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: "orders",
      Engine: "aurora-postgresql",
      MasterUsername: "admin1",
      MasterUserPassword: "correct-horse-battery",
      Tags: [{ Key: "backup", Value: "nightly" }],
    }),
  );
  backend.clock.advance(60_000);
  // A JSON file in between, as a suite keeps it.
  return { state: JSON.parse(JSON.stringify(backend.dump())), dsqlId: identifier! };
}

describe("backend.load(state from dump())", () => {
  it("has the documented format: version, clock, ids and worlds by service and account/Region", async () => {
    const { state } = await seededState();
    expect(Object.keys(state).sort()).toEqual(["clock", "ids", "version", "worlds"]);
    expect(state.version).toBe(1);
    expect(state.clock).toMatchObject({ mode: "virtual", time: START.getTime() + 60_000 });
    expect(Array.isArray(state.clock.tasks)).toBe(true);
    expect(state.ids.resources).toHaveLength(4);
    expect(Object.keys(state.worlds).sort()).toEqual(["dsql", "rds"]);
    expect(Object.keys(state.worlds.dsql)).toEqual(["123456789012/us-east-1"]);
    expect(Object.keys(state.worlds.rds)).toEqual(["123456789012/eu-west-1"]);
  });

  it("a new backend starts from it: resources, their times and the clock", async () => {
    const { state, dsqlId } = await seededState();
    const backend = createMockBackend({ seed: 99 });
    backend.load(state);
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const rds = backend.attach(new RDSClient({ region: "eu-west-1" }));

    const cluster = await dsql.send(new GetClusterCommand({ identifier: dsqlId }));
    expect(cluster.status).toBe("ACTIVE");
    expect(cluster.tags).toEqual({ app: "orders" });
    expect(cluster.creationTime).toEqual(START);

    const [db] = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "orders" }))).DBClusters!;
    expect(db.Status).toBe("available");
    expect(db.ClusterCreateTime).toBeInstanceOf(Date);
    expect(db.TagList).toEqual([{ Key: "backup", Value: "nightly" }]);
    expect(backend.clock.now()).toBe(START.getTime() + 60_000);
  });

  it("ids continue where the dump left them, whatever the loading backend's seed", async () => {
    const { state } = await seededState();
    const a = createMockBackend({ seed: 1 });
    const b = createMockBackend({ seed: 2 });
    a.load(state);
    b.load(state);
    const idA = (await a.attach(new DSQLClient({ region: "us-east-1" })).send(new CreateClusterCommand({}))).identifier;
    const idB = (await b.attach(new DSQLClient({ region: "us-east-1" })).send(new CreateClusterCommand({}))).identifier;
    expect(idA).toBe(idB);
  });

  it("replaces what the backend held, and the loaded state is a copy", async () => {
    const { state, dsqlId } = await seededState();
    const backend = createMockBackend({ seed: 1 });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const before = (await dsql.send(new CreateClusterCommand({}))).identifier!;
    backend.load(state);
    expect((await dsql.send(new GetClusterCommand({ identifier: before })).catch((e) => e)).name).toBe("ResourceNotFoundException");
    (state.worlds.dsql as any) = {};
    expect((await dsql.send(new GetClusterCommand({ identifier: dsqlId }))).identifier).toBe(dsqlId);
  });

  it("refuses what dump() did not produce", () => {
    const backend = createMockBackend();
    expect(() => backend.load({} as BackendState)).toThrow(/produced by backend.dump\(\)/);
    expect(() => backend.load({ version: 2, worlds: {} } as any)).toThrow(TypeError);
  });
});
