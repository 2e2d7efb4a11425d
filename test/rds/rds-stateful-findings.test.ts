/**
 * Defects the stateful fuzzer (test/fuzz/stateful) found in RDS, each as the shrunk sequence it printed,
 * through a real RDSClient. See docs/robustness-findings.md.
 */
import { DeleteDBClusterCommand, DeleteDBInstanceCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, createInstance, setup } from "./clusters-fixtures.js";

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
