/**
 * ModifyDBCluster's documented rules beyond the basics: the serverless -> provisioned engine mode
 * change, DBInstanceParameterGroupName with a major upgrade, read replicas' versions, members valid for
 * one cluster type, option groups and domains, Multi-AZ storage, and what follows a change.
 */
import {
  CreateDBClusterCommand,
  DBParameterGroupNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DomainNotFoundFault,
  ModifyDBClusterCommand,
  OptionGroupNotFoundFault,
  RDSClient,
  StorageQuotaExceededFault,
  StorageTypeNotAvailableFault,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const modify = (input: Record<string, unknown>) => new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", ...input } as any);

async function read(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

describe("ModifyDBCluster: EngineMode", () => {
  it("changes only from serverless to provisioned, and only with AllowEngineModeChange", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } });
    await expectFault(backend, () => client.send(modify({ EngineMode: "provisioned" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "AllowEngineModeChange",
    });
    const out = await client.send(
      modify({ EngineMode: "provisioned", AllowEngineModeChange: true, ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8 } }),
    );
    expect(out.DBCluster).toMatchObject({ EngineMode: "provisioned", Status: "modifying", ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8 } });
    expect(out.DBCluster!.ScalingConfigurationInfo).toBeUndefined();
    expect(out.DBCluster!.Capacity).toBeUndefined();
    await expectFault(backend, () => client.send(modify({ EngineMode: "serverless", AllowEngineModeChange: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /from provisioned to serverless/,
    });
    await expectFault(backend, () => client.send(modify({ EngineMode: "turbo", AllowEngineModeChange: true })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /turbo.*EngineMode/,
    });
    // The same mode again is no change.
    expect((await client.send(modify({ EngineMode: "provisioned" }))).DBCluster!.EngineMode).toBe("provisioned");
  });
});

describe("ModifyDBCluster: engine version upgrades", () => {
  it("takes DBInstanceParameterGroupName only with a major version upgrade, and only a group that exists", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { EngineVersion: "5.7" });
    await createInstance(client, "c1", "i1");
    await expectFault(backend, () => client.send(modify({ DBInstanceParameterGroupName: "default.aurora-mysql8.0" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "DBInstanceParameterGroupName",
    });
    const major = { EngineVersion: "8.0.mysql_aurora.3.08.2", AllowMajorVersionUpgrade: true, ApplyImmediately: true };
    await expectFault(backend, () => client.send(modify({ ...major, DBInstanceParameterGroupName: "tuned-instances" })), {
      name: "DBParameterGroupNotFoundFault",
      Class: DBParameterGroupNotFoundFault,
      status: 404,
      message: /tuned-instances.*DBInstanceParameterGroupName/,
    });
    const out = await client.send(modify({ ...major, DBInstanceParameterGroupName: "default.aurora-mysql8.0" }));
    expect(out.DBCluster).toMatchObject({ Status: "upgrading", EngineVersion: "8.0.mysql_aurora.3.08.2", DBClusterParameterGroup: "default.aurora-mysql8.0" });
    const instance = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0];
    expect(instance.EngineVersion).toBe("8.0.mysql_aurora.3.08.2");
    expect(instance.DBParameterGroups).toEqual([{ DBParameterGroupName: "default.aurora-mysql8.0", ParameterApplyStatus: "in-sync" }]);
    expect(instance.OptionGroupMemberships).toEqual([{ OptionGroupName: "default:aurora-mysql-8-0", Status: "in-sync" }]);
  });

  it("refuses a version newer than a read replica runs", async () => {
    const { backend, client } = setup();
    const source = await createCluster(client, "c1", { EngineVersion: "8.0.mysql_aurora.3.05.2" });
    await client.send(
      new CreateDBClusterCommand({ DBClusterIdentifier: "rep", Engine: "aurora-mysql", EngineVersion: "8.0.mysql_aurora.3.06.0", ReplicationSourceIdentifier: source.DBClusterArn }),
    );
    await expectFault(backend, () => client.send(modify({ EngineVersion: "8.0.mysql_aurora.3.08.2", ApplyImmediately: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /rep.*8\.0\.mysql_aurora\.3\.08\.2/,
    });
    const out = await client.send(modify({ EngineVersion: "8.0.mysql_aurora.3.06.0", ApplyImmediately: true }));
    expect(out.DBCluster!.EngineVersion).toBe("8.0.mysql_aurora.3.06.0");
  });
});

describe("ModifyDBCluster: members valid for one cluster type", () => {
  const auroraOnly: [string, Record<string, unknown>][] = [
    ["Port", { Port: 3307 }],
    ["NetworkType", { NetworkType: "DUAL" }],
    ["EngineMode", { EngineMode: "provisioned" }],
    ["DBInstanceParameterGroupName", { DBInstanceParameterGroupName: "default.mysql8.0" }],
  ];
  for (const [member, input] of auroraOnly) {
    it(`rejects the Aurora-only ${member} on a Multi-AZ DB cluster`, async () => {
      const { backend, client } = setup();
      await createCluster(client, "c1", MULTI_AZ_MYSQL);
      await expectFault(backend, () => client.send(modify(input)), {
        name: "InvalidParameterCombination",
        status: 400,
        message: new RegExp(`${member} is not valid for Multi-AZ DB clusters`),
      });
    });
  }

  it("rejects the Multi-AZ-only CACertificateIdentifier on an Aurora DB cluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(modify({ CACertificateIdentifier: "rds-ca-rsa2048-g1" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "CACertificateIdentifier is not valid for Aurora DB clusters",
    });
  });
});

describe("ModifyDBCluster: option groups and domains", () => {
  it("answers OptionGroupNotFoundFault and DomainNotFoundFault, and accepts the default group and Domain none", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(modify({ OptionGroupName: "custom-og" })), {
      name: "OptionGroupNotFoundFault",
      Class: OptionGroupNotFoundFault,
      status: 404,
      message: "custom-og",
    });
    await expectFault(backend, () => client.send(modify({ Domain: "d-0123456789" })), {
      name: "DomainNotFoundFault",
      Class: DomainNotFoundFault,
      status: 404,
      message: "d-0123456789",
    });
    const out = await client.send(modify({ OptionGroupName: "default:aurora-mysql-8-0", Domain: "none" }));
    expect(out.DBCluster!.DomainMemberships).toEqual([]);
  });
});

describe("ModifyDBCluster: Multi-AZ DB cluster storage", () => {
  it("keeps Iops in proportion, needs Iops with a new storage type, and holds the storage quota", async () => {
    const { backend, client } = setup({ quotas: { rds: { totalStorageGiB: 1000 } } });
    await createCluster(client, "c1", MULTI_AZ_MYSQL); // 100 GiB, 1000 IOPS
    await expectFault(backend, () => client.send(modify({ AllocatedStorage: 10_000 })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "Iops",
    });
    await expectFault(backend, () => client.send(modify({ StorageType: "io2" })), {
      name: "MissingParameter",
      status: 400,
      message: /Iops.*StorageType/,
    });
    await expectFault(backend, () => client.send(modify({ AllocatedStorage: 400, Iops: 2000 })), {
      name: "StorageQuotaExceededFault",
      Class: StorageQuotaExceededFault,
      status: 400,
      message: /1200 GiB.*1000 GiB/,
    });
    const out = await client.send(modify({ AllocatedStorage: 300, Iops: 3000, StorageType: "io2" }));
    expect(out.DBCluster).toMatchObject({ AllocatedStorage: 300, Iops: 3000, StorageType: "io2" });
  });
});

describe("ModifyDBCluster: Aurora storage type and master user authentication", () => {
  it("switches to I/O-Optimized once every 30 days (StorageTypeNotAvailableFault), back to standard at any time", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    const on = await client.send(modify({ StorageType: "aurora-iopt1" }));
    expect(on.DBCluster!.StorageType).toBe("aurora-iopt1");
    const next = on.DBCluster!.IOOptimizedNextAllowedModificationTime!;
    expect(next).toBeInstanceOf(Date);
    expect(next.getTime() - backend.clock.now()).toBe(30 * 86_400_000);
    const off = await client.send(modify({ StorageType: "aurora" }));
    expect(off.DBCluster!.StorageType).toBeUndefined();
    expect((await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0].StorageType).toBe("aurora");
    await expectFault(backend, () => client.send(modify({ StorageType: "aurora-iopt1" })), {
      name: "StorageTypeNotAvailableFault",
      Class: StorageTypeNotAvailableFault,
      status: 400,
      message: /aurora-iopt1.*30 days/,
    });
    backend.clock.advance(30 * 86_400_000);
    expect((await client.send(modify({ StorageType: "aurora-iopt1" }))).DBCluster!.StorageType).toBe("aurora-iopt1");
  });

  it("allows MasterUserAuthenticationType for PostgreSQL engines only", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await expectFault(backend, () => client.send(modify({ MasterUserAuthenticationType: "iam-db-auth" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /MasterUserAuthenticationType.*aurora-mysql/,
    });
  });
});

describe("ModifyDBCluster: what follows a change", () => {
  it("stores the maintenance window with lowercase days", async () => {
    const { client } = setup();
    await createCluster(client, "c1", { PreferredBackupWindow: "01:00-01:30" });
    const out = await client.send(modify({ PreferredMaintenanceWindow: "Tue:04:00-Tue:05:00" }));
    expect(out.DBCluster!.PreferredMaintenanceWindow).toBe("tue:04:00-tue:05:00");
  });

  it("moves a cross-Region read replica's ReplicationSourceIdentifier with a renamed source", async () => {
    const { backend } = setup();
    const east = backend.attach(new RDSClient({ region: "us-east-1" }));
    const west = backend.attach(new RDSClient({ region: "us-west-2" }));
    const source = await createCluster(east, "c1");
    await west.send(new CreateDBClusterCommand({ DBClusterIdentifier: "rep", Engine: AURORA_MYSQL.Engine, ReplicationSourceIdentifier: source.DBClusterArn }));
    await east.send(modify({ NewDBClusterIdentifier: "c2", ApplyImmediately: true }));
    const renamedArn = "arn:aws:rds:us-east-1:123456789012:cluster:c2";
    expect((await read(west, "rep")).ReplicationSourceIdentifier).toBe(renamedArn);
    expect((await read(east, "c2")).ReadReplicaIdentifiers).toEqual(["arn:aws:rds:us-west-2:123456789012:cluster:rep"]);
  });
});
