import { CreateDBClusterCommand, DescribeDBEngineVersionsCommand, paginateDescribeDBEngineVersions } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, AURORA_PG, expectFault, setup } from "./clusters-fixtures.js";

describe("DescribeDBEngineVersions", () => {
  it("describes a version with its family, descriptions, modes, features and later versions as upgrade targets", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeDBEngineVersionsCommand({ Engine: "aurora-mysql", EngineVersion: "5.7.mysql_aurora.2.12.4" }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.DBEngineVersions).toHaveLength(1);
    const v = out.DBEngineVersions![0];
    expect(v).toMatchObject({
      Engine: "aurora-mysql",
      EngineVersion: "5.7.mysql_aurora.2.12.4",
      MajorEngineVersion: "5.7",
      DBParameterGroupFamily: "aurora-mysql5.7",
      DBEngineDescription: "Aurora MySQL",
      Status: "available",
      SupportsReadReplica: true,
      SupportsParallelQuery: true,
      SupportsGlobalDatabases: true,
    });
    expect(v.DBEngineVersionDescription).toContain("5.7.mysql_aurora.2.12.4");
    expect(v.SupportedEngineModes).toContain("provisioned");
    expect(v.ExportableLogTypes).toContain("slowquery");
    const targets = v.ValidUpgradeTarget!;
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t.Engine === "aurora-mysql" && t.EngineVersion!.startsWith("8.0.") && t.IsMajorVersionUpgrade === true)).toBe(true);
    expect(out.Marker).toBeUndefined();
  });

  it("marks minor upgrades as not major and lists no target for the newest version", async () => {
    const { client } = setup();
    const all = (await client.send(new DescribeDBEngineVersionsCommand({ Engine: "aurora-postgresql" }))).DBEngineVersions!;
    expect(all.every((v) => v.Engine === "aurora-postgresql")).toBe(true);
    const v16 = all.find((v) => v.EngineVersion === "16.4")!;
    expect(v16.SupportedFeatureNames).toContain("s3Import");
    expect(v16.SupportsBabelfish).toBe(true);
    expect(v16.ValidUpgradeTarget!.find((t) => t.EngineVersion === "16.6")!.IsMajorVersionUpgrade).toBe(false);
    expect(v16.ValidUpgradeTarget!.find((t) => t.EngineVersion === "17.4")!.IsMajorVersionUpgrade).toBe(true);
    expect(v16.ValidUpgradeTarget!.some((t) => t.EngineVersion === "15.6")).toBe(false);
    expect(all[all.length - 1].ValidUpgradeTarget).toEqual([]);
  });

  it("DefaultOnly answers the default version per engine, or of the major version asked for", async () => {
    const { client } = setup();
    const defaults = (await client.send(new DescribeDBEngineVersionsCommand({ DefaultOnly: true }))).DBEngineVersions!;
    expect(defaults.map((v) => [v.Engine, v.EngineVersion])).toEqual([
      ["aurora-mysql", "8.0.mysql_aurora.3.08.2"],
      ["aurora-postgresql", "16.6"],
      ["db2-ae", "11.5.9.0.sb00000000.r1"],
      ["db2-se", "11.5.9.0.sb00000000.r1"],
      ["mariadb", "10.11.10"],
      ["mysql", "8.0.40"],
      ["oracle-ee", "19.0.0.0.ru-2025-01.rur-2025-01.r1"],
      ["oracle-ee-cdb", "19.0.0.0.ru-2025-01.rur-2025-01.r1"],
      ["oracle-se2", "19.0.0.0.ru-2025-01.rur-2025-01.r1"],
      ["oracle-se2-cdb", "19.0.0.0.ru-2025-01.rur-2025-01.r1"],
      ["postgres", "16.6"],
      ["sqlserver-ee", "16.00.4165.4.v1"],
      ["sqlserver-ex", "16.00.4165.4.v1"],
      ["sqlserver-se", "16.00.4165.4.v1"],
      ["sqlserver-web", "16.00.4165.4.v1"],
    ]);
    const major = await client.send(new DescribeDBEngineVersionsCommand({ Engine: "aurora-mysql", EngineVersion: "5.7", DefaultOnly: true }));
    expect(major.DBEngineVersions!.map((v) => v.EngineVersion)).toEqual(["5.7.mysql_aurora.2.12.4"]);
    const allOfMajor = await client.send(new DescribeDBEngineVersionsCommand({ Engine: "mysql", EngineVersion: "8.4" }));
    expect(allOfMajor.DBEngineVersions!.map((v) => v.EngineVersion)).toEqual(["8.4.3", "8.4.4"]);
  });

  it("filters by family, engine, engine-version, engine-mode and status; accepts ListSupportedCharacterSets and IncludeAll", async () => {
    const { client } = setup();
    const byFamily = await client.send(new DescribeDBEngineVersionsCommand({ DBParameterGroupFamily: "postgres15", ListSupportedCharacterSets: true, IncludeAll: true }));
    expect(byFamily.DBEngineVersions!.map((v) => v.EngineVersion)).toEqual(["15.6", "15.10", "15.12"]);
    const serverless = await client.send(new DescribeDBEngineVersionsCommand({ Filters: [{ Name: "engine-mode", Values: ["serverless"] }] }));
    expect(new Set(serverless.DBEngineVersions!.map((v) => v.Engine))).toEqual(new Set(["aurora-mysql", "aurora-postgresql"]));
    const filtered = await client.send(
      new DescribeDBEngineVersionsCommand({
        Filters: [
          { Name: "engine", Values: ["postgres"] },
          { Name: "engine-version", Values: ["17.5", "16.6"] },
          { Name: "db-parameter-group-family", Values: ["postgres17"] },
          { Name: "status", Values: ["available"] },
        ],
      }),
    );
    expect(filtered.DBEngineVersions!.map((v) => v.EngineVersion)).toEqual(["17.5"]);
    const deprecated = await client.send(new DescribeDBEngineVersionsCommand({ Filters: [{ Name: "status", Values: ["deprecated"] }] }));
    expect(deprecated.DBEngineVersions).toEqual([]);
    // The engines that run only as standalone DB instances list the versions CreateDBInstance accepts (the orderable catalog's).
    const mariadb = (await client.send(new DescribeDBEngineVersionsCommand({ Engine: "mariadb" }))).DBEngineVersions!;
    expect(mariadb.map((v) => [v.EngineVersion, v.DBParameterGroupFamily])).toEqual([
      ["10.6.20", "mariadb10.6"], ["10.11.10", "mariadb10.11"], ["11.4.4", "mariadb11.4"], ["11.4.5", "mariadb11.4"],
    ]);
    expect(mariadb[0].ValidUpgradeTarget!.map((t) => [t.EngineVersion, t.IsMajorVersionUpgrade])).toEqual([["10.11.10", true], ["11.4.4", true], ["11.4.5", true]]);
    const oracle = await client.send(new DescribeDBEngineVersionsCommand({ DBParameterGroupFamily: "oracle-ee-cdb-21" }));
    expect(oracle.DBEngineVersions!.map((v) => v.EngineVersion)).toEqual(["21.0.0.0.ru-2025-01.rur-2025-01.r1"]);
    const sqlserver = await client.send(new DescribeDBEngineVersionsCommand({ Engine: "sqlserver-se", EngineVersion: "15.00" }));
    expect(sqlserver.DBEngineVersions!.map((v) => v.DBParameterGroupFamily)).toEqual(["sqlserver-se-15.0"]);
  });

  it("pages with MaxRecords and Marker, and the SDK paginator reads every page", async () => {
    const { client } = setup();
    const first = await client.send(new DescribeDBEngineVersionsCommand({ MaxRecords: 20 }));
    expect(first.DBEngineVersions).toHaveLength(20);
    expect(first.Marker).toBeDefined();
    const second = await client.send(new DescribeDBEngineVersionsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBEngineVersions![0].EngineVersion).not.toBe(first.DBEngineVersions![19].EngineVersion);
    const all: string[] = [];
    for await (const page of paginateDescribeDBEngineVersions({ client, pageSize: 20 }, {})) {
      all.push(...page.DBEngineVersions!.map((v) => `${v.Engine}/${v.EngineVersion}`));
    }
    expect(new Set(all).size).toBe(all.length);
    const single = await client.send(new DescribeDBEngineVersionsCommand({}));
    expect(single.DBEngineVersions!.map((v) => `${v.Engine}/${v.EngineVersion}`)).toEqual(all);
  });

  it("lists versions that CreateDBCluster accepts", async () => {
    const { client } = setup();
    for (const [base, engine] of [[AURORA_MYSQL, "aurora-mysql"], [AURORA_PG, "aurora-postgresql"]] as const) {
      const versions = (await client.send(new DescribeDBEngineVersionsCommand({ Engine: engine }))).DBEngineVersions!;
      const oldest = versions[0];
      const out = await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: `c-${engine}`, ...base, EngineVersion: oldest.EngineVersion }));
      expect(out.DBCluster!.EngineVersion).toBe(oldest.EngineVersion);
      expect(out.DBCluster!.DBClusterParameterGroup).toBe(`default.${oldest.DBParameterGroupFamily}`);
    }
  });

  it("rejects an unknown engine, an unknown family, MaxRecords outside 20-100, a bad Marker and an unknown filter", async () => {
    const { backend, client } = setup();
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ Engine: "oracle-xe" }, "Engine oracle-xe is not a valid engine name"],
      [{ DBParameterGroupFamily: "nosuch1" }, "DBParameterGroupFamily nosuch1"],
      [{ MaxRecords: 19 }, "MaxRecords must be from 20 to 100"],
      [{ MaxRecords: 101 }, "MaxRecords must be from 20 to 100"],
      [{ Marker: "bogus" }, "Marker"],
      [{ Filters: [{ Name: "db-cluster-id", Values: ["x"] }] }, "Unrecognized filter name: db-cluster-id"],
      [{ Filters: [{ Name: "engine", Values: [] }] }, "Filter engine must have at least one value", "InvalidParameterCombination"],
    ];
    for (const [input, message, name = "InvalidParameterValue"] of cases) {
      await expectFault(backend, () => client.send(new DescribeDBEngineVersionsCommand(input)), { name, status: 400, message });
    }
  });
});
