/**
 * Issue 14: tenant databases of RDS for Oracle CDB instances (multi-tenant configuration) through a
 * real RDSClient: the first tenant made with the instance, create/modify/delete rules, the lifecycle
 * on the clock, renames, and an instance deleted and re-created under one name.
 */
import {
  CreateDBInstanceCommand,
  CreateTenantDatabaseCommand,
  DBInstanceNotFoundFault,
  DeleteDBInstanceCommand,
  DeleteTenantDatabaseCommand,
  DescribeTenantDatabasesCommand,
  InvalidDBInstanceStateFault,
  ModifyTenantDatabaseCommand,
  TenantDatabaseAlreadyExistsFault,
  TenantDatabaseNotFoundFault,
  TenantDatabaseQuotaExceededFault,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";

const CDB = { DBInstanceIdentifier: "cdb1", Engine: "oracle-ee-cdb", DBInstanceClass: "db.m5.large", AllocatedStorage: 100, MasterUsername: "admin", MasterUserPassword: "Secret-pass1", LicenseModel: "bring-your-own-license", MultiTenant: true, DBName: "PDB1" };

const create = (client: RDSClient, TenantDBName: string, extra: Record<string, unknown> = {}) =>
  client.send(new CreateTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName, MasterUsername: "tenantadmin", MasterUserPassword: "Tenant-pass1", ...extra }));
const names = async (client: RDSClient, input: Record<string, unknown> = {}) =>
  (await client.send(new DescribeTenantDatabasesCommand({ DBInstanceIdentifier: "cdb1", ...input }))).TenantDatabases!.map((t) => `${t.TenantDBName}:${t.Status}`);

/** Timed lifecycle, an available multi-tenant CDB `cdb1` whose first tenant PDB1 is available. */
async function cdb() {
  const s = setup({ lifecycle: "timed" });
  await createStandalone(s.client, CDB);
  s.backend.clock.advance(60 * 60_000);
  return s;
}

describe("the multi-tenant configuration", () => {
  it("a multi-tenant CDB starts with one tenant database named DBName; MultiTenant needs a CDB engine", async () => {
    const { backend, client } = await cdb();
    const [first] = (await client.send(new DescribeTenantDatabasesCommand({ DBInstanceIdentifier: "cdb1" }))).TenantDatabases!;
    expect(first).toMatchObject({ TenantDBName: "PDB1", DBInstanceIdentifier: "cdb1", MasterUsername: "admin", Status: "available", CharacterSetName: "AL32UTF8", NcharCharacterSetName: "AL16UTF16" });
    expect(first.TenantDatabaseARN).toBe(`arn:aws:rds:us-east-1:123456789012:tenant-database:${first.TenantDatabaseResourceId}`);
    await expectFault(backend, () => client.send(new CreateDBInstanceCommand({ ...CDB, DBInstanceIdentifier: "plain", Engine: "oracle-ee", DBName: "ORCL" })), {
      name: "InvalidParameterCombination", status: 400, message: "MultiTenant applies only to RDS for Oracle CDB engines",
    });
  });
});

describe("CreateTenantDatabase", () => {
  it("adds a tenant: creating for 10 minutes, then available; names are unique in the instance (any case)", async () => {
    const { backend, client } = await cdb();
    const out = await create(client, "Sales", { CharacterSetName: "WE8ISO8859P1", Tags: [{ Key: "team", Value: "sales" }] });
    expect(out.TenantDatabase).toMatchObject({ TenantDBName: "Sales", MasterUsername: "tenantadmin", Status: "creating", CharacterSetName: "WE8ISO8859P1", TagList: [{ Key: "team", Value: "sales" }] });
    backend.clock.advance(10 * 60_000 - 1);
    expect(await names(client)).toEqual(["PDB1:available", "Sales:creating"]);
    backend.clock.advance(1);
    expect(await names(client)).toEqual(["PDB1:available", "Sales:available"]);
    await expectFault(backend, () => create(client, "SALES"), { name: "TenantDatabaseAlreadyExistsFault", status: 400, message: "SALES", Class: TenantDatabaseAlreadyExistsFault });
  });

  it("checks the instance, the name, the user and the password, changing nothing", async () => {
    const { backend, client } = await cdb();
    await expectFault(backend, () => create(client, "x", { DBInstanceIdentifier: "ghost" }), { name: "DBInstanceNotFoundFault", status: 404, message: "ghost", Class: DBInstanceNotFoundFault });
    for (const bad of ["9lives", "toolongname", "null", "a_b"]) await expectFault(backend, () => create(client, bad), { name: "InvalidParameterValue", status: 400, message: "TenantDBName" });
    for (const bad of ["1admin", "a".repeat(17), "sys"]) await expectFault(backend, () => create(client, "t1", { MasterUsername: bad }), { name: "InvalidParameterValue", status: 400, message: "MasterUsername" });
    for (const bad of ["short", "has/slash1", "has@at12345", "x".repeat(31)]) {
      await expectFault(backend, () => create(client, "t1", { MasterUserPassword: bad }), { name: "InvalidParameterValue", status: 400, message: "MasterUserPassword" });
    }
    await expectFault(backend, () => create(client, "t1", { MasterUserPassword: undefined }), { name: "InvalidParameterCombination", status: 400, message: "exactly one" });
    await expectFault(backend, () => create(client, "t1", { ManageMasterUserPassword: true }), { name: "InvalidParameterCombination", status: 400, message: "exactly one" });
    const managed = await create(client, "t1", { MasterUserPassword: undefined, ManageMasterUserPassword: true });
    expect(managed.TenantDatabase!.MasterUserSecret?.SecretArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!/);
  });

  it("needs an available multi-tenant CDB, and holds at most 30 tenants", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client, CDB);
    await expectFault(backend, () => create(client, "t1"), { name: "InvalidDBInstanceStateFault", status: 400, message: /cdb1 is in status creating/, Class: InvalidDBInstanceStateFault });
    await createStandalone(client, { ...CDB, DBInstanceIdentifier: "single", MultiTenant: false });
    backend.clock.advance(60 * 60_000);
    await expectFault(backend, () => create(client, "t1", { DBInstanceIdentifier: "single" }), { name: "InvalidDBInstanceStateFault", status: 400, message: "multi-tenant configuration" });
    for (let n = 2; n <= 30; n++) await create(client, `T${n}`);
    await expectFault(backend, () => create(client, "T31"), { name: "TenantDatabaseQuotaExceededFault", status: 400, message: "30 tenant databases", Class: TenantDatabaseQuotaExceededFault });
  });
});

describe("ModifyTenantDatabase and DeleteTenantDatabase", () => {
  it("renames (the old name is free again) and changes the password through modifying", async () => {
    const { backend, client } = await cdb();
    await create(client, "SALES");
    backend.clock.advance(10 * 60_000);
    const out = await client.send(new ModifyTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName: "sales", NewTenantDBName: "REVENUE", MasterUserPassword: "New-pass123" }));
    expect(out.TenantDatabase).toMatchObject({ TenantDBName: "REVENUE", Status: "modifying" });
    await expectFault(backend, () => client.send(new ModifyTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName: "revenue", MasterUserPassword: "Other-pass1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: /REVENUE is in status modifying/,
    });
    backend.clock.advance(5 * 60_000);
    await create(client, "SALES");
    await expectFault(backend, () => client.send(new ModifyTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName: "revenue", NewTenantDBName: "pdb1" })), {
      name: "TenantDatabaseAlreadyExistsFault", status: 400, message: "pdb1",
    });
    await expectFault(backend, () => client.send(new ModifyTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName: "nope", MasterUserPassword: "Other-pass1" })), {
      name: "TenantDatabaseNotFoundFault", status: 404, message: "nope", Class: TenantDatabaseNotFoundFault,
    });
    await expectFault(backend, () => client.send(new ModifyTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName: "revenue" })), { name: "InvalidParameterCombination", status: 400, message: "at least one" });
  });

  it("deletes a tenant (deleting, then gone), never the last one; the name can be used again", async () => {
    const { backend, client } = await cdb();
    const del = (TenantDBName: string, extra: Record<string, unknown> = { SkipFinalSnapshot: true }) => client.send(new DeleteTenantDatabaseCommand({ DBInstanceIdentifier: "cdb1", TenantDBName, ...extra }));
    await expectFault(backend, () => del("pdb1"), { name: "InvalidDBInstanceStateFault", status: 400, message: "only tenant" });
    await create(client, "T2");
    backend.clock.advance(10 * 60_000);
    await expectFault(backend, () => del("T2", {}), { name: "InvalidParameterCombination", status: 400, message: "FinalDBSnapshotIdentifier" });
    await expectFault(backend, () => del("T2", { SkipFinalSnapshot: true, FinalDBSnapshotIdentifier: "snap" }), { name: "InvalidParameterCombination", status: 400, message: "not both" });
    expect((await del("T2")).TenantDatabase!.Status).toBe("deleting");
    await expectFault(backend, () => del("pdb1"), { name: "InvalidDBInstanceStateFault", status: 400, message: "only tenant" });
    backend.clock.advance(10 * 60_000);
    expect(await names(client)).toEqual(["PDB1:available"]);
    expect((await create(client, "T2")).TenantDatabase!.Status).toBe("creating");
  });
});

describe("DescribeTenantDatabases", () => {
  it("filters by name, resource ids; tenants go with their instance and do not come back with a new one of the same name", async () => {
    const { backend, client } = await cdb();
    await create(client, "T2");
    const all = (await client.send(new DescribeTenantDatabasesCommand({}))).TenantDatabases!;
    expect(all.map((t) => t.TenantDBName)).toEqual(["PDB1", "T2"]);
    const byName = await client.send(new DescribeTenantDatabasesCommand({ Filters: [{ Name: "tenant-db-name", Values: ["T2"] }] }));
    expect(byName.TenantDatabases!.map((t) => t.TenantDBName)).toEqual(["T2"]);
    const byDbi = await client.send(new DescribeTenantDatabasesCommand({ Filters: [{ Name: "dbi-resource-id", Values: [all[0].DbiResourceId!] }] }));
    expect(byDbi.TenantDatabases).toHaveLength(2);
    expect(await names(client, { TenantDBName: "t2" })).toEqual(["T2:creating"]);
    await expectFault(backend, () => names(client, { DBInstanceIdentifier: "ghost" }), { name: "DBInstanceNotFoundFault", status: 404, message: "ghost" });
    backend.clock.advance(10 * 60_000);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "cdb1", SkipFinalSnapshot: true }));
    backend.clock.advance(60 * 60_000);
    expect((await client.send(new DescribeTenantDatabasesCommand({}))).TenantDatabases).toEqual([]);
    await createStandalone(client, { ...CDB, DBName: "NEWPDB" });
    backend.clock.advance(60 * 60_000);
    expect(await names(client)).toEqual(["NEWPDB:available"]);
  });
});
