import {
  CreateDBInstanceReadReplicaCommand,
  DBInstanceAlreadyExistsFault,
  DBInstanceNotFoundFault,
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  InvalidDBInstanceStateFault,
  PromoteReadReplicaCommand,
  RDSClient,
  SwitchoverReadReplicaCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import type { MockBackend } from "../../src/index.js";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";
import { addSource } from "./read-replicas-fixtures.js";

const MINUTE = 60_000;
const replica = (input: Record<string, unknown>) => new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: "r1", SourceDBInstanceIdentifier: "src", ...input } as any);

async function describe1(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}

/** Gives an instance automated backups in the saved state (ModifyDBInstance of standalone instances is another branch's). */
function setBackups(backend: MockBackend, id: string, days: number, region = "us-east-1") {
  const state = backend.dump();
  (state.worlds.rds[`123456789012/${region}`] as any).instances[id].BackupRetentionPeriod = days;
  backend.load(state);
}

describe("CreateDBInstanceReadReplica (same Region)", () => {
  it("inherits the source, disables backups, links both sides and is available after the create transition", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await addSource(backend, "src");
    const out = (await client.send(replica({ DBInstanceIdentifier: "R1", DBInstanceClass: "db.r6g.xlarge", AllocatedStorage: 200, Tags: [{ Key: "k", Value: "v" }], CopyTagsToSnapshot: true, DeletionProtection: true, Port: 3307 }))).DBInstance!;
    expect(out).toMatchObject({
      DBInstanceIdentifier: "r1",
      DBInstanceStatus: "creating",
      Engine: "mysql",
      EngineVersion: "8.0.40",
      DBInstanceClass: "db.r6g.xlarge",
      AllocatedStorage: 200,
      BackupRetentionPeriod: 0,
      ReadReplicaSourceDBInstanceIdentifier: "src",
      ReadReplicaDBInstanceIdentifiers: [],
      StatusInfos: [{ StatusType: "read replication", Normal: true, Status: "replicating" }],
      TagList: [{ Key: "k", Value: "v" }],
      CopyTagsToSnapshot: true,
      DeletionProtection: true,
      MasterUsername: "admin",
      DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:r1",
    });
    expect(out.Endpoint).toMatchObject({ Port: 3307 });
    expect(out.Endpoint!.Address).toMatch(/^r1\./);
    expect(out.DbiResourceId).toMatch(/^db-[A-Z0-9]{26}$/);
    expect(out.ReplicaMode).toBeUndefined();
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual(["r1"]);
    backend.clock.advance(8 * MINUTE - 1);
    expect((await describe1(client, "r1")).DBInstanceStatus).toBe("creating");
    backend.clock.advance(1);
    expect((await describe1(client, "r1")).DBInstanceStatus).toBe("available");
    const events = (await client.send(new DescribeEventsCommand({ SourceIdentifier: "r1", SourceType: "db-instance" }))).Events!;
    expect(events.map((e) => e.Message)).toEqual(["DB instance created", "Replication for the Read Replica resumed"]);
  });

  it("puts a Multi-AZ replica in two zones and refuses a zone with MultiAZ", async () => {
    const { backend, client } = setup();
    await addSource(backend, "src");
    const out = (await client.send(replica({ MultiAZ: true }))).DBInstance!;
    expect(out.MultiAZ).toBe(true);
    expect(out.SecondaryAvailabilityZone).toBeDefined();
    expect(out.SecondaryAvailabilityZone).not.toBe(out.AvailabilityZone);
    await expectFault(backend, () => client.send(replica({ DBInstanceIdentifier: "r2", MultiAZ: true, AvailabilityZone: "us-east-1a" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "Requesting a specific availability zone is not valid for Multi-AZ instances.",
    });
  });

  it("answers AWS's errors and changes nothing", async () => {
    const { backend, client } = setup();
    await addSource(backend, "src");
    await addSource(backend, "nobackup", { BackupRetentionPeriod: 0 });
    await addSource(backend, "busy", { DBInstanceStatus: "modifying" });
    await addSource(backend, "se2", { Engine: "oracle-se2" });
    await addSource(backend, "plain", { Engine: "sqlserver-ee" });
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "nope" })), {
      name: "DBInstanceNotFoundFault", status: 404, message: "DBInstance nope not found.", Class: DBInstanceNotFoundFault,
    });
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "nobackup" })), {
      name: "InvalidDBInstanceStateFault", status: 400, Class: InvalidDBInstanceStateFault,
      message: "Automated backups are not enabled for this database instance. To enable automated backups, use ModifyDBInstance to set the backup retention period to a non-zero value.",
    });
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "busy" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "Instance busy is not in available state.",
    });
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "se2" })), {
      name: "InvalidParameterCombination", status: 400, message: "Read replicas are not supported for the engine oracle-se2.",
    });
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "plain" })), {
      name: "InvalidParameterCombination", status: 400, message: "require a Multi-AZ source DB instance",
    });
    await expectFault(backend, () => client.send(replica({ ReplicaMode: "mounted" })), {
      name: "InvalidParameterCombination", status: 400, message: "ReplicaMode is only supported for Db2 and Oracle DB instances",
    });
    await expectFault(backend, () => client.send(replica({ AllocatedStorage: 50 })), {
      name: "InvalidParameterValue", status: 400, message: "AllocatedStorage 50 is smaller than the source DB instance's allocated storage 100.",
    });
    await expectFault(backend, () => client.send(replica({ DBParameterGroupName: "default.mysql8.0" })), {
      name: "InvalidParameterCombination", status: 400, message: "same-Region read replica of a MySQL DB instance",
    });
    await expectFault(backend, () => client.send(replica({ KmsKeyId: "alias/aws/rds" })), {
      name: "InvalidParameterCombination", status: 400, message: "an encrypted read replica can't be created from an unencrypted DB instance",
    });
    await expectFault(backend, () => client.send(replica({ Port: 80 })), { name: "InvalidParameterValue", status: 400, message: "Port must be from 1150 to 65535" });
    await expectFault(backend, () => client.send(replica({ SourceDBClusterIdentifier: "c1" })), {
      name: "InvalidParameterCombination", status: 400, message: "not both",
    });
    await expectFault(backend, () => client.send(replica({ DBInstanceIdentifier: "src" })), {
      name: "DBInstanceAlreadyExistsFault", status: 400, message: "DB instance already exists: src.", Class: DBInstanceAlreadyExistsFault,
    });
  });

  it("counts the replica's storage and the instance quota", async () => {
    const { backend, client } = setup({ quotas: { rds: { totalStorageGiB: 150 } } });
    await addSource(backend, "src");
    await expectFault(backend, () => client.send(replica({})), { name: "StorageQuotaExceededFault", status: 400, message: "totalStorageGiB" });
    const small = setup({ quotas: { rds: { dbInstances: 1 } } });
    await addSource(small.backend, "src");
    await expectFault(small.backend, () => small.client.send(replica({})), { name: "InstanceQuotaExceededFault", status: 400, message: "quota dbInstances" });
  });

  it("refuses an Aurora member as source", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "member");
    await expectFault(backend, () => client.send(replica({ SourceDBInstanceIdentifier: "member" })), {
      name: "InvalidParameterCombination", status: 400, message: "Amazon Aurora doesn't support CreateDBInstanceReadReplica",
    });
  });

  it("keeps at most 15 replicas per MySQL source, including ones created together; 5 for Oracle", async () => {
    const { backend, client } = setup();
    await addSource(backend, "src");
    const results = await Promise.allSettled(Array.from({ length: 16 }, (_, i) => client.send(replica({ DBInstanceIdentifier: `r${i}` }))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(15);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.name).toBe("InvalidDBInstanceStateFault");
    expect(refused.reason.message).toBe("DB instance src already has 15 read replicas, the most a source DB instance of engine mysql can have.");
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toHaveLength(15);
    await addSource(backend, "ora", { Engine: "oracle-ee" });
    for (let i = 0; i < 5; i++) await client.send(replica({ DBInstanceIdentifier: `o${i}`, SourceDBInstanceIdentifier: "ora" }));
    await expectFault(backend, () => client.send(replica({ DBInstanceIdentifier: "o5", SourceDBInstanceIdentifier: "ora" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "already has 5 read replicas",
    });
  });

  it("cascades three levels for MySQL, none for Oracle and PostgreSQL before 14.1", async () => {
    const { backend, client } = setup();
    await addSource(backend, "src");
    let from = "src";
    for (const id of ["l1", "l2", "l3"]) {
      await client.send(replica({ DBInstanceIdentifier: id, SourceDBInstanceIdentifier: from }));
      backend.clock.runDue();
      setBackups(backend, id, 1);
      from = id;
    }
    expect((await describe1(client, "l2")).ReadReplicaSourceDBInstanceIdentifier).toBe("l1");
    await expectFault(backend, () => client.send(replica({ DBInstanceIdentifier: "l4", SourceDBInstanceIdentifier: "l3" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "allows at most 3 cascading read replicas",
    });
    await addSource(backend, "pg13", { Engine: "postgres", EngineVersion: "13" });
    await client.send(replica({ DBInstanceIdentifier: "p1", SourceDBInstanceIdentifier: "pg13" }));
    backend.clock.runDue();
    setBackups(backend, "p1", 1);
    await expectFault(backend, () => client.send(replica({ DBInstanceIdentifier: "p2", SourceDBInstanceIdentifier: "p1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "doesn't support creating a read replica of a read replica",
    });
  });

  it("Oracle replicas take ReplicaMode (open-read-only by default)", async () => {
    const { backend, client } = setup();
    await addSource(backend, "ora", { Engine: "oracle-ee" });
    const a = (await client.send(replica({ SourceDBInstanceIdentifier: "ora" }))).DBInstance!;
    const b = (await client.send(replica({ DBInstanceIdentifier: "r2", SourceDBInstanceIdentifier: "ora", ReplicaMode: "mounted" }))).DBInstance!;
    expect([a.ReplicaMode, b.ReplicaMode]).toEqual(["open-read-only", "mounted"]);
  });
});

describe("PromoteReadReplica", () => {
  it("makes the replica standalone: modifying, then available; the source forgets it; its name can be a replica again", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await addSource(backend, "src");
    await client.send(replica({}));
    backend.clock.advance(8 * MINUTE);
    const out = (await client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1", BackupRetentionPeriod: 5, PreferredBackupWindow: "09:00-09:30" }))).DBInstance!;
    expect(out).toMatchObject({ DBInstanceStatus: "modifying", BackupRetentionPeriod: 5, PreferredBackupWindow: "09:00-09:30" });
    expect(out.ReadReplicaSourceDBInstanceIdentifier).toBeUndefined();
    expect(out.StatusInfos).toBeUndefined();
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual([]);
    backend.clock.advance(5 * MINUTE - 1);
    expect((await describe1(client, "r1")).DBInstanceStatus).toBe("modifying");
    backend.clock.advance(1);
    expect((await describe1(client, "r1")).DBInstanceStatus).toBe("available");
    await expectFault(backend, () => client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "DB Instance is not a read replica.",
    });
    // The promoted instance has backups: it can be a source itself; a new replica can take another name.
    const next = (await client.send(replica({ DBInstanceIdentifier: "r2", SourceDBInstanceIdentifier: "r1" }))).DBInstance!;
    expect(next.ReadReplicaSourceDBInstanceIdentifier).toBe("r1");
  });

  it("a promoted replica deleted frees its name for a new replica of the same source", async () => {
    const { backend, client } = setup();
    await addSource(backend, "src");
    await client.send(replica({}));
    backend.clock.runDue();
    await client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1", BackupRetentionPeriod: 0 }));
    backend.clock.runDue();
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "r1", SkipFinalSnapshot: true }));
    backend.clock.runDue();
    const again = (await client.send(replica({}))).DBInstance!;
    expect(again.ReadReplicaSourceDBInstanceIdentifier).toBe("src");
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual(["r1"]);
  });

  it("checks its input and the replica's state", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await addSource(backend, "src");
    await client.send(replica({}));
    await expectFault(backend, () => client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "DB instance r1 is in status creating",
    });
    backend.clock.advance(8 * MINUTE);
    await expectFault(backend, () => client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1", BackupRetentionPeriod: 36 })), {
      name: "InvalidParameterValue", status: 400, message: "BackupRetentionPeriod must be from 0 to 35",
    });
    await expectFault(backend, () => client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1", PreferredBackupWindow: "05:00-05:10" })), {
      name: "InvalidParameterValue", status: 400, message: "PreferredBackupWindow",
    });
    await expectFault(backend, () => client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "src" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "DB Instance is not a read replica.",
    });
    await expectFault(backend, () => client.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "gone" })), {
      name: "DBInstanceNotFoundFault", status: 404, message: "DBInstance gone not found.",
    });
  });
});

describe("deleting replicas and sources", () => {
  it("a deleted replica leaves the source's list; its name can be a replica again", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await addSource(backend, "src");
    await client.send(replica({}));
    backend.clock.advance(8 * MINUTE);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "r1", SkipFinalSnapshot: true }));
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual(["r1"]);
    backend.clock.advance(3 * MINUTE);
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual([]);
    const again = (await client.send(replica({}))).DBInstance!;
    expect(again.ReadReplicaSourceDBInstanceIdentifier).toBe("src");
    expect((await describe1(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual(["r1"]);
  });

  it("deleting the source promotes its replicas", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await addSource(backend, "src");
    await client.send(replica({}));
    backend.clock.advance(8 * MINUTE);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "src", SkipFinalSnapshot: true }));
    backend.clock.advance(3 * MINUTE);
    const promoted = await describe1(client, "r1");
    expect(promoted.DBInstanceStatus).toBe("modifying");
    expect(promoted.ReadReplicaSourceDBInstanceIdentifier).toBeUndefined();
    backend.clock.advance(5 * MINUTE);
    expect((await describe1(client, "r1")).DBInstanceStatus).toBe("available");
  });
});

describe("cross-Region read replicas", () => {
  it("names the source by ARN; the source lists the replica's ARN; promotion unlinks both Regions", async () => {
    const { backend } = setup();
    await addSource(backend, "src", { StorageEncrypted: true }, "us-west-2");
    const east = backend.attach(new RDSClient({ region: "us-east-1" })) as RDSClient;
    const west = backend.attach(new RDSClient({ region: "us-west-2" })) as RDSClient;
    const sourceArn = "arn:aws:rds:us-west-2:123456789012:db:src";
    await expectFault(backend, () => east.send(replica({ SourceDBInstanceIdentifier: sourceArn })), {
      name: "InvalidParameterCombination", status: 400, message: "requires a KmsKeyId of the destination Region",
    });
    await expectFault(backend, () => east.send(replica({ SourceDBInstanceIdentifier: "src" })), {
      name: "DBInstanceNotFoundFault", status: 404, message: "DBInstance src not found.",
    });
    const key = "arn:aws:kms:us-east-1:123456789012:key/abcd";
    const out = (await east.send(replica({ SourceDBInstanceIdentifier: sourceArn, KmsKeyId: key }))).DBInstance!;
    expect(out).toMatchObject({ ReadReplicaSourceDBInstanceIdentifier: sourceArn, KmsKeyId: key, DBInstanceArn: "arn:aws:rds:us-east-1:123456789012:db:r1" });
    expect(out.AvailabilityZone).toMatch(/^us-east-1/);
    expect((await describe1(west, "src")).ReadReplicaDBInstanceIdentifiers).toEqual(["arn:aws:rds:us-east-1:123456789012:db:r1"]);
    backend.clock.runDue();
    await east.send(new PromoteReadReplicaCommand({ DBInstanceIdentifier: "r1" }));
    expect((await describe1(west, "src")).ReadReplicaDBInstanceIdentifiers).toEqual([]);
  });

  it("deleting the source in its Region promotes the replica in the other", async () => {
    const { backend } = setup();
    await addSource(backend, "src", {}, "eu-west-1");
    const east = backend.attach(new RDSClient({ region: "us-east-1" })) as RDSClient;
    const eu = backend.attach(new RDSClient({ region: "eu-west-1" })) as RDSClient;
    await east.send(replica({ SourceDBInstanceIdentifier: "arn:aws:rds:eu-west-1:123456789012:db:src" }));
    backend.clock.runDue();
    await eu.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "src", SkipFinalSnapshot: true }));
    backend.clock.runDue();
    const r = await describe1(east, "r1");
    expect(r.ReadReplicaSourceDBInstanceIdentifier).toBeUndefined();
    expect(r.DBInstanceStatus).toBe("available");
  });
});

describe("SwitchoverReadReplica", () => {
  it("swaps an Oracle replica and its primary; the other replicas follow", async () => {
    const { backend, client } = setup();
    await addSource(backend, "ora", { Engine: "oracle-ee" });
    await client.send(replica({ SourceDBInstanceIdentifier: "ora", ReplicaMode: "mounted" }));
    await client.send(replica({ DBInstanceIdentifier: "r2", SourceDBInstanceIdentifier: "ora" }));
    backend.clock.runDue();
    const out = (await client.send(new SwitchoverReadReplicaCommand({ DBInstanceIdentifier: "r1" }))).DBInstance!;
    expect(out.DBInstanceStatus).toBe("modifying");
    expect(out.ReadReplicaSourceDBInstanceIdentifier).toBeUndefined();
    backend.clock.runDue();
    const primary = await describe1(client, "r1");
    expect(primary.ReadReplicaDBInstanceIdentifiers).toEqual(["ora", "r2"]);
    expect(await describe1(client, "ora")).toMatchObject({ ReadReplicaSourceDBInstanceIdentifier: "r1", ReplicaMode: "mounted", DBInstanceStatus: "available" });
    expect((await describe1(client, "r2")).ReadReplicaSourceDBInstanceIdentifier).toBe("r1");
  });

  it("refuses a non-replica and a non-Oracle replica", async () => {
    const { backend, client } = setup();
    await addSource(backend, "src");
    await client.send(replica({}));
    backend.clock.runDue();
    await expectFault(backend, () => client.send(new SwitchoverReadReplicaCommand({ DBInstanceIdentifier: "src" })), {
      name: "InvalidDBInstanceStateFault", status: 400, message: "DB Instance is not a read replica.",
    });
    await expectFault(backend, () => client.send(new SwitchoverReadReplicaCommand({ DBInstanceIdentifier: "r1" })), {
      name: "InvalidParameterCombination", status: 400, message: "only applies to RDS for Oracle replicas",
    });
  });
});
