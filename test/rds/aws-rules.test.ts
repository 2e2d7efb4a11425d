/**
 * RDS rules that used to differ from AWS (issue 11, section 4), each through a real RDSClient.
 */
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  ModifyDBClusterCommand,
  RestoreDBClusterFromSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, AURORA_PG, MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const KEY_ARN = /^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function cluster(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

describe("reserved master user names come from each engine", () => {
  it("accepts root on Aurora MySQL and on a MySQL Multi-AZ DB cluster (MySQL does not reserve it)", async () => {
    const { client } = setup();
    expect((await createCluster(client, "my1", { MasterUsername: "root" })).MasterUsername).toBe("root");
    expect((await createCluster(client, "my2", { ...MULTI_AZ_MYSQL, MasterUsername: "root" })).MasterUsername).toBe("root");
    expect((await createCluster(client, "my3", { MasterUsername: "user" })).MasterUsername).toBe("user");
  });

  it("accepts postgres on Aurora PostgreSQL and refuses admin there, as AWS does", async () => {
    const { backend, client } = setup();
    expect((await createCluster(client, "pg1", { ...AURORA_PG, MasterUsername: "postgres" })).MasterUsername).toBe("postgres");
    await expectFault(backend, () => client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "pg2", ...AURORA_PG, MasterUsername: "admin" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "MasterUsername admin cannot be used as it is a reserved word used by the engine",
    });
    // admin is fine on MySQL engines.
    expect((await createCluster(client, "my1", { MasterUsername: "admin" })).MasterUsername).toBe("admin");
  });

  it("refuses RDS's own rdsadmin on every engine", async () => {
    const { backend, client } = setup();
    for (const engine of [AURORA_MYSQL, AURORA_PG]) {
      await expectFault(backend, () => client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...engine, MasterUsername: "rdsadmin" })), {
        name: "InvalidParameterValue",
        status: 400,
        message: "reserved word",
      });
    }
  });
});

describe("an unknown EngineVersion", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a MySQL-style version for aurora-postgresql", { ...AURORA_PG, EngineVersion: "5.7.0" }, "Cannot find version 5.7.0 for aurora-postgresql"],
    ["a minor version the catalog does not list", { ...AURORA_PG, EngineVersion: "16.99" }, "Cannot find version 16.99 for aurora-postgresql"],
    ["an Aurora MySQL release that does not exist", { EngineVersion: "8.0.mysql_aurora.3.99.9" }, "Cannot find version 8.0.mysql_aurora.3.99.9 for aurora-mysql"],
  ];
  for (const [label, input, message] of cases) {
    it(`is InvalidParameterCombination for CreateDBCluster: ${label}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA_MYSQL, ...input } as any)), {
        name: "InvalidParameterCombination",
        status: 400,
        message,
      });
    });
  }

  it("is InvalidParameterCombination for ModifyDBCluster and for a restore, while listed versions are accepted", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { ...AURORA_PG, EngineVersion: "16.4" });
    await expectFault(backend, () => client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", EngineVersion: "16.99", ApplyImmediately: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "Cannot find version 16.99 for aurora-postgresql",
    });
    await client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "c1", DBClusterSnapshotIdentifier: "s1" }));
    await expectFault(
      backend,
      () => client.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "r1", SnapshotIdentifier: "s1", Engine: "aurora-postgresql", EngineVersion: "16.99" })),
      { name: "InvalidParameterCombination", status: 400, message: "Cannot find version 16.99 for aurora-postgresql" },
    );
    const upgraded = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", EngineVersion: "16.6", ApplyImmediately: true }));
    expect(upgraded.DBCluster!.EngineVersion).toBe("16.6");
  });
});

describe("Aurora Serverless v1 clusters", () => {
  it("take no DB instances: InvalidParameterValue", async () => {
    const { backend, client } = setup();
    await createCluster(client, "sls", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } });
    await expectFault(
      backend,
      () => client.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "i1", DBClusterIdentifier: "sls", Engine: "aurora-mysql", DBInstanceClass: "db.r6g.large" })),
      { name: "InvalidParameterValue", status: 400, message: "Instances cannot be added to Aurora Serverless clusters." },
    );
  });
});

describe("filters", () => {
  it("a filter without values is InvalidParameterCombination", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(new DescribeDBInstancesCommand({ Filters: [{ Name: "engine", Values: [] }] })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "engine",
    });
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "c1", Filters: [{ Name: "engine", Values: [] }] })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "engine",
    });
  });

  it("DescribeDBInstances adds DBInstanceIdentifier to the db-instance-id filter; not found only when nothing matches", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await createInstance(client, "c1", "i2");
    const describe = (input: Record<string, unknown>) => client.send(new DescribeDBInstancesCommand(input));
    const ids = async (input: Record<string, unknown>) => (await describe(input)).DBInstances!.map((i) => i.DBInstanceIdentifier);
    expect(await ids({ DBInstanceIdentifier: "I1", Filters: [{ Name: "engine", Values: ["aurora-mysql"] }] })).toEqual(["i1"]);
    // The identifier joins the values of a db-instance-id filter the caller gave.
    expect(await ids({ DBInstanceIdentifier: "i1", Filters: [{ Name: "db-instance-id", Values: ["i2"] }] })).toEqual(["i1", "i2"]);
    // A filter that excludes the named instance leaves nothing: not found, as AWS answers.
    await expectFault(backend, () => describe({ DBInstanceIdentifier: "i1", Filters: [{ Name: "engine", Values: ["aurora-postgresql"] }] }), {
      name: "DBInstanceNotFoundFault",
      Class: DBInstanceNotFoundFault,
      status: 404,
      message: "i1",
    });
    await expectFault(backend, () => describe({ DBInstanceIdentifier: "nope", Filters: [{ Name: "engine", Values: ["aurora-mysql"] }] }), {
      name: "DBInstanceNotFoundFault",
      Class: DBInstanceNotFoundFault,
      status: 404,
      message: "nope",
    });
  });

  it("DescribeDBClusters does the same with DBClusterIdentifier and db-cluster-id", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createCluster(client, "c2", AURORA_PG);
    const describe = (input: Record<string, unknown>) => client.send(new DescribeDBClustersCommand(input));
    const ids = async (input: Record<string, unknown>) => (await describe(input)).DBClusters!.map((c) => c.DBClusterIdentifier);
    expect(await ids({ DBClusterIdentifier: "c1", Filters: [{ Name: "engine", Values: ["aurora-mysql"] }] })).toEqual(["c1"]);
    expect(await ids({ DBClusterIdentifier: "c1", Filters: [{ Name: "db-cluster-id", Values: ["c2"] }] })).toEqual(["c1", "c2"]);
    await expectFault(backend, () => describe({ DBClusterIdentifier: "c1", Filters: [{ Name: "engine", Values: ["aurora-postgresql"] }] }), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "c1",
    });
  });
});

describe("ModifyDBCluster settings that members take from their cluster", () => {
  it("BackupRetentionPeriod, PreferredBackupWindow and VpcSecurityGroupIds show on the member instances", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await createInstance(client, "c1", "i2");
    await client.send(
      new ModifyDBClusterCommand({
        DBClusterIdentifier: "c1",
        BackupRetentionPeriod: 14,
        PreferredBackupWindow: "02:00-02:30",
        VpcSecurityGroupIds: ["sg-0123456789abcdef0", "sg-0fedcba9876543210"],
        ApplyImmediately: true,
      }),
    );
    const members = (await client.send(new DescribeDBInstancesCommand({ Filters: [{ Name: "db-cluster-id", Values: ["c1"] }] }))).DBInstances!;
    expect(members).toHaveLength(2);
    for (const m of members) {
      expect(m.BackupRetentionPeriod).toBe(14);
      expect(m.PreferredBackupWindow).toBe("02:00-02:30");
      expect(m.VpcSecurityGroups).toEqual([
        { VpcSecurityGroupId: "sg-0123456789abcdef0", Status: "active" },
        { VpcSecurityGroupId: "sg-0fedcba9876543210", Status: "active" },
      ]);
    }
  });
});

describe("the managed master user secret", () => {
  it("is creating, then active on the clock, with a KMS key ARN (timed)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const created = await createCluster(client, "c1", { MasterUserPassword: undefined, ManageMasterUserPassword: true });
    expect(created.MasterUserSecret!.SecretStatus).toBe("creating");
    expect(created.MasterUserSecret!.KmsKeyId).toMatch(KEY_ARN);
    backend.clock.advance(MINUTE - 1);
    expect((await cluster(client, "c1")).MasterUserSecret!.SecretStatus).toBe("creating");
    backend.clock.advance(1);
    expect((await cluster(client, "c1")).MasterUserSecret!.SecretStatus).toBe("active");
  });

  it("turned on by ModifyDBCluster is creating, and RotateMasterUserPassword shows rotating, then active (instant)", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    const on = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", ManageMasterUserPassword: true, ApplyImmediately: true }));
    expect(on.DBCluster!.MasterUserSecret!.SecretStatus).toBe("creating");
    expect(on.DBCluster!.MasterUserSecret!.KmsKeyId).toMatch(KEY_ARN);
    expect((await cluster(client, "c1")).MasterUserSecret!.SecretStatus).toBe("active");
    const rotated = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", RotateMasterUserPassword: true, ApplyImmediately: true }));
    expect(rotated.DBCluster!.MasterUserSecret!.SecretStatus).toBe("rotating");
    expect((await cluster(client, "c1")).MasterUserSecret!.SecretStatus).toBe("active");
  });

  it("reports a key ARN, not an alias, for a key given by alias", async () => {
    const { client } = setup();
    const mine = await createCluster(client, "c1", { MasterUserPassword: undefined, ManageMasterUserPassword: true, MasterUserSecretKmsKeyId: "alias/my-key" });
    const byDefault = await createCluster(client, "c2", { MasterUserPassword: undefined, ManageMasterUserPassword: true });
    expect(mine.MasterUserSecret!.KmsKeyId).toMatch(KEY_ARN);
    expect(mine.MasterUserSecret!.KmsKeyId).not.toBe(byDefault.MasterUserSecret!.KmsKeyId);
  });
});

describe("GlobalWriteForwardingRequested", () => {
  it("is false by default on an Aurora DB cluster, and follows EnableGlobalWriteForwarding", async () => {
    const { client } = setup();
    expect((await createCluster(client, "c1")).GlobalWriteForwardingRequested).toBe(false);
    expect((await cluster(client, "c1")).GlobalWriteForwardingRequested).toBe(false);
    const modified = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", EnableGlobalWriteForwarding: true, ApplyImmediately: true }));
    expect(modified.DBCluster!.GlobalWriteForwardingRequested).toBe(true);
  });
});
