import {
  CreateDBInstanceCommand,
  CreateTenantDatabaseCommand,
  CreateDBSnapshotCommand,
  DBSnapshotNotFoundFault,
  DescribeDBSnapshotTenantDatabasesCommand,
  DescribeDBSnapshotsCommand,
  InvalidDBSnapshotStateFault,
  ModifyDBSnapshotAttributeCommand,
  ModifyDBSnapshotCommand,
  paginateDescribeDBSnapshots,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createStandalone, expectFault, setup } from "./db-snapshots-fixtures.js";

const snap = (DBInstanceIdentifier: string, DBSnapshotIdentifier: string) => new CreateDBSnapshotCommand({ DBInstanceIdentifier, DBSnapshotIdentifier });
const modify = (EngineVersion?: string, extra = {}, DBSnapshotIdentifier = "s1") => new ModifyDBSnapshotCommand({ DBSnapshotIdentifier, EngineVersion, ...extra });

describe("ModifyDBSnapshot", () => {
  it("upgrades a PostgreSQL snapshot to a later listed version; a new major gets that major's default option group", async () => {
    const ctx = setup();
    await createStandalone(ctx, "pg1", { EngineVersion: "16.6" });
    await ctx.rds.send(snap("pg1", "s1"));
    expect((await ctx.rds.send(modify("16.8"))).DBSnapshot).toMatchObject({ EngineVersion: "16.8", OptionGroupName: "default:postgres-16" });
    expect((await ctx.rds.send(modify("17.4"))).DBSnapshot).toMatchObject({ EngineVersion: "17.4", OptionGroupName: "default:postgres-17" });
    expect((await ctx.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "s1" }))).DBSnapshots![0].EngineVersion).toBe("17.4");
  });

  it("upgrades a MariaDB snapshot to a later version of the catalog", async () => {
    const ctx = setup();
    await createStandalone(ctx, "maria1", { Engine: "mariadb", EngineVersion: "10.6.20" });
    await ctx.rds.send(snap("maria1", "s1"));
    expect((await ctx.rds.send(modify("10.11.10"))).DBSnapshot).toMatchObject({ Engine: "mariadb", EngineVersion: "10.11.10", OptionGroupName: "default:mariadb-10-11" });
  });

  it("refuses, changing nothing: unknown and older versions, shared snapshots, unknown snapshots, option groups off Oracle", async () => {
    const ctx = setup();
    const { backend, rds } = ctx;
    await createStandalone(ctx, "pg1", { EngineVersion: "16.6" });
    await rds.send(snap("pg1", "s1"));
    await expectFault(backend, () => rds.send(modify("16.99")), { name: "InvalidParameterValue", message: /^Cannot find version 16\.99 for postgres$/ });
    await expectFault(backend, () => rds.send(modify("16.4")), { name: "InvalidParameterValue", message: /16\.6 to 16\.4/ });
    await expectFault(backend, () => rds.send(modify("16.8", { OptionGroupName: "default:postgres-16" })), { name: "InvalidParameterCombination", message: /Oracle/ });
    await expectFault(backend, () => rds.send(modify("16.8", {}, "nope")), { Class: DBSnapshotNotFoundFault, name: "DBSnapshotNotFoundFault", status: 404 });
    await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: "s1", AttributeName: "restore", ValuesToAdd: ["210987654321"] }));
    await expectFault(backend, () => rds.send(modify("16.8")), { Class: InvalidDBSnapshotStateFault, name: "InvalidDBSnapshotStateFault", message: /shared/ });
  });

  it("upgrades Oracle snapshots along AWS's table, with an option group of the target version", async () => {
    const ctx = setup();
    const { backend, rds } = ctx;
    await createStandalone(ctx, "ora1", { Engine: "oracle-ee", EngineVersion: "12.2.0.1.ru-2021-10.rur-2021-10.r1", fabricate: true });
    await rds.send(snap("ora1", "s1"));
    await expectFault(backend, () => rds.send(modify("19.0.0.0.ru-2022-07.rur-2022-07.r1")), { name: "InvalidParameterValue", message: /not a valid upgrade target/ });
    await expectFault(backend, () => rds.send(modify("19.0.0.0.ru-2022-01.rur-2022-01.r1", { OptionGroupName: "nope" })), { name: "InvalidParameterValue", message: /OptionGroupName/ });
    const out = await rds.send(modify("19.0.0.0.ru-2022-01.rur-2022-01.r1", { OptionGroupName: "default:oracle-ee-19" }));
    expect(out.DBSnapshot).toMatchObject({ EngineVersion: "19.0.0.0.ru-2022-01.rur-2022-01.r1", OptionGroupName: "default:oracle-ee-19" });
  });

  it("refuses engines AWS does not upgrade snapshots of (SQL Server)", async () => {
    const ctx = setup();
    await createStandalone(ctx, "ss1", { Engine: "sqlserver-se", fabricate: true });
    await ctx.rds.send(snap("ss1", "s1"));
    await expectFault(ctx.backend, () => ctx.rds.send(modify("16.00.4175.1.v1")), { name: "InvalidParameterValue", message: /sqlserver-se/ });
  });
});

describe("DescribeDBSnapshots", () => {
  it("narrows by instance (identifier or ARN), resource id and filters; pages with Marker", async () => {
    const ctx = setup();
    const { backend, rds } = ctx;
    const a = await createStandalone(ctx, "pg1");
    await createStandalone(ctx, "my1", { Engine: "mysql", fabricate: true });
    for (let i = 0; i < 23; i++) await rds.send(snap("pg1", `p${String(i).padStart(2, "0")}`));
    await rds.send(snap("my1", "m1"));
    const ids = async (input: object) => (await rds.send(new DescribeDBSnapshotsCommand(input))).DBSnapshots!.map((s) => s.DBSnapshotIdentifier);
    expect(await ids({ DBInstanceIdentifier: "MY1" })).toEqual(["m1"]);
    expect(await ids({ DBInstanceIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:db:my1` })).toEqual(["m1"]);
    expect(await ids({ Filters: [{ Name: "engine", Values: ["mysql"] }] })).toEqual(["m1"]);
    expect(await ids({ Filters: [{ Name: "db-snapshot-id", Values: ["P01", `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:m1`] }] })).toEqual(["m1", "p01"]);
    expect(await ids({ DbiResourceId: a.DbiResourceId, MaxRecords: 100 })).toHaveLength(23);
    expect(await ids({ Filters: [{ Name: "dbi-resource-id", Values: [a.DbiResourceId!] }] })).toHaveLength(23);
    expect(await ids({ SnapshotType: "awsbackup" })).toEqual([]);
    const first = await rds.send(new DescribeDBSnapshotsCommand({ MaxRecords: 20 }));
    expect(first.DBSnapshots).toHaveLength(20);
    expect(first.Marker).toBeDefined();
    const all: string[] = [];
    for await (const page of paginateDescribeDBSnapshots({ client: rds, pageSize: 20 }, {})) all.push(...page.DBSnapshots!.map((s) => s.DBSnapshotIdentifier!));
    expect(all).toHaveLength(24);
    expect(new Set(all).size).toBe(24);

    await expectFault(backend, () => rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "p01" })), { name: "InvalidParameterCombination" });
    await expectFault(backend, () => rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: "weekly" })), { name: "InvalidParameterValue", message: /SnapshotType/ });
    await expectFault(backend, () => rds.send(new DescribeDBSnapshotsCommand({ Filters: [{ Name: "color", Values: ["x"] }] })), { name: "InvalidParameterValue" });
    await expectFault(backend, () => rds.send(new DescribeDBSnapshotsCommand({ Marker: "bogus" })), { name: "InvalidParameterValue" });
    await expectFault(backend, () => rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "none" })), { Class: DBSnapshotNotFoundFault, name: "DBSnapshotNotFoundFault", status: 404 });
  });
});

describe("DescribeDBSnapshotTenantDatabases", () => {
  it("lists an Oracle CDB snapshot's tenant databases and nothing for other snapshots", async () => {
    const ctx = setup();
    const { rds } = ctx;
    await createStandalone(ctx, "cdb1", { Engine: "oracle-ee-cdb", EngineVersion: "19.0.0.0.ru-2024-10.rur-2024-10.r1", MultiTenant: true, DBName: "PDB1", fabricate: true });
    await createStandalone(ctx, "pg1");
    await rds.send(snap("cdb1", "c1"));
    await rds.send(snap("pg1", "p1"));
    const out = (await rds.send(new DescribeDBSnapshotTenantDatabasesCommand({}))).DBSnapshotTenantDatabases!;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ DBSnapshotIdentifier: "c1", DBInstanceIdentifier: "cdb1", EngineName: "oracle-ee-cdb", TenantDBName: "PDB1", SnapshotType: "manual", CharacterSetName: "AL32UTF8" });
    expect(out[0].TenantDatabaseResourceId).toMatch(/^tdb-[A-Z0-9]{26}$/);
    expect(out[0].DBSnapshotTenantDatabaseARN).toBe(`arn:aws:rds:us-east-1:${ACCOUNT}:snapshot-tenant-database:c1:${out[0].TenantDatabaseResourceId}`);
    expect((await rds.send(new DescribeDBSnapshotTenantDatabasesCommand({ DBSnapshotIdentifier: "p1" }))).DBSnapshotTenantDatabases).toEqual([]);
    const byName = await rds.send(new DescribeDBSnapshotTenantDatabasesCommand({ Filters: [{ Name: "tenant-db-name", Values: ["PDB1"] }] }));
    expect(byName.DBSnapshotTenantDatabases).toHaveLength(1);
    await expectFault(ctx.backend, () => rds.send(new DescribeDBSnapshotTenantDatabasesCommand({ DBSnapshotIdentifier: "zz" })), { name: "DBSnapshotNotFoundFault", status: 404 });
  });

  it("takes the CDB's tenant databases as they are when the snapshot is taken", async () => {
    const ctx = setup();
    const { rds } = ctx;
    await rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: "cdb2", Engine: "oracle-ee-cdb", DBInstanceClass: "db.m5.large", AllocatedStorage: 100, MasterUsername: "admin1",
      MasterUserPassword: "password123", LicenseModel: "bring-your-own-license", MultiTenant: true, DBName: "PDB1",
    }));
    await rds.send(new CreateTenantDatabaseCommand({ DBInstanceIdentifier: "cdb2", TenantDBName: "SALES", MasterUsername: "salesadmin", MasterUserPassword: "password123" }));
    await rds.send(snap("cdb2", "c2"));
    const out = (await rds.send(new DescribeDBSnapshotTenantDatabasesCommand({ DBSnapshotIdentifier: "c2" }))).DBSnapshotTenantDatabases!;
    expect(out.map((t) => t.TenantDBName).sort()).toEqual(["PDB1", "SALES"]);
  });
});
