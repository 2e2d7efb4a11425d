import { CertificateNotFoundFault, DBInstanceAlreadyExistsFault, DBParameterGroupNotFoundFault, OptionGroupNotFoundFault, InvalidDBInstanceStateFault, StorageTypeNotSupportedFault } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault } from "./clusters-fixtures.js";
import { createMore, withInstance } from "./instances-modify-fixtures.js";

const combination = { name: "InvalidParameterCombination", status: 400 } as const;
const value = { name: "InvalidParameterValue", status: 400 } as const;

describe("ModifyDBInstance of a standalone DB instance: the documented rules (a failed call changes nothing)", () => {
  it("storage only grows, by at least 10%, within the type's range, and Provisioned IOPS rules hold", async () => {
    const { backend, modify } = await withInstance();
    const call = (input: Record<string, unknown>) => () => modify({ ApplyImmediately: true, ...input });
    await expectFault(backend, call({ AllocatedStorage: 50 }), { ...combination, message: "Invalid storage size for engine name postgres and storage type gp3: 50" });
    await expectFault(backend, call({ AllocatedStorage: 105 }), { ...combination, message: "The allocated storage must be increased by at least 10 percent." });
    await expectFault(backend, call({ AllocatedStorage: 70_000 }), { ...combination, message: "Invalid storage size for engine name postgres and storage type gp3: 70000" });
    await expectFault(backend, call({ StorageType: "aurora" }), { name: "StorageTypeNotSupportedFault", status: 400, message: "aurora", Class: StorageTypeNotSupportedFault });
    await expectFault(backend, call({ StorageType: "io1" }), { ...combination, message: "Iops is required for storage type io1" });
    await expectFault(backend, call({ StorageType: "io1", Iops: 500 }), { ...value, message: "Iops must be from 1000 to 256000; got 500" });
    await expectFault(backend, call({ StorageType: "io1", Iops: 6000 }), { ...combination, message: "between 0.5 and 50 IOPS per GiB" });
    await expectFault(backend, call({ StorageType: "gp2", Iops: 3000 }), { ...combination, message: "Iops cannot be set for storage type gp2" });
    await expectFault(backend, call({ StorageType: "gp2", StorageThroughput: 200 }), { ...combination, message: "StorageThroughput can be set only for the gp3 storage type." });
    await expectFault(backend, call({ StorageThroughput: 200 }), {
      ...combination,
      message: "You can't specify IOPS or storage throughput for engine postgres and a storage size less than 400.",
    });
    await expectFault(backend, call({ MaxAllocatedStorage: 105 }), { ...combination, message: "The maximum allocated storage must be increased by at least 10 percent." });
  });

  it("an instance with Provisioned IOPS grows only with Iops given; no storage change within 6 hours of the last", async () => {
    const { backend, modify, describe } = await withInstance({}, { StorageType: "io1", Iops: 1000 });
    await expectFault(backend, () => modify({ AllocatedStorage: 200, ApplyImmediately: true }), {
      ...combination,
      message: "You must specify both the storage size and iops when modifying the storage size or iops on a DB instance that has iops.",
    });
    await modify({ AllocatedStorage: 200, Iops: 2000, ApplyImmediately: true });
    expect(await describe()).toMatchObject({ AllocatedStorage: 200, Iops: 2000 });
    backend.clock.advance(6 * 3600_000 - 1);
    await expectFault(backend, () => modify({ AllocatedStorage: 300, Iops: 3000, ApplyImmediately: true }), {
      ...combination,
      message: "You can't currently modify the storage of this DB instance because the previous storage change is being optimized.",
    });
    backend.clock.advance(1);
    await modify({ AllocatedStorage: 300, Iops: 3000, ApplyImmediately: true });
    expect((await describe()).AllocatedStorage).toBe(300);
  });

  it("engine versions come from the catalog: unknown, downgrade, new major without AllowMajorVersionUpgrade", async () => {
    const { backend, modify } = await withInstance();
    await expectFault(backend, () => modify({ EngineVersion: "16.99" }), { ...combination, message: "Cannot find version 16.99 for postgres" });
    await expectFault(backend, () => modify({ EngineVersion: "15.12" }), { ...combination, message: "Cannot downgrade the engine version from 16.4 to 15.12" });
    await expectFault(backend, () => modify({ EngineVersion: "17.4" }), { ...combination, message: "AllowMajorVersionUpgrade" });
    await expectFault(backend, () => modify({ DBInstanceClass: "db.x2iedn.xlarge" }), {
      ...combination,
      message: "RDS does not support creating a DB instance with the following combination: DBInstanceClass=db.x2iedn.xlarge, Engine=postgres, EngineVersion=16.4, LicenseModel=postgresql-license.",
    });
    await expectFault(backend, () => modify({ LicenseModel: "license-included" }), { ...combination, message: "LicenseModel=license-included" });
  });

  it("settings: retention 0-35 (and not 0 with read replicas), windows, ports, monitoring, logs, certificates, groups, processor features", async () => {
    const { backend, modify } = await withInstance();
    const fault = (input: Record<string, unknown>, expected: Parameters<typeof expectFault>[2]) => expectFault(backend, () => modify(input), expected);
    await fault({ BackupRetentionPeriod: 36 }, { ...value, message: "BackupRetentionPeriod must be from 0 to 35" });
    await fault({ PreferredMaintenanceWindow: "sun:05:00-sun:05:10" }, { ...value, message: "PreferredMaintenanceWindow" });
    await fault({ PreferredBackupWindow: "05:00-05:30" }, { ...value, message: "overlap" });
    await fault({ DBPortNumber: 80 }, { ...value, message: "DBPortNumber must be from 1150 to 65535" });
    await fault({ MonitoringInterval: 5 }, { ...combination, message: "MonitoringRoleArn" });
    await fault({ CloudwatchLogsExportConfiguration: { EnableLogTypes: ["slowquery"] } }, { ...value, message: "slowquery, which is not a log type of postgres" });
    await fault({ CACertificateIdentifier: "rds-ca-2019" }, { name: "CertificateNotFoundFault", status: 404, message: "rds-ca-2019", Class: CertificateNotFoundFault });
    await fault({ DBParameterGroupName: "nope" }, { name: "DBParameterGroupNotFoundFault", status: 404, message: "nope", Class: DBParameterGroupNotFoundFault });
    await fault({ OptionGroupName: "nope" }, { name: "OptionGroupNotFoundFault", status: 404, message: "nope", Class: OptionGroupNotFoundFault });
    await fault({ ProcessorFeatures: [{ Name: "coreCount", Value: "1" }] }, { ...combination, message: "only for RDS for Oracle" });
    await fault({ MasterUserPassword: "short" }, { ...value, message: "" });
    await fault({ NewDBInstanceIdentifier: "bad--name" }, { ...value, message: "NewDBInstanceIdentifier" });
  });

  it("a managed master password: turned on at once; then no plain password, rotation only immediately, off only with a password", async () => {
    const { backend, modify, describe: read } = await withInstance();
    await expectFault(backend, () => modify({ RotateMasterUserPassword: true, ApplyImmediately: true }), { ...combination, message: "ManageMasterUserPassword" });
    await expectFault(backend, () => modify({ MasterUserSecretKmsKeyId: "alias/mine" }), { ...combination, message: "MasterUserSecretKmsKeyId" });
    await modify({ ManageMasterUserPassword: true });
    expect((await read()).MasterUserSecret).toMatchObject({ SecretStatus: "active", SecretArn: expect.stringMatching(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!/) });
    await expectFault(backend, () => modify({ MasterUserPassword: "Another-pass1" }), { ...combination, message: "ManageMasterUserPassword is true" });
    await expectFault(backend, () => modify({ RotateMasterUserPassword: true }), { ...combination, message: "ApplyImmediately" });
    await expectFault(backend, () => modify({ ManageMasterUserPassword: false }), { ...combination, message: "requires a new MasterUserPassword" });
    await modify({ ManageMasterUserPassword: false, MasterUserPassword: "Another-pass1" });
    expect((await read()).MasterUserSecret).toBeUndefined();
  });

  it("a rename needs a free name; an instance that is not available cannot be modified", async () => {
    const { backend, client, modify } = await withInstance({ lifecycle: "timed" });
    await createMore(client, "pg2");
    await expectFault(backend, () => modify({ NewDBInstanceIdentifier: "PG2", ApplyImmediately: true }), {
      name: "DBInstanceAlreadyExistsFault", status: 400, message: "pg2", Class: DBInstanceAlreadyExistsFault,
    });
    await expectFault(backend, () => modify({ DeletionProtection: true }, "pg2"), {
      name: "InvalidDBInstanceStateFault", status: 400, message: /pg2 is in status creating/, Class: InvalidDBInstanceStateFault,
    });
  });
});
