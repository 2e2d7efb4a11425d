import { CreateDBInstanceCommand, DBInstanceAlreadyExistsFault, DescribeDBInstancesCommand, InstanceQuotaExceededFault, StorageQuotaExceededFault, StorageTypeNotSupportedFault } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";
import { PG, create, createStandalone } from "./instances-standalone-fixtures.js";

type Case = [label: string, input: Record<string, unknown>, code: string, message: string | RegExp];

const ORACLE = { Engine: "oracle-ee", DBInstanceClass: "db.m5.large" };
const SQLSERVER = { Engine: "sqlserver-se", DBInstanceClass: "db.m5.large" };

const cases: Case[] = [
  // Identifier (shared/identifiers.ts): 1-63, letter first, no --, no trailing hyphen.
  ["an identifier with a leading digit", { DBInstanceIdentifier: "1db" }, "InvalidParameterValue", "DBInstanceIdentifier"],
  ["an identifier with --", { DBInstanceIdentifier: "a--b" }, "InvalidParameterValue", "DBInstanceIdentifier"],
  ["an identifier ending in a hyphen", { DBInstanceIdentifier: "ab-" }, "InvalidParameterValue", "DBInstanceIdentifier"],
  ["a 64-character identifier", { DBInstanceIdentifier: "a".repeat(64) }, "InvalidParameterValue", "DBInstanceIdentifier"],
  // Engine and the orderable catalog.
  ["an unknown engine", { Engine: "cobol" }, "InvalidParameterValue", "Invalid DB engine: cobol"],
  ["an unknown version", { EngineVersion: "9.9" }, "InvalidParameterCombination", "Cannot find version 9.9 for postgres"],
  ["a class the engine does not offer", { Engine: "sqlserver-ee", DBInstanceClass: "db.t3.micro" }, "InvalidParameterCombination", "RDS does not support creating a DB instance with the following combination: DBInstanceClass=db.t3.micro, Engine=sqlserver-ee"],
  ["a license model of another engine", { LicenseModel: "license-included" }, "InvalidParameterValue", "license-included"],
  ["PromotionTier (cluster members only)", { PromotionTier: 1 }, "InvalidParameterCombination", "PromotionTier"],
  // Storage.
  ["no AllocatedStorage", { AllocatedStorage: undefined }, "InvalidParameterValue", "The parameter AllocatedStorage must be provided and must not be null."],
  ["19 GiB of gp2", { StorageType: "gp2", AllocatedStorage: 19 }, "InvalidParameterValue", "Invalid storage size for engine name postgres and storage type gp2: 19"],
  ["65537 GiB of gp3", { AllocatedStorage: 65537 }, "InvalidParameterValue", "Invalid storage size for engine name postgres and storage type gp3: 65537"],
  ["4 GiB of magnetic storage", { StorageType: "standard", AllocatedStorage: 4 }, "InvalidParameterValue", "storage type standard: 4"],
  ["9 GiB of Oracle magnetic storage", { ...ORACLE, StorageType: "standard", AllocatedStorage: 9 }, "InvalidParameterValue", "oracle-ee and storage type standard: 9"],
  ["16385 GiB of SQL Server gp2", { ...SQLSERVER, StorageType: "gp2", AllocatedStorage: 16385 }, "InvalidParameterValue", "sqlserver-se and storage type gp2: 16385"],
  ["99 GiB of io1", { StorageType: "io1", Iops: 1000, AllocatedStorage: 99 }, "InvalidParameterValue", "storage type io1: 99"],
  ["io1 without Iops", { StorageType: "io1", AllocatedStorage: 100 }, "InvalidParameterValue", "Iops"],
  ["io1 at 51 IOPS per GiB", { StorageType: "io1", AllocatedStorage: 100, Iops: 5100 }, "InvalidParameterValue", "between 0.5 and 50"],
  ["SQL Server io1 below 1 IOPS per GiB", { ...SQLSERVER, StorageType: "io1", AllocatedStorage: 2000, Iops: 1500 }, "InvalidParameterValue", "between 1 and 50"],
  ["io1 below 1,000 IOPS", { StorageType: "io1", AllocatedStorage: 100, Iops: 500 }, "InvalidParameterValue", "Iops must be from 1000"],
  ["Iops with gp2", { StorageType: "gp2", Iops: 1000 }, "InvalidParameterCombination", "gp2"],
  ["gp3 Iops under 400 GiB", { StorageType: "gp3", Iops: 12000, StorageThroughput: 500 }, "InvalidParameterCombination", "You can't specify IOPS or storage throughput for engine postgres and a storage size less than 400."],
  ["gp3 Iops without StorageThroughput", { StorageType: "gp3", AllocatedStorage: 400, Iops: 12000 }, "InvalidParameterCombination", "StorageThroughput"],
  ["StorageThroughput with io1", { StorageType: "io1", AllocatedStorage: 100, Iops: 1000, StorageThroughput: 500 }, "InvalidParameterCombination", "gp3"],
  ["gp3 throughput over 0.25 MiBps per IOPS", { StorageType: "gp3", AllocatedStorage: 400, Iops: 12000, StorageThroughput: 3500 }, "InvalidParameterValue", "0.25"],
  ["an unknown storage type", { StorageType: "aurora" }, "StorageTypeNotSupportedFault", "aurora"],
  // Credentials.
  ["no MasterUsername", { MasterUsername: undefined }, "InvalidParameterValue", "The parameter MasterUsername must be provided and must not be blank."],
  ["a MasterUsername with a leading digit", { MasterUsername: "1admin" }, "InvalidParameterValue", "MasterUsername"],
  ["a 17-character MySQL MasterUsername", { Engine: "mysql", MasterUsername: "a".repeat(17) }, "InvalidParameterValue", "1 to 16"],
  ["a 64-character PostgreSQL MasterUsername", { MasterUsername: "a".repeat(64) }, "InvalidParameterValue", "1 to 63"],
  ["a 31-character Oracle MasterUsername", { ...ORACLE, MasterUsername: "a".repeat(31) }, "InvalidParameterValue", "1 to 30"],
  ["the reserved PostgreSQL name admin", { MasterUsername: "admin" }, "InvalidParameterValue", "MasterUsername admin cannot be used as it is a reserved word used by the engine"],
  ["the reserved SQL Server name sa", { ...SQLSERVER, MasterUsername: "sa" }, "InvalidParameterValue", "reserved word"],
  ["no password and no managed password", { MasterUserPassword: undefined }, "InvalidParameterValue", "MasterUserPassword"],
  ["a 7-character password", { MasterUserPassword: "Short-1" }, "InvalidParameterValue", "8 to 128"],
  ["a 42-character MySQL password", { Engine: "mysql", MasterUserPassword: "a".repeat(42) }, "InvalidParameterValue", "8 to 41"],
  ["a 31-character Oracle password", { ...ORACLE, MasterUserPassword: "a".repeat(31) }, "InvalidParameterValue", "8 to 30"],
  ["a password with @", { MasterUserPassword: "Secret@pass1" }, "InvalidParameterValue", "printable ASCII"],
  ["a password with a space", { MasterUserPassword: "Secret pass1" }, "InvalidParameterValue", "printable ASCII"],
  ["an Oracle password with &", { ...ORACLE, MasterUserPassword: "Secret&pass1" }, "InvalidParameterValue", "&"],
  ["a password and ManageMasterUserPassword", { ManageMasterUserPassword: true }, "InvalidParameterCombination", "ManageMasterUserPassword"],
  // DBName.
  ["a DBName for SQL Server", { ...SQLSERVER, DBName: "app" }, "InvalidParameterValue", "DBName must be null for engine: sqlserver-se"],
  ["a 9-character Oracle SID", { ...ORACLE, DBName: "ORCLORCL9" }, "InvalidParameterValue", "SID"],
  ["a DBName with a hyphen", { DBName: "my-db" }, "InvalidParameterValue", "DBName"],
  ["a 64-character PostgreSQL DBName", { DBName: "d".repeat(64) }, "InvalidParameterValue", "1 to 63"],
  // Port, windows, retention, Multi-AZ, encryption.
  ["port 1149", { Port: 1149 }, "InvalidParameterValue", "1150-65535"],
  ["SQL Server port 1434", { ...SQLSERVER, Port: 1434 }, "InvalidParameterValue", "1434"],
  ["BackupRetentionPeriod 36", { BackupRetentionPeriod: 36 }, "InvalidParameterValue", "BackupRetentionPeriod"],
  ["a 29-minute backup window", { PreferredBackupWindow: "01:00-01:29" }, "InvalidParameterValue", "PreferredBackupWindow"],
  ["a malformed maintenance window", { PreferredMaintenanceWindow: "sun:5-sun:6" }, "InvalidParameterValue", "PreferredMaintenanceWindow"],
  ["overlapping windows", { PreferredBackupWindow: "05:00-05:30", PreferredMaintenanceWindow: "mon:05:15-mon:05:45" }, "InvalidParameterValue", "overlap"],
  ["Multi-AZ for SQL Server Express", { Engine: "sqlserver-ex", DBInstanceClass: "db.t3.micro", MultiAZ: true }, "InvalidParameterCombination", "sqlserver-ex"],
  ["Multi-AZ with an Availability Zone", { MultiAZ: true, AvailabilityZone: "us-east-1a" }, "InvalidParameterCombination", "availability zone"],
  ["KmsKeyId without StorageEncrypted", { KmsKeyId: "alias/x" }, "InvalidParameterCombination", "KmsKeyId"],
  ["an unknown subnet group", { DBSubnetGroupName: "ghost" }, "DBSubnetGroupNotFoundFault", "ghost"],
  ["an unknown parameter group", { DBParameterGroupName: "ghost" }, "DBParameterGroupNotFoundFault", "ghost"],
  ["a parameter group of another family", { DBParameterGroupName: "default.mysql8.0" }, "InvalidParameterCombination", "postgres16"],
  ["an unknown option group", { OptionGroupName: "ghost" }, "OptionGroupNotFoundFault", "ghost"],
  ["an option group of another engine", { OptionGroupName: "default:mysql-8-0" }, "InvalidParameterCombination", "default:mysql-8-0"],
];

const STATUS: Record<string, number> = { DBSubnetGroupNotFoundFault: 404, DBParameterGroupNotFoundFault: 404, OptionGroupNotFoundFault: 404 };

describe("CreateDBInstance (standalone): the documented rules", () => {
  for (const [label, input, code, message] of cases) {
    it(`refuses ${label} (${code}) and changes nothing`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create(input)), {
        name: code,
        status: STATUS[code] ?? 400,
        message,
        Class: code === "StorageTypeNotSupportedFault" ? StorageTypeNotSupportedFault : undefined,
      });
    });
  }

  it("accepts the edges: 20 GiB, 1150, 35 days, 8-character SID, ManageMasterUserPassword", async () => {
    const { client } = setup();
    const a = await createStandalone(client, { Port: 1150, BackupRetentionPeriod: 35, MasterUserPassword: undefined, ManageMasterUserPassword: true });
    expect(a.MasterUserSecret?.SecretArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!/);
    const o = await createStandalone(client, { DBInstanceIdentifier: "ora", ...ORACLE, DBName: "ORCLORCL", LicenseModel: "bring-your-own-license" });
    expect(o.DBName).toBe("ORCLORCL");
  });

  it("stores the identifier lowercase and refuses a taken one in any case (DBInstanceAlreadyExistsFault)", async () => {
    const { backend, client } = setup();
    await createStandalone(client, { DBInstanceIdentifier: "MyDb" });
    await expectFault(backend, () => client.send(create({ DBInstanceIdentifier: "MYDB" })), {
      name: "DBInstanceAlreadyExistsFault", status: 400, message: "mydb", Class: DBInstanceAlreadyExistsFault,
    });
  });

  it("counts standalone instances against the DB instance and storage quotas", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbInstances: 2, totalStorageGiB: 100 } } });
    await createStandalone(client, { DBInstanceIdentifier: "a", AllocatedStorage: 50 });
    await expectFault(backend, () => client.send(create({ DBInstanceIdentifier: "b", AllocatedStorage: 51 })), {
      name: "StorageQuotaExceededFault", status: 400, message: "totalStorageGiB", Class: StorageQuotaExceededFault,
    });
    await createStandalone(client, { DBInstanceIdentifier: "b", AllocatedStorage: 50 });
    await expectFault(backend, () => client.send(create({ DBInstanceIdentifier: "c" })), {
      name: "InstanceQuotaExceededFault", status: 400, message: "2", Class: InstanceQuotaExceededFault,
    });
  });

  it("keeps Aurora engines in their clusters: an Aurora instance without DBClusterIdentifier is refused", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "a", Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large" })), {
      name: "InvalidParameterCombination", status: 400, message: "DBClusterIdentifier",
    });
  });

  it("creates one of two concurrent creates of one name; the other is DBInstanceAlreadyExistsFault", async () => {
    const { client } = setup();
    const results = await Promise.allSettled([client.send(create({ DBInstanceIdentifier: "twin" })), client.send(create({ DBInstanceIdentifier: "TWIN", Engine: "mysql" }))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(DBInstanceAlreadyExistsFault);
    const listed = (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!;
    expect(listed.map((i) => i.DBInstanceIdentifier)).toEqual(["twin"]);
  });

  it("defaults to io1 when Iops is given without a storage type (API reference, StorageType)", async () => {
    const { client } = setup();
    const out = await createStandalone(client, { AllocatedStorage: 100, Iops: 1000 });
    expect([out.StorageType, out.Iops, out.StorageThroughput]).toEqual(["io1", 1000, undefined]);
  });

  it("answers PG's defaults when only the required members are given", async () => {
    const { client } = setup();
    const out = await createStandalone(client, PG);
    expect(out.EngineVersion).toBe("16.6");
  });
});
