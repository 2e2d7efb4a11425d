/**
 * Documented rules of CreateDBCluster, DeleteDBCluster, FailoverDBCluster, StopDBCluster and
 * StartDBCluster beyond the basics: option groups, domains, the PostgreSQL-only authentication type,
 * cluster-type members, lowercase maintenance windows, encrypted read replicas, the storage quota,
 * deleting members, and which clusters can be stopped.
 */
import {
  CreateDBClusterCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DomainNotFoundFault,
  FailoverDBClusterCommand,
  OptionGroupNotFoundFault,
  StartDBClusterCommand,
  StopDBClusterCommand,
  StorageQuotaExceededFault,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, AURORA_PG, MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const create = (input: Record<string, unknown>) => new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA_MYSQL, ...input } as any);

describe("CreateDBCluster: references the mock does not simulate", () => {
  it("accepts only the engine version's default option group (OptionGroupNotFoundFault otherwise)", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ OptionGroupName: "my-options" })), {
      name: "OptionGroupNotFoundFault",
      Class: OptionGroupNotFoundFault,
      status: 404,
      message: /my-options.*OptionGroupName/,
    });
    // Aurora MySQL 3 is MySQL 8.0 compatible: its default option group is default:aurora-mysql-8-0.
    await expectFault(backend, () => client.send(create({ OptionGroupName: "default:aurora-mysql-5-7" })), {
      name: "OptionGroupNotFoundFault",
      Class: OptionGroupNotFoundFault,
      status: 404,
      message: "default:aurora-mysql-5-7",
    });
    const c = await createCluster(client, "c1", { OptionGroupName: "Default:Aurora-MySQL-8-0" });
    expect(c.DBClusterIdentifier).toBe("c1");
  });

  it("answers DomainNotFoundFault for an Active Directory domain (none exists without Directory Service)", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ Domain: "d-1234567890", DomainIAMRoleName: "rds-directory" })), {
      name: "DomainNotFoundFault",
      Class: DomainNotFoundFault,
      status: 404,
      message: /d-1234567890.*Domain/,
    });
  });
});

describe("CreateDBCluster: members valid for one engine or cluster type", () => {
  it("allows MasterUserAuthenticationType for Aurora PostgreSQL only", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(create({ MasterUserAuthenticationType: "iam-db-auth" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /MasterUserAuthenticationType.*PostgreSQL.*aurora-mysql/,
    });
    const pg = await createCluster(client, "pg", { ...AURORA_PG, MasterUserAuthenticationType: "password" });
    expect(pg.Engine).toBe("aurora-postgresql");
  });

  const auroraOnly: [string, Record<string, unknown>][] = [
    ["NetworkType", { NetworkType: "IPV4" }],
    ["DomainIAMRoleName", { DomainIAMRoleName: "rds-directory" }],
    ["ClusterScalabilityType", { ClusterScalabilityType: "standard" }],
    ["EnableLimitlessDatabase", { EnableLimitlessDatabase: false }],
  ];
  for (const [member, input] of auroraOnly) {
    it(`rejects the Aurora-only ${member} on a Multi-AZ DB cluster`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, ...input })), {
        name: "InvalidParameterCombination",
        status: 400,
        message: new RegExp(`${member} is not valid for Multi-AZ DB clusters`),
      });
    });
  }
});

describe("CreateDBCluster: stored forms", () => {
  it("stores the maintenance window with lowercase days, as RDS reports it", async () => {
    const { client } = setup();
    const c = await createCluster(client, "c1", { PreferredMaintenanceWindow: "Sun:05:00-Sun:05:30", PreferredBackupWindow: "07:00-07:30" });
    expect(c.PreferredMaintenanceWindow).toBe("sun:05:00-sun:05:30");
    const i = await createInstance(client, "c1", "i1", { PreferredMaintenanceWindow: "MON:06:00-MON:06:30" });
    expect(i.PreferredMaintenanceWindow).toBe("mon:06:00-mon:06:30");
  });
});

describe("CreateDBCluster: read replicas of an encrypted cluster", () => {
  it("use the source's KMS key when none is given, and cannot be unencrypted", async () => {
    const { backend, client } = setup();
    const key = "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555";
    const source = await createCluster(client, "src", { StorageEncrypted: true, KmsKeyId: key });
    const replica = await createCluster(client, "rep", { ReplicationSourceIdentifier: source.DBClusterArn, MasterUsername: undefined, MasterUserPassword: undefined });
    expect(replica).toMatchObject({ StorageEncrypted: true, KmsKeyId: key, ReplicationSourceIdentifier: source.DBClusterArn });
    await expectFault(
      backend,
      () => client.send(create({ DBClusterIdentifier: "rep2", ReplicationSourceIdentifier: "src", StorageEncrypted: false, MasterUsername: undefined, MasterUserPassword: undefined })),
      { name: "InvalidParameterCombination", status: 400, message: /StorageEncrypted.*src/ },
    );
  });
});

describe("CreateDBCluster: storage quota of Multi-AZ DB clusters", () => {
  it("counts AllocatedStorage three times (one per instance) against totalStorageGiB", async () => {
    const { backend, client } = setup({ quotas: { rds: { totalStorageGiB: 500 } } });
    await createCluster(client, "m1", MULTI_AZ_MYSQL); // 3 x 100 GiB
    await createCluster(client, "aurora"); // Aurora's cluster volume does not count
    const err = await expectFault(backend, () => client.send(create({ ...MULTI_AZ_MYSQL, DBClusterIdentifier: "m2" })), {
      name: "StorageQuotaExceededFault",
      Class: StorageQuotaExceededFault,
      status: 400,
      message: /600 GiB.*500 GiB.*totalStorageGiB/,
    });
    expect(err.Code).toBe("StorageQuotaExceeded");
  });
});

describe("DeleteDBCluster with member instances", () => {
  it("counts only members not already being deleted", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(2 * 60_000);
    await createInstance(client, "c1", "i1");
    await createInstance(client, "c1", "i2");
    backend.clock.advance(8 * 60_000);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    await expectFault(backend, () => client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "still has 1 DB instance",
    });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i2" }));
    const out = await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    expect(out.DBCluster!.Status).toBe("deleting");
    backend.clock.advance(3 * 60_000);
    expect((await client.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
  });
});

describe("FailoverDBCluster on Multi-AZ DB clusters", () => {
  it("takes no TargetDBInstanceIdentifier for RDS for MySQL, but does for RDS for PostgreSQL", async () => {
    const { backend, client } = setup();
    await createCluster(client, "my", MULTI_AZ_MYSQL);
    await expectFault(backend, () => client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "my", TargetDBInstanceIdentifier: "my-instance-2" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /TargetDBInstanceIdentifier.*mysql/,
    });
    const untargeted = await client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "my" }));
    expect(untargeted.DBCluster!.DBClusterMembers!.find((m) => m.IsClusterWriter)!.DBInstanceIdentifier).not.toBe("my-instance-1");
    await createCluster(client, "pg", { ...MULTI_AZ_MYSQL, Engine: "postgres", MasterUsername: "dbadmin" });
    const out = await client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "pg", TargetDBInstanceIdentifier: "pg-instance-3" }));
    expect(out.DBCluster!.DBClusterMembers!.find((m) => m.IsClusterWriter)!.DBInstanceIdentifier).toBe("pg-instance-3");
  });
});

describe("StopDBCluster and StartDBCluster: which clusters can stop", () => {
  const stop = (id: string) => new StopDBClusterCommand({ DBClusterIdentifier: id });
  const start = (id: string) => new StartDBClusterCommand({ DBClusterIdentifier: id });

  it("refuses an Aurora Serverless v1 cluster (InvalidParameterCombination)", async () => {
    const { backend, client } = setup();
    await createCluster(client, "sls", { EngineMode: "serverless" });
    await expectFault(backend, () => client.send(stop("sls")), { name: "InvalidParameterCombination", status: 400, message: /sls.*serverless engine mode/ });
    await expectFault(backend, () => client.send(start("sls")), { name: "InvalidParameterCombination", status: 400, message: /not eligible/ });
  });

  it("refuses a Multi-AZ DB cluster: the operations apply only to Aurora DB clusters", async () => {
    const { backend, client } = setup();
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    await expectFault(backend, () => client.send(stop("maz")), { name: "InvalidParameterCombination", status: 400, message: /maz.*Multi-AZ/ });
    await expectFault(backend, () => client.send(start("maz")), { name: "InvalidParameterCombination", status: 400, message: /maz.*Multi-AZ/ });
  });

  it("still stops and starts a provisioned Aurora cluster, Serverless v2 included", async () => {
    const { client } = setup();
    await createCluster(client, "v2", { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 } });
    await createInstance(client, "v2", "v2-1", { DBInstanceClass: "db.serverless" });
    expect((await client.send(stop("V2"))).DBCluster!.Status).toBe("stopping");
    expect((await client.send(start("v2"))).DBCluster!.Status).toBe("starting");
  });
});

describe("CreateDBCluster: enumerated members and serverless v1 timeouts", () => {
  const cases: [string, Record<string, unknown>, string, string | RegExp][] = [
    ["a TimeoutAction RDS does not know", { EngineMode: "serverless", ScalingConfiguration: { TimeoutAction: "Wait" } }, "InvalidParameterValue", /TimeoutAction.*ForceApplyCapacityChange/],
    ["SecondsBeforeTimeout 30", { EngineMode: "serverless", ScalingConfiguration: { SecondsBeforeTimeout: 30 } }, "InvalidParameterValue", /SecondsBeforeTimeout.*60 to 600/],
    ["an unknown EngineLifecycleSupport", { EngineLifecycleSupport: "forever" }, "InvalidParameterValue", /EngineLifecycleSupport.*open-source-rds-extended-support/],
    ["an unknown NetworkType", { NetworkType: "IPV6" }, "InvalidParameterValue", /NetworkType.*IPV4, DUAL/],
    ["advanced Database Insights without Performance Insights kept 465 days", { DatabaseInsightsMode: "advanced" }, "InvalidParameterCombination", "DatabaseInsightsMode"],
  ];
  for (const [label, input, name, message] of cases) {
    it(`rejects ${label}`, async () => {
      const { backend, client } = setup();
      await expectFault(backend, () => client.send(create(input)), { name, status: 400, message });
    });
  }

  it("keeps the serverless v1 timeout settings it accepts", async () => {
    const { client } = setup();
    const c = await createCluster(client, "sls", {
      EngineMode: "serverless",
      ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 4, TimeoutAction: "ForceApplyCapacityChange", SecondsBeforeTimeout: 600, SecondsUntilAutoPause: 900 },
    });
    expect(c.ScalingConfigurationInfo).toMatchObject({ TimeoutAction: "ForceApplyCapacityChange", SecondsBeforeTimeout: 600, SecondsUntilAutoPause: 900 });
  });
});
