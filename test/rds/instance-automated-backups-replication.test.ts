import {
  DBInstanceAutomatedBackupQuotaExceededFault,
  DBInstanceNotFoundFault,
  DeleteDBInstanceAutomatedBackupCommand,
  DeleteDBInstanceCommand,
  DescribeDBInstanceAutomatedBackupsCommand,
  DescribeDBInstancesCommand,
  InvalidDBInstanceAutomatedBackupStateFault,
  InvalidDBInstanceStateFault,
  RDSClient,
  RestoreDBInstanceToPointInTimeCommand,
  StartDBInstanceAutomatedBackupsReplicationCommand,
  StopDBInstanceAutomatedBackupsReplicationCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./snapshots-fixtures.js";
import { createStandalone, MINUTE } from "./instance-backups-fixtures.js";

const SOURCE_ARN = "arn:aws:rds:us-east-1:123456789012:db:src";
const WEST_KEY = "arn:aws:kms:us-west-2:123456789012:key/11111111-2222-3333-4444-555555555555";

async function twoRegions(extra = {}) {
  const ctx = setup();
  const west = ctx.backend.attach(new RDSClient({ region: "us-west-2" }));
  const src = await createStandalone(ctx.rds, "src", extra);
  ctx.backend.clock.advance(60 * MINUTE);
  return { ...ctx, west, src };
}

async function backupsIn(client: RDSClient, input = {}) {
  return (await client.send(new DescribeDBInstanceAutomatedBackupsCommand(input))).DBInstanceAutomatedBackups!;
}

describe("Start/StopDBInstanceAutomatedBackupsReplication", () => {
  it("replicates into the destination Region (status replicating) and lists it on the source", async () => {
    const { backend, rds, west, src } = await twoRegions();
    const out = await west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN, BackupRetentionPeriod: 14 }));
    expect(out.DBInstanceAutomatedBackup).toMatchObject({ DbiResourceId: src.DbiResourceId, Status: "replicating", BackupRetentionPeriod: 14, Region: "us-east-1", DBInstanceIdentifier: "src" });
    const arn = out.DBInstanceAutomatedBackup!.DBInstanceAutomatedBackupsArn!;
    expect(arn).toMatch(/^arn:aws:rds:us-west-2:123456789012:auto-backup:ab-[A-Z0-9]{26}$/);
    const instance = (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "src" }))).DBInstances![0];
    expect(instance.DBInstanceAutomatedBackupsReplications).toEqual([{ DBInstanceAutomatedBackupsArn: arn }]);
    // The source Region lists the active backup with its replication; the destination lists the replicated one.
    expect((await backupsIn(rds))[0].DBInstanceAutomatedBackupsReplications).toEqual([{ DBInstanceAutomatedBackupsArn: arn }]);
    expect((await backupsIn(west, { Filters: [{ Name: "status", Values: ["replicating"] }] })).map((b) => b.DBInstanceAutomatedBackupsArn)).toEqual([arn]);
    // The replicated window follows the source from the start of the replication.
    backend.clock.advance(60 * MINUTE);
    const w = (await backupsIn(west))[0].RestoreWindow!;
    expect(w.LatestTime!.getTime()).toBe(backend.clock.now() - 5 * MINUTE);
    // A replicated backup restores in the destination Region.
    const restored = await west.send(
      new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceAutomatedBackupsArn: arn, TargetDBInstanceIdentifier: "dr", UseLatestRestorableTime: true }),
    );
    expect(restored.DBInstance).toMatchObject({ DBInstanceIdentifier: "dr", DBInstanceArn: "arn:aws:rds:us-west-2:123456789012:db:dr", Engine: "postgres" });
  });

  it("stopping leaves the replicated backup retained, deletable, and off the source", async () => {
    const { backend, rds, west } = await twoRegions();
    await west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN }));
    backend.clock.advance(30 * MINUTE);
    const stopped = await west.send(new StopDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN }));
    expect(stopped.DBInstanceAutomatedBackup).toMatchObject({ Status: "retained", BackupRetentionPeriod: 7 });
    expect((await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "src" }))).DBInstances![0].DBInstanceAutomatedBackupsReplications).toEqual([]);
    await expectFault(backend, () => west.send(new StopDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN })), {
      Class: InvalidDBInstanceStateFault,
      name: "InvalidDBInstanceStateFault",
      message: /are not replicated to us-west-2/,
    });
    // Starting again needs the retained copy gone first.
    await expectFault(backend, () => west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN })), {
      Class: InvalidDBInstanceAutomatedBackupStateFault,
      name: "InvalidDBInstanceAutomatedBackupStateFault",
    });
    await west.send(new DeleteDBInstanceAutomatedBackupCommand({ DbiResourceId: stopped.DBInstanceAutomatedBackup!.DbiResourceId }));
    await west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN }));
  });

  it("deleting the source instance leaves its replicated backup retained in the destination", async () => {
    const { backend, rds, west } = await twoRegions();
    await west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN }));
    backend.clock.advance(30 * MINUTE);
    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "src", SkipFinalSnapshot: true }));
    expect((await backupsIn(west))[0].Status).toBe("retained");
  });

  it("checks the request, the source and the destination (a failed call changes nothing)", async () => {
    const { backend, west, rds } = await twoRegions();
    await createStandalone(rds, "nobackups", { BackupRetentionPeriod: 0 });
    await createStandalone(rds, "enc", { StorageEncrypted: true });
    backend.clock.advance(60 * MINUTE);
    const cases: Array<[object, object]> = [
      [{ SourceDBInstanceArn: SOURCE_ARN, BackupRetentionPeriod: 36 }, { name: "InvalidParameterValue", message: /from 1 to 35 days/ }],
      [{ SourceDBInstanceArn: SOURCE_ARN, BackupRetentionPeriod: 0 }, { name: "InvalidParameterValue", message: /from 1 to 35 days/ }],
      [{ SourceDBInstanceArn: "not-an-arn" }, { name: "InvalidParameterValue", message: /is not the ARN of a DB instance/ }],
      [{ SourceDBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:nope" }, { Class: DBInstanceNotFoundFault, name: "DBInstanceNotFoundFault", status: 404 }],
      [{ SourceDBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:nobackups" }, { name: "InvalidDBInstanceStateFault", message: /BackupRetentionPeriod 0/ }],
      [{ SourceDBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:enc" }, { name: "InvalidParameterCombination", message: /KmsKeyId/ }],
      [{ SourceDBInstanceArn: SOURCE_ARN, KmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/abc" }, { name: "KMSKeyNotAccessibleFault" }],
    ];
    for (const [input, fault] of cases) {
      await expectFault(backend, () => west.send(new StartDBInstanceAutomatedBackupsReplicationCommand(input as any)), fault as any);
    }
    // In the source's own Region: replication goes to another Region.
    await expectFault(backend, () => rds.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN })), {
      name: "InvalidParameterValue",
      message: /another AWS Region/,
    });
    await west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:enc", KmsKeyId: WEST_KEY }));
  });

  it("replicates at most 20 backups into one Region; two concurrent starts for one source: one wins", async () => {
    const { backend, rds, west } = await twoRegions();
    for (let i = 0; i < 20; i++) await createStandalone(rds, `q${i}`);
    backend.clock.advance(60 * MINUTE);
    const results = await Promise.allSettled([
      west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN })),
      west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: SOURCE_ARN })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    for (let i = 0; i < 19; i++) await west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:q${i}` }));
    await expectFault(backend, () => west.send(new StartDBInstanceAutomatedBackupsReplicationCommand({ SourceDBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:q19" })), {
      Class: DBInstanceAutomatedBackupQuotaExceededFault,
      name: "DBInstanceAutomatedBackupQuotaExceededFault",
      message: /up to 20 automated backups/,
    });
  });
});
