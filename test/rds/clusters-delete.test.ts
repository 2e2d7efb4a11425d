import {
  DBClusterNotFoundFault,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  ModifyDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const del = (input: Record<string, unknown>) => new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", ...input } as any);

describe("DeleteDBCluster", () => {
  it("shows deleting, then the cluster is gone", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    const out = await client.send(del({ SkipFinalSnapshot: true }));
    expect(out.DBCluster!.Status).toBe("deleting");
    expect(out.DBCluster!.DBClusterIdentifier).toBe("c1");
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "c1" })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "c1",
    });
    expect((await client.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
  });

  it("keeps the final snapshot in state", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { Tags: [{ Key: "k", Value: "v" }], CopyTagsToSnapshot: true });
    await client.send(del({ FinalDBSnapshotIdentifier: "Final-1" }));
    const snapshot = backend.dump().worlds.rds["123456789012/us-east-1"] as any;
    expect(snapshot.clusterSnapshots["final-1"]).toMatchObject({
      DBClusterSnapshotIdentifier: "final-1",
      DBClusterIdentifier: "c1",
      SnapshotType: "manual",
      Engine: "aurora-mysql",
    });
  });

  it("requires FinalDBSnapshotIdentifier unless SkipFinalSnapshot, and refuses both", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(del({})), { name: "InvalidParameterCombination", status: 400, message: "FinalDBSnapshotIdentifier" });
    await expectFault(backend, () => client.send(del({ SkipFinalSnapshot: false })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "FinalDBSnapshotIdentifier",
    });
    await expectFault(backend, () => client.send(del({ SkipFinalSnapshot: true, FinalDBSnapshotIdentifier: "snap" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /FinalDBSnapshotIdentifier.*SkipFinalSnapshot/,
    });
    await expectFault(backend, () => client.send(del({ FinalDBSnapshotIdentifier: "bad--snap" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "FinalDBSnapshotIdentifier",
    });
  });

  it("refuses a final snapshot identifier that is taken", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createCluster(client, "c2");
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c2", FinalDBSnapshotIdentifier: "snap" }));
    await expectFault(backend, () => client.send(del({ FinalDBSnapshotIdentifier: "snap" })), {
      name: "DBClusterSnapshotAlreadyExistsFault",
      status: 400,
      message: "snap",
    });
  });

  it("refuses a cluster with deletion protection (InvalidParameterCombination) until it is turned off", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { DeletionProtection: true });
    await expectFault(backend, () => client.send(del({ SkipFinalSnapshot: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /c1.*DeletionProtection/,
    });
    await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", DeletionProtection: false }));
    await client.send(del({ SkipFinalSnapshot: true }));
  });

  it("refuses a cluster that still has instances (InvalidDBClusterStateFault)", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await expectFault(backend, () => client.send(del({ SkipFinalSnapshot: true })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /c1.*1 DB instance/,
    });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    await client.send(del({ SkipFinalSnapshot: true }));
  });

  it("refuses a cluster that is being created in the timed lifecycle", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(del({ SkipFinalSnapshot: true })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /creating.*available/,
    });
  });

  it("deletes a Multi-AZ DB cluster together with its instances", async () => {
    const { client } = setup();
    await createCluster(client, "c1", MULTI_AZ_MYSQL);
    await client.send(del({ SkipFinalSnapshot: true }));
    expect((await client.send(new DescribeDBInstancesCommand({}))).DBInstances).toEqual([]);
  });

  it("promotes the read replicas of a Multi-AZ DB cluster it deletes (an Aurora source must lose them first)", async () => {
    const { client } = setup();
    const source = await createCluster(client, "c1", MULTI_AZ_MYSQL);
    await createCluster(client, "rep", { ...MULTI_AZ_MYSQL, ReplicationSourceIdentifier: source.DBClusterArn });
    const out = await client.send(del({ SkipFinalSnapshot: true }));
    expect(out.DBCluster!.Status).toBe("deleting");
    const replica = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "rep" }))).DBClusters![0];
    expect(replica.ReplicationSourceIdentifier).toBeUndefined();
    expect(replica.Status).toBe("available");
  });

  it("answers DBClusterNotFoundFault for an unknown cluster", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(del({ DBClusterIdentifier: "ghost", SkipFinalSnapshot: true })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "ghost",
    });
  });
});
