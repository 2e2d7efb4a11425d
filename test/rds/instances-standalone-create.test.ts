import { DescribeDBInstancesCommand, DescribeEventsCommand } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { setup } from "./clusters-fixtures.js";
import { ENGINE_CASES, PG, createStandalone } from "./instances-standalone-fixtures.js";

const MINUTE = 60_000;

describe("CreateDBInstance: standalone DB instances of every engine", () => {
  for (const [engine, cls, license, port, parameterGroup, optionGroup] of ENGINE_CASES) {
    it(`creates a complete ${engine} DB instance that DescribeDBInstances lists`, async () => {
      const { client } = setup();
      const out = await createStandalone(client, { DBInstanceIdentifier: "Db-1", Engine: engine, DBInstanceClass: cls });
      expect(out).toMatchObject({
        DBInstanceIdentifier: "db-1",
        DBInstanceClass: cls,
        Engine: engine,
        DBInstanceStatus: "creating",
        MasterUsername: "dbadmin",
        AllocatedStorage: 20,
        BackupRetentionPeriod: 1,
        MultiAZ: false,
        LicenseModel: license,
        StorageType: "gp3",
        StorageEncrypted: false,
        DeletionProtection: false,
        DBParameterGroups: [{ DBParameterGroupName: parameterGroup, ParameterApplyStatus: "in-sync" }],
        OptionGroupMemberships: [{ OptionGroupName: optionGroup, Status: "in-sync" }],
        CACertificateIdentifier: "rds-ca-rsa2048-g1",
        DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:db-1",
      });
      expect(out.DBClusterIdentifier).toBeUndefined();
      expect(out.Endpoint?.Port).toBe(port);
      expect(out.Endpoint?.Address).toMatch(/^db-1\.[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
      expect(out.DbiResourceId).toMatch(/^db-[A-Z0-9]{26}$/);
      expect(out.PreferredBackupWindow).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}$/);
      expect(out.PreferredMaintenanceWindow).toMatch(/^[a-z]{3}:\d{2}:\d{2}-[a-z]{3}:\d{2}:\d{2}$/);
      expect(out.EngineVersion).toBeTruthy();
      expect(out.InstanceCreateTime).toBeInstanceOf(Date);
      expect(out.CertificateDetails?.CAIdentifier).toBe("rds-ca-rsa2048-g1");
      if (engine.startsWith("oracle")) expect(out.DBName).toBe(engine.endsWith("-cdb") ? "RDSCDB" : "ORCL");
      else expect(out.DBName).toBeUndefined();
      const listed = (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!;
      expect(listed.map((i) => [i.DBInstanceIdentifier, i.DBInstanceStatus])).toEqual([["db-1", "available"]]);
    });
  }

  it("goes creating -> backing-up -> available on the clock, with the events AWS records", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client);
    const status = async () => (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0].DBInstanceStatus;
    backend.clock.advance(8 * MINUTE - 1);
    expect(await status()).toBe("creating");
    backend.clock.advance(1);
    expect(await status()).toBe("backing-up");
    backend.clock.advance(2 * MINUTE - 1);
    expect(await status()).toBe("backing-up");
    backend.clock.advance(1);
    expect(await status()).toBe("available");
    const events = (await client.send(new DescribeEventsCommand({ SourceType: "db-instance", SourceIdentifier: "pg1" }))).Events!;
    expect(events.map((e) => e.Message)).toEqual(["DB instance created", "Backing up DB instance", "Finished DB Instance backup"]);
  });

  it("goes straight to available without backups (BackupRetentionPeriod 0)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client, { BackupRetentionPeriod: 0 });
    backend.clock.advance(8 * MINUTE);
    const i = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0];
    expect([i.DBInstanceStatus, i.BackupRetentionPeriod]).toEqual(["available", 0]);
  });

  it("keeps what it is given: version by major, storage, Multi-AZ, encryption, port, DBName, windows, tags", async () => {
    const { client } = setup();
    const out = await createStandalone(client, {
      ...PG,
      EngineVersion: "15",
      AllocatedStorage: 500,
      StorageType: "io1",
      Iops: 5000,
      MultiAZ: true,
      StorageEncrypted: true,
      Port: 6543,
      DBName: "app_db",
      BackupRetentionPeriod: 7,
      PreferredBackupWindow: "01:00-01:30",
      PreferredMaintenanceWindow: "Sun:05:00-Sun:05:30",
      DeletionProtection: true,
      Tags: [{ Key: "team", Value: "a" }],
    });
    expect(out).toMatchObject({
      EngineVersion: "15.12",
      AllocatedStorage: 500,
      StorageType: "io1",
      Iops: 5000,
      MultiAZ: true,
      StorageEncrypted: true,
      Endpoint: expect.objectContaining({ Port: 6543 }),
      DBName: "app_db",
      BackupRetentionPeriod: 7,
      PreferredBackupWindow: "01:00-01:30",
      PreferredMaintenanceWindow: "sun:05:00-sun:05:30",
      DeletionProtection: true,
      TagList: [{ Key: "team", Value: "a" }],
      DBParameterGroups: [{ DBParameterGroupName: "default.postgres15", ParameterApplyStatus: "in-sync" }],
    });
    expect(out.KmsKeyId).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\//);
    expect(out.SecondaryAvailabilityZone).toBeDefined();
    expect(out.SecondaryAvailabilityZone).not.toBe(out.AvailabilityZone);
  });

  it("gives gp3 its baseline IOPS and throughput", async () => {
    const { client } = setup();
    const small = await createStandalone(client);
    expect([small.StorageType, small.Iops, small.StorageThroughput]).toEqual(["gp3", 3000, 125]);
    const big = await createStandalone(client, { DBInstanceIdentifier: "pg2", AllocatedStorage: 400 });
    expect([big.Iops, big.StorageThroughput]).toEqual([12000, 500]);
  });
});
