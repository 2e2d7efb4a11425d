/**
 * Issue 14: Aurora PostgreSQL Limitless Database DB shard groups through a real RDSClient: create on a
 * Limitless cluster, capacity rules, the status lifecycle on the clock, renames and re-creates.
 */
import {
  CreateDBShardGroupCommand,
  DBClusterNotFoundFault,
  DBShardGroupAlreadyExistsFault,
  DBShardGroupNotFoundFault,
  DeleteDBClusterCommand,
  DeleteDBShardGroupCommand,
  DescribeDBShardGroupsCommand,
  InvalidDBClusterStateFault,
  InvalidDBShardGroupStateFault,
  ListTagsForResourceCommand,
  ModifyDBClusterCommand,
  ModifyDBShardGroupCommand,
  RebootDBShardGroupCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, expectFault, setup } from "./clusters-fixtures.js";

const LIMITLESS = { ...AURORA_PG, ClusterScalabilityType: "limitless" as const };

const create = (client: RDSClient, id: string, cluster = "lim", extra: Record<string, unknown> = {}) =>
  client.send(new CreateDBShardGroupCommand({ DBShardGroupIdentifier: id, DBClusterIdentifier: cluster, MaxACU: 768, ...extra }));
const describeGroup = async (client: RDSClient, id: string) => (await client.send(new DescribeDBShardGroupsCommand({ DBShardGroupIdentifier: id }))).DBShardGroups![0];

/** A backend in the timed lifecycle with an available Limitless cluster `lim`. */
async function limitless() {
  const s = setup({ lifecycle: "timed" });
  await createCluster(s.client, "lim", LIMITLESS);
  s.backend.clock.advance(30 * 60_000);
  return s;
}

describe("CreateDBShardGroup", () => {
  it("creates a shard group on a Limitless cluster: creating for 10 minutes, then available", async () => {
    const { backend, client } = await limitless();
    const out = await create(client, "Shards-1", "LIM", { MinACU: 32, ComputeRedundancy: 1, PubliclyAccessible: true, Tags: [{ Key: "team", Value: "db" }] });
    expect(out).toMatchObject({
      DBShardGroupIdentifier: "shards-1", DBClusterIdentifier: "lim", MaxACU: 768, MinACU: 32, ComputeRedundancy: 1, PubliclyAccessible: true, Status: "creating",
      TagList: [{ Key: "team", Value: "db" }],
    });
    expect(out.DBShardGroupResourceId).toMatch(/^shardgroup-[0-9a-f]{32}$/);
    expect(out.DBShardGroupArn).toBe(`arn:aws:rds:us-east-1:123456789012:shard-group:${out.DBShardGroupResourceId}`);
    expect(out.Endpoint).toMatch(/^shards-1\.limitless-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    backend.clock.advance(10 * 60_000 - 1);
    expect((await describeGroup(client, "shards-1")).Status).toBe("creating");
    backend.clock.advance(1);
    expect((await describeGroup(client, "SHARDS-1")).Status).toBe("available");
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: out.DBShardGroupArn }));
    expect(tags.TagList).toEqual([{ Key: "team", Value: "db" }]);
  });

  it("defaults MinACU to 16 and ComputeRedundancy to 0; checks the capacity and redundancy ranges", async () => {
    const { backend, client } = await limitless();
    for (const [extra, message] of [
      [{ MaxACU: 15 }, "MaxACU"], [{ MaxACU: 6145 }, "MaxACU"], [{ MinACU: 8 }, "MinACU"], [{ MaxACU: 100, MinACU: 200 }, "MinACU 200 must be less than or equal to MaxACU 100"],
      [{ MaxACU: 100.25 }, "steps of 0.5"], [{ ComputeRedundancy: 3 }, "ComputeRedundancy"],
    ] as const) {
      await expectFault(backend, () => create(client, "g", "lim", extra), { name: "InvalidParameterValue", status: 400, message });
    }
    await expectFault(backend, () => create(client, "bad--name"), { name: "InvalidParameterValue", status: 400, message: "DBShardGroupIdentifier" });
    const out = await create(client, "g");
    expect(out).toMatchObject({ MinACU: 16, MaxACU: 768, ComputeRedundancy: 0, PubliclyAccessible: false });
  });

  it("needs an existing, available Limitless cluster with no shard group yet; names are unique in the Region", async () => {
    const { backend, client } = await limitless();
    await expectFault(backend, () => create(client, "g", "ghost"), { name: "DBClusterNotFoundFault", status: 404, message: "ghost", Class: DBClusterNotFoundFault });
    await createCluster(client, "std", AURORA_PG);
    backend.clock.advance(30 * 60_000);
    await expectFault(backend, () => create(client, "g", "std"), { name: "InvalidDBClusterStateFault", status: 400, message: /std is not an Aurora PostgreSQL Limitless/, Class: InvalidDBClusterStateFault });
    await createCluster(client, "lim2", LIMITLESS);
    await expectFault(backend, () => create(client, "g", "lim2"), { name: "InvalidDBClusterStateFault", status: 400, message: /lim2 is in status creating/ });
    await create(client, "g");
    await expectFault(backend, () => create(client, "g2"), { name: "InvalidDBClusterStateFault", status: 400, message: /lim already has DB shard group g/ });
    backend.clock.advance(30 * 60_000);
    await expectFault(backend, () => create(client, "G", "lim2"), { name: "DBShardGroupAlreadyExistsFault", status: 400, message: "g", Class: DBShardGroupAlreadyExistsFault });
  });

  it("two concurrent creates of one name: one wins, the other is DBShardGroupAlreadyExists", async () => {
    const { backend, client } = await limitless();
    await createCluster(client, "lim2", LIMITLESS);
    backend.clock.advance(30 * 60_000);
    const results = await Promise.allSettled([create(client, "same", "lim"), create(client, "same", "lim2")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.name).toBe("DBShardGroupAlreadyExistsFault");
  });
});

describe("the DB shard group quota", () => {
  it("allows five DB shard groups per account and Region (MaxDBShardGroupLimitReached)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    for (let n = 1; n <= 6; n++) await createCluster(client, `lim${n}`, LIMITLESS);
    backend.clock.advance(30 * 60_000);
    for (let n = 1; n <= 5; n++) await create(client, `g${n}`, `lim${n}`);
    await expectFault(backend, () => create(client, "g6", "lim6"), { name: "MaxDBShardGroupLimitReached", status: 400, message: "5 DB shard groups" });
  });
});

describe("ModifyDBShardGroup, RebootDBShardGroup, DeleteDBShardGroup", () => {
  it("modifies capacity (modifying, then available) and reboots (rebooting, then available)", async () => {
    const { backend, client } = await limitless();
    await create(client, "g");
    backend.clock.advance(10 * 60_000);
    const out = await client.send(new ModifyDBShardGroupCommand({ DBShardGroupIdentifier: "g", MaxACU: 1024, ComputeRedundancy: 2 }));
    expect(out).toMatchObject({ MaxACU: 1024, MinACU: 16, ComputeRedundancy: 2, Status: "modifying" });
    await expectFault(backend, () => client.send(new ModifyDBShardGroupCommand({ DBShardGroupIdentifier: "g", MaxACU: 512 })), {
      name: "InvalidDBClusterStateFault", status: 400, message: /g is in status modifying/,
    });
    await expectFault(backend, () => client.send(new RebootDBShardGroupCommand({ DBShardGroupIdentifier: "g" })), {
      name: "InvalidDBShardGroupStateFault", status: 400, message: /modifying/, Class: InvalidDBShardGroupStateFault,
    });
    backend.clock.advance(5 * 60_000);
    await expectFault(backend, () => client.send(new ModifyDBShardGroupCommand({ DBShardGroupIdentifier: "g", MinACU: 2000 })), {
      name: "InvalidParameterValue", status: 400, message: "MinACU 2000 must be less than or equal to MaxACU 1024",
    });
    expect((await client.send(new RebootDBShardGroupCommand({ DBShardGroupIdentifier: "g" }))).Status).toBe("rebooting");
    backend.clock.advance(2 * 60_000);
    expect((await describeGroup(client, "g")).Status).toBe("available");
    await expectFault(backend, () => client.send(new ModifyDBShardGroupCommand({ DBShardGroupIdentifier: "nope", MaxACU: 64 })), {
      name: "DBShardGroupNotFoundFault", status: 404, message: "nope", Class: DBShardGroupNotFoundFault,
    });
  });

  it("a cluster with a shard group cannot be deleted; delete the group, then re-create one under the same name", async () => {
    const { backend, client } = await limitless();
    const first = await create(client, "g");
    backend.clock.advance(10 * 60_000);
    await expectFault(backend, () => client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "lim", SkipFinalSnapshot: true })), {
      name: "InvalidDBClusterStateFault", status: 400, message: /delete the DB shard group first/,
    });
    expect((await client.send(new DeleteDBShardGroupCommand({ DBShardGroupIdentifier: "g" }))).Status).toBe("deleting");
    await expectFault(backend, () => client.send(new DeleteDBShardGroupCommand({ DBShardGroupIdentifier: "g" })), {
      name: "InvalidDBShardGroupStateFault", status: 400, message: /deleting/,
    });
    backend.clock.advance(5 * 60_000);
    await expectFault(backend, () => describeGroup(client, "g"), { name: "DBShardGroupNotFoundFault", status: 404, message: "g" });
    const second = await create(client, "g");
    expect(second.DBShardGroupResourceId).not.toBe(first.DBShardGroupResourceId);
    expect(second.Status).toBe("creating");
  });

  it("follows a rename of its cluster", async () => {
    const { backend, client } = await limitless();
    await create(client, "g");
    backend.clock.advance(10 * 60_000);
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "lim", NewDBClusterIdentifier: "renamed", ApplyImmediately: true }));
    backend.clock.advance(30 * 60_000);
    expect((await describeGroup(client, "g")).DBClusterIdentifier).toBe("renamed");
    const byCluster = await client.send(new DescribeDBShardGroupsCommand({ Filters: [{ Name: "db-cluster-id", Values: ["renamed"] }] }));
    expect(byCluster.DBShardGroups!.map((g) => g.DBShardGroupIdentifier)).toEqual(["g"]);
  });
});

describe("DescribeDBShardGroups", () => {
  it("lists in identifier order, filters and pages; an unknown name is DBShardGroupNotFoundFault", async () => {
    const { backend, client } = await limitless();
    await createCluster(client, "lim2", LIMITLESS);
    backend.clock.advance(30 * 60_000);
    await create(client, "b-group", "lim");
    await create(client, "a-group", "lim2");
    const all = await client.send(new DescribeDBShardGroupsCommand({}));
    expect(all.DBShardGroups!.map((g) => g.DBShardGroupIdentifier)).toEqual(["a-group", "b-group"]);
    const filtered = await client.send(new DescribeDBShardGroupsCommand({ Filters: [{ Name: "db-shard-group-id", Values: ["b-group"] }] }));
    expect(filtered.DBShardGroups!.map((g) => g.DBShardGroupIdentifier)).toEqual(["b-group"]);
    await expectFault(backend, () => client.send(new DescribeDBShardGroupsCommand({ DBShardGroupIdentifier: "zzz" })), { name: "DBShardGroupNotFoundFault", status: 404, message: "zzz" });
    await expectFault(backend, () => client.send(new DescribeDBShardGroupsCommand({ Filters: [{ Name: "engine", Values: ["x"] }] })), { name: "InvalidParameterValue", status: 400, message: "engine" });
    await expectFault(backend, () => client.send(new DescribeDBShardGroupsCommand({ MaxRecords: 10 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});
