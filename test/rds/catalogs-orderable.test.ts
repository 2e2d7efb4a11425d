import {
  DescribeDBEngineVersionsCommand,
  DescribeOrderableDBInstanceOptionsCommand,
  paginateDescribeOrderableDBInstanceOptions,
  type DescribeOrderableDBInstanceOptionsCommandInput,
  type OrderableDBInstanceOption,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { orderableOptions } from "../../src/services/rds/catalogs/index.js";
import { expectFault, setup } from "./clusters-fixtures.js";

const describeOptions = (client: RDSClient, input: DescribeOrderableDBInstanceOptionsCommandInput) =>
  client.send(new DescribeOrderableDBInstanceOptionsCommand(input));

async function all(client: RDSClient, input: DescribeOrderableDBInstanceOptionsCommandInput): Promise<OrderableDBInstanceOption[]> {
  const out: OrderableDBInstanceOption[] = [];
  for await (const page of paginateDescribeOrderableDBInstanceOptions({ client }, input)) out.push(...(page.OrderableDBInstanceOptions ?? []));
  return out;
}

describe("DescribeOrderableDBInstanceOptions", () => {
  it("answers one option per storage type of a class, with the storage ranges of the RDS User Guide", async () => {
    const { client } = setup();
    const out = await describeOptions(client, { Engine: "POSTGRES", EngineVersion: "16.6", DBInstanceClass: "db.m6i.large" });
    const options = out.OrderableDBInstanceOptions!;
    expect(out.Marker).toBeUndefined();
    expect(options.map((o) => o.StorageType)).toEqual(["gp2", "gp3", "io1", "io2", "standard"]);
    const gp3 = options.find((o) => o.StorageType === "gp3")!;
    expect(gp3).toMatchObject({
      Engine: "postgres", EngineVersion: "16.6", DBInstanceClass: "db.m6i.large", LicenseModel: "postgresql-license",
      MinStorageSize: 20, MaxStorageSize: 65_536, SupportsIops: true, SupportsStorageThroughput: true,
      MinStorageThroughputPerDbInstance: 125, MaxStorageThroughputPerDbInstance: 4000, MultiAZCapable: true, Vpc: true,
    });
    expect(gp3.AvailabilityZones).toEqual([{ Name: "us-east-1a" }, { Name: "us-east-1b" }, { Name: "us-east-1c" }]);
    const io1 = options.find((o) => o.StorageType === "io1")!;
    expect([io1.MinStorageSize, io1.MinIopsPerDbInstance, io1.MaxIopsPerDbInstance, io1.MinIopsPerGib, io1.MaxIopsPerGib]).toEqual([100, 1000, 256_000, 0.5, 50]);
    expect(options.find((o) => o.StorageType === "gp2")!.SupportsIops).toBe(false);
    expect(options.find((o) => o.StorageType === "standard")).toMatchObject({ MinStorageSize: 5, MaxStorageSize: 3072 });
  });

  it("lists every version DescribeDBEngineVersions lists, for Aurora and the Multi-AZ engines", async () => {
    const { client } = setup();
    for (const Engine of ["aurora-mysql", "aurora-postgresql", "mysql", "postgres"]) {
      const versions = (await client.send(new DescribeDBEngineVersionsCommand({ Engine }))).DBEngineVersions!.map((v) => v.EngineVersion);
      const orderable = await all(client, { Engine, MaxRecords: 1000 });
      expect([...new Set(orderable.map((o) => o.EngineVersion))].sort()).toEqual([...versions].sort());
    }
  });

  it("answers Aurora with its own storage types and no storage size, and the standalone engines' classes and licenses", async () => {
    const { client } = setup();
    const aurora = (await describeOptions(client, { Engine: "aurora-mysql", DBInstanceClass: "db.serverless", EngineVersion: "8.0.mysql_aurora.3.08.2" })).OrderableDBInstanceOptions!;
    expect(aurora.map((o) => o.StorageType)).toEqual(["aurora", "aurora-iopt1"]);
    expect(aurora[0].MinStorageSize).toBeUndefined();
    expect(aurora[0]).toMatchObject({ SupportsClusters: true, SupportsGlobalDatabases: true, SupportsStorageAutoscaling: false });

    const se2 = await all(client, { Engine: "oracle-se2" });
    expect([...new Set(se2.map((o) => o.LicenseModel))].sort()).toEqual(["bring-your-own-license", "license-included"]);
    const included = await all(client, { Engine: "oracle-se2", LicenseModel: "license-included" });
    expect(included.length).toBe(se2.length / 2);
    expect(included.every((o) => o.LicenseModel === "license-included")).toBe(true);

    const express = await all(client, { Engine: "sqlserver-ex" });
    expect(express.length).toBeGreaterThan(0);
    expect(express.every((o) => o.MultiAZCapable === false && o.LicenseModel === "license-included")).toBe(true);
    expect((await all(client, { Engine: "sqlserver-ee" })).every((o) => o.MultiAZCapable === true)).toBe(true);
    for (const Engine of ["mariadb", "oracle-ee", "oracle-ee-cdb", "oracle-se2-cdb", "sqlserver-se", "sqlserver-web", "db2-se", "db2-ae"]) {
      expect((await describeOptions(client, { Engine, MaxRecords: 20 })).OrderableDBInstanceOptions!.length).toBe(20);
    }
    expect((await all(client, { Engine: "db2-ae" })).some((o) => o.StorageType === "standard")).toBe(false);
  });

  it("matches nothing for an unknown version or class, Vpc=false (EC2-Classic is retired) or a Local Zone group", async () => {
    const { client } = setup();
    for (const input of [
      { Engine: "mysql", EngineVersion: "5.1.0" },
      { Engine: "mysql", DBInstanceClass: "db.z9.huge" },
      { Engine: "mysql", Vpc: false },
      { Engine: "mysql", AvailabilityZoneGroup: "us-west-2-lax-1" },
      { Engine: "mysql", LicenseModel: "license-included" },
    ]) {
      expect((await describeOptions(client, input)).OrderableDBInstanceOptions).toEqual([]);
    }
    expect((await describeOptions(client, { Engine: "mysql", Vpc: true })).OrderableDBInstanceOptions!.length).toBe(100);
  });

  it("pages with MaxRecords and Marker, every option once, the same list as the accessor CreateDBInstance can use", async () => {
    const { client } = setup();
    const first = await describeOptions(client, { Engine: "aurora-postgresql", MaxRecords: 20 });
    expect(first.OrderableDBInstanceOptions!.length).toBe(20);
    expect(first.Marker).toBeDefined();
    const paged = await all(client, { Engine: "aurora-postgresql", MaxRecords: 20 });
    const key = (o: { Engine?: string; EngineVersion?: string; DBInstanceClass?: string; StorageType?: string; LicenseModel?: string }) =>
      `${o.Engine}/${o.EngineVersion}/${o.DBInstanceClass}/${o.StorageType}/${o.LicenseModel}`;
    expect(new Set(paged.map(key)).size).toBe(paged.length);
    const catalog = orderableOptions({ Engine: "aurora-postgresql" });
    expect(paged.map(key)).toEqual(catalog.map((o) => key({ Engine: o.engine, EngineVersion: o.version, DBInstanceClass: o.instanceClass, StorageType: o.storage.type, LicenseModel: o.licenseModel })));
    expect(orderableOptions({ Engine: "postgres", EngineVersion: "16.6", DBInstanceClass: "db.m6i.large", StorageType: "gp3" })).toHaveLength(1);
    expect(orderableOptions({ Engine: "postgres", DBInstanceClass: "db.serverless" })).toEqual([]);
  });

  it("refuses an unknown engine, MaxRecords outside 20-1000, Filters and a foreign Marker, changing nothing", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => describeOptions(client, { Engine: "sybase" }), { name: "InvalidParameterValue", status: 400, message: "Invalid DB engine: sybase" });
    for (const MaxRecords of [19, 1001]) {
      await expectFault(backend, () => describeOptions(client, { Engine: "mysql", MaxRecords }), { name: "InvalidParameterValue", status: 400, message: `MaxRecords must be from 20 to 1000; got ${MaxRecords}` });
    }
    expect((await describeOptions(client, { Engine: "mysql", MaxRecords: 1000 })).OrderableDBInstanceOptions!.length).toBeGreaterThan(100);
    await expectFault(backend, () => describeOptions(client, { Engine: "mysql", Filters: [{ Name: "engine", Values: ["mysql"] }] }), {
      name: "InvalidParameterValue", status: 400, message: "Unrecognized filter name: engine",
    });
    await expectFault(backend, () => describeOptions(client, { Engine: "mysql", Marker: "not-a-marker" }), { name: "InvalidParameterValue", status: 400, message: /marker/i });
    await expectFault(backend, () => describeOptions(client, {} as DescribeOrderableDBInstanceOptionsCommandInput), {
      name: "MissingParameter", status: 400, message: "Engine",
    });
  });
});
