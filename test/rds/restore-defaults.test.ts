/**
 * The documented defaults and combination rules of the restores: members whose documentation states a
 * default take it rather than the source's value, and the encryption and engine-mode rules.
 */
import {
  CreateDBClusterSnapshotCommand,
  DescribeDBClustersCommand,
  RDSServiceException,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBClusterToPointInTimeCommand,
  type RestoreDBClusterToPointInTimeCommandInput,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const HOUR = 3_600_000;
const toPointInTime = (extra: Partial<RestoreDBClusterToPointInTimeCommandInput> = {}) =>
  new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: "restored", SourceDBClusterIdentifier: "db1", UseLatestRestorableTime: true, ...extra });

/** A source that differs from every documented default. */
const NON_DEFAULT = {
  Port: 6000,
  EnableIAMDatabaseAuthentication: true,
  CopyTagsToSnapshot: true,
  DeletionProtection: true,
  StorageType: "aurora-iopt1",
  Tags: [{ Key: "team", Value: "db" }],
};

describe("RestoreDBClusterToPointInTime defaults", () => {
  it("gives the documented defaults, not the source's values, for Port, IAM auth, tags copy, protection and storage", async () => {
    const { backend, rds } = setup();
    const source = await createCluster(rds, "db1", { ...NON_DEFAULT, BackupRetentionPeriod: 3, DatabaseName: "app" });
    backend.clock.advance(HOUR);
    const c = (await rds.send(toPointInTime())).DBCluster!;
    expect(c.Port).toBe(5432); // "Default: The default port for the engine."
    expect(c.IAMDatabaseAuthenticationEnabled).toBe(false);
    expect(c.CopyTagsToSnapshot).toBe(false);
    expect(c.DeletionProtection).toBe(false);
    expect(c.StorageType).toBeUndefined(); // Aurora Standard (`aurora`), the documented default
    expect(c.TagList).toEqual([]);
    // What the documentation does not default comes from the source.
    expect(c).toMatchObject({ Engine: source.Engine, EngineVersion: source.EngineVersion, BackupRetentionPeriod: 3, DatabaseName: "app" });
    const given = (
      await rds.send(
        toPointInTime({ DBClusterIdentifier: "given", Port: 6001, EnableIAMDatabaseAuthentication: true, CopyTagsToSnapshot: true, StorageType: "aurora-iopt1" }),
      )
    ).DBCluster!;
    expect(given).toMatchObject({ Port: 6001, IAMDatabaseAuthenticationEnabled: true, CopyTagsToSnapshot: true, StorageType: "aurora-iopt1" });
  });

  it("BacktrackWindow defaults to 0 (no backtracking) even when the source backtracks", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1", { Engine: "aurora-mysql", BacktrackWindow: 3600 });
    backend.clock.advance(HOUR);
    const c = (await rds.send(toPointInTime())).DBCluster!;
    expect(c.BacktrackWindow).toBeUndefined();
    expect(c.EarliestBacktrackTime).toBeUndefined();
    const kept = (await rds.send(toPointInTime({ DBClusterIdentifier: "kept", BacktrackWindow: 7200 }))).DBCluster!;
    expect(kept.BacktrackWindow).toBe(7200);
  });

  it("refuses KmsKeyId for an unencrypted source (documented: the request is rejected), changing nothing", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(toPointInTime({ KmsKeyId: "alias/mine" })), {
      Class: RDSServiceException,
      name: "InvalidParameterCombination",
      message: /KmsKeyId.*unencrypted.*db1/,
    });
    await expectFault(backend, () => rds.send(toPointInTime({ RestoreType: "copy-on-write", KmsKeyId: "alias/mine" })), {
      name: "InvalidParameterCombination",
      message: /KmsKeyId/,
    });
    const plain = (await rds.send(toPointInTime())).DBCluster!;
    expect(plain.StorageEncrypted).toBe(false);
    expect(plain.KmsKeyId).toBeUndefined();
  });

  it("keeps the source's key, or re-encrypts an encrypted source with the KmsKeyId given", async () => {
    const { rds } = setup();
    const source = await createCluster(rds, "db1", { StorageEncrypted: true, KmsKeyId: "alias/old" });
    const same = (await rds.send(toPointInTime())).DBCluster!;
    expect(same).toMatchObject({ StorageEncrypted: true, KmsKeyId: source.KmsKeyId });
    const other = (await rds.send(toPointInTime({ DBClusterIdentifier: "rekeyed", KmsKeyId: "alias/new" }))).DBCluster!;
    expect(other).toMatchObject({ StorageEncrypted: true, KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/new` });
  });

  it("a Serverless v1 clone needs a Serverless v1 or encrypted provisioned source", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    const clone = { RestoreType: "copy-on-write", EngineMode: "serverless" };
    await expectFault(backend, () => rds.send(toPointInTime(clone)), {
      Class: RDSServiceException,
      name: "InvalidParameterCombination",
      message: /serverless.*db1.*EngineMode/,
    });
    await createCluster(rds, "enc", { StorageEncrypted: true });
    const out = await rds.send(toPointInTime({ ...clone, SourceDBClusterIdentifier: "enc" }));
    expect(out.DBCluster).toMatchObject({ EngineMode: "serverless", StorageEncrypted: true });
    // A full copy may switch to serverless from any provisioned source.
    const full = await rds.send(toPointInTime({ DBClusterIdentifier: "full", EngineMode: "serverless" }));
    expect(full.DBCluster!.EngineMode).toBe("serverless");
  });
});

describe("RestoreDBClusterFromSnapshot defaults", () => {
  it("keeps the snapshot's port; IAM auth, storage type, protection and tags copy take their documented defaults", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1", NON_DEFAULT);
    const snap = await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1" }));
    expect(snap.DBClusterSnapshot).toMatchObject({ IAMDatabaseAuthenticationEnabled: true, StorageType: "aurora-iopt1", Port: 6000 });
    const restore = (extra = {}) =>
      rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "r1", SnapshotIdentifier: "s1", Engine: "aurora-postgresql", ...extra }));
    const c = (await restore()).DBCluster!;
    expect(c.Port).toBe(6000); // "Default: The same port as the original DB cluster."
    expect(c.IAMDatabaseAuthenticationEnabled).toBe(false);
    expect(c.StorageType).toBeUndefined();
    expect(c.DeletionProtection).toBe(false);
    expect(c.CopyTagsToSnapshot).toBe(false);
    const given = (await restore({ DBClusterIdentifier: "r2", EnableIAMDatabaseAuthentication: true, StorageType: "aurora-iopt1" })).DBCluster!;
    expect(given).toMatchObject({ IAMDatabaseAuthenticationEnabled: true, StorageType: "aurora-iopt1" });
    const listed = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "r2" }));
    expect(listed.DBClusters![0].IAMDatabaseAuthenticationEnabled).toBe(true);
  });
});

describe("restores check the new identifier first", () => {
  it("an invalid DBClusterIdentifier is InvalidParameterValue even when the source does not exist", async () => {
    const { backend, rds } = setup();
    await expectFault(backend, () => rds.send(toPointInTime({ DBClusterIdentifier: "bad--id", SourceDBClusterIdentifier: "nope" })), {
      Class: RDSServiceException,
      name: "InvalidParameterValue",
      message: /DBClusterIdentifier/,
    });
    await expectFault(
      backend,
      () => rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "9lives", SnapshotIdentifier: "nope", Engine: "aurora-postgresql" })),
      { name: "InvalidParameterValue", message: /DBClusterIdentifier/ },
    );
  });

  it("refuses a blank source (InvalidParameterValue)", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(toPointInTime({ SourceDBClusterIdentifier: "" })), {
      Class: RDSServiceException,
      name: "InvalidParameterValue",
      message: /SourceDBClusterIdentifier.*blank/,
    });
    await expectFault(
      backend,
      () => rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "r1", SnapshotIdentifier: "", Engine: "aurora-postgresql" })),
      { name: "InvalidParameterValue", message: /SnapshotIdentifier.*blank/ },
    );
  });

  it("a DBClusterParameterGroupName that names no group must still be a valid name", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(toPointInTime({ DBClusterParameterGroupName: "bad--name" })), {
      Class: RDSServiceException,
      name: "InvalidParameterValue",
      message: /DBClusterParameterGroupName/,
    });
    await expectFault(backend, () => rds.send(toPointInTime({ DBClusterParameterGroupName: "missing-group" })), {
      name: "DBClusterParameterGroupNotFoundFault",
      status: 404,
    });
    const out = await rds.send(toPointInTime({ DBClusterParameterGroupName: "default.aurora-postgresql16" }));
    expect(out.DBCluster!.DBClusterParameterGroup).toBe("default.aurora-postgresql16");
  });
});

describe("restores that change the engine mode", () => {
  it("leave behind the source's scaling settings of the other kind (documented: provisioned <-> Serverless v1)", async () => {
    const { rds } = setup();
    await createCluster(rds, "sls", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } });
    await createCluster(rds, "v2", { StorageEncrypted: true, ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 } });
    for (const id of ["sls", "v2"]) {
      await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: id, DBClusterSnapshotIdentifier: `${id}-snap` }));
    }
    const fromSnapshot = (DBClusterIdentifier: string, SnapshotIdentifier: string, EngineMode: string) =>
      rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier, SnapshotIdentifier, Engine: "aurora-postgresql", EngineMode }));
    const provisioned = (await fromSnapshot("p1", "sls-snap", "provisioned")).DBCluster!;
    expect(provisioned.EngineMode).toBe("provisioned");
    expect(provisioned.ScalingConfigurationInfo).toBeUndefined();
    const serverless = (await fromSnapshot("s1", "v2-snap", "serverless")).DBCluster!;
    expect(serverless.EngineMode).toBe("serverless");
    expect(serverless.ServerlessV2ScalingConfiguration).toBeUndefined();
    const clone = (await rds.send(toPointInTime({ DBClusterIdentifier: "p2", SourceDBClusterIdentifier: "sls", RestoreType: "copy-on-write", EngineMode: "provisioned" }))).DBCluster!;
    expect(clone.EngineMode).toBe("provisioned");
    expect(clone.ScalingConfigurationInfo).toBeUndefined();
    // Without a new mode, the source's scaling comes along.
    const same = (await fromSnapshot("s2", "sls-snap", "serverless")).DBCluster!;
    expect(same.ScalingConfigurationInfo).toMatchObject({ MinCapacity: 2, MaxCapacity: 8 });
  });
});
