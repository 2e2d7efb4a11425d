import { DBClusterNotFoundFault, DescribeDBClustersCommand, paginateDescribeDBClusters } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, expectFault, setup } from "./clusters-fixtures.js";

describe("DescribeDBClusters", () => {
  it("finds a cluster by identifier in any case, and by ARN", async () => {
    const { client } = setup();
    const c = await createCluster(client, "find-me");
    const byId = await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "FIND-ME" }));
    expect(byId.DBClusters!.map((x) => x.DBClusterArn)).toEqual([c.DBClusterArn]);
    const byArn = await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: c.DBClusterArn }));
    expect(byArn.DBClusters![0].DBClusterIdentifier).toBe("find-me");
    expect(byArn.Marker).toBeUndefined();
  });

  it("answers DBClusterNotFoundFault (404) for an unknown identifier or another Region's ARN", async () => {
    const { backend, client } = setup();
    await createCluster(client, "here");
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "nowhere" })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "nowhere",
    });
    await expectFault(
      backend,
      () => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "arn:aws:rds:us-west-2:123456789012:cluster:here" })),
      { name: "DBClusterNotFoundFault", status: 404, message: "us-west-2" },
    );
  });

  it("lists every cluster in identifier order", async () => {
    const { client } = setup();
    for (const id of ["charlie", "alpha", "bravo"]) await createCluster(client, id);
    const out = await client.send(new DescribeDBClustersCommand({}));
    expect(out.DBClusters!.map((c) => c.DBClusterIdentifier)).toEqual(["alpha", "bravo", "charlie"]);
  });

  it("filters by db-cluster-id (identifier or ARN), db-cluster-resource-id and engine", async () => {
    const { client } = setup();
    const a = await createCluster(client, "a-mysql");
    const b = await createCluster(client, "b-pg", AURORA_PG);
    await createCluster(client, "c-mysql");
    const ids = async (Filters: { Name: string; Values: string[] }[]) =>
      (await client.send(new DescribeDBClustersCommand({ Filters }))).DBClusters!.map((c) => c.DBClusterIdentifier);
    expect(await ids([{ Name: "db-cluster-id", Values: ["a-mysql", b.DBClusterArn!] }])).toEqual(["a-mysql", "b-pg"]);
    expect(await ids([{ Name: "db-cluster-resource-id", Values: [a.DbClusterResourceId!] }])).toEqual(["a-mysql"]);
    expect(await ids([{ Name: "engine", Values: ["aurora-postgresql"] }])).toEqual(["b-pg"]);
    expect(await ids([{ Name: "engine", Values: ["aurora-mysql"] }, { Name: "db-cluster-id", Values: ["c-mysql", "b-pg"] }])).toEqual(["c-mysql"]);
    expect(await ids([{ Name: "clone-group-id", Values: ["nothing"] }])).toEqual([]);
    // No Active Directory domain exists in the mock, so the documented domain filter matches nothing.
    expect(await ids([{ Name: "domain", Values: ["d-1234567890"] }])).toEqual([]);
  });

  it("rejects an unknown filter name and a filter without values", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ Filters: [{ Name: "status", Values: ["available"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "status",
    });
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ Filters: [{ Name: "engine", Values: [] }] })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "engine",
    });
  });

  it("accepts MaxRecords from 20 to 100 only", async () => {
    const { backend, client } = setup();
    for (const MaxRecords of [19, 101, 0]) {
      await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ MaxRecords })), {
        name: "InvalidParameterValue",
        status: 400,
        message: "MaxRecords",
      });
    }
  });

  it("pages with Marker and with paginateDescribeDBClusters", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbClusters: 100 } } });
    for (let i = 0; i < 45; i++) await createCluster(client, `p${String(i).padStart(2, "0")}`);
    const first = await client.send(new DescribeDBClustersCommand({ MaxRecords: 20 }));
    expect(first.DBClusters).toHaveLength(20);
    expect(first.Marker).toBeTruthy();
    const second = await client.send(new DescribeDBClustersCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBClusters![0].DBClusterIdentifier).toBe("p20");
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeDBClusters({ client, pageSize: 20 }, {})) {
      pages++;
      for (const c of page.DBClusters ?? []) seen.push(c.DBClusterIdentifier!);
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ Marker: "not-a-marker" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "Marker",
    });
  });

  it("shows the restorable window moving with the clock while the cluster runs", async () => {
    const { backend, client } = setup();
    const c = await createCluster(client, "pitr", { BackupRetentionPeriod: 1 });
    backend.clock.advance(3 * 86_400_000);
    const later = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "pitr" }))).DBClusters![0];
    expect(later.LatestRestorableTime!.getTime()).toBe(backend.clock.now());
    expect(later.EarliestRestorableTime!.getTime()).toBe(backend.clock.now() - 86_400_000);
    expect(later.ClusterCreateTime).toEqual(c.ClusterCreateTime);
  });

  it("finds nothing under names of Object.prototype's members", async () => {
    const { backend, client } = setup();
    for (const name of ["constructor", "__proto__", "toString"]) {
      await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: name })), {
        name: "DBClusterNotFoundFault",
        status: 404,
        message: name,
      });
    }
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ Filters: [{ Name: "constructor", Values: ["x"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "constructor",
    });
    const c = await createCluster(client, "constructor");
    expect(c.DBClusterIdentifier).toBe("constructor");
  });
});
