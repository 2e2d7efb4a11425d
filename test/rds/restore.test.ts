import {
  CreateDBClusterSnapshotCommand,
  DBClusterAlreadyExistsFault,
  DBClusterNotFoundFault,
  DBClusterQuotaExceededFault,
  DBClusterSnapshotNotFoundFault,
  DBSnapshotNotFoundFault,
  DBSubnetGroupNotFoundFault,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  InvalidDBClusterSnapshotStateFault,
  InvalidDBClusterStateFault,
  InvalidRestoreFault,
  KMSKeyNotAccessibleFault,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBClusterToPointInTimeCommand,
  type RestoreDBClusterFromSnapshotCommandInput,
  type RestoreDBClusterToPointInTimeCommandInput,
  waitUntilDBClusterAvailable,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const fromSnapshot = (extra: Partial<RestoreDBClusterFromSnapshotCommandInput> = {}) =>
  new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "restored", SnapshotIdentifier: "s1", Engine: "aurora-postgresql", ...extra });
const toPointInTime = (extra: Partial<RestoreDBClusterToPointInTimeCommandInput> = {}) =>
  new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: "restored", SourceDBClusterIdentifier: "db1", ...extra });

async function withSnapshot(options = {}, clusterExtra = {}) {
  const ctx = setup(options);
  const cluster = await createCluster(ctx.rds, "db1", { DatabaseName: "app", Port: 6000, ...clusterExtra });
  if (ctx.backend.lifecycle === "timed") ctx.backend.clock.advance(2 * MINUTE);
  await ctx.rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1" }));
  return { ...ctx, cluster };
}

async function describe1(rds: Awaited<ReturnType<typeof setup>>["rds"], id: string) {
  return (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

describe("RestoreDBClusterFromSnapshot", () => {
  it("makes a new cluster from the snapshot's configuration: creating, then available", async () => {
    const { rds, cluster } = await withSnapshot({}, { StorageEncrypted: true, EnableIAMDatabaseAuthentication: true });
    const out = await rds.send(fromSnapshot({ DBClusterIdentifier: "Restored", Tags: [{ Key: "from", Value: "s1" }], DeletionProtection: true }));
    const c = out.DBCluster!;
    expect(c).toMatchObject({
      DBClusterIdentifier: "restored",
      DBClusterArn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:restored`,
      Status: "creating",
      Engine: "aurora-postgresql",
      EngineVersion: cluster.EngineVersion,
      Port: 6000,
      MasterUsername: "admin1",
      DatabaseName: "app",
      StorageEncrypted: true,
      KmsKeyId: cluster.KmsKeyId,
      // Documented default: IAM database authentication is off unless the restore turns it on.
      IAMDatabaseAuthenticationEnabled: false,
      DeletionProtection: true,
      TagList: [{ Key: "from", Value: "s1" }],
      ActivityStreamStatus: "stopped",
    });
    expect(c.DbClusterResourceId).not.toBe(cluster.DbClusterResourceId);
    const result = await waitUntilDBClusterAvailable({ client: rds, minDelay: 1, maxWaitTime: 5 }, { DBClusterIdentifier: "restored" });
    expect(result.state).toBe("SUCCESS");
    expect(networkAttempts()).toEqual([]);
  });

  it("takes the input's overrides and the snapshot by ARN", async () => {
    const { rds } = await withSnapshot();
    const out = await rds.send(
      fromSnapshot({ SnapshotIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:s1`, Port: 7000, DatabaseName: "other", KmsKeyId: "alias/mine" }),
    );
    expect(out.DBCluster).toMatchObject({ Port: 7000, DatabaseName: "other", StorageEncrypted: true });
    expect(out.DBCluster!.KmsKeyId).toBe(`arn:aws:kms:us-east-1:${ACCOUNT}:alias/mine`);
  });

  it("answers the documented faults for the snapshot, changing nothing", async () => {
    const { backend, rds } = await withSnapshot();
    await expectFault(backend, () => rds.send(fromSnapshot({ SnapshotIdentifier: "nope" })), {
      Class: DBClusterSnapshotNotFoundFault,
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
      message: /nope.*SnapshotIdentifier/,
    });
    await expectFault(backend, () => rds.send(fromSnapshot({ SnapshotIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:db-snap` })), {
      Class: DBSnapshotNotFoundFault,
      name: "DBSnapshotNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => rds.send(fromSnapshot({ SnapshotIdentifier: `arn:aws:rds:us-west-2:${ACCOUNT}:cluster-snapshot:s1` })), {
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
    });
  });

  it("needs Engine, and one that fits the snapshot's", async () => {
    const { backend, rds } = await withSnapshot();
    await expectFault(backend, () => rds.send(fromSnapshot({ Engine: undefined })), { name: "MissingParameter", message: /Engine/ });
    await expectFault(backend, () => rds.send(fromSnapshot({ Engine: "aurora-mysql" })), {
      name: "InvalidParameterCombination",
      message: /aurora-mysql.*aurora-postgresql/,
    });
    await expectFault(backend, () => rds.send(fromSnapshot({ EngineVersion: "13.9" })), {
      name: "InvalidParameterCombination",
      message: /EngineVersion 13\.9/,
    });
    const upgraded = await rds.send(fromSnapshot({ Engine: "AURORA-POSTGRESQL", EngineVersion: "17.4" }));
    expect(upgraded.DBCluster!.EngineVersion).toBe("17.4");
  });

  it("checks the new cluster like CreateDBCluster does", async () => {
    const { backend, rds } = await withSnapshot({ quotas: { rds: { dbClusters: 2 } } });
    await expectFault(backend, () => rds.send(fromSnapshot({ DBClusterIdentifier: "bad--id" })), {
      name: "InvalidParameterValue",
      message: /DBClusterIdentifier/,
    });
    await expectFault(backend, () => rds.send(fromSnapshot({ DBClusterIdentifier: "DB1" })), {
      Class: DBClusterAlreadyExistsFault,
      name: "DBClusterAlreadyExistsFault",
    });
    await expectFault(backend, () => rds.send(fromSnapshot({ DBSubnetGroupName: "nope" })), {
      Class: DBSubnetGroupNotFoundFault,
      name: "DBSubnetGroupNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => rds.send(fromSnapshot({ Tags: [{ Key: "aws:x", Value: "y" }] })), { name: "InvalidParameterValue" });
    await expectFault(backend, () => rds.send(fromSnapshot({ KmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/k" })), {
      Class: KMSKeyNotAccessibleFault,
      name: "KMSKeyNotAccessibleFault",
      message: /KmsKeyId/,
    });
    await rds.send(fromSnapshot({ DBClusterIdentifier: "second" }));
    await expectFault(backend, () => rds.send(fromSnapshot({ DBClusterIdentifier: "third" })), {
      Class: DBClusterQuotaExceededFault,
      name: "DBClusterQuotaExceededFault",
      status: 403,
    });
  });

  it("needs an available snapshot (timed lifecycle)", async () => {
    const { backend, rds } = await withSnapshot({ lifecycle: "timed" });
    await expectFault(backend, () => rds.send(fromSnapshot()), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
      message: /creating/,
    });
    backend.clock.advance(3 * MINUTE);
    expect((await rds.send(fromSnapshot())).DBCluster!.Status).toBe("creating");
    backend.clock.advance(2 * MINUTE);
    expect((await describe1(rds, "restored")).Status).toBe("available");
  });

  it("restores a Multi-AZ DB cluster snapshot with its instance class and storage", async () => {
    const { rds } = setup();
    await createCluster(rds, "maz", {
      Engine: "mysql",
      DBClusterInstanceClass: "db.m6gd.large",
      AllocatedStorage: 100,
      Iops: 1000,
      DBSubnetGroupName: "default",
    });
    await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "maz", DBClusterSnapshotIdentifier: "maz-s" }));
    const out = await rds.send(fromSnapshot({ SnapshotIdentifier: "maz-s", Engine: "mysql" }));
    expect(out.DBCluster).toMatchObject({ Engine: "mysql", DBClusterInstanceClass: "db.m6gd.large", AllocatedStorage: 100, Iops: 1000 });
  });
});

describe("RestoreDBClusterToPointInTime", () => {
  async function running(options = {}) {
    const ctx = setup(options);
    const cluster = await createCluster(ctx.rds, "db1", { BackupRetentionPeriod: 2, DatabaseName: "app" });
    ctx.backend.clock.advance(2 * HOUR);
    return { ...ctx, cluster };
  }

  it("restores to a time inside the source's restorable window, with the source's configuration", async () => {
    const { rds, cluster } = await running();
    const at = new Date(cluster.ClusterCreateTime!.getTime() + HOUR);
    const out = await rds.send(toPointInTime({ RestoreToTime: at }));
    expect(out.DBCluster).toMatchObject({
      DBClusterIdentifier: "restored",
      Status: "creating",
      Engine: cluster.Engine,
      EngineVersion: cluster.EngineVersion,
      MasterUsername: "admin1",
      DatabaseName: "app",
      BackupRetentionPeriod: 2,
      Port: cluster.Port,
    });
    expect(out.DBCluster!.CloneGroupId).toBeUndefined();
    expect((await describe1(rds, "restored")).Status).toBe("available");
  });

  it("restores to the latest restorable time, and finds the source by resource id", async () => {
    const { rds, cluster } = await running();
    const out = await rds.send(
      toPointInTime({ SourceDBClusterIdentifier: undefined, SourceDbClusterResourceId: cluster.DbClusterResourceId, UseLatestRestorableTime: true, Port: 7000 }),
    );
    expect(out.DBCluster).toMatchObject({ Port: 7000, Engine: cluster.Engine });
  });

  it("makes copy-on-write clones that share a CloneGroupId with their source", async () => {
    const { rds } = await running();
    const first = await rds.send(toPointInTime({ DBClusterIdentifier: "clone1", RestoreType: "copy-on-write", UseLatestRestorableTime: true }));
    const second = await rds.send(toPointInTime({ DBClusterIdentifier: "clone2", RestoreType: "copy-on-write", UseLatestRestorableTime: true }));
    const group = first.DBCluster!.CloneGroupId;
    expect(group).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.DBCluster!.CloneGroupId).toBe(group);
    expect((await describe1(rds, "db1")).CloneGroupId).toBe(group);
  });

  it("RestoreToTime and UseLatestRestorableTime are exclusive, and one is needed", async () => {
    const { backend, rds, cluster } = await running();
    const at = new Date(cluster.ClusterCreateTime!.getTime() + HOUR);
    await expectFault(backend, () => rds.send(toPointInTime({ RestoreToTime: at, UseLatestRestorableTime: true })), {
      name: "InvalidParameterCombination",
      message: /RestoreToTime.*UseLatestRestorableTime/,
    });
    await expectFault(backend, () => rds.send(toPointInTime({})), { name: "InvalidParameterCombination", message: /RestoreToTime/ });
    await expectFault(backend, () => rds.send(toPointInTime({ RestoreType: "copy-on-write", RestoreToTime: at })), {
      name: "InvalidParameterCombination",
      message: /copy-on-write/,
    });
    await expectFault(backend, () => rds.send(toPointInTime({ RestoreType: "snapshot", UseLatestRestorableTime: true })), {
      name: "InvalidParameterValue",
      message: /RestoreType/,
    });
  });

  it("RestoreToTime outside the restorable window answers InvalidRestoreFault", async () => {
    const { backend, rds, cluster } = await running();
    const created = cluster.ClusterCreateTime!.getTime();
    for (const at of [created - MINUTE, backend.clock.now() + HOUR]) {
      await expectFault(backend, () => rds.send(toPointInTime({ RestoreToTime: new Date(at) })), {
        Class: InvalidRestoreFault,
        name: "InvalidRestoreFault",
        message: /RestoreToTime.*window/,
      });
    }
    // The window keeps BackupRetentionPeriod (2) days: after three days, the first hour is gone.
    backend.clock.advance(3 * 24 * HOUR);
    await expectFault(backend, () => rds.send(toPointInTime({ RestoreToTime: new Date(created + HOUR) })), {
      Class: InvalidRestoreFault,
      name: "InvalidRestoreFault",
    });
    const inside = new Date(backend.clock.now() - 24 * HOUR);
    expect((await rds.send(toPointInTime({ RestoreToTime: inside }))).DBCluster!.Status).toBe("creating");
  });

  it("accepts exactly the EarliestRestorableTime and LatestRestorableTime that DescribeDBClusters shows, and nothing outside", async () => {
    const { backend, rds } = await running();
    const source = await describe1(rds, "db1");
    const earliest = source.EarliestRestorableTime!.getTime();
    const latest = source.LatestRestorableTime!.getTime();
    expect(latest - earliest).toBe(2 * HOUR);
    for (const at of [earliest - 1, latest + 1]) {
      await expectFault(backend, () => rds.send(toPointInTime({ RestoreToTime: new Date(at) })), {
        Class: InvalidRestoreFault,
        name: "InvalidRestoreFault",
        message: new RegExp(`${new Date(at).toISOString()}.*${new Date(earliest).toISOString()}.*${new Date(latest).toISOString()}`),
      });
    }
    expect((await rds.send(toPointInTime({ DBClusterIdentifier: "at-earliest", RestoreToTime: new Date(earliest) }))).DBCluster!.Status).toBe("creating");
    expect((await rds.send(toPointInTime({ DBClusterIdentifier: "at-latest", RestoreToTime: new Date(latest) }))).DBCluster!.Status).toBe("creating");
  });

  it("needs an existing source that is not being created or deleted", async () => {
    const { backend, rds } = await running();
    await expectFault(backend, () => rds.send(toPointInTime({ SourceDBClusterIdentifier: "nope", UseLatestRestorableTime: true })), {
      Class: DBClusterNotFoundFault,
      name: "DBClusterNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => rds.send(toPointInTime({ SourceDBClusterIdentifier: undefined, UseLatestRestorableTime: true })), {
      name: "MissingParameter",
      message: /SourceDBClusterIdentifier/,
    });
    await expectFault(
      backend,
      () => rds.send(toPointInTime({ SourceDBClusterIdentifier: undefined, SourceDbClusterResourceId: "cluster-NOPE", UseLatestRestorableTime: true })),
      { name: "DBClusterNotFoundFault", status: 404, message: /SourceDbClusterResourceId/ },
    );
    const timed = setup({ lifecycle: "timed" });
    await createCluster(timed.rds, "db1");
    timed.backend.clock.advance(2 * MINUTE);
    await timed.rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "db1", SkipFinalSnapshot: true }));
    await expectFault(timed.backend, () => timed.rds.send(toPointInTime({ UseLatestRestorableTime: true })), {
      Class: InvalidDBClusterStateFault,
      name: "InvalidDBClusterStateFault",
      message: /deleting/,
    });
  });

  it("checks the new cluster like CreateDBCluster does", async () => {
    const { backend, rds } = await running();
    await expectFault(backend, () => rds.send(toPointInTime({ DBClusterIdentifier: "db1", UseLatestRestorableTime: true })), {
      Class: DBClusterAlreadyExistsFault,
      name: "DBClusterAlreadyExistsFault",
    });
    await expectFault(backend, () => rds.send(toPointInTime({ DBClusterIdentifier: "-x", UseLatestRestorableTime: true })), {
      name: "InvalidParameterValue",
      message: /DBClusterIdentifier/,
    });
    await expectFault(backend, () => rds.send(toPointInTime({ UseLatestRestorableTime: true, BackupRetentionPeriod: 40 })), {
      name: "InvalidParameterValue",
      message: /BackupRetentionPeriod/,
    });
  });
});
