import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  DBClusterAlreadyExistsFault,
  DBClusterParameterGroupNotFoundFault,
  DBClusterQuotaExceededFault,
  DBSubnetGroupNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  RDS,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { networkAttempts } from "../helpers.js";
import { AURORA_MYSQL, AURORA_PG, MULTI_AZ_MYSQL, createCluster, expectFault, setup } from "./clusters-fixtures.js";

const create = (input: Record<string, unknown>) => new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA_MYSQL, ...input } as any);

describe("CreateDBCluster: the DB cluster it answers", () => {
  it("fills the members as AWS does, creating then available", async () => {
    const { client } = setup();
    const c = await createCluster(client, "My-Cluster1", { Tags: [{ Key: "team", Value: "db" }], DeletionProtection: true, CopyTagsToSnapshot: true });
    expect(c.DBClusterIdentifier).toBe("my-cluster1");
    expect(c.Status).toBe("creating");
    expect(c.DBClusterArn).toBe("arn:aws:rds:us-east-1:123456789012:cluster:my-cluster1");
    expect(c.DbClusterResourceId).toMatch(/^cluster-[A-Z0-9]{26}$/);
    expect(c.Endpoint).toMatch(/^my-cluster1\.cluster-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(c.ReaderEndpoint).toMatch(/^my-cluster1\.cluster-ro-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect(c.Endpoint!.split(".")[1].slice("cluster-".length)).toBe(c.ReaderEndpoint!.split(".")[1].slice("cluster-ro-".length));
    expect(c.HostedZoneId).toMatch(/^Z[A-Z0-9]+$/);
    expect(c.Port).toBe(3306);
    expect(c.EngineVersion).toMatch(/^8\.0\.mysql_aurora\.3\.\d+\.\d+$/);
    expect(c.AvailabilityZones).toEqual(["us-east-1a", "us-east-1b", "us-east-1c"]);
    expect(c.ClusterCreateTime).toBeInstanceOf(Date);
    expect(c.EarliestRestorableTime).toBeInstanceOf(Date);
    expect(c.LatestRestorableTime).toBeInstanceOf(Date);
    expect(c.DBClusterMembers).toEqual([]);
    expect(c.MultiAZ).toBe(false);
    expect(c.ActivityStreamStatus).toBe("stopped");
    expect(c.ActivityStreamMode).toBeUndefined();
    expect(c.TagList).toEqual([{ Key: "team", Value: "db" }]);
    expect(c.DeletionProtection).toBe(true);
    expect(c.CopyTagsToSnapshot).toBe(true);
    expect(c.BackupRetentionPeriod).toBe(1);
    expect(c.DBClusterParameterGroup).toBe("default.aurora-mysql8.0");
    expect(c.DBSubnetGroup).toBe("default");
    expect(c.EngineMode).toBe("provisioned");
    expect(c.StorageEncrypted).toBe(false);
    expect(c.PreferredBackupWindow).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}$/);
    expect(c.PreferredMaintenanceWindow).toMatch(/^(mon|tue|wed|thu|fri|sat|sun):\d{2}:\d{2}-\1:\d{2}:\d{2}$/);
    expect(Object.values(c)).not.toContain(null);
    const later = await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "MY-CLUSTER1" }));
    expect(later.DBClusters![0].Status).toBe("available");
    expect(networkAttempts()).toEqual([]);
  });

  it("defaults the port and version per engine, and resolves a major version", async () => {
    const { client } = setup();
    const pg = await createCluster(client, "pg", AURORA_PG);
    expect(pg.Port).toBe(5432);
    expect(pg.EngineVersion).toMatch(/^16\.\d+$/);
    expect(pg.DBClusterParameterGroup).toBe("default.aurora-postgresql16");
    const v2 = await createCluster(client, "v2", { EngineVersion: "5.7" });
    expect(v2.EngineVersion).toMatch(/^5\.7\.mysql_aurora\.2\./);
    expect(v2.DBClusterParameterGroup).toBe("default.aurora-mysql5.7");
    const custom = await createCluster(client, "port", { Port: 3307 });
    expect(custom.Port).toBe(3307);
  });

  it("answers ids that are reproducible under a seed", async () => {
    const a = setup();
    const b = setup();
    const x = await createCluster(a.client, "same");
    const y = await createCluster(b.client, "same");
    expect(x.DbClusterResourceId).toBe(y.DbClusterResourceId);
  });

  it("hands out copies: changing an output changes nothing", async () => {
    const { client } = setup();
    const c = await createCluster(client, "copy", { Tags: [{ Key: "a", Value: "b" }] });
    c.TagList!.push({ Key: "x", Value: "y" });
    c.AvailabilityZones!.length = 0;
    const d = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "copy" }))).DBClusters![0];
    expect(d.TagList).toEqual([{ Key: "a", Value: "b" }]);
    expect(d.AvailabilityZones).toHaveLength(3);
  });

  it("works through the aggregated RDS client too", async () => {
    const backend = createMockBackend({ seed: 2 });
    const rds = backend.attach(new RDS({ region: "eu-west-1" }));
    const out = await rds.createDBCluster({ DBClusterIdentifier: "agg", ...AURORA_PG });
    expect(out.DBCluster!.DBClusterArn).toBe("arn:aws:rds:eu-west-1:123456789012:cluster:agg");
    const list = await rds.describeDBClusters({});
    expect(list.DBClusters!.map((c) => c.DBClusterIdentifier)).toEqual(["agg"]);
  });

  it("encrypts with the default RDS key, or with the key given as an ARN", async () => {
    const { client } = setup();
    const byDefault = await createCluster(client, "enc1", { StorageEncrypted: true });
    expect(byDefault.StorageEncrypted).toBe(true);
    expect(byDefault.KmsKeyId).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/);
    const byKey = await createCluster(client, "enc2", { StorageEncrypted: true, KmsKeyId: "1234abcd-12ab-34cd-56ef-1234567890ab" });
    expect(byKey.KmsKeyId).toBe("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  });

  it("manages the master password in Secrets Manager when asked", async () => {
    const { client } = setup();
    const c = await createCluster(client, "managed", { MasterUserPassword: undefined, ManageMasterUserPassword: true });
    expect(c.MasterUserSecret?.SecretArn).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!cluster-/);
    // AWS answers `creating`; the secret is `active` by the next call in the instant lifecycle.
    expect(c.MasterUserSecret?.SecretStatus).toBe("creating");
    expect(c.MasterUserSecret?.KmsKeyId).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/);
    const later = (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "managed" }))).DBClusters![0];
    expect(later.MasterUserSecret).toEqual({ ...c.MasterUserSecret, SecretStatus: "active" });
  });

  it("keeps serverless v1 and v2 scaling and backtracking", async () => {
    const { client } = setup();
    const v1 = await createCluster(client, "sls", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } });
    expect(v1.ScalingConfigurationInfo).toMatchObject({ MinCapacity: 2, MaxCapacity: 8, AutoPause: true });
    const v2 = await createCluster(client, "slsv2", { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 16 } });
    expect(v2.ServerlessV2ScalingConfiguration).toEqual({ MinCapacity: 0.5, MaxCapacity: 16 });
    const bt = await createCluster(client, "bt", { BacktrackWindow: 3600 });
    expect(bt.BacktrackWindow).toBe(3600);
  });

  it("makes a Multi-AZ DB cluster with three instances for mysql", async () => {
    const { client } = setup();
    const c = await createCluster(client, "maz", MULTI_AZ_MYSQL);
    expect(c.MultiAZ).toBe(true);
    expect(c.DBClusterInstanceClass).toBe("db.m6gd.large");
    expect(c.DBClusterMembers!.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([
      ["maz-instance-1", true],
      ["maz-instance-2", false],
      ["maz-instance-3", false],
    ]);
    const instances = await client.send(new DescribeDBInstancesCommand({ Filters: [{ Name: "db-cluster-id", Values: ["maz"] }] }));
    expect(instances.DBInstances!.map((i) => i.AvailabilityZone)).toEqual(["us-east-1a", "us-east-1b", "us-east-1c"]);
  });
});

describe("CreateDBCluster: DBClusterIdentifier", () => {
  for (const bad of ["1cluster", "my_cluster", "ends-", "two--hyphens", "a".repeat(64), "héllo"]) {
    it(`rejects ${JSON.stringify(bad.length > 20 ? `${bad.slice(0, 8)}...(${bad.length})` : bad)}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create({ DBClusterIdentifier: bad })), {
        name: "InvalidParameterValue",
        status: 400,
        message: "DBClusterIdentifier",
      });
    });
  }

  it("accepts 63 characters for Aurora but only 52 for a Multi-AZ DB cluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "a".repeat(63));
    await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, DBClusterIdentifier: "m".repeat(53) })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /DBClusterIdentifier.*52/,
    });
    await createCluster(client, "m".repeat(52), MULTI_AZ_MYSQL);
  });

  it("answers DBClusterAlreadyExistsFault for a taken identifier, in any case", async () => {
    const { backend, client } = setup();
    await createCluster(client, "taken");
    await expectFault(backend, () => client.send(create({ DBClusterIdentifier: "TAKEN" })), {
      name: "DBClusterAlreadyExistsFault",
      Class: DBClusterAlreadyExistsFault,
      status: 400,
      message: "taken",
    });
  });
});

describe("CreateDBCluster: engine and version", () => {
  it("requires Engine", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ Engine: undefined })), { name: "MissingParameter", status: 400, message: "Engine" });
  });

  it("rejects an unknown engine and an unknown version", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ Engine: "oracle-ee" })), { name: "InvalidParameterValue", status: 400, message: "oracle-ee" });
    await expectFault(backend, () => client.send(create({ EngineVersion: "9.9.9" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /version 9\.9\.9.*EngineVersion/,
    });
  });

  it("rejects an engine mode the engine does not have", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, EngineMode: "serverless" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "EngineMode",
    });
  });
});

describe("CreateDBCluster: master credentials", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["no MasterUsername", { MasterUsername: undefined }, "InvalidParameterValue", "MasterUsername"],
    ["a MasterUsername starting with a digit", { MasterUsername: "1admin" }, "InvalidParameterValue", "MasterUsername"],
    ["a MasterUsername of 17 characters", { MasterUsername: "a".repeat(17) }, "InvalidParameterValue", "MasterUsername"],
    ["a MasterUsername with a hyphen", { MasterUsername: "db-admin" }, "InvalidParameterValue", "MasterUsername"],
    ["a reserved MasterUsername", { MasterUsername: "rdsadmin" }, "InvalidParameterValue", "reserved"],
    ["no password", { MasterUserPassword: undefined }, "InvalidParameterValue", "MasterUserPassword"],
    ["a password of 7 characters", { MasterUserPassword: "Short12" }, "InvalidParameterValue", "MasterUserPassword"],
    ["a password of 42 characters", { MasterUserPassword: "p".repeat(42) }, "InvalidParameterValue", "MasterUserPassword"],
    ["a password with @", { MasterUserPassword: "secret@pass" }, "InvalidParameterValue", "MasterUserPassword"],
    ["a password with /", { MasterUserPassword: "secret/pass" }, "InvalidParameterValue", "MasterUserPassword"],
    ['a password with "', { MasterUserPassword: 'secret"pass' }, "InvalidParameterValue", "MasterUserPassword"],
    ["a password with a non-ASCII letter", { MasterUserPassword: "sécretpass" }, "InvalidParameterValue", "MasterUserPassword"],
    ["a password and ManageMasterUserPassword", { ManageMasterUserPassword: true }, "InvalidParameterCombination", "ManageMasterUserPassword"],
    ["MasterUserSecretKmsKeyId without a managed password", { MasterUserSecretKmsKeyId: "alias/x" }, "InvalidParameterCombination", "MasterUserSecretKmsKeyId"],
  ];
  for (const [label, input, name, message] of cases) {
    it(`rejects ${label}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create(input)), { name, status: 400, message });
    });
  }

  it("rejects admin for PostgreSQL but accepts it for MySQL", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ ...AURORA_PG, MasterUsername: "admin" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /MasterUsername admin/,
    });
    await createCluster(client, "mysql-admin", { MasterUsername: "admin" });
  });
});

describe("CreateDBCluster: ranges, windows and combinations", () => {
  const cases: [string, Record<string, unknown>, string, string | RegExp][] = [
    ["BackupRetentionPeriod 0", { BackupRetentionPeriod: 0 }, "InvalidParameterValue", "BackupRetentionPeriod"],
    ["BackupRetentionPeriod 36", { BackupRetentionPeriod: 36 }, "InvalidParameterValue", "BackupRetentionPeriod"],
    ["Port 1149", { Port: 1149 }, "InvalidParameterValue", "Port"],
    ["Port 65536", { Port: 65536 }, "InvalidParameterValue", "Port"],
    ["a backup window without minutes", { PreferredBackupWindow: "03-04" }, "InvalidParameterValue", "PreferredBackupWindow"],
    ["a backup window at 25:00", { PreferredBackupWindow: "25:00-25:30" }, "InvalidParameterValue", "PreferredBackupWindow"],
    ["a 29-minute backup window", { PreferredBackupWindow: "03:00-03:29" }, "InvalidParameterValue", /PreferredBackupWindow.*30 minutes/],
    ["a maintenance window on day Xyz", { PreferredMaintenanceWindow: "xyz:03:00-xyz:04:00" }, "InvalidParameterValue", "PreferredMaintenanceWindow"],
    ["a 20-minute maintenance window", { PreferredMaintenanceWindow: "mon:03:00-mon:03:20" }, "InvalidParameterValue", /PreferredMaintenanceWindow.*30 minutes/],
    [
      "overlapping windows",
      { PreferredBackupWindow: "03:00-04:00", PreferredMaintenanceWindow: "tue:03:30-tue:04:30" },
      "InvalidParameterValue",
      /PreferredBackupWindow.*PreferredMaintenanceWindow/,
    ],
    [
      "windows overlapping across midnight",
      { PreferredBackupWindow: "23:30-00:30", PreferredMaintenanceWindow: "wed:00:00-wed:00:45" },
      "InvalidParameterValue",
      "overlap",
    ],
    ["BacktrackWindow above 72 hours", { BacktrackWindow: 259_201 }, "InvalidParameterValue", "BacktrackWindow"],
    ["BacktrackWindow on Aurora PostgreSQL", { ...AURORA_PG, BacktrackWindow: 3600 }, "InvalidParameterValue", "BacktrackWindow"],
    ["ScalingConfiguration on a provisioned cluster", { ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 4 } }, "InvalidParameterCombination", "ScalingConfiguration"],
    ["a serverless capacity of 3", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 3 } }, "InvalidParameterValue", "ScalingConfiguration.MinCapacity"],
    ["a serverless MinCapacity above MaxCapacity", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 16, MaxCapacity: 8 } }, "InvalidParameterValue", "MinCapacity"],
    ["a serverless pause of 100 seconds", { EngineMode: "serverless", ScalingConfiguration: { SecondsUntilAutoPause: 100 } }, "InvalidParameterValue", "SecondsUntilAutoPause"],
    ["a serverless v2 MinCapacity above MaxCapacity", { ServerlessV2ScalingConfiguration: { MinCapacity: 8, MaxCapacity: 4 } }, "InvalidParameterValue", "ServerlessV2ScalingConfiguration"],
    ["a serverless v2 capacity of 1.25", { ServerlessV2ScalingConfiguration: { MinCapacity: 1.25, MaxCapacity: 4 } }, "InvalidParameterValue", "ServerlessV2ScalingConfiguration.MinCapacity"],
    ["a serverless v2 MaxCapacity of 512", { ServerlessV2ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 512 } }, "InvalidParameterValue", "MaxCapacity"],
    ["a serverless v2 configuration without MaxCapacity", { ServerlessV2ScalingConfiguration: { MinCapacity: 1 } }, "MissingParameter", "MaxCapacity"],
    ["KmsKeyId on an unencrypted cluster", { StorageEncrypted: false, KmsKeyId: "alias/mine" }, "InvalidParameterCombination", "KmsKeyId"],
    ["a log type of another engine", { EnableCloudwatchLogsExports: ["postgresql"] }, "InvalidParameterValue", "EnableCloudwatchLogsExports"],
    ["four Availability Zones", { AvailabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"] }, "InvalidParameterValue", "AvailabilityZones"],
    ["an Availability Zone of another Region", { AvailabilityZones: ["eu-west-1a"] }, "InvalidParameterValue", "AvailabilityZones"],
    ["MonitoringInterval without a role", { MonitoringInterval: 60 }, "InvalidParameterCombination", "MonitoringRoleArn"],
    ["MonitoringInterval 7", { MonitoringInterval: 7 }, "InvalidParameterValue", "MonitoringInterval"],
    ["Performance Insights kept 94 days", { EnablePerformanceInsights: true, PerformanceInsightsRetentionPeriod: 94 }, "InvalidParameterValue", "PerformanceInsightsRetentionPeriod"],
    ["a Multi-AZ member on Aurora", { DBClusterInstanceClass: "db.r6g.large" }, "InvalidParameterCombination", "DBClusterInstanceClass"],
    ["an Aurora storage type of io1", { StorageType: "io1" }, "InvalidParameterValue", "StorageType"],
    ["a database name with a hyphen", { DatabaseName: "my-db" }, "InvalidParameterValue", "DatabaseName"],
    ["a global cluster that does not exist", { GlobalClusterIdentifier: "global-1" }, "GlobalClusterNotFoundFault", "GlobalClusterIdentifier"],
  ];
  for (const [label, input, name, message] of cases) {
    it(`rejects ${label}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create(input)), { name, status: name === "GlobalClusterNotFoundFault" ? 404 : 400, message });
    });
  }

  it("picks default windows that do not overlap the one given", async () => {
    const { client } = setup();
    for (let i = 0; i < 7; i++) {
      const day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][i];
      const c = await createCluster(client, `w${i}`, { PreferredMaintenanceWindow: `${day}:03:00-${day}:11:00` });
      const [start] = c.PreferredBackupWindow!.split("-");
      const minutes = Number(start.slice(0, 2)) * 60 + Number(start.slice(3));
      expect(minutes + 30 <= 180 || minutes >= 660).toBe(true);
    }
  });

  it("accepts windows that touch but do not overlap", async () => {
    const { client } = setup();
    const c = await createCluster(client, "touch", { PreferredBackupWindow: "03:00-03:30", PreferredMaintenanceWindow: "sun:03:30-sun:04:00" });
    expect(c.PreferredBackupWindow).toBe("03:00-03:30");
  });
});

describe("CreateDBCluster: Multi-AZ DB clusters", () => {
  for (const member of ["DBClusterInstanceClass", "AllocatedStorage", "DBSubnetGroupName", "Iops"]) {
    it(`requires ${member}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, [member]: undefined })), {
        name: "MissingParameter",
        status: 400,
        message: member,
      });
    });
  }

  it("rejects Aurora-only members and an Iops out of proportion", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, BacktrackWindow: 60 })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "BacktrackWindow",
    });
    await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, Iops: 10_000 })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "Iops",
    });
  });
});

describe("CreateDBCluster: tags", () => {
  const cases: [string, unknown, string][] = [
    ["a key with the aws: prefix", [{ Key: "aws:owner", Value: "x" }], "aws:"],
    ["a key with the rds: prefix", [{ Key: "RDS:owner", Value: "x" }], "rds:"],
    ["a key of 129 characters", [{ Key: "k".repeat(129), Value: "x" }], "128"],
    ["an empty key", [{ Key: "", Value: "x" }], "Key"],
    ["a value of 257 characters", [{ Key: "k", Value: "v".repeat(257) }], "256"],
    ["a key with a *", [{ Key: "a*b", Value: "x" }], "letters"],
    ["a value with a !", [{ Key: "a", Value: "x!" }], "letters"],
    ["a value with the aws: prefix", [{ Key: "a", Value: "aws:x" }], "aws:"],
    ["51 tags", Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" })), "50"],
  ];
  for (const [label, tags, message] of cases) {
    it(`rejects ${label}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create({ Tags: tags })), { name: "InvalidParameterValue", status: 400, message });
    });
  }

  it("accepts Unicode letters, spaces, the allowed punctuation and an empty value", async () => {
    const { client } = setup();
    const tags = [
      { Key: "Größe büro", Value: "a.b:c/d=e+f-g@h_i" },
      { Key: "empty", Value: "" },
    ];
    const c = await createCluster(client, "tags", { Tags: tags });
    expect(c.TagList).toEqual(tags);
  });
});

describe("CreateDBCluster: references and quota", () => {
  it("answers DBSubnetGroupNotFoundFault and DBClusterParameterGroupNotFoundFault", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ DBSubnetGroupName: "nope" })), {
      name: "DBSubnetGroupNotFoundFault",
      Class: DBSubnetGroupNotFoundFault,
      status: 404,
      message: "nope",
    });
    await expectFault(backend, () => client.send(create({ DBClusterParameterGroupName: "nope" })), {
      name: "DBClusterParameterGroupNotFoundFault",
      Class: DBClusterParameterGroupNotFoundFault,
      status: 404,
      message: "nope",
    });
  });

  it("uses an existing parameter group of the right family, and refuses another family", async () => {
    const { backend, client } = setup();
    await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "My-Params", DBParameterGroupFamily: "aurora-mysql8.0", Description: "mine" }));
    const c = await createCluster(client, "params", { DBClusterParameterGroupName: "my-params" });
    expect(c.DBClusterParameterGroup).toBe("my-params");
    await expectFault(backend, () => client.send(create({ DBClusterParameterGroupName: "default.aurora-postgresql16" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /aurora-postgresql16.*aurora-mysql8\.0/,
    });
  });

  it("stops at 40 clusters by default with DBClusterQuotaExceededFault", async () => {
    const { backend, client } = setup();
    for (let i = 0; i < 40; i++) await createCluster(client, `q${i}`);
    await expectFault(backend, () => client.send(create({ DBClusterIdentifier: "q40" })), {
      name: "DBClusterQuotaExceededFault",
      Class: DBClusterQuotaExceededFault,
      status: 403,
      message: "40",
    });
  });

  it("reads the quota from the backend options", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbClusters: 2 } } });
    await createCluster(client, "a1");
    await createCluster(client, "a2");
    await expectFault(backend, () => client.send(create({ DBClusterIdentifier: "a3" })), {
      name: "DBClusterQuotaExceededFault",
      status: 403,
      message: "2",
    });
  });

  it("counts the quota per Region", async () => {
    const { backend } = setup({ quotas: { rds: { dbClusters: 1 } } });
    const { RDSClient } = await import("@aws-sdk/client-rds");
    const east = backend.attach(new RDSClient({ region: "us-east-1" }));
    const west = backend.attach(new RDSClient({ region: "us-west-2" }));
    await createCluster(east, "one");
    await createCluster(west, "one");
  });
});
