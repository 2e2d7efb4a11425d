import {
  DBInstanceAlreadyExistsFault,
  DBInstanceAutomatedBackupNotFoundFault,
  DBInstanceNotFoundFault,
  DBParameterGroupNotFoundFault,
  DeleteDBInstanceCommand,
  DescribeDBInstanceAutomatedBackupsCommand,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  InvalidRestoreFault,
  OptionGroupNotFoundFault,
  PointInTimeRestoreNotEnabledFault,
  RestoreDBInstanceToPointInTimeCommand,
  StorageQuotaExceededFault,
  type RDSClient,
  type RestoreDBInstanceToPointInTimeCommandInput,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import type { MockBackend } from "../../src/index.js";
import { createCluster, expectFault, FIXED_START, setup } from "./snapshots-fixtures.js";
import { createStandalone, MINUTE } from "./instance-backups-fixtures.js";

const T0 = FIXED_START.getTime();

function restore(rds: RDSClient, input: Partial<RestoreDBInstanceToPointInTimeCommandInput>) {
  return rds.send(new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: "src", TargetDBInstanceIdentifier: "copy", UseLatestRestorableTime: true, ...input }));
}

async function window(rds: RDSClient, id = "src") {
  const out = await rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ DBInstanceIdentifier: id }));
  const w = out.DBInstanceAutomatedBackups![0].RestoreWindow!;
  return { earliest: w.EarliestTime!.getTime(), latest: w.LatestTime!.getTime() };
}

/** A running source `src`, an hour old. */
async function source(backend: MockBackend, rds: RDSClient, extra = {}) {
  const instance = await createStandalone(rds, "src", extra);
  backend.clock.advance(60 * MINUTE);
  return instance;
}

describe("RestoreDBInstanceToPointInTime", () => {
  it("restores the latest restorable time into a new instance: creating, then available, with the source's configuration and documented defaults", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    const src = await source(backend, rds);
    const out = await restore(rds, { Tags: [{ Key: "team", Value: "a" }] });
    expect(out.DBInstance).toMatchObject({
      DBInstanceIdentifier: "copy",
      DBInstanceStatus: "creating",
      Engine: "postgres",
      DBInstanceClass: src.DBInstanceClass,
      AllocatedStorage: src.AllocatedStorage,
      MasterUsername: "admin1",
      MultiAZ: false,
      DeletionProtection: false,
      TagList: [{ Key: "team", Value: "a" }],
      DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:copy",
    });
    expect(out.DBInstance!.DbiResourceId).not.toBe(src.DbiResourceId);
    expect(out.DBInstance!.DBParameterGroups![0].DBParameterGroupName).toMatch(/^default\./);
    backend.clock.advance(60 * MINUTE);
    const copy = (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "copy" }))).DBInstances![0];
    expect(copy.DBInstanceStatus).toBe("available");
    // The source is untouched.
    const after = (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "src" }))).DBInstances![0];
    expect(after.DbiResourceId).toBe(src.DbiResourceId);
  });

  it("applies the request's overrides", async () => {
    const { backend, rds } = setup();
    await source(backend, rds);
    const out = await restore(rds, { DBInstanceClass: "db.m5.large", Port: 6543, AllocatedStorage: 40, StorageType: "gp3", DeletionProtection: true, AvailabilityZone: "us-east-1b" });
    expect(out.DBInstance).toMatchObject({ DBInstanceClass: "db.m5.large", AllocatedStorage: 40, StorageType: "gp3", DeletionProtection: true, AvailabilityZone: "us-east-1b" });
    expect(out.DBInstance!.Endpoint?.Port).toBe(6543);
  });

  it("takes a RestoreTime inside the window, on the clock: 1 ms before the earliest or after the latest is InvalidRestore", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await source(backend, rds);
    const { earliest, latest } = await window(rds);
    expect(latest).toBe(backend.clock.now() - 5 * MINUTE);
    expect(earliest).toBeGreaterThanOrEqual(T0);
    for (const at of [earliest - 1, latest + 1]) {
      await expectFault(backend, () => restore(rds, { UseLatestRestorableTime: undefined, RestoreTime: new Date(at) }), {
        Class: InvalidRestoreFault,
        name: "InvalidRestoreFault",
        status: 400,
        message: /is outside the restorable window/,
      });
    }
    await restore(rds, { UseLatestRestorableTime: undefined, RestoreTime: new Date(earliest), TargetDBInstanceIdentifier: "at-earliest" });
    await restore(rds, { UseLatestRestorableTime: undefined, RestoreTime: new Date(latest), TargetDBInstanceIdentifier: "at-latest" });
  });

  it("needs exactly one of RestoreTime and UseLatestRestorableTime", async () => {
    const { backend, rds } = setup();
    await source(backend, rds);
    await expectFault(backend, () => restore(rds, { RestoreTime: new Date(backend.clock.now() - 10 * MINUTE) }), {
      name: "InvalidParameterCombination",
      message: /Cannot specify both RestoreTime and UseLatestRestorableTime/,
    });
    await expectFault(backend, () => restore(rds, { UseLatestRestorableTime: undefined }), {
      name: "InvalidParameterCombination",
      message: /Either RestoreTime or UseLatestRestorableTime must be specified/,
    });
    await expectFault(backend, () => restore(rds, { SourceDBInstanceIdentifier: undefined }), {
      name: "InvalidParameterCombination",
      message: /SourceDBInstanceIdentifier, SourceDbiResourceId or SourceDBInstanceAutomatedBackupsArn/,
    });
  });

  it("answers the documented faults for the source", async () => {
    const { backend, rds } = setup();
    await source(backend, rds);
    await createStandalone(rds, "nobackups", { BackupRetentionPeriod: 0 });
    await expectFault(backend, () => restore(rds, { SourceDBInstanceIdentifier: "nope" }), { Class: DBInstanceNotFoundFault, name: "DBInstanceNotFoundFault", status: 404 });
    await expectFault(backend, () => restore(rds, { SourceDBInstanceIdentifier: "nobackups" }), {
      Class: PointInTimeRestoreNotEnabledFault,
      name: "PointInTimeRestoreNotEnabledFault",
      status: 400,
      message: /BackupRetentionPeriod is 0/,
    });
    await expectFault(backend, () => restore(rds, { SourceDBInstanceIdentifier: undefined, SourceDBInstanceAutomatedBackupsArn: "arn:aws:rds:us-east-1:123456789012:auto-backup:ab-NOPE" }), {
      Class: DBInstanceAutomatedBackupNotFoundFault,
      name: "DBInstanceAutomatedBackupNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => restore(rds, { SourceDBInstanceIdentifier: undefined, SourceDbiResourceId: "db-NOPE" }), { name: "DBInstanceNotFoundFault", status: 404 });
    // Aurora: RestoreDBClusterToPointInTime.
    await createCluster(rds, "aurora1");
    await expectFault(backend, () => restore(rds, { SourceDBInstanceIdentifier: "src", SourceDbiResourceId: "db-OTHER" }), { name: "DBInstanceNotFoundFault", status: 404 });
  });

  it("checks overrides like CreateDBInstance and answers their faults", async () => {
    const { backend, rds } = setup();
    await source(backend, rds);
    await expectFault(backend, () => restore(rds, { DBParameterGroupName: "missing" }), { Class: DBParameterGroupNotFoundFault, name: "DBParameterGroupNotFoundFault", status: 404 });
    await expectFault(backend, () => restore(rds, { OptionGroupName: "missing" }), { Class: OptionGroupNotFoundFault, name: "OptionGroupNotFoundFault", status: 404 });
    await expectFault(backend, () => restore(rds, { Port: 80 }), { name: "InvalidParameterValue", message: /Port 80 is not valid/ });
    await expectFault(backend, () => restore(rds, { StorageType: "magnetic" }), { name: "InvalidParameterValue", message: /storage type: magnetic/ });
    await expectFault(backend, () => restore(rds, { Iops: 3000, StorageType: "gp2" }), { name: "InvalidParameterCombination", message: /Iops cannot be given/ });
    await expectFault(backend, () => restore(rds, { AllocatedStorage: 10 }), { name: "InvalidParameterValue", message: /cannot shrink/ });
    await expectFault(backend, () => restore(rds, { AvailabilityZone: "us-east-1b", MultiAZ: true }), { name: "InvalidParameterCombination" });
    await expectFault(backend, () => restore(rds, { Engine: "mysql" }), { name: "InvalidParameterCombination", message: /does not match/ });
    await expectFault(backend, () => restore(rds, { TargetDBInstanceIdentifier: "bad--name" }), { name: "InvalidParameterValue", message: /TargetDBInstanceIdentifier/ });
    await expectFault(backend, () => restore(rds, { TargetDBInstanceIdentifier: "src" }), { Class: DBInstanceAlreadyExistsFault, name: "DBInstanceAlreadyExistsFault" });
  });

  it("restores from a deleted instance's retained backup by SourceDbiResourceId or its ARN, not from a namesake", async () => {
    const { backend, rds } = setup();
    const old = await source(backend, rds);
    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "src", SkipFinalSnapshot: true, DeleteAutomatedBackups: false }));
    backend.clock.advance(60 * MINUTE);
    await expectFault(backend, () => restore(rds, {}), { name: "DBInstanceNotFoundFault", status: 404 });
    const namesake = await createStandalone(rds, "src", { BackupRetentionPeriod: 1 });
    backend.clock.advance(60 * MINUTE);
    const byId = await restore(rds, { SourceDBInstanceIdentifier: undefined, SourceDbiResourceId: old.DbiResourceId, TargetDBInstanceIdentifier: "from-old" });
    expect(byId.DBInstance).toMatchObject({ DBInstanceIdentifier: "from-old", BackupRetentionPeriod: 7 });
    const retainedArn = (await rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ DbiResourceId: old.DbiResourceId }))).DBInstanceAutomatedBackups![0].DBInstanceAutomatedBackupsArn;
    await restore(rds, { SourceDBInstanceIdentifier: undefined, SourceDBInstanceAutomatedBackupsArn: retainedArn, TargetDBInstanceIdentifier: "from-arn" });
    const fromNew = await restore(rds, { TargetDBInstanceIdentifier: "from-new" });
    expect(fromNew.DBInstance!.BackupRetentionPeriod).toBe(namesake.BackupRetentionPeriod);
    // Naming two different instances is refused.
    await expectFault(backend, () => restore(rds, { SourceDbiResourceId: old.DbiResourceId, TargetDBInstanceIdentifier: "mixed" }), {
      name: "InvalidParameterCombination",
      message: /SourceDbiResourceId names another DB instance/,
    });
  });

  it("counts the restored storage in the totalStorageGiB quota", async () => {
    const { backend, rds } = setup({ quotas: { rds: { totalStorageGiB: 30 } } });
    await source(backend, rds);
    await expectFault(backend, () => restore(rds, {}), { Class: StorageQuotaExceededFault, name: "StorageQuotaExceededFault" });
  });

  it("two concurrent restores to one name: one creates it, the other is DBInstanceAlreadyExists", async () => {
    const { backend, rds } = setup();
    await source(backend, rds);
    const results = await Promise.allSettled([restore(rds, {}), restore(rds, {})]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.name).toBe("DBInstanceAlreadyExistsFault");
    expect((await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "copy" }))).DBInstances).toHaveLength(1);
  });

  it("records the restored instance's creation event when it settles", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await source(backend, rds);
    await restore(rds, {});
    backend.clock.advance(60 * MINUTE);
    const events = await rds.send(new DescribeEventsCommand({ SourceIdentifier: "copy", SourceType: "db-instance", Duration: 600 }));
    expect(events.Events!.map((e) => e.Message)).toContain("DB instance created");
  });
});
