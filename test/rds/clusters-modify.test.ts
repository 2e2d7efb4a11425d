import {
  CreateDBClusterParameterGroupCommand,
  DBClusterAlreadyExistsFault,
  DBClusterNotFoundFault,
  DBClusterParameterGroupNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  ListTagsForResourceCommand,
  ModifyDBClusterCommand,
  StopDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, MULTI_AZ_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const modify = (input: Record<string, unknown>) => new ModifyDBClusterCommand({ DBClusterIdentifier: "c1", ...input } as any);

async function read(client: any, id: string) {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters[0];
}

describe("ModifyDBCluster: changes applied at once", () => {
  it("applies settings, shows modifying for those that touch the database, then available", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    const out = await client.send(
      modify({
        Port: 3307,
        BackupRetentionPeriod: 7,
        DeletionProtection: true,
        CopyTagsToSnapshot: true,
        PreferredBackupWindow: "01:00-01:30",
        PreferredMaintenanceWindow: "sun:05:00-sun:05:30",
        CloudwatchLogsExportConfiguration: { EnableLogTypes: ["audit", "error"] },
        BacktrackWindow: 7200,
        VpcSecurityGroupIds: ["sg-0123456789abcdef0"],
      }),
    );
    const c = out.DBCluster!;
    expect(c.Status).toBe("modifying");
    expect(c).toMatchObject({ Port: 3307, BackupRetentionPeriod: 7, DeletionProtection: true, CopyTagsToSnapshot: true, BacktrackWindow: 7200 });
    expect(c.PreferredBackupWindow).toBe("01:00-01:30");
    expect(c.PreferredMaintenanceWindow).toBe("sun:05:00-sun:05:30");
    expect(c.EnabledCloudwatchLogsExports).toEqual(["audit", "error"]);
    expect(c.VpcSecurityGroups).toEqual([{ VpcSecurityGroupId: "sg-0123456789abcdef0", Status: "active" }]);
    expect(c.PendingModifiedValues).toBeUndefined();
    expect((await read(client, "c1")).Status).toBe("available");
    const off = await client.send(modify({ CloudwatchLogsExportConfiguration: { DisableLogTypes: ["audit"] } }));
    expect(off.DBCluster!.EnabledCloudwatchLogsExports).toEqual(["error"]);
  });

  it("keeps a flag-only change in available", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await read(client, "c1");
    const out = await client.send(modify({ DeletionProtection: true }));
    expect(out.DBCluster!.Status).toBe("available");
  });

  it("changes serverless v2 capacity", async () => {
    const { client } = setup();
    await createCluster(client, "c1", { ServerlessV2ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 4 } });
    const out = await client.send(modify({ ServerlessV2ScalingConfiguration: { MaxCapacity: 32 } }));
    expect(out.DBCluster!.ServerlessV2ScalingConfiguration).toEqual({ MinCapacity: 1, MaxCapacity: 32 });
  });

  it("changes serverless v1 scaling, checking the merged capacities", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { EngineMode: "serverless", ScalingConfiguration: { MinCapacity: 2, MaxCapacity: 8 } });
    const out = await client.send(modify({ ScalingConfiguration: { MaxCapacity: 32, TimeoutAction: "ForceApplyCapacityChange" } }));
    expect(out.DBCluster!.ScalingConfigurationInfo).toMatchObject({ MinCapacity: 2, MaxCapacity: 32, TimeoutAction: "ForceApplyCapacityChange" });
    // MinCapacity 64 alone is above the stored MaxCapacity 32.
    await expectFault(backend, () => client.send(modify({ ScalingConfiguration: { MinCapacity: 64 } })), {
      name: "InvalidParameterValue",
      status: 400,
      message: /ScalingConfiguration.*MinCapacity.*MaxCapacity/,
    });
    await expectFault(backend, () => client.send(modify({ ScalingConfiguration: { MaxCapacity: 3 } })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "ScalingConfiguration.MaxCapacity",
    });
  });

  it("moves the member instances' endpoints to a new port", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await client.send(modify({ Port: 4000 }));
    const instance = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0];
    expect(instance.Endpoint!.Port).toBe(4000);
    expect((await read(client, "c1")).Port).toBe(4000);
  });

  it("turns the HTTP endpoint on for Aurora Serverless v1 only (the EnableHttpEndpoint operation is for the others)", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { EngineMode: "serverless" });
    const out = await client.send(modify({ EnableHttpEndpoint: true }));
    expect(out.DBCluster!.HttpEndpointEnabled).toBe(true);
    await createCluster(client, "v2", { ServerlessV2ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 4 } });
    await expectFault(backend, () => client.send(modify({ DBClusterIdentifier: "v2", EnableHttpEndpoint: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /EnableHttpEndpoint.*Serverless v1.*provisioned/,
    });
  });

  it("moves to an existing parameter group of the cluster's family", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "tuned", DBParameterGroupFamily: "aurora-mysql8.0", Description: "t" }));
    const out = await client.send(modify({ DBClusterParameterGroupName: "tuned" }));
    expect(out.DBCluster!.DBClusterParameterGroup).toBe("tuned");
    await expectFault(backend, () => client.send(modify({ DBClusterParameterGroupName: "ghost" })), {
      name: "DBClusterParameterGroupNotFoundFault",
      Class: DBClusterParameterGroupNotFoundFault,
      status: 404,
      message: "ghost",
    });
  });
});

describe("ModifyDBCluster: deferred changes and ApplyImmediately", () => {
  it("keeps a rename, a password, IAM auth and a version pending without ApplyImmediately", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    const out = await client.send(
      modify({ NewDBClusterIdentifier: "c2", MasterUserPassword: "Another-pass1", EnableIAMDatabaseAuthentication: true, EngineVersion: "8.0.mysql_aurora.3.09.0" }),
    );
    expect(out.DBCluster!.DBClusterIdentifier).toBe("c1");
    expect(out.DBCluster!.PendingModifiedValues).toEqual({
      DBClusterIdentifier: "c2",
      MasterUserPassword: "****",
      IAMDatabaseAuthenticationEnabled: true,
      EngineVersion: "8.0.mysql_aurora.3.09.0",
    });
    expect(out.DBCluster!.IAMDatabaseAuthenticationEnabled).toBe(false);
    // A later ApplyImmediately call applies what was pending as well.
    const applied = await client.send(modify({ ApplyImmediately: true }));
    expect(applied.DBCluster!.DBClusterIdentifier).toBe("c2");
    expect(applied.DBCluster!.EngineVersion).toBe("8.0.mysql_aurora.3.09.0");
    expect(applied.DBCluster!.IAMDatabaseAuthenticationEnabled).toBe(true);
    expect(applied.DBCluster!.PendingModifiedValues).toBeUndefined();
  });

  it("renames at once with ApplyImmediately: identifier, ARN, endpoints, members and tags follow", async () => {
    const { backend, client } = setup();
    await createCluster(client, "old-name", { Tags: [{ Key: "k", Value: "v" }] });
    await createInstance(client, "old-name", "w1");
    const out = await client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "old-name", NewDBClusterIdentifier: "New-Name", ApplyImmediately: true }));
    const c = out.DBCluster!;
    expect(c.Status).toBe("renaming");
    expect(c.DBClusterIdentifier).toBe("new-name");
    expect(c.DBClusterArn).toBe("arn:aws:rds:us-east-1:123456789012:cluster:new-name");
    expect(c.Endpoint).toMatch(/^new-name\.cluster-/);
    expect((await read(client, "new-name")).Status).toBe("available");
    await expectFault(backend, () => client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "old-name" })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "old-name",
    });
    const instance = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "w1" }))).DBInstances![0];
    expect(instance.DBClusterIdentifier).toBe("new-name");
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: c.DBClusterArn }));
    expect(tags.TagList).toEqual([{ Key: "k", Value: "v" }]);
  });

  it("refuses a rename onto an existing cluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createCluster(client, "c2");
    await expectFault(backend, () => client.send(modify({ NewDBClusterIdentifier: "C2", ApplyImmediately: true })), {
      name: "DBClusterAlreadyExistsFault",
      Class: DBClusterAlreadyExistsFault,
      status: 400,
      message: "c2",
    });
  });

  it("upgrades a minor version (upgrading, then available) and a major one only with AllowMajorVersionUpgrade", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", { ...AURORA_PG, EngineVersion: "15.4" });
    await expectFault(backend, () => client.send(modify({ EngineVersion: "16.6", ApplyImmediately: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "AllowMajorVersionUpgrade",
    });
    const minor = await client.send(modify({ EngineVersion: "15.8", ApplyImmediately: true }));
    expect(minor.DBCluster!.Status).toBe("upgrading");
    expect(minor.DBCluster!.EngineVersion).toBe("15.8");
    const major = await client.send(modify({ EngineVersion: "16.6", AllowMajorVersionUpgrade: true, ApplyImmediately: true }));
    expect(major.DBCluster!.EngineVersion).toBe("16.6");
    expect(major.DBCluster!.DBClusterParameterGroup).toBe("default.aurora-postgresql16");
    await expectFault(backend, () => client.send(modify({ EngineVersion: "15.8", ApplyImmediately: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /EngineVersion/,
    });
  });
});

describe("ModifyDBCluster: rules", () => {
  const cases: [string, Record<string, unknown>, string, string | RegExp, Record<string, unknown>?][] = [
    ["Port 80", { Port: 80 }, "InvalidParameterValue", "Port"],
    ["BackupRetentionPeriod 40", { BackupRetentionPeriod: 40 }, "InvalidParameterValue", "BackupRetentionPeriod"],
    ["a short password", { MasterUserPassword: "abc" }, "InvalidParameterValue", "MasterUserPassword"],
    ["a malformed backup window", { PreferredBackupWindow: "3:00-4:00" }, "InvalidParameterValue", "PreferredBackupWindow"],
    [
      "a backup window overlapping the current maintenance window",
      { PreferredBackupWindow: "02:00-03:00" },
      "InvalidParameterValue",
      "overlap",
      { PreferredBackupWindow: "05:00-05:30", PreferredMaintenanceWindow: "mon:02:30-mon:03:30" },
    ],
    ["BacktrackWindow above 72 hours", { BacktrackWindow: 300_000 }, "InvalidParameterValue", "BacktrackWindow"],
    ["a log type of another engine", { CloudwatchLogsExportConfiguration: { EnableLogTypes: ["upgrade"] } }, "InvalidParameterValue", "EnableLogTypes"],
    [
      "a log type enabled and disabled at once",
      { CloudwatchLogsExportConfiguration: { EnableLogTypes: ["audit"], DisableLogTypes: ["audit"] } },
      "InvalidParameterCombination",
      "audit",
    ],
    ["an unknown version", { EngineVersion: "8.0.nope" }, "InvalidParameterCombination", "EngineVersion"],
    ["ScalingConfiguration on a provisioned cluster", { ScalingConfiguration: { MinCapacity: 2 } }, "InvalidParameterCombination", "ScalingConfiguration"],
    ["a serverless v2 MinCapacity above MaxCapacity", { ServerlessV2ScalingConfiguration: { MinCapacity: 64, MaxCapacity: 8 } }, "InvalidParameterValue", "MinCapacity"],
    ["rotating a password RDS does not manage", { RotateMasterUserPassword: true, ApplyImmediately: true }, "InvalidParameterCombination", "RotateMasterUserPassword"],
    ["an invalid new identifier", { NewDBClusterIdentifier: "new--name" }, "InvalidParameterValue", "NewDBClusterIdentifier"],
    ["a Multi-AZ member on Aurora", { AllocatedStorage: 100 }, "InvalidParameterCombination", "AllocatedStorage"],
    ["a password with ManageMasterUserPassword", { MasterUserPassword: "Valid-pass1", ManageMasterUserPassword: true }, "InvalidParameterCombination", "ManageMasterUserPassword"],
  ];
  for (const [label, input, name, message, createWith] of cases) {
    it(`rejects ${label}`, async () => {
      const { backend, client } = setup();
      await createCluster(client, "c1", createWith ?? {});
      await expectFault(backend, () => client.send(modify(input)), { name, status: 400, message });
    });
  }

  it("rejects Aurora-only members on a Multi-AZ DB cluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", MULTI_AZ_MYSQL);
    await expectFault(backend, () => client.send(modify({ BacktrackWindow: 60 })), { name: "InvalidParameterCombination", status: 400, message: "BacktrackWindow" });
  });

  it("manages the password in Secrets Manager, rotates it, and gives it back", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    const managed = await client.send(modify({ ManageMasterUserPassword: true, ApplyImmediately: true }));
    expect(managed.DBCluster!.MasterUserSecret?.SecretArn).toContain(":secret:rds!cluster-");
    await expectFault(backend, () => client.send(modify({ RotateMasterUserPassword: true })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "ApplyImmediately",
    });
    await expectFault(backend, () => client.send(modify({ ManageMasterUserPassword: false })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "MasterUserPassword",
    });
    const back = await client.send(modify({ ManageMasterUserPassword: false, MasterUserPassword: "Plain-pass1", ApplyImmediately: true }));
    expect(back.DBCluster!.MasterUserSecret).toBeUndefined();
  });

  it("works only on an available cluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    await expectFault(backend, () => client.send(modify({ Port: 4000 })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /stopped.*available/,
    });
  });

  it("answers DBClusterNotFoundFault for an unknown cluster", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(modify({ DBClusterIdentifier: "ghost", Port: 4000 })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "ghost",
    });
  });

  it("in the timed lifecycle stays modifying until the clock moves", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(2 * 60_000);
    expect((await read(client, "c1")).Status).toBe("available");
    await client.send(modify({ Port: 3310 }));
    expect((await read(client, "c1")).Status).toBe("modifying");
    backend.clock.advance(60_000);
    expect((await read(client, "c1")).Status).toBe("available");
  });
});
