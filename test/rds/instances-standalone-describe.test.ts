import { DescribeDBInstancesCommand, paginateDescribeDBInstances } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";

async function world() {
  const { backend, client } = setup();
  await createStandalone(client, { DBInstanceIdentifier: "pg1" });
  await createStandalone(client, { DBInstanceIdentifier: "my1", Engine: "mysql" });
  await createStandalone(client, { DBInstanceIdentifier: "ora1", Engine: "oracle-se2", DBInstanceClass: "db.m5.large" });
  await createCluster(client, "c1");
  await createInstance(client, "c1", "member-1");
  await createInstance(client, "c1", "member-2");
  return { backend, client };
}

const ids = (out: { DBInstances?: { DBInstanceIdentifier?: string }[] }) => out.DBInstances!.map((i) => i.DBInstanceIdentifier);

describe("DescribeDBInstances with standalone instances and cluster members", () => {
  it("filters by engine, db-instance-id (name or ARN), dbi-resource-id and db-cluster-id", async () => {
    const { client } = await world();
    const send = (Name: string, Values: string[]) => client.send(new DescribeDBInstancesCommand({ Filters: [{ Name, Values }] }));
    expect(ids(await send("engine", ["postgres", "mysql"]))).toEqual(["my1", "pg1"]);
    expect(ids(await send("engine", ["aurora-mysql"]))).toEqual(["member-1", "member-2"]);
    expect(ids(await send("db-instance-id", ["ora1", "arn:aws:rds:us-east-1:123456789012:db:pg1"]))).toEqual(["ora1", "pg1"]);
    const pg = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0];
    expect(ids(await send("dbi-resource-id", [pg.DbiResourceId!]))).toEqual(["pg1"]);
    expect(ids(await send("db-cluster-id", ["c1"]))).toEqual(["member-1", "member-2"]);
    expect(ids(await send("domain", ["d-123"]))).toEqual([]);
  });

  it("pages over standalone instances and members alike", async () => {
    const { client } = await world();
    for (let n = 10; n < 30; n++) await createStandalone(client, { DBInstanceIdentifier: `x${n}`, Engine: n % 2 ? "mysql" : "mariadb" });
    const pages: string[][] = [];
    for await (const page of paginateDescribeDBInstances({ client, pageSize: 20 }, {})) pages.push(ids(page) as string[]);
    expect(pages.map((p) => p.length)).toEqual([20, 5]);
    expect(pages.flat().slice(0, 5)).toEqual(["member-1", "member-2", "my1", "ora1", "pg1"]);
    expect(new Set(pages.flat()).size).toBe(25);
    const mysqlOnly = await client.send(new DescribeDBInstancesCommand({ MaxRecords: 20, Filters: [{ Name: "engine", Values: ["mysql", "mariadb"] }] }));
    expect(mysqlOnly.DBInstances!.length).toBe(20);
    const rest = await client.send(new DescribeDBInstancesCommand({ MaxRecords: 20, Marker: mysqlOnly.Marker, Filters: [{ Name: "engine", Values: ["mysql", "mariadb"] }] }));
    expect(ids(rest)).toEqual(["x29"]);
  });
});
