import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateEventSubscriptionCommand,
  CreateDBSubnetGroupCommand,
  DBClusterQuotaExceededFault,
  DescribeAccountAttributesCommand,
  DescribeEventCategoriesCommand,
  DescribeSourceRegionsCommand,
  RDSClient,
  type AccountQuota,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, MULTI_AZ_MYSQL, expectFault, setup } from "./clusters-fixtures.js";

describe("DescribeSourceRegions", () => {
  it("lists the other Regions of the partition, each with its endpoint; RegionName picks one", async () => {
    const { client } = setup({}, "eu-west-1");
    const out = await client.send(new DescribeSourceRegionsCommand({}));
    const names = out.SourceRegions!.map((r) => r.RegionName!);
    expect(names).toContain("us-east-1");
    expect(names).not.toContain("eu-west-1");
    expect(names.some((n) => n.startsWith("cn-") || n.startsWith("us-gov-"))).toBe(false);
    expect(names).toEqual([...names].sort());
    const one = await client.send(new DescribeSourceRegionsCommand({ RegionName: "us-west-2" }));
    expect(one.SourceRegions).toEqual([{ RegionName: "us-west-2", Endpoint: "https://rds.us-west-2.amazonaws.com", Status: "available", SupportsDBInstanceAutomatedBackupsReplication: true }]);
    expect((await client.send(new DescribeSourceRegionsCommand({ RegionName: "eu-west-1" }))).SourceRegions).toEqual([]);

    const china = setup({}, "cn-north-1").client;
    const cn = await china.send(new DescribeSourceRegionsCommand({}));
    expect(cn.SourceRegions).toEqual([{ RegionName: "cn-northwest-1", Endpoint: "https://rds.cn-northwest-1.amazonaws.com.cn", Status: "available", SupportsDBInstanceAutomatedBackupsReplication: true }]);
  });

  it("pages with MaxRecords and refuses an invalid Region name", async () => {
    const { backend, client } = setup();
    const first = await client.send(new DescribeSourceRegionsCommand({ MaxRecords: 20 }));
    expect(first.SourceRegions).toHaveLength(20);
    const second = await client.send(new DescribeSourceRegionsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.Marker).toBeUndefined();
    const all = [...first.SourceRegions!, ...second.SourceRegions!].map((r) => r.RegionName);
    expect(new Set(all).size).toBe(all.length);
    await expectFault(backend, () => client.send(new DescribeSourceRegionsCommand({ RegionName: "moon-east-1" })), { name: "InvalidParameterValue", status: 400, message: "moon-east-1" });
    await expectFault(backend, () => client.send(new DescribeSourceRegionsCommand({ MaxRecords: 10 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});

describe("DescribeEventCategories", () => {
  it("lists the categories of every source type, or of one", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeEventCategoriesCommand({}));
    expect(out.EventCategoriesMapList!.map((m) => m.SourceType)).toEqual(["db-cluster", "db-cluster-snapshot", "db-instance", "db-parameter-group", "db-proxy", "db-security-group", "db-snapshot"]);
    const instance = await client.send(new DescribeEventCategoriesCommand({ SourceType: "db-instance" }));
    expect(instance.EventCategoriesMapList).toHaveLength(1);
    expect(instance.EventCategoriesMapList![0].EventCategories).toEqual(expect.arrayContaining(["availability", "backup", "failover", "low storage", "read replica"]));
    const cluster = await client.send(new DescribeEventCategoriesCommand({ SourceType: "db-cluster" }));
    expect(cluster.EventCategoriesMapList![0].EventCategories).toContain("global-failover");
  });

  it("refuses an unknown source type and Filters", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new DescribeEventCategoriesCommand({ SourceType: "db-table" })), { name: "InvalidParameterValue", status: 400, message: "Invalid source type: db-table" });
    await expectFault(backend, () => client.send(new DescribeEventCategoriesCommand({ Filters: [{ Name: "source-type", Values: ["db-instance"] }] })), {
      name: "InvalidParameterValue", status: 400, message: "filter",
    });
  });
});

const quota = (quotas: AccountQuota[], name: string) => quotas.find((q) => q.AccountQuotaName === name)!;
const attributes = async (client: RDSClient) => (await client.send(new DescribeAccountAttributesCommand({}))).AccountQuotas!;

describe("DescribeAccountAttributes", () => {
  it("answers the backend's own quotas and their usage, in AWS's quota names", async () => {
    const { client } = setup();
    const fresh = await attributes(client);
    expect(fresh.map((q) => q.AccountQuotaName)).toEqual([
      "DBInstances", "ReservedDBInstances", "AllocatedStorage", "DBParameterGroups", "ManualSnapshots", "DBSubnetGroups", "EventSubscriptions", "OptionGroups", "SubnetsPerDBSubnetGroup", "DBClusters", "DBClusterParameterGroups",
      "DBClusterRoles", "ManualClusterSnapshots", "CustomEndpointsPerDBCluster",
    ]);
    expect(quota(fresh, "DBClusters")).toEqual({ AccountQuotaName: "DBClusters", Used: 0, Max: 40 });
    // The default DB subnet group counts, as CreateDBSubnetGroup counts it.
    expect(quota(fresh, "DBSubnetGroups")).toEqual({ AccountQuotaName: "DBSubnetGroups", Used: 1, Max: 50 });
    expect(quota(fresh, "AllocatedStorage")).toEqual({ AccountQuotaName: "AllocatedStorage", Used: 0, Max: 100_000 * 1024 ** 3 });
    expect(quota(fresh, "DBClusterParameterGroups").Used).toBe(0);
    expect(quota(fresh, "EventSubscriptions")).toEqual({ AccountQuotaName: "EventSubscriptions", Used: 0, Max: 20 });

    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "maz", ...MULTI_AZ_MYSQL }));
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "aur", ...AURORA_MYSQL }));
    await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "pg1", DBParameterGroupFamily: "aurora-mysql8.0", Description: "d" }));
    const used = await attributes(client);
    expect(quota(used, "DBClusters").Used).toBe(2);
    // A Multi-AZ DB cluster's three instances each hold its storage; Aurora's volume does not count.
    expect(quota(used, "AllocatedStorage").Used).toBe(3 * MULTI_AZ_MYSQL.AllocatedStorage * 1024 ** 3);
    expect(quota(used, "DBInstances").Used).toBe(3);
    expect(quota(used, "DBClusterParameterGroups").Used).toBe(1);
    await client.send(new CreateEventSubscriptionCommand({ SubscriptionName: "s1", SnsTopicArn: "arn:aws:sns:us-east-1:123456789012:ops" }));
    expect(quota(await attributes(client), "EventSubscriptions").Used).toBe(1);
  });

  it("agrees with the create calls: a quota shown full is refused by the next create", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbClusters: 2, dbSubnetGroups: 2 } } });
    expect(quota(await attributes(client), "DBClusters")).toMatchObject({ Used: 0, Max: 2 });
    for (const id of ["a1", "a2"]) await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: id, ...AURORA_MYSQL }));
    expect(quota(await attributes(client), "DBClusters")).toMatchObject({ Used: 2, Max: 2 });
    await expectFault(backend, () => client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "a3", ...AURORA_MYSQL })), {
      name: "DBClusterQuotaExceededFault", Class: DBClusterQuotaExceededFault, status: 403, message: "2",
    });
    await client.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "sg1", DBSubnetGroupDescription: "d", SubnetIds: ["subnet-0a1b2c3d", "subnet-1a2b3c4d"] }));
    const groups = quota(await attributes(client), "DBSubnetGroups");
    expect(groups).toMatchObject({ Used: 2, Max: 2 });
    expect(quota(await attributes(client), "SubnetsPerDBSubnetGroup").Used).toBeGreaterThanOrEqual(2);
    await expectFault(backend, () => client.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "sg2", DBSubnetGroupDescription: "d", SubnetIds: ["subnet-0a1b2c3d", "subnet-1a2b3c4d"] })), {
      name: "DBSubnetGroupQuotaExceededFault", status: 400, message: "",
    });
  });
});
