import {
  CreateDBInstanceReadReplicaCommand,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  PromoteReadReplicaCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, expectFault, setup } from "./clusters-fixtures.js";

const replica = (input: Record<string, unknown>) => new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: "r1", SourceDBClusterIdentifier: "maz", ...input } as any);

async function instance(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}
async function cluster(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

describe("CreateDBInstanceReadReplica of a Multi-AZ DB cluster", () => {
  it("copies the writer into a standalone replica listed on the cluster; promotion unlinks it", async () => {
    const { backend, client } = setup();
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    backend.clock.runDue();
    const out = (await client.send(replica({}))).DBInstance!;
    expect(out).toMatchObject({ DBInstanceIdentifier: "r1", Engine: "mysql", ReadReplicaSourceDBClusterIdentifier: "maz", BackupRetentionPeriod: 0, DBInstanceStatus: "creating" });
    expect(out.DBClusterIdentifier).toBeUndefined();
    expect(out.DBParameterGroups![0].DBParameterGroupName).toMatch(/^default\.mysql/);
    expect((await cluster(client, "maz")).ReadReplicaIdentifiers).toEqual(["arn:aws:rds:us-east-1:123456789012:db:r1"]);
    backend.clock.runDue();
    const promoted = (await client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1" }))).DBInstance!;
    expect(promoted.ReadReplicaSourceDBClusterIdentifier).toBeUndefined();
    expect((await cluster(client, "maz")).ReadReplicaIdentifiers).toEqual([]);
  });

  it("deleting the cluster promotes its DB instance replicas", async () => {
    const { backend, client } = setup();
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    backend.clock.runDue();
    await client.send(replica({}));
    backend.clock.runDue();
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "maz", SkipFinalSnapshot: true }));
    backend.clock.runDue();
    const r = await instance(client, "r1");
    expect(r.ReadReplicaSourceDBClusterIdentifier).toBeUndefined();
    expect(r.DBInstanceStatus).toBe("available");
  });

  it("refuses an Aurora cluster, an unknown one, both sources and a cluster not available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "aurora");
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    await expectFault(backend, () => client.send(replica({ SourceDBClusterIdentifier: "nope" })), { name: "DBClusterNotFoundFault", status: 404, message: "DBCluster nope not found." });
    await expectFault(backend, () => client.send(replica({ SourceDBClusterIdentifier: "maz" })), { name: "InvalidDBClusterStateFault", status: 400, message: "maz" });
    backend.clock.advance(60 * 60_000);
    await expectFault(backend, () => client.send(replica({ SourceDBClusterIdentifier: "aurora" })), {
      name: "InvalidParameterCombination", status: 400, message: "must be the identifier of an existing Multi-AZ DB cluster",
    });
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "x" })), { name: "InvalidParameterCombination", status: 400, message: "not both" });
    await expectFault(backend, () => client.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: "r1" })), {
      name: "InvalidParameterCombination", status: 400, message: "must be specified",
    });
  });
});
