/** CreateDBClusterSnapshot: the order of its checks, the storage members and a name still being deleted. */
import {
  CreateDBClusterSnapshotCommand,
  DBClusterSnapshotAlreadyExistsFault,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  InvalidDBClusterSnapshotStateFault,
  RDSServiceException,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const MINUTE = 60_000;
const snapshot = (DBClusterIdentifier: string, DBClusterSnapshotIdentifier: string) =>
  new CreateDBClusterSnapshotCommand({ DBClusterIdentifier, DBClusterSnapshotIdentifier });

describe("CreateDBClusterSnapshot", () => {
  it("checks the identifier's format before looking the cluster up", async () => {
    const { backend, rds } = setup();
    await expectFault(backend, () => rds.send(snapshot("nope", "1-bad")), {
      Class: RDSServiceException,
      name: "InvalidParameterValue",
      message: /DBClusterSnapshotIdentifier/,
    });
  });

  it("refuses a blank DBClusterIdentifier (InvalidParameterValue)", async () => {
    const { backend, rds } = setup();
    await expectFault(backend, () => rds.send(snapshot("", "s1")), {
      Class: RDSServiceException,
      name: "InvalidParameterValue",
      message: /DBClusterIdentifier must be provided and must not be blank/,
    });
  });

  it("finds the cluster by ARN too", async () => {
    const { rds } = setup();
    await createCluster(rds, "db1");
    const out = await rds.send(snapshot(`arn:aws:rds:us-east-1:${ACCOUNT}:cluster:db1`, "s1"));
    expect(out.DBClusterSnapshot!.DBClusterIdentifier).toBe("db1");
  });

  it("reports StorageType (aurora for Aurora Standard) and StorageEncryptionType", async () => {
    const { rds } = setup();
    await createCluster(rds, "plain");
    await createCluster(rds, "fast", { StorageType: "aurora-iopt1", StorageEncrypted: true });
    const plain = (await rds.send(snapshot("plain", "s1"))).DBClusterSnapshot!;
    expect(plain).toMatchObject({ StorageType: "aurora", StorageEncrypted: false, StorageEncryptionType: "none" });
    const fast = (await rds.send(snapshot("fast", "s2"))).DBClusterSnapshot!;
    expect(fast).toMatchObject({ StorageType: "aurora-iopt1", StorageEncrypted: true, StorageEncryptionType: "sse-kms" });
    const listed = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "s1" }));
    expect(listed.DBClusterSnapshots![0].StorageType).toBe("aurora");
  });

  it("reports PercentProgress while creating in the timed lifecycle, 100 once available", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    backend.clock.advance(2 * MINUTE);
    expect((await rds.send(snapshot("db1", "s1"))).DBClusterSnapshot!.PercentProgress).toBe(0);
    const read = async () => (await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "s1" }))).DBClusterSnapshots![0];
    backend.clock.advance(90_000);
    expect(await read()).toMatchObject({ Status: "creating", PercentProgress: 50 });
    backend.clock.advance(90_000);
    expect(await read()).toMatchObject({ Status: "available", PercentProgress: 100 });
  });

  it("an identifier still being deleted answers InvalidDBClusterSnapshotStateFault, then is free again", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    backend.clock.advance(2 * MINUTE);
    await rds.send(snapshot("db1", "s1"));
    await expectFault(backend, () => rds.send(snapshot("db1", "S1")), {
      Class: DBClusterSnapshotAlreadyExistsFault,
      name: "DBClusterSnapshotAlreadyExistsFault",
      message: /s1/,
    });
    backend.clock.advance(3 * MINUTE);
    await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" }));
    await expectFault(backend, () => rds.send(snapshot("db1", "s1")), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
      message: /s1.*being deleted.*DBClusterSnapshotIdentifier/,
    });
    backend.clock.advance(MINUTE);
    expect((await rds.send(snapshot("db1", "s1"))).DBClusterSnapshot!.Status).toBe("creating");
  });
});
