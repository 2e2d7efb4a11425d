/**
 * Issue 14: blue/green deployments of an Aurora DB cluster through a real RDSClient: a green cluster
 * with a copy of each member instance, the unsupported sources, switchover renaming the cluster and
 * its instances (endpoints follow), DeleteTarget, and the delete guards.
 */
import {
  CreateBlueGreenDeploymentCommand,
  CreateDBClusterParameterGroupCommand,
  DBClusterNotFoundFault,
  DBClusterParameterGroupNotFoundFault,
  DeleteBlueGreenDeploymentCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeBlueGreenDeploymentsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  InvalidDBClusterStateFault,
  SourceClusterNotSupportedFault,
  SwitchoverBlueGreenDeploymentCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, expectFault, MULTI_AZ_MYSQL, setup } from "./clusters-fixtures.js";

const MIN = 60_000;
const ACCOUNT = "123456789012";
const clusterArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}`;
const dbArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:db:${id}`;

const create = (client: RDSClient, extra: Record<string, unknown> = {}) =>
  client.send(new CreateBlueGreenDeploymentCommand({ BlueGreenDeploymentName: "aurora-8", Source: clusterArn("c1"), ...extra }));
const cluster = async (client: RDSClient, id: string) => (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
const instance = async (client: RDSClient, id: string) => (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
const clusterIds = async (client: RDSClient) => (await client.send(new DescribeDBClustersCommand({}))).DBClusters!.map((c) => c.DBClusterIdentifier).sort();
const instanceIds = async (client: RDSClient) => (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!.map((i) => i.DBInstanceIdentifier).sort();

/** An available Aurora MySQL 5.7 cluster c1 with a writer c1-a and a reader c1-b. */
async function withCluster() {
  const s = setup({ lifecycle: "timed" });
  await createCluster(s.client, "c1", { EngineVersion: "5.7" });
  await createInstance(s.client, "c1", "c1-a");
  await createInstance(s.client, "c1", "c1-b");
  s.backend.clock.advance(30 * MIN);
  return s;
}

describe("blue/green deployments of an Aurora DB cluster", () => {
  it("creates a green cluster replicating from blue, with a copy of each instance, at the target version", async () => {
    const { backend, client } = await withCluster();
    const out = (await create(client, { TargetEngineVersion: "8.0" })).BlueGreenDeployment!;
    expect(out).toMatchObject({ Source: clusterArn("c1"), Status: "PROVISIONING" });
    expect(out.Target).toMatch(/^arn:aws:rds:us-east-1:123456789012:cluster:c1-green-[a-z0-9]{6}$/);
    expect(out.SwitchoverDetails!.map((s) => s.SourceMember)).toEqual([clusterArn("c1"), dbArn("c1-a"), dbArn("c1-b")]);
    expect(out.SwitchoverDetails![1].TargetMember).toMatch(/:db:c1-a-green-[a-z0-9]{6}$/);
    expect(out.Tasks!.map((t) => t.Name)).toEqual(["CREATING_READ_REPLICA_OF_SOURCE", "DB_ENGINE_VERSION_UPGRADE", "CREATE_DB_INSTANCES_FOR_CLUSTER", "CREATE_CUSTOM_ENDPOINTS"]);
    const greenId = out.Target!.split(":").pop()!;
    const green = await cluster(client, greenId);
    expect(green).toMatchObject({ Status: "creating", EngineVersion: "8.0.mysql_aurora.3.08.2", ReplicationSourceIdentifier: clusterArn("c1"), DBClusterParameterGroup: "default.aurora-mysql8.0" });
    expect(green.DBClusterMembers!.map((m) => [m.DBInstanceIdentifier!.replace(/-green-.*/, ""), m.IsClusterWriter])).toEqual([["c1-a", true], ["c1-b", false]]);
    expect((await cluster(client, "c1")).ReadReplicaIdentifiers).toEqual([out.Target]);
    expect(await instanceIds(client)).toHaveLength(4);
    backend.clock.advance(15 * MIN);
    expect((await client.send(new DescribeBlueGreenDeploymentsCommand({}))).BlueGreenDeployments![0].Status).toBe("AVAILABLE");
  });

  it("answers the documented faults for cluster sources and changes nothing", async () => {
    const { backend, client } = await withCluster();
    await expectFault(backend, () => create(client, { Source: clusterArn("ghost") }), { name: "DBClusterNotFoundFault", status: 404, message: "ghost", Class: DBClusterNotFoundFault });
    await expectFault(backend, () => create(client, { Source: dbArn("c1-a") }), { name: "SourceDatabaseNotSupportedFault", status: 400, message: "member of DB cluster c1" });
    await expectFault(backend, () => create(client, { TargetDBInstanceClass: "db.r6g.large" }), { name: "InvalidParameterCombination", status: 400, message: "Aurora" });
    await expectFault(backend, () => create(client, { TargetDBClusterParameterGroupName: "nope" }), { name: "DBClusterParameterGroupNotFoundFault", status: 404, message: "nope", Class: DBClusterParameterGroupNotFoundFault });
    await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "ams57", DBParameterGroupFamily: "aurora-mysql5.7", Description: "x" }));
    await expectFault(backend, () => create(client, { TargetEngineVersion: "8.0", TargetDBClusterParameterGroupName: "ams57" }), { name: "InvalidParameterCombination", status: 400, message: "aurora-mysql8.0" });
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    backend.clock.advance(60 * MIN);
    await expectFault(backend, () => create(client, { Source: clusterArn("maz") }), { name: "SourceClusterNotSupportedFault", status: 400, message: "Multi-AZ", Class: SourceClusterNotSupportedFault });
    await createCluster(client, "young");
    await expectFault(backend, () => create(client, { Source: clusterArn("young") }), { name: "InvalidDBClusterStateFault", status: 400, message: "creating", Class: InvalidDBClusterStateFault });
    const small = setup({ quotas: { rds: { dbInstances: 3 } } });
    await createCluster(small.client, "c1");
    await createInstance(small.client, "c1", "c1-a");
    await createInstance(small.client, "c1", "c1-b");
    await expectFault(small.backend, () => create(small.client), { name: "InstanceQuotaExceededFault", status: 400, message: "dbInstances" });
  });

  it("switchover renames the clusters and their instances; endpoints follow the names", async () => {
    const { backend, client } = await withCluster();
    const d = (await create(client, { TargetEngineVersion: "8.0" })).BlueGreenDeployment!;
    backend.clock.advance(15 * MIN);
    const blue = await cluster(client, "c1");
    const greenId = d.Target!.split(":").pop()!;
    const greenBefore = await cluster(client, greenId);
    for (const id of ["c1", greenId]) {
      await expectFault(backend, () => client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: id, SkipFinalSnapshot: true })), { name: "InvalidDBClusterStateFault", status: 400, message: "blue/green deployment" });
    }
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "c1-b" })), { name: "InvalidDBInstanceStateFault", status: 400, message: "blue/green deployment" });
    await client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: d.BlueGreenDeploymentIdentifier, SwitchoverTimeout: 3600 }));
    backend.clock.advance(MIN);
    expect(await clusterIds(client)).toEqual(["c1", "c1-old1"]);
    expect(await instanceIds(client)).toEqual(["c1-a", "c1-a-old1", "c1-b", "c1-b-old1"]);
    const now = await cluster(client, "c1");
    expect(now).toMatchObject({ DbClusterResourceId: greenBefore.DbClusterResourceId, Endpoint: blue.Endpoint, ReaderEndpoint: blue.ReaderEndpoint, EngineVersion: "8.0.mysql_aurora.3.08.2" });
    expect(now.ReplicationSourceIdentifier).toBeUndefined();
    expect(now.DBClusterMembers!.map((m) => m.DBInstanceIdentifier)).toEqual(["c1-a", "c1-b"]);
    const old = await cluster(client, "c1-old1");
    expect(old).toMatchObject({ DbClusterResourceId: blue.DbClusterResourceId, ReadReplicaIdentifiers: [] });
    expect(old.DBClusterMembers!.map((m) => m.DBInstanceIdentifier)).toEqual(["c1-a-old1", "c1-b-old1"]);
    expect((await instance(client, "c1-a")).DBClusterIdentifier).toBe("c1");
    expect((await instance(client, "c1-a-old1")).Endpoint!.Address).toMatch(/^c1-a-old1\./);
    const done = (await client.send(new DescribeBlueGreenDeploymentsCommand({ BlueGreenDeploymentIdentifier: d.BlueGreenDeploymentIdentifier }))).BlueGreenDeployments![0];
    expect(done.SwitchoverDetails).toEqual([
      { SourceMember: clusterArn("c1-old1"), TargetMember: clusterArn("c1"), Status: "SWITCHOVER_COMPLETED" },
      { SourceMember: dbArn("c1-a-old1"), TargetMember: dbArn("c1-a"), Status: "SWITCHOVER_COMPLETED" },
      { SourceMember: dbArn("c1-b-old1"), TargetMember: dbArn("c1-b"), Status: "SWITCHOVER_COMPLETED" },
    ]);
  });

  it("DeleteTarget deletes the green cluster and its instances; the blue cluster is free again", async () => {
    const { backend, client } = await withCluster();
    const d = (await create(client)).BlueGreenDeployment!;
    // Deleting while PROVISIONING is allowed: the green databases still being created go too.
    await client.send(new DeleteBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: d.BlueGreenDeploymentIdentifier, DeleteTarget: true }));
    backend.clock.advance(10 * MIN);
    expect(await clusterIds(client)).toEqual(["c1"]);
    expect(await instanceIds(client)).toEqual(["c1-a", "c1-b"]);
    expect((await cluster(client, "c1")).ReadReplicaIdentifiers).toEqual([]);
    expect((await client.send(new DescribeBlueGreenDeploymentsCommand({}))).BlueGreenDeployments).toEqual([]);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "c1-b" }));
  });
});
