/**
 * State integrity across calls (issue 11, section 1): identifiers stay unique when a pending rename
 * applies and when a Multi-AZ DB cluster names its instances; the latest rename request wins; pending
 * transitions follow the resource, not its name; a deleting instance is never made the writer; the
 * latest restorable time never goes back.
 */
import {
  DBClusterAlreadyExistsFault,
  DBInstanceAlreadyExistsFault,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  FailoverDBClusterCommand,
  ListTagsForResourceCommand,
  ModifyDBClusterCommand,
  ModifyDBInstanceCommand,
  StartActivityStreamCommand,
  StopActivityStreamCommand,
  StopDBClusterCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const KEY = "arn:aws:kms:us-east-1:123456789012:key/das-key";

async function cluster(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

async function instance(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}

async function clusterIds(client: RDSClient) {
  return (await client.send(new DescribeDBClustersCommand({}))).DBClusters!.map((c) => c.DBClusterIdentifier);
}

function writer(c: { DBClusterMembers?: { DBInstanceIdentifier?: string; IsClusterWriter?: boolean }[] }) {
  return c.DBClusterMembers!.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier;
}

describe("a pending rename is checked again when it applies", () => {
  it("fails the ApplyImmediately call with DBClusterAlreadyExistsFault when another cluster took the name meanwhile, changing nothing", async () => {
    const { backend, client } = setup();
    await createCluster(client, "beta");
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "alpha" }));
    expect((await cluster(client, "beta")).PendingModifiedValues).toEqual({ DBClusterIdentifier: "alpha" });
    const alpha = await createCluster(client, "alpha", { Tags: [{ Key: "owner", Value: "alpha" }] });
    await createInstance(client, "alpha", "alpha-writer");

    await expectFault(backend, () => client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", BackupRetentionPeriod: 5, ApplyImmediately: true })), {
      name: "DBClusterAlreadyExistsFault",
      Class: DBClusterAlreadyExistsFault,
      status: 400,
      message: "alpha",
    });
    // Both clusters are as they were: alpha keeps its tags and its instance, beta its pending rename.
    expect(await clusterIds(client)).toEqual(["alpha", "beta"]);
    const after = await cluster(client, "alpha");
    expect(after.DbClusterResourceId).toBe(alpha.DbClusterResourceId);
    expect(writer(after)).toBe("alpha-writer");
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: alpha.DBClusterArn! }))).TagList).toEqual([{ Key: "owner", Value: "alpha" }]);
    expect(await cluster(client, "beta")).toMatchObject({ BackupRetentionPeriod: 1, PendingModifiedValues: { DBClusterIdentifier: "alpha" } });
  });

  it("applies once the name is free again", async () => {
    const { client } = setup();
    await createCluster(client, "beta");
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "alpha" }));
    await createCluster(client, "alpha");
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "alpha", SkipFinalSnapshot: true }));
    const out = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", ApplyImmediately: true }));
    expect(out.DBCluster).toMatchObject({ DBClusterIdentifier: "alpha", Status: "renaming" });
    expect(await clusterIds(client)).toEqual(["alpha"]);
  });

  it("checks an instance's pending rename the same way (DBInstanceAlreadyExistsFault)", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "beta");
    await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "beta", NewDBInstanceIdentifier: "alpha" }));
    expect((await instance(client, "beta")).PendingModifiedValues).toEqual({ DBInstanceIdentifier: "alpha" });
    await createInstance(client, "c1", "alpha");
    await expectFault(backend, () => client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "beta", PromotionTier: 3, ApplyImmediately: true })), {
      name: "DBInstanceAlreadyExistsFault",
      Class: DBInstanceAlreadyExistsFault,
      status: 400,
      message: "alpha",
    });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "alpha" }));
    const out = await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "beta", ApplyImmediately: true }));
    expect(out.DBInstance).toMatchObject({ DBInstanceIdentifier: "alpha", DBInstanceStatus: "renaming" });
    expect((await cluster(client, "c1")).DBClusterMembers!.map((m) => m.DBInstanceIdentifier)).toEqual(["alpha"]);
  });
});

describe("the latest rename request wins", () => {
  it("renaming a cluster back to its own identifier withdraws its pending rename", async () => {
    const { client } = setup();
    await createCluster(client, "beta");
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "alpha" }));
    const out = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "beta", ApplyImmediately: true }));
    expect(out.DBCluster!.DBClusterIdentifier).toBe("beta");
    expect(await clusterIds(client)).toEqual(["beta"]);
    expect((await cluster(client, "beta")).PendingModifiedValues).toBeUndefined();
  });

  it("withdraws it without ApplyImmediately too, and a newer name replaces an older one", async () => {
    const { client } = setup();
    await createCluster(client, "beta");
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "alpha" }));
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "beta" }));
    expect((await cluster(client, "beta")).PendingModifiedValues).toBeUndefined();
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "alpha" }));
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", NewDBClusterIdentifier: "gamma" }));
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "beta", ApplyImmediately: true }));
    expect(await clusterIds(client)).toEqual(["gamma"]);
  });

  it("renaming an instance back to its own identifier withdraws its pending rename", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "beta");
    await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "beta", NewDBInstanceIdentifier: "alpha" }));
    await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "beta", NewDBInstanceIdentifier: "beta", ApplyImmediately: true }));
    const now = await instance(client, "beta");
    expect(now.PendingModifiedValues?.DBInstanceIdentifier).toBeUndefined();
  });
});

describe("Multi-AZ DB cluster instances never take another instance's identifier", () => {
  it("skips a generated name that an existing instance holds; the existing instance is untouched", async () => {
    const { client } = setup();
    await createCluster(client, "beta");
    const taken = await createInstance(client, "beta", "alpha-instance-1", { Tags: [{ Key: "team", Value: "beta" }] });
    const out = await createCluster(client, "alpha", MULTI_AZ_MYSQL);
    expect(out.DBClusterMembers!.map((m) => m.DBInstanceIdentifier)).toEqual(["alpha-instance-2", "alpha-instance-3", "alpha-instance-4"]);
    const still = await instance(client, "alpha-instance-1");
    expect(still).toMatchObject({ Engine: "aurora-mysql", DBClusterIdentifier: "beta", DbiResourceId: taken.DbiResourceId, TagList: [{ Key: "team", Value: "beta" }] });
    expect(writer(await cluster(client, "beta"))).toBe("alpha-instance-1");
    const members = (await client.send(new DescribeDBInstancesCommand({ Filters: [{ Name: "db-cluster-id", Values: ["alpha"] }] }))).DBInstances!;
    expect(members.map((i) => [i.DBInstanceIdentifier, i.Engine])).toEqual([
      ["alpha-instance-2", "mysql"],
      ["alpha-instance-3", "mysql"],
      ["alpha-instance-4", "mysql"],
    ]);
  });
});

describe("pending transitions follow the resource, not its name (timed)", () => {
  it("an activity stream that is starting survives a rename of its cluster", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const alpha = await createCluster(client, "alpha");
    backend.clock.advance(2 * MINUTE);
    await client.send(new StartActivityStreamCommand({ ResourceArn: alpha.DBClusterArn!, Mode: "async", KmsKeyId: KEY, ApplyImmediately: true }));
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "alpha", NewDBClusterIdentifier: "omega", ApplyImmediately: true }));
    backend.clock.advance(10 * MINUTE);
    const omega = await cluster(client, "omega");
    expect(omega).toMatchObject({ Status: "available", ActivityStreamStatus: "started" });
    const stop = await client.send(new StopActivityStreamCommand({ ResourceArn: omega.DBClusterArn!, ApplyImmediately: true }));
    expect(stop.Status).toBe("stopping");
  });

  it("a deleted cluster's transitions never land on a new cluster of the same name", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const old = await createCluster(client, "alpha");
    backend.clock.advance(2 * MINUTE);
    await client.send(new StartActivityStreamCommand({ ResourceArn: old.DBClusterArn!, Mode: "async", KmsKeyId: KEY, ApplyImmediately: true }));
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "alpha", SkipFinalSnapshot: true }));
    backend.clock.advance(2 * MINUTE); // the old cluster is gone; its stream would start in 8 more minutes
    const fresh = await createCluster(client, "alpha");
    backend.clock.advance(MINUTE);
    expect(await cluster(client, "alpha")).toMatchObject({ Status: "creating", ActivityStreamStatus: "stopped" });
    backend.clock.advance(10 * MINUTE);
    const now = await cluster(client, "alpha");
    expect(now).toMatchObject({ DbClusterResourceId: fresh.DbClusterResourceId, Status: "available", ActivityStreamStatus: "stopped" });
  });

  it("a pending transition still finds its renamed cluster after load(dump()) into another backend", async () => {
    const first = setup({ lifecycle: "timed" });
    const alpha = await createCluster(first.client, "alpha");
    first.backend.clock.advance(2 * MINUTE);
    await first.client.send(new StartActivityStreamCommand({ ResourceArn: alpha.DBClusterArn!, Mode: "async", KmsKeyId: KEY, ApplyImmediately: true }));
    await first.client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "alpha", NewDBClusterIdentifier: "omega", ApplyImmediately: true }));
    const second = setup({ lifecycle: "timed" });
    second.backend.load(first.backend.dump());
    second.backend.clock.advance(10 * MINUTE);
    expect(await cluster(second.client, "omega")).toMatchObject({ Status: "available", ActivityStreamStatus: "started" });
  });

  it("an instance renamed while being created still becomes available, and its old name's task does not touch a namesake", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(2 * MINUTE);
    await createInstance(client, "c1", "i1");
    backend.clock.advance(8 * MINUTE);
    await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", NewDBInstanceIdentifier: "i9", ApplyImmediately: true }));
    await createInstance(client, "c1", "i1");
    backend.clock.advance(MINUTE); // i9's rename settles; the new i1 is still creating
    expect((await instance(client, "i9")).DBInstanceStatus).toBe("available");
    expect((await instance(client, "i1")).DBInstanceStatus).toBe("creating");
  });
});

describe("a deleting instance never becomes the writer (timed)", () => {
  async function threeMembers() {
    const ctx = setup({ lifecycle: "timed" });
    await createCluster(ctx.client, "c1");
    ctx.backend.clock.advance(2 * MINUTE);
    await createInstance(ctx.client, "c1", "i1", { PromotionTier: 1 });
    await createInstance(ctx.client, "c1", "i2", { PromotionTier: 0 });
    await createInstance(ctx.client, "c1", "i3", { PromotionTier: 1 });
    ctx.backend.clock.advance(8 * MINUTE);
    return ctx;
  }

  it("the writer hands over to the best reader that is not being deleted", async () => {
    const { backend, client } = await threeMembers();
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i2" }));
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    expect(writer(await cluster(client, "c1"))).toBe("i3");
    backend.clock.advance(3 * MINUTE);
    const after = await cluster(client, "c1");
    expect(after.DBClusterMembers!.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([["i3", true]]);
  });

  it("a failover without a target skips a reader that is being deleted", async () => {
    const { client } = await threeMembers();
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i2" }));
    await client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1" }));
    expect(writer(await cluster(client, "c1"))).toBe("i3");
  });
});

describe("LatestRestorableTime never goes back", () => {
  it("keeps its last value while the cluster stops and once it is stopped", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(2 * MINUTE);
    await createInstance(client, "c1", "i1");
    backend.clock.advance(60 * MINUTE);
    const running = (await cluster(client, "c1")).LatestRestorableTime!.getTime();
    expect(running).toBe(backend.clock.now());
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    const stopping = await cluster(client, "c1");
    expect(stopping.Status).toBe("stopping");
    expect(stopping.LatestRestorableTime!.getTime()).toBe(running);
    backend.clock.advance(10 * MINUTE);
    const stopped = await cluster(client, "c1");
    expect(stopped.Status).toBe("stopped");
    expect(stopped.LatestRestorableTime!.getTime()).toBe(running);
  });

  it("keeps its last value while the cluster is deleting", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(30 * MINUTE);
    const running = (await cluster(client, "c1")).LatestRestorableTime!.getTime();
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    backend.clock.advance(MINUTE);
    const deleting = await cluster(client, "c1");
    expect(deleting.Status).toBe("deleting");
    expect(deleting.LatestRestorableTime!.getTime()).toBe(running);
  });
});
