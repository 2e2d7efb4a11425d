/**
 * Defects the stateful fuzzer (test/fuzz/stateful) found in RDS, each as the shrunk sequence it printed,
 * through a real RDSClient. See docs/robustness-findings.md.
 */
import {
  CreateDBClusterEndpointCommand,
  CreateDBInstanceCommand,
  DBInstanceNotFoundFault,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClusterEndpointsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  ModifyDBInstanceCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;

async function clusterIds(client: RDSClient) {
  return (await client.send(new DescribeDBClustersCommand({}))).DBClusters!.map((c) => [c.DBClusterIdentifier, c.Status]);
}

async function instanceIds(client: RDSClient) {
  return (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!.map((i) => [i.DBInstanceIdentifier, i.DBInstanceStatus, i.DBClusterIdentifier]);
}

describe("a deleted cluster outlives its instances (timed)", () => {
  it("an Aurora cluster whose last instance is still being deleted stays deleting until that instance is gone", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "beta");
    await createInstance(client, "beta", "i1");
    backend.clock.runAll();
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1", SkipFinalSnapshot: true }));
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "beta", SkipFinalSnapshot: true }));
    backend.clock.advance(2 * MINUTE); // the cluster's own delete is done; i1's (3 minutes) is not
    expect(await instanceIds(client)).toEqual([["i1", "deleting", "beta"]]);
    expect(await clusterIds(client)).toEqual([["beta", "deleting"]]);
    backend.clock.advance(1 * MINUTE);
    expect(await instanceIds(client)).toEqual([]);
    expect(await clusterIds(client)).toEqual([]);
  });

  it("a Multi-AZ DB cluster stays deleting until its three instances are gone", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "alpha", MULTI_AZ_MYSQL);
    backend.clock.runAll();
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "alpha", SkipFinalSnapshot: true }));
    backend.clock.advance(2 * MINUTE);
    expect((await instanceIds(client)).map(([, status, cluster]) => [status, cluster])).toEqual([
      ["deleting", "alpha"],
      ["deleting", "alpha"],
      ["deleting", "alpha"],
    ]);
    expect(await clusterIds(client)).toEqual([["alpha", "deleting"]]);
    backend.clock.advance(1 * MINUTE - 1);
    expect(await clusterIds(client)).toEqual([["alpha", "deleting"]]);
    backend.clock.advance(1);
    expect(await instanceIds(client)).toEqual([]);
    expect(await clusterIds(client)).toEqual([]);
  });

  it("in the instant lifecycle both are gone by the next call", async () => {
    const { client } = setup();
    await createCluster(client, "alpha", MULTI_AZ_MYSQL);
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "alpha", SkipFinalSnapshot: true }));
    expect(await instanceIds(client)).toEqual([]);
    expect(await clusterIds(client)).toEqual([]);
  });
});

describe("a renamed instance keeps its place in custom endpoints", () => {
  async function endpoint(client: RDSClient, id: string) {
    const out = await client.send(new DescribeDBClusterEndpointsCommand({ DBClusterEndpointIdentifier: id }));
    return out.DBClusterEndpoints![0];
  }

  it("static and excluded member lists follow the new name", async () => {
    const { client } = setup();
    await createCluster(client, "alpha");
    await createInstance(client, "alpha", "i1");
    await createInstance(client, "alpha", "i2");
    await client.send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: "alpha", DBClusterEndpointIdentifier: "ep1", EndpointType: "ANY", StaticMembers: ["i1"] }));
    await client.send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: "alpha", DBClusterEndpointIdentifier: "ep2", EndpointType: "ANY", ExcludedMembers: ["i1"] }));
    await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", NewDBInstanceIdentifier: "i3", ApplyImmediately: true }));
    expect((await endpoint(client, "ep1")).StaticMembers).toEqual(["i3"]);
    expect((await endpoint(client, "ep2")).ExcludedMembers).toEqual(["i3"]);
  });

  it("a new instance under the old name, in another cluster, is not a member", async () => {
    const { backend, client } = setup();
    await createCluster(client, "alpha");
    await createCluster(client, "beta");
    await createInstance(client, "alpha", "i1");
    await client.send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: "alpha", DBClusterEndpointIdentifier: "ep1", EndpointType: "ANY", StaticMembers: ["i1"] }));
    await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", NewDBInstanceIdentifier: "i2", ApplyImmediately: true }));
    await client.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "i1", DBClusterIdentifier: "beta", Engine: "aurora-mysql", DBInstanceClass: "db.r6g.large" }));
    expect((await endpoint(client, "ep1")).StaticMembers).toEqual(["i2"]);
    // The old name is no member of alpha: an endpoint cannot be given it.
    await expectFault(
      backend,
      () => client.send(new CreateDBClusterEndpointCommand({ DBClusterIdentifier: "alpha", DBClusterEndpointIdentifier: "ep2", EndpointType: "ANY", StaticMembers: ["i1"] })),
      { name: "DBInstanceNotFoundFault", Class: DBInstanceNotFoundFault, status: 404, message: "i1" },
    );
  });
});
