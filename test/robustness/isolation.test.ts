/**
 * Isolation: two backends, two accounts of one backend and two Regions never share state, for each
 * of the three services; dump/load copies and reset of one backend leave the others alone.
 */
import { CreateClusterCommand as CreateDsqlCluster, DSQLClient, ListClustersCommand as ListDsqlClusters } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { CreateClusterCommand as CreateDocdbCluster, DocDBElasticClient, ListClustersCommand as ListDocdbClusters } from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { createMockBackend, defaultBackend, mockMiddleware, type MockBackend } from "../../src/index.js";
import { networkAttempts } from "../helpers.js";

/** How to create one resource and list them, per service: the tests below are the same for all three. */
interface Probe {
  name: string;
  attach(backend: MockBackend, region: string, accountId?: string): { create(n: number): Promise<string>; list(): Promise<string[]> };
}

const probes: Probe[] = [
  {
    name: "dsql",
    attach(backend, region, accountId) {
      const client = backend.attach(new DSQLClient({ region }), { accountId });
      return {
        create: async () => (await client.send(new CreateDsqlCluster({ deletionProtectionEnabled: false }))).arn!,
        list: async () => ((await client.send(new ListDsqlClusters({}))).clusters ?? []).map((c) => c.arn!),
      };
    },
  },
  {
    name: "rds",
    attach(backend, region, accountId) {
      const client = backend.attach(new RDSClient({ region }), { accountId });
      return {
        create: async (n) =>
          (
            await client.send(
              new CreateDBClusterCommand({ DBClusterIdentifier: `iso-${n}`, Engine: "aurora-mysql", MasterUsername: "dbadmin", MasterUserPassword: "password-123" }),
            )
          ).DBCluster!.DBClusterArn!,
        list: async () => ((await client.send(new DescribeDBClustersCommand({}))).DBClusters ?? []).map((c) => c.DBClusterArn!),
      };
    },
  },
  {
    name: "docdb-elastic",
    attach(backend, region, accountId) {
      const client = backend.attach(new DocDBElasticClient({ region }), { accountId });
      return {
        create: async (n) =>
          (
            await client.send(
              new CreateDocdbCluster({ clusterName: `iso-${n}`, authType: "PLAIN_TEXT", adminUserName: "dbadmin", adminUserPassword: "password-123", shardCapacity: 2, shardCount: 1 }),
            )
          ).cluster!.clusterArn!,
        list: async () => ((await client.send(new ListDocdbClusters({}))).clusters ?? []).map((c) => c.clusterArn!),
      };
    },
  },
];

describe.each(probes)("$name", (probe) => {
  it("two backends never share state, even with the same seed", async () => {
    const a = createMockBackend({ seed: 1 });
    const b = createMockBackend({ seed: 1 });
    const inA = probe.attach(a, "us-east-1");
    const inB = probe.attach(b, "us-east-1");
    const arn = await inA.create(1);
    expect(await inA.list()).toEqual([arn]);
    expect(await inB.list()).toEqual([]);
    // Same seed, same identifiers, separate worlds.
    expect(await inB.create(1)).toBe(arn);
    await inB.create(2);
    expect(await inA.list()).toEqual([arn]);
    expect(await inB.list()).toHaveLength(2);
    expect(networkAttempts()).toEqual([]);
  });

  it("two accounts of one backend never share state", async () => {
    const backend = createMockBackend({ seed: 1 });
    const first = probe.attach(backend, "us-east-1", "111111111111");
    const second = probe.attach(backend, "us-east-1", "222222222222");
    const arn = await first.create(1);
    expect(arn).toContain(":111111111111:");
    expect(await second.list()).toEqual([]);
    const other = await second.create(1);
    expect(other).toContain(":222222222222:");
    expect(await first.list()).toEqual([arn]);
    expect(await second.list()).toEqual([other]);
  });

  it("two Regions never share state", async () => {
    const backend = createMockBackend({ seed: 1 });
    const east = probe.attach(backend, "us-east-1");
    const west = probe.attach(backend, "eu-west-1");
    const arn = await east.create(1);
    expect(arn).toContain(":us-east-1:");
    expect(await west.list()).toEqual([]);
    const other = await west.create(1);
    expect(other).toContain(":eu-west-1:");
    expect(await east.list()).toEqual([arn]);
  });

  it("concurrent traffic on two backends ends with each holding only its own resources", async () => {
    const a = createMockBackend({ seed: 2 });
    const b = createMockBackend({ seed: 3 });
    const inA = probe.attach(a, "us-east-1");
    const inB = probe.attach(b, "us-east-1");
    const made = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? inA : inB).create(i)));
    expect((await inA.list()).sort()).toEqual(made.filter((_, i) => i % 2 === 0).sort());
    expect((await inB.list()).sort()).toEqual(made.filter((_, i) => i % 2 === 1).sort());
  });

  it("load() copies a dump: changing one backend afterwards leaves the other as it was", async () => {
    const a = createMockBackend({ seed: 1 });
    const b = createMockBackend({ seed: 1 });
    const inA = probe.attach(a, "us-east-1");
    const inB = probe.attach(b, "us-east-1");
    await inA.create(1);
    await inA.list(); // settles the create (instant lifecycle), so reads below change nothing
    const state = a.dump();
    b.load(state);
    await inB.create(2);
    expect(await inA.list()).toHaveLength(1);
    expect(a.dump()).toEqual(state);
    b.reset();
    expect(await inB.list()).toEqual([]);
    expect(await inA.list()).toHaveLength(1);
  });
});

it("the default backend (the literal mockMiddleware) is separate from created backends", async () => {
  const created = createMockBackend({ seed: 1 });
  const attached = created.attach(new DSQLClient({ region: "us-east-1" }));
  const literal = new DSQLClient({ region: "us-east-1" });
  literal.middlewareStack.add(mockMiddleware);
  defaultBackend().reset();
  await attached.send(new CreateDsqlCluster({ deletionProtectionEnabled: false }));
  expect((await literal.send(new ListDsqlClusters({}))).clusters).toEqual([]);
  await literal.send(new CreateDsqlCluster({ deletionProtectionEnabled: false }));
  expect((await attached.send(new ListDsqlClusters({}))).clusters).toHaveLength(1);
  defaultBackend().reset();
});
