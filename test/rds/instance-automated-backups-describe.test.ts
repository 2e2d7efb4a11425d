import {
  DBInstanceAutomatedBackupNotFoundFault,
  DeleteDBInstanceAutomatedBackupCommand,
  DeleteDBInstanceCommand,
  DescribeDBInstanceAutomatedBackupsCommand,
  InvalidDBInstanceAutomatedBackupStateFault,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import type { MockBackend } from "../../src/index.js";
import { createCluster, expectFault, FIXED_START, setup } from "./snapshots-fixtures.js";
import { createStandalone, DAY, MINUTE } from "./instance-backups-fixtures.js";

const T0 = FIXED_START.getTime();

async function backups(rds: RDSClient, input = {}) {
  return (await rds.send(new DescribeDBInstanceAutomatedBackupsCommand(input))).DBInstanceAutomatedBackups!;
}

/** A running instance (available), then deleted keeping its automated backups. */
async function retained(backend: MockBackend, rds: RDSClient, id = "db1") {
  const instance = await createStandalone(rds, id);
  backend.clock.advance(60 * MINUTE);
  await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: id, SkipFinalSnapshot: true, DeleteAutomatedBackups: false }));
  backend.clock.advance(60 * MINUTE);
  return instance;
}

describe("DescribeDBInstanceAutomatedBackups", () => {
  it("lists one active backup per standalone instance with BackupRetentionPeriod > 0", async () => {
    const { backend, rds } = setup();
    const instance = await createStandalone(rds, "db1");
    await createStandalone(rds, "nobackups", { BackupRetentionPeriod: 0 });
    // Aurora members back up with their cluster: no instance automated backup.
    await createCluster(rds, "aurora1");
    backend.clock.advance(30 * MINUTE);
    const list = await backups(rds);
    expect(list).toHaveLength(1);
    const dbi = instance.DbiResourceId!;
    expect(list[0]).toMatchObject({
      DBInstanceIdentifier: "db1",
      DbiResourceId: dbi,
      Status: "active",
      Region: "us-east-1",
      Engine: "postgres",
      BackupRetentionPeriod: 7,
      DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:db1",
      DBInstanceAutomatedBackupsArn: `arn:aws:rds:us-east-1:123456789012:auto-backup:ab-${dbi.slice(3)}`,
    });
    // The window runs from the instance's creation to five minutes before now.
    const window = list[0].RestoreWindow!;
    expect(window.LatestTime!.getTime()).toBe(backend.clock.now() - 5 * MINUTE);
    expect(window.EarliestTime!.getTime()).toBeLessThanOrEqual(window.LatestTime!.getTime());
    expect(window.EarliestTime!.getTime()).toBeGreaterThanOrEqual(T0);
  });

  it("finds backups by identifier, resource id (any case), ARN and filters; pages with Marker", async () => {
    const { backend, rds } = setup();
    const ids = Array.from({ length: 22 }, (_, i) => `db${String(i).padStart(2, "0")}`);
    const made = [];
    for (const id of ids) made.push(await createStandalone(rds, id));
    backend.clock.advance(30 * MINUTE);
    const first = await rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ MaxRecords: 20 }));
    expect(first.DBInstanceAutomatedBackups).toHaveLength(20);
    const second = await rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.DBInstanceAutomatedBackups).toHaveLength(2);
    expect(second.Marker).toBeUndefined();
    expect(await backups(rds, { DBInstanceIdentifier: "DB03" })).toHaveLength(1);
    expect(await backups(rds, { DbiResourceId: made[4].DbiResourceId!.toLowerCase() })).toHaveLength(1);
    const arn = (await backups(rds, { DBInstanceIdentifier: "db05" }))[0].DBInstanceAutomatedBackupsArn;
    expect((await backups(rds, { DBInstanceAutomatedBackupsArn: arn }))[0].DBInstanceIdentifier).toBe("db05");
    expect(await backups(rds, { Filters: [{ Name: "status", Values: ["retained"] }] })).toEqual([]);
    expect(await backups(rds, { Filters: [{ Name: "db-instance-id", Values: ["db01", "db02"] }] })).toHaveLength(2);
    expect(await backups(rds, { Filters: [{ Name: "dbi-resource-id", Values: [made[7].DbiResourceId!] }] })).toHaveLength(1);
  });

  it("answers DBInstanceAutomatedBackupNotFound for a named backup that does not exist; bad filters change nothing", async () => {
    const { backend, rds } = setup();
    await createStandalone(rds, "db1");
    await expectFault(backend, () => rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ DBInstanceIdentifier: "nope" })), {
      Class: DBInstanceAutomatedBackupNotFoundFault,
      name: "DBInstanceAutomatedBackupNotFoundFault",
      status: 404,
      message: /Automated backup nope not found/,
    });
    await expectFault(backend, () => rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ DbiResourceId: "db-NOPE" })), {
      name: "DBInstanceAutomatedBackupNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => rds.send(new DescribeDBInstanceAutomatedBackupsCommand({ Filters: [{ Name: "engine", Values: ["postgres"] }] })), {
      name: "InvalidParameterValue",
      message: /engine/,
    });
  });
});

describe("retained automated backups of deleted instances", () => {
  it("DeleteAutomatedBackups=false keeps a retained backup; the default deletes it", async () => {
    const { backend, rds } = setup();
    const kept = await retained(backend, rds, "db1");
    await createStandalone(rds, "db2");
    backend.clock.advance(60 * MINUTE);
    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "db2", SkipFinalSnapshot: true }));
    backend.clock.advance(60 * MINUTE);
    const list = await backups(rds);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ DBInstanceIdentifier: "db1", DbiResourceId: kept.DbiResourceId, Status: "retained" });
    expect(await backups(rds, { Filters: [{ Name: "status", Values: ["retained"] }] })).toHaveLength(1);
    expect(await backups(rds, { Filters: [{ Name: "status", Values: ["active"] }] })).toEqual([]);
  });

  it("stays keyed by DbiResourceId when an instance of the same name is created again", async () => {
    const { backend, rds } = setup();
    const old = await retained(backend, rds, "db1");
    const again = await createStandalone(rds, "db1");
    backend.clock.advance(30 * MINUTE);
    const list = await backups(rds, { DBInstanceIdentifier: "db1" });
    expect(list.map((b) => [b.DbiResourceId, b.Status]).sort()).toEqual(
      [
        [old.DbiResourceId, "retained"],
        [again.DbiResourceId, "active"],
      ].sort(),
    );
    expect((await backups(rds, { DbiResourceId: old.DbiResourceId }))[0].Status).toBe("retained");
  });

  it("expires on the clock: present 1 ms before its window ends, gone at it", async () => {
    const { backend, rds } = setup();
    await retained(backend, rds, "db1");
    const backup = (await backups(rds))[0];
    // Seven days of retention after the latest restorable time (the deletion).
    const end = backup.RestoreWindow!.LatestTime!.getTime() + 7 * DAY;
    backend.clock.set(end);
    expect(await backups(rds)).toHaveLength(1);
    backend.clock.set(end + 1);
    expect(await backups(rds)).toEqual([]);
    await expectFault(backend, () => rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: backup.DbiResourceId })), {
      name: "DBInstanceAutomatedBackupNotFoundFault",
      status: 404,
    });
  });

  it("its earliest time moves on as the oldest backups expire", async () => {
    const { backend, rds } = setup();
    await retained(backend, rds, "db1");
    const before = (await backups(rds))[0].RestoreWindow!;
    // Deleted an hour after its creation: seven days and half an hour after the creation, half the window is left.
    backend.clock.set(T0 + 7 * DAY + 30 * MINUTE);
    const after = (await backups(rds))[0].RestoreWindow!;
    expect(after.LatestTime).toEqual(before.LatestTime);
    expect(after.EarliestTime!.getTime()).toBe(backend.clock.now() - 7 * DAY);
  });
});

describe("DeleteDBInstanceAutomatedBackup", () => {
  it("deletes a retained backup by resource id or ARN, answering it `deleting`", async () => {
    const { backend, rds } = setup();
    const one = await retained(backend, rds, "db1");
    await retained(backend, rds, "db2");
    const out = await rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: one.DbiResourceId }));
    expect(out.DBInstanceAutomatedBackup).toMatchObject({ DbiResourceId: one.DbiResourceId, Status: "deleting", DBInstanceIdentifier: "db1" });
    const arn = (await backups(rds))[0].DBInstanceAutomatedBackupsArn;
    await rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DBInstanceAutomatedBackupsArn: arn }));
    expect(await backups(rds)).toEqual([]);
  });

  it("refuses an active backup, an unknown one, and a call naming none", async () => {
    const { backend, rds } = setup();
    const live = await createStandalone(rds, "db1");
    backend.clock.advance(30 * MINUTE);
    await expectFault(backend, () => rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: live.DbiResourceId })), {
      Class: InvalidDBInstanceAutomatedBackupStateFault,
      name: "InvalidDBInstanceAutomatedBackupStateFault",
      status: 400,
      message: /is active; only retained automated backups can be deleted/,
    });
    await expectFault(backend, () => rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: "db-UNKNOWN" })), {
      Class: DBInstanceAutomatedBackupNotFoundFault,
      name: "DBInstanceAutomatedBackupNotFoundFault",
      status: 404,
      message: /db-UNKNOWN not found/,
    });
    await expectFault(backend, () => rds.send(new DeleteDBInstanceAutomatedBackupCommand({})), { name: "MissingParameter", message: /DbiResourceId or DBInstanceAutomatedBackupsArn/ });
  });

  it("two concurrent deletes of one retained backup: one succeeds, the other finds nothing", async () => {
    const { backend, rds } = setup();
    const one = await retained(backend, rds, "db1");
    const results = await Promise.allSettled([
      rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: one.DbiResourceId })),
      rds.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: one.DbiResourceId })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.name).toBe("DBInstanceAutomatedBackupNotFoundFault");
  });
});
