import {
  AddTagsToResourceCommand,
  CreateDBClusterSnapshotCommand,
  DBClusterNotFoundFault,
  DBClusterSnapshotAlreadyExistsFault,
  DBClusterSnapshotNotFoundFault,
  DeleteDBClusterCommand,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBSubnetGroupsCommand,
  InvalidDBClusterSnapshotStateFault,
  InvalidDBClusterStateFault,
  ListTagsForResourceCommand,
  paginateDescribeDBClusterSnapshots,
  RDSServiceException,
  SnapshotQuotaExceededFault,
  StopDBClusterCommand,
  waitUntilDBClusterSnapshotAvailable,
  waitUntilDBClusterSnapshotDeleted,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const snapshot = (DBClusterIdentifier: string, DBClusterSnapshotIdentifier: string, extra = {}) =>
  new CreateDBClusterSnapshotCommand({ DBClusterIdentifier, DBClusterSnapshotIdentifier, ...extra });

describe("CreateDBClusterSnapshot", () => {
  it("takes a snapshot carrying the cluster's members: creating, then available", async () => {
    const { rds } = setup();
    const cluster = await createCluster(rds, "db1", { DatabaseName: "app", EnableIAMDatabaseAuthentication: true });
    const out = await rds.send(snapshot("DB1", "My-Snap-1"));
    const s = out.DBClusterSnapshot!;
    expect(s.DBClusterSnapshotIdentifier).toBe("my-snap-1");
    expect(s.DBClusterIdentifier).toBe("db1");
    expect(s.DBClusterSnapshotArn).toBe(`arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:my-snap-1`);
    expect(s.Status).toBe("creating");
    expect(s.PercentProgress).toBe(0);
    expect(s.SnapshotType).toBe("manual");
    expect(s.Engine).toBe("aurora-postgresql");
    expect(s.EngineMode).toBe("provisioned");
    expect(s.EngineVersion).toBe(cluster.EngineVersion);
    expect(s.LicenseModel).toBe("aurora-postgresql");
    expect(s.Port).toBe(5432);
    expect(s.AllocatedStorage).toBe(cluster.AllocatedStorage);
    expect(s.AvailabilityZones).toEqual(cluster.AvailabilityZones);
    expect(s.MasterUsername).toBe("admin1");
    expect(s.StorageEncrypted).toBe(false);
    expect(s.KmsKeyId).toBeUndefined();
    expect(s.IAMDatabaseAuthenticationEnabled).toBe(true);
    expect(s.DbClusterResourceId).toBe(cluster.DbClusterResourceId);
    expect(s.ClusterCreateTime).toEqual(cluster.ClusterCreateTime);
    expect(s.SnapshotCreateTime).toBeInstanceOf(Date);
    expect(s.BackupRetentionPeriod).toBe(cluster.BackupRetentionPeriod);
    expect(s.PreferredBackupWindow).toBe(cluster.PreferredBackupWindow);
    expect(s.TagList).toEqual([]);
    const groups = await rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: "default" }));
    expect(s.VpcId).toBe(groups.DBSubnetGroups![0].VpcId);
    // Private restore members never leak into the output.
    expect(Object.keys(s)).not.toContain("DatabaseName");

    const later = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "my-snap-1" }));
    expect(later.DBClusterSnapshots).toHaveLength(1);
    expect(later.DBClusterSnapshots![0].Status).toBe("available");
    expect(later.DBClusterSnapshots![0].PercentProgress).toBe(100);
    expect(networkAttempts()).toEqual([]);
  });

  it("of an encrypted cluster is encrypted with the cluster's key", async () => {
    const { rds } = setup();
    const cluster = await createCluster(rds, "db1", { StorageEncrypted: true, KmsKeyId: "alias/app" });
    const s = (await rds.send(snapshot("db1", "s1"))).DBClusterSnapshot!;
    expect(s.StorageEncrypted).toBe(true);
    expect(s.KmsKeyId).toBe(cluster.KmsKeyId);
  });

  it.each(["1snap", "snap-", "sn--ap", "sn_ap", "s".repeat(64), "snap.1"])(
    "rejects the identifier %j with InvalidParameterValue naming DBClusterSnapshotIdentifier",
    async (id) => {
      const { backend, rds } = setup();
      await createCluster(rds, "db1");
      await expectFault(backend, () => rds.send(snapshot("db1", id)), {
        Class: RDSServiceException,
        name: "InvalidParameterValue",
        message: /DBClusterSnapshotIdentifier/,
      });
    },
  );

  it("accepts 63 characters", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1");
    const out = await rds.send(snapshot("db1", `a${"b".repeat(62)}`));
    expect(out.DBClusterSnapshot!.DBClusterSnapshotIdentifier).toHaveLength(63);
  });

  it("needs both identifiers (MissingParameter)", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1" } as any)), {
      name: "MissingParameter",
      message: /DBClusterSnapshotIdentifier/,
    });
  });

  it("needs an existing cluster (DBClusterNotFoundFault)", async () => {
    const { backend, rds } = setup();
    await expectFault(backend, () => rds.send(snapshot("nope", "s1")), {
      Class: DBClusterNotFoundFault,
      name: "DBClusterNotFoundFault",
      status: 404,
      message: /nope/,
    });
  });

  it("needs an available cluster (InvalidDBClusterStateFault)", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await rds.send(new StopDBClusterCommand({ DBClusterIdentifier: "db1" }));
    await expectFault(backend, () => rds.send(snapshot("db1", "s1")), {
      Class: InvalidDBClusterStateFault,
      name: "InvalidDBClusterStateFault",
      message: /stopped.*available/,
    });
  });

  it("needs a cluster that is not being created (timed lifecycle)", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(snapshot("db1", "s1")), {
      Class: InvalidDBClusterStateFault,
      name: "InvalidDBClusterStateFault",
      message: /creating/,
    });
  });

  it("refuses an identifier already taken, whatever its case (DBClusterSnapshotAlreadyExistsFault)", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await rds.send(snapshot("db1", "s1"));
    await expectFault(backend, () => rds.send(snapshot("db1", "S1")), {
      Class: DBClusterSnapshotAlreadyExistsFault,
      name: "DBClusterSnapshotAlreadyExistsFault",
      message: /s1.*DBClusterSnapshotIdentifier/,
    });
  });

  it("keeps to the manual snapshot quota: 100 by default", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    for (let i = 0; i < 100; i++) await rds.send(snapshot("db1", `s${i}`));
    await expectFault(backend, () => rds.send(snapshot("db1", "one-more")), {
      Class: SnapshotQuotaExceededFault,
      name: "SnapshotQuotaExceededFault",
      message: /100.*manualClusterSnapshots/,
    });
  });

  it("keeps to a configured quota, and a deleted snapshot frees its place", async () => {
    const { backend, rds } = setup({ quotas: { rds: { manualClusterSnapshots: 2 } } });
    await createCluster(rds, "db1");
    await rds.send(snapshot("db1", "s1"));
    await rds.send(snapshot("db1", "s2"));
    await expectFault(backend, () => rds.send(snapshot("db1", "s3")), { Class: SnapshotQuotaExceededFault, name: "SnapshotQuotaExceededFault" });
    await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" }));
    await rds.send(new DescribeDBClusterSnapshotsCommand({})); // the deletion settles
    expect((await rds.send(snapshot("db1", "s3"))).DBClusterSnapshot!.Status).toBe("creating");
  });

  it("checks tags as the seed documents them", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    for (const Tags of [[{ Key: "aws:owner", Value: "x" }], [{ Key: "k", Value: "rds:x" }], [{ Key: "a#b", Value: "x" }], [{ Key: "k".repeat(129) }]]) {
      await expectFault(backend, () => rds.send(snapshot("db1", "s1", { Tags })), { name: "InvalidParameterValue", message: /[Tt]ag/ });
    }
    const ok = await rds.send(snapshot("db1", "s1", { Tags: [{ Key: "team", Value: "db" }] }));
    expect(ok.DBClusterSnapshot!.TagList).toEqual([{ Key: "team", Value: "db" }]);
  });

  it("copies the cluster's tags when CopyTagsToSnapshot is set, unless the request gives tags", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1", { CopyTagsToSnapshot: true, Tags: [{ Key: "env", Value: "prod" }] });
    await createCluster(rds, "db2", { Tags: [{ Key: "env", Value: "dev" }] });
    expect((await rds.send(snapshot("db1", "a"))).DBClusterSnapshot!.TagList).toEqual([{ Key: "env", Value: "prod" }]);
    expect((await rds.send(snapshot("db1", "b", { Tags: [{ Key: "k", Value: "v" }] }))).DBClusterSnapshot!.TagList).toEqual([{ Key: "k", Value: "v" }]);
    expect((await rds.send(snapshot("db2", "c"))).DBClusterSnapshot!.TagList).toEqual([]);
    // The snapshot's tags are its own: tagging by ARN works.
    const arn = `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:c`;
    await rds.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: "x", Value: "y" }] }));
    expect((await rds.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([{ Key: "x", Value: "y" }]);
  });
});

describe("DescribeDBClusterSnapshots", () => {
  async function twoClusters() {
    const ctx = setup();
    await createCluster(ctx.rds, "alpha");
    await createCluster(ctx.rds, "beta", { Engine: "aurora-mysql" });
    await ctx.rds.send(snapshot("alpha", "a1"));
    await ctx.rds.send(snapshot("alpha", "a2"));
    await ctx.rds.send(snapshot("beta", "b1"));
    return ctx;
  }
  const ids = (out: { DBClusterSnapshots?: { DBClusterSnapshotIdentifier?: string }[] }) =>
    out.DBClusterSnapshots!.map((s) => s.DBClusterSnapshotIdentifier);

  it("lists by cluster (identifier in any case, or ARN), by snapshot identifier or ARN", async () => {
    const { rds } = await twoClusters();
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({})))).toEqual(["a1", "a2", "b1"]);
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: "ALPHA" })))).toEqual(["a1", "a2"]);
    const clusterArn = `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:beta`;
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: clusterArn })))).toEqual(["b1"]);
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "A2" })))).toEqual(["a2"]);
    const snapArn = `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:b1`;
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: snapArn })))).toEqual(["b1"]);
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: "gamma" })))).toEqual([]);
  });

  it("filters by SnapshotType, Filters and DbClusterResourceId", async () => {
    const { rds } = await twoClusters();
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "manual" })))).toEqual(["a1", "a2", "b1"]);
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "automated" })))).toEqual([]);
    const f = (Name: string, Values: string[]) => new DescribeDBClusterSnapshotsCommand({ Filters: [{ Name, Values }] });
    expect(ids(await rds.send(f("engine", ["aurora-mysql"])))).toEqual(["b1"]);
    expect(ids(await rds.send(f("db-cluster-id", ["Alpha"])))).toEqual(["a1", "a2"]);
    expect(ids(await rds.send(f("db-cluster-id", [`arn:aws:rds:us-east-1:${ACCOUNT}:cluster:beta`])))).toEqual(["b1"]);
    expect(ids(await rds.send(f("db-cluster-snapshot-id", ["a2", "b1"])))).toEqual(["a2", "b1"]);
    expect(ids(await rds.send(f("snapshot-type", ["automated"])))).toEqual([]);
    const beta = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "beta" }))).DBClusters![0];
    expect(ids(await rds.send(new DescribeDBClusterSnapshotsCommand({ DbClusterResourceId: beta.DbClusterResourceId })))).toEqual(["b1"]);
  });

  it("answers the documented faults", async () => {
    const { backend, rds } = await twoClusters();
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "zz" })), {
      Class: DBClusterSnapshotNotFoundFault,
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
      message: /zz/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: "alpha", DBClusterSnapshotIdentifier: "a1" })), {
      name: "InvalidParameterCombination",
      message: /DBClusterIdentifier.*DBClusterSnapshotIdentifier/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "weekly" })), {
      name: "InvalidParameterValue",
      message: /SnapshotType/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ Filters: [{ Name: "color", Values: ["x"] }] })), {
      name: "InvalidParameterValue",
      message: /color/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ MaxRecords: 10 })), {
      name: "InvalidParameterValue",
      message: /MaxRecords/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ Marker: "not-a-marker" })), {
      name: "InvalidParameterValue",
      message: /Marker/,
    });
  });

  it("pages with MaxRecords and Marker, and works with paginateDescribeDBClusterSnapshots", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1");
    const made: string[] = [];
    for (let i = 0; i < 45; i++) {
      const id = `s${String(i).padStart(2, "0")}`;
      made.push(id);
      await rds.send(snapshot("db1", id));
    }
    const first = await rds.send(new DescribeDBClusterSnapshotsCommand({ MaxRecords: 20 }));
    expect(first.DBClusterSnapshots).toHaveLength(20);
    expect(first.Marker).toBeTypeOf("string");
    const pages: number[] = [];
    const seen: string[] = [];
    for await (const page of paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 20 }, { DBClusterIdentifier: "db1" })) {
      pages.push(page.DBClusterSnapshots!.length);
      seen.push(...page.DBClusterSnapshots!.map((s) => s.DBClusterSnapshotIdentifier!));
    }
    expect(pages).toEqual([20, 20, 5]);
    expect(seen).toEqual(made);
  });

  it("hands out copies: changing an output changes nothing", async () => {
    const { rds } = await twoClusters();
    const out = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "a1" }));
    out.DBClusterSnapshots![0].Status = "broken";
    out.DBClusterSnapshots![0].AvailabilityZones!.push("x");
    const again = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "a1" }));
    expect(again.DBClusterSnapshots![0].Status).toBe("available");
    expect(again.DBClusterSnapshots![0].AvailabilityZones).not.toContain("x");
  });

  it("shows the final snapshot of DeleteDBCluster, also after the cluster is gone", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1", { CopyTagsToSnapshot: true, Tags: [{ Key: "env", Value: "prod" }] });
    await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "db1", FinalDBSnapshotIdentifier: "Final-1" }));
    const out = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: "db1" }));
    expect(out.DBClusterSnapshots).toHaveLength(1);
    const s = out.DBClusterSnapshots![0];
    expect(s).toMatchObject({ DBClusterSnapshotIdentifier: "final-1", SnapshotType: "manual", Status: "available", TagList: [{ Key: "env", Value: "prod" }] });
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
  });
});

describe("DeleteDBClusterSnapshot", () => {
  it("answers with the snapshot as it was; then it is gone", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1");
    await rds.send(snapshot("db1", "s1"));
    await rds.send(new DescribeDBClusterSnapshotsCommand({}));
    const out = await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "S1" }));
    expect(out.DBClusterSnapshot).toMatchObject({ DBClusterSnapshotIdentifier: "s1", Status: "available" });
    expect((await rds.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots).toEqual([]);
    const result = await waitUntilDBClusterSnapshotDeleted({ client: rds, minDelay: 1, maxWaitTime: 5 }, { DBClusterSnapshotIdentifier: "s1" });
    expect(result.state).toBe("SUCCESS");
  });

  it("answers DBClusterSnapshotNotFoundFault for an unknown snapshot", async () => {
    const { backend, rds } = setup();
    await expectFault(backend, () => rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "nope" })), {
      Class: DBClusterSnapshotNotFoundFault,
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
      message: /nope/,
    });
  });

  it("deletes only available snapshots (InvalidDBClusterSnapshotStateFault while creating or deleting)", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    backend.clock.advance(2 * 60_000);
    await rds.send(snapshot("db1", "s1"));
    await expectFault(backend, () => rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" })), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
      message: /creating.*available/,
    });
    backend.clock.advance(3 * 60_000);
    await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" }));
    const during = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "s1" }));
    expect(during.DBClusterSnapshots![0].Status).toBe("deleting");
    await expectFault(backend, () => rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" })), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
      message: /deleting/,
    });
    backend.clock.advance(30_000);
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "s1" })), {
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
    });
  });
});

describe("waiters", () => {
  it("waitUntilDBClusterSnapshotAvailable succeeds on the first poll in the instant lifecycle", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1");
    await rds.send(snapshot("db1", "s1"));
    const result = await waitUntilDBClusterSnapshotAvailable({ client: rds, minDelay: 1, maxWaitTime: 5 }, { DBClusterSnapshotIdentifier: "s1" });
    expect(result.state).toBe("SUCCESS");
  });

  it("in the timed lifecycle a snapshot is available after about three minutes of the backend clock", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    backend.clock.advance(2 * 60_000);
    await rds.send(snapshot("db1", "s1"));
    const waiting = await waitUntilDBClusterSnapshotAvailable({ client: rds, minDelay: 1, maxWaitTime: 2 }, { DBClusterSnapshotIdentifier: "s1" }).catch(
      (e: Error) => e,
    );
    expect((waiting as Error).name).toBe("TimeoutError");
    backend.clock.advance(2 * 60_000);
    let s = (await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "s1" }))).DBClusterSnapshots![0];
    expect(s.Status).toBe("creating");
    backend.clock.advance(60_000);
    s = (await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "s1" }))).DBClusterSnapshots![0];
    expect(s.Status).toBe("available");
    const result = await waitUntilDBClusterSnapshotAvailable({ client: rds, minDelay: 1, maxWaitTime: 5 }, { DBClusterSnapshotIdentifier: "s1" });
    expect(result.state).toBe("SUCCESS");
  });
});
