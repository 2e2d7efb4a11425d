import {
  CreateDBInstanceCommand,
  DBClusterNotFoundFault,
  DBInstanceAlreadyExistsFault,
  DBInstanceNotFoundFault,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  ModifyDBInstanceCommand,
  RebootDBInstanceCommand,
  RDSClient,
  StopDBClusterCommand,
  paginateDescribeDBInstances,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const createI = (input: Record<string, unknown>) =>
  new CreateDBInstanceCommand({ DBInstanceIdentifier: "i1", DBClusterIdentifier: "c1", Engine: "aurora-mysql", DBInstanceClass: "db.r6g.large", ...input } as any);

async function members(client: RDSClient, id = "c1") {
  const c = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
  return c.DBClusterMembers!.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter, m.PromotionTier]);
}

describe("CreateDBInstance in a DB cluster", () => {
  it("makes the first instance the writer and the next ones readers", async () => {
    const { client } = setup();
    const cluster = await createCluster(client, "c1", { StorageEncrypted: true });
    const w = await createInstance(client, "c1", "Writer-1");
    expect(w.DBInstanceIdentifier).toBe("writer-1");
    expect(w.DBInstanceStatus).toBe("creating");
    expect(w.DBInstanceArn).toBe("arn:aws:rds:us-east-1:123456789012:db:writer-1");
    expect(w.DbiResourceId).toMatch(/^db-[A-Z0-9]{26}$/);
    expect(w.Endpoint?.Address).toMatch(/^writer-1\.[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(w.Endpoint?.Port).toBe(3306);
    expect(w).toMatchObject({ Engine: "aurora-mysql", EngineVersion: cluster.EngineVersion, MasterUsername: "admin", StorageEncrypted: true, KmsKeyId: cluster.KmsKeyId, PromotionTier: 1 });
    expect(w.InstanceCreateTime).toBeInstanceOf(Date);
    await createInstance(client, "c1", "reader-1", { PromotionTier: 3 });
    expect(await members(client)).toEqual([
      ["writer-1", true, 1],
      ["reader-1", false, 3],
    ]);
    const listed = await client.send(new DescribeDBInstancesCommand({}));
    expect(listed.DBInstances!.map((i) => [i.DBInstanceIdentifier, i.DBInstanceStatus])).toEqual([
      ["reader-1", "available"],
      ["writer-1", "available"],
    ]);
  });

  it("spreads instances over the cluster's Availability Zones; the cluster becomes Multi-AZ", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    const a = await createInstance(client, "c1", "a");
    expect((await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "c1" }))).DBClusters![0].MultiAZ).toBe(false);
    const b = await createInstance(client, "c1", "b");
    expect(a.AvailabilityZone).not.toBe(b.AvailabilityZone);
    expect((await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "c1" }))).DBClusters![0].MultiAZ).toBe(true);
  });

  it("accepts a db.serverless instance only in a cluster with serverless v2 scaling", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(createI({ DBInstanceClass: "db.serverless" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "db.serverless",
    });
    await createCluster(client, "sv2", { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8 } });
    await createInstance(client, "sv2", "s1", { DBInstanceClass: "db.serverless" });
  });

  const cases: [string, Record<string, unknown>, string, number, string | RegExp][] = [
    ["an invalid identifier", { DBInstanceIdentifier: "-bad" }, "InvalidParameterValue", 400, "DBInstanceIdentifier"],
    ["an invalid instance class", { DBInstanceClass: "large" }, "InvalidParameterValue", 400, "DBInstanceClass"],
    ["an engine other than the cluster's", { Engine: "aurora-postgresql" }, "InvalidParameterCombination", 400, /aurora-postgresql.*aurora-mysql/],
    ["an unknown cluster", { DBClusterIdentifier: "ghost" }, "DBClusterNotFoundFault", 404, "ghost"],
    ["no cluster", { DBClusterIdentifier: undefined }, "InvalidParameterCombination", 400, "DBClusterIdentifier"],
    ["PromotionTier 16", { PromotionTier: 16 }, "InvalidParameterValue", 400, "PromotionTier"],
    ["a master password (the cluster's)", { MasterUserPassword: "Secret-pass1" }, "InvalidParameterCombination", 400, "MasterUserPassword"],
    ["a backup retention (the cluster's)", { BackupRetentionPeriod: 7 }, "InvalidParameterCombination", 400, "BackupRetentionPeriod"],
    ["an Availability Zone of another Region", { AvailabilityZone: "eu-west-1a" }, "InvalidParameterValue", 400, "AvailabilityZone"],
    ["another engine version", { EngineVersion: "5.7.mysql_aurora.2.12.4" }, "InvalidParameterCombination", 400, "EngineVersion"],
    ["another subnet group", { DBSubnetGroupName: "ghost" }, "DBSubnetGroupNotFoundFault", 404, "ghost"],
    ["an unknown instance parameter group", { DBParameterGroupName: "custom" }, "DBParameterGroupNotFoundFault", 404, "custom"],
    ["a malformed maintenance window", { PreferredMaintenanceWindow: "monday" }, "InvalidParameterValue", 400, "PreferredMaintenanceWindow"],
    ["a tag with the aws: prefix", { Tags: [{ Key: "aws:x", Value: "y" }] }, "InvalidParameterValue", 400, "aws:"],
  ];
  for (const [label, input, name, status, message] of cases) {
    it(`rejects ${label}`, async () => {
      const { backend, client } = setup();
      await createCluster(client, "c1");
      await expectFault(backend, () => client.send(createI(input)), { name, status, message, Class: name === "DBClusterNotFoundFault" ? DBClusterNotFoundFault : undefined });
    });
  }

  it("rejects a taken identifier, a Multi-AZ cluster, a stopped cluster and the instance quota", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbInstances: 4 } } });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await expectFault(backend, () => client.send(createI({ DBInstanceIdentifier: "I1" })), {
      name: "DBInstanceAlreadyExistsFault",
      Class: DBInstanceAlreadyExistsFault,
      status: 400,
      message: "i1",
    });
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    await expectFault(backend, () => client.send(createI({ DBInstanceIdentifier: "x", DBClusterIdentifier: "maz", Engine: "mysql" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "Multi-AZ",
    });
    await createCluster(client, "idle");
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "idle" }));
    await expectFault(backend, () => client.send(createI({ DBInstanceIdentifier: "x", DBClusterIdentifier: "idle" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /idle is in status stopped/,
    });
    await expectFault(backend, () => client.send(createI({ DBInstanceIdentifier: "i5" })), {
      name: "InstanceQuotaExceededFault",
      status: 400,
      message: "4",
    });
  });
});

describe("DescribeDBInstances", () => {
  it("finds by identifier or ARN, filters, and pages", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbInstances: 100 } } });
    await createCluster(client, "c1");
    await createCluster(client, "c2", AURORA_PG);
    for (let i = 0; i < 25; i++) await createInstance(client, "c1", `m${String(i).padStart(2, "0")}`);
    const pg = await createInstance(client, "c2", "pg1", { Engine: "aurora-postgresql" });
    const byArn = await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: pg.DBInstanceArn }));
    expect(byArn.DBInstances![0].DBInstanceIdentifier).toBe("pg1");
    const ids = async (Filters: { Name: string; Values: string[] }[]) =>
      (await client.send(new DescribeDBInstancesCommand({ Filters, MaxRecords: 100 }))).DBInstances!.map((i) => i.DBInstanceIdentifier);
    expect(await ids([{ Name: "db-cluster-id", Values: ["c2"] }])).toEqual(["pg1"]);
    expect(await ids([{ Name: "db-cluster-id", Values: ["arn:aws:rds:us-east-1:123456789012:cluster:c2"] }])).toEqual(["pg1"]);
    expect(await ids([{ Name: "engine", Values: ["aurora-postgresql"] }])).toEqual(["pg1"]);
    expect(await ids([{ Name: "dbi-resource-id", Values: [pg.DbiResourceId!] }])).toEqual(["pg1"]);
    expect(await ids([{ Name: "db-instance-id", Values: ["m03", pg.DBInstanceArn!] }])).toEqual(["m03", "pg1"]);
    let count = 0;
    for await (const page of paginateDescribeDBInstances({ client, pageSize: 20 }, {})) count += page.DBInstances!.length;
    expect(count).toBe(26);
    await expectFault(backend, () => client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "ghost" })), {
      name: "DBInstanceNotFoundFault",
      Class: DBInstanceNotFoundFault,
      status: 404,
      message: "ghost",
    });
    await expectFault(backend, () => client.send(new DescribeDBInstancesCommand({ MaxRecords: 5 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, () => client.send(new DescribeDBInstancesCommand({ Filters: [{ Name: "status", Values: ["available"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /Unrecognized filter name: status.*db-cluster-id/,
    });
  });
});

describe("ModifyDBInstance", () => {
  it("changes the promotion tier at once, and the cluster's member list shows it", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await createInstance(client, "c1", "i2");
    const out = await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i2", PromotionTier: 0 }));
    expect(out.DBInstance!.PromotionTier).toBe(0);
    expect(await members(client)).toEqual([
      ["i1", true, 1],
      ["i2", false, 0],
    ]);
  });

  it("keeps a class change pending without ApplyImmediately and applies it with a reboot", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    const pending = await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", DBInstanceClass: "db.r6g.xlarge" }));
    expect(pending.DBInstance!.DBInstanceClass).toBe("db.r6g.large");
    expect(pending.DBInstance!.PendingModifiedValues).toEqual({ DBInstanceClass: "db.r6g.xlarge" });
    const reboot = await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    expect(reboot.DBInstance!.DBInstanceStatus).toBe("rebooting");
    expect(reboot.DBInstance!.DBInstanceClass).toBe("db.r6g.xlarge");
    const now = await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", DBInstanceClass: "db.r6g.2xlarge", ApplyImmediately: true }));
    expect(now.DBInstance!.DBInstanceStatus).toBe("modifying");
    expect(now.DBInstance!.DBInstanceClass).toBe("db.r6g.2xlarge");
  });

  it("renames with ApplyImmediately; the cluster's member list follows", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    const out = await client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", NewDBInstanceIdentifier: "Renamed", ApplyImmediately: true }));
    expect(out.DBInstance!.DBInstanceIdentifier).toBe("renamed");
    expect(out.DBInstance!.DBInstanceArn).toMatch(/:db:renamed$/);
    expect(await members(client)).toEqual([["renamed", true, 1]]);
  });

  it("rejects cluster settings, bad values, an unknown instance and a busy one", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await createInstance(client, "c1", "i2");
    const mod = (input: Record<string, unknown>) => () => client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", ...input } as any));
    await expectFault(backend, mod({ BackupRetentionPeriod: 3 }), { name: "InvalidParameterCombination", status: 400, message: "BackupRetentionPeriod" });
    await expectFault(backend, mod({ PromotionTier: -1 }), { name: "InvalidParameterValue", status: 400, message: "PromotionTier" });
    await expectFault(backend, mod({ NewDBInstanceIdentifier: "I2", ApplyImmediately: true }), {
      name: "DBInstanceAlreadyExistsFault",
      status: 400,
      message: "i2",
    });
    await expectFault(backend, mod({ DBInstanceIdentifier: "ghost", PromotionTier: 2 }), {
      name: "DBInstanceNotFoundFault",
      Class: DBInstanceNotFoundFault,
      status: 404,
      message: "ghost",
    });
    await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    // The reboot settled before this call in the instant lifecycle; in the timed one it would still run.
    const timed = setup({ lifecycle: "timed" });
    await createCluster(timed.client, "c1");
    await createInstance(timed.client, "c1", "i1");
    await expectFault(timed.backend, () => timed.client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: "i1", PromotionTier: 2 })), {
      name: "InvalidDBInstanceStateFault",
      status: 400,
      message: /i1 is in status creating.*available/,
    });
  });
});

describe("DeleteDBInstance and RebootDBInstance", () => {
  it("deletes a reader; deleting the writer hands over to the best reader", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "w");
    await createInstance(client, "c1", "r1", { PromotionTier: 4 });
    await createInstance(client, "c1", "r2", { PromotionTier: 2 });
    const out = await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "w" }));
    expect(out.DBInstance!.DBInstanceStatus).toBe("deleting");
    expect(await members(client)).toEqual([
      ["r1", false, 4],
      ["r2", true, 2],
    ]);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "r1", SkipFinalSnapshot: true }));
    expect(await members(client)).toEqual([["r2", true, 2]]);
  });

  it("rejects a final snapshot, an instance of a Multi-AZ DB cluster and an unknown instance", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1", FinalDBSnapshotIdentifier: "snap" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "FinalDBSnapshotIdentifier",
    });
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "maz-instance-2" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "Multi-AZ",
    });
    await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "ghost" })), {
      name: "DBInstanceNotFoundFault",
      Class: DBInstanceNotFoundFault,
      status: 404,
      message: "ghost",
    });
  });

  it("reboots only an available instance, and refuses ForceFailover for a cluster member", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await expectFault(backend, () => client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1" })), {
      name: "InvalidDBInstanceStateFault",
      status: 400,
      message: "creating",
    });
    backend.clock.advance(10 * 60_000);
    await expectFault(backend, () => client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1", ForceFailover: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "ForceFailover",
    });
    const out = await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    expect(out.DBInstance!.DBInstanceStatus).toBe("rebooting");
    backend.clock.advance(60_000);
    const after = await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }));
    expect(after.DBInstances![0].DBInstanceStatus).toBe("available");
  });
});
