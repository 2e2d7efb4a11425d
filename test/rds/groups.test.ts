import {
  CreateDBClusterParameterGroupCommand,
  CreateDBSubnetGroupCommand,
  DeleteDBClusterCommand,
  DeleteDBClusterParameterGroupCommand,
  DeleteDBSubnetGroupCommand,
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBSubnetGroupsCommand,
  ModifyDBSubnetGroupCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, expectFault, setup } from "./clusters-fixtures.js";

const subnets = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"];

describe("DB subnet groups", () => {
  it("has a default group with subnets in three Availability Zones", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: "default" }));
    const g = out.DBSubnetGroups![0];
    expect(g.DBSubnetGroupArn).toBe("arn:aws:rds:us-east-1:123456789012:subgrp:default");
    expect(g.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    expect(g.Subnets!.map((s) => s.SubnetAvailabilityZone?.Name)).toEqual(["us-east-1a", "us-east-1b", "us-east-1c"]);
  });

  it("creates, modifies, lists and deletes a group, stored lowercase", async () => {
    const { client } = setup();
    const created = await client.send(
      new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "My-Group", DBSubnetGroupDescription: "mine", SubnetIds: subnets, Tags: [{ Key: "a", Value: "b" }] }),
    );
    expect(created.DBSubnetGroup).toMatchObject({ DBSubnetGroupName: "my-group", SubnetGroupStatus: "Complete", DBSubnetGroupDescription: "mine" });
    expect(created.DBSubnetGroup!.Subnets!.map((s) => s.SubnetIdentifier)).toEqual(subnets);
    const modified = await client.send(new ModifyDBSubnetGroupCommand({ DBSubnetGroupName: "my-group", SubnetIds: [...subnets, "subnet-2a2b3c4d"] }));
    expect(modified.DBSubnetGroup!.Subnets).toHaveLength(3);
    const c = await createCluster(client, "c1", { DBSubnetGroupName: "MY-GROUP" });
    expect(c.DBSubnetGroup).toBe("my-group");
    const all = await client.send(new DescribeDBSubnetGroupsCommand({}));
    expect(all.DBSubnetGroups!.map((g) => g.DBSubnetGroupName)).toEqual(["default", "my-group"]);
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    await client.send(new DescribeDBSubnetGroupsCommand({})); // the deletion settles
    await client.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: "my-group" }));
    expect((await client.send(new DescribeDBSubnetGroupsCommand({}))).DBSubnetGroups!.map((g) => g.DBSubnetGroupName)).toEqual(["default"]);
  });

  it("applies the documented rules", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbSubnetGroups: 2 } } });
    const create = (input: Record<string, unknown>) => () =>
      client.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "g1", DBSubnetGroupDescription: "d", SubnetIds: subnets, ...input } as any));
    await expectFault(backend, create({ DBSubnetGroupName: "default" }), { name: "InvalidParameterValue", status: 400, message: "DBSubnetGroupName" });
    await expectFault(backend, create({ DBSubnetGroupName: "bad/name" }), { name: "InvalidParameterValue", status: 400, message: "DBSubnetGroupName" });
    await expectFault(backend, create({ SubnetIds: ["subnet-0a1b2c3d"] }), { name: "DBSubnetGroupDoesNotCoverEnoughAZs", status: 400, message: "two Availability Zones" });
    await expectFault(backend, create({ SubnetIds: ["subnet-0a1b2c3d", "net-1"] }), { name: "InvalidSubnet", status: 400, message: "net-1" });
    await expectFault(backend, create({ SubnetIds: ["subnet-0a1b2c3d", "subnet-0a1b2c3d"] }), { name: "InvalidParameterValue", status: 400, message: "more than once" });
    await client.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "g1", DBSubnetGroupDescription: "d", SubnetIds: subnets }));
    await expectFault(backend, create({ DBSubnetGroupName: "G1" }), { name: "DBSubnetGroupAlreadyExistsFault", status: 400, message: "g1" });
    await expectFault(backend, create({ DBSubnetGroupName: "g2" }), { name: "DBSubnetGroupQuotaExceededFault", status: 400, message: "2" });
  });

  it("refuses to delete the default group, a group in use, and an unknown one", async () => {
    const { backend, client } = setup();
    await client.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "used", DBSubnetGroupDescription: "d", SubnetIds: subnets }));
    await createCluster(client, "c1", { DBSubnetGroupName: "used" });
    await expectFault(backend, () => client.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: "default" })), {
      name: "InvalidDBSubnetGroupStateFault",
      status: 400,
      message: "default",
    });
    await expectFault(backend, () => client.send(new DeleteDBSubnetGroupCommand({ DBSubnetGroupName: "used" })), {
      name: "InvalidDBSubnetGroupStateFault",
      status: 400,
      message: "c1",
    });
    await expectFault(backend, () => client.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: "ghost" })), {
      name: "DBSubnetGroupNotFoundFault",
      status: 404,
      message: "ghost",
    });
  });
});

describe("DB cluster parameter groups", () => {
  it("has the default group of each family", async () => {
    const { client } = setup();
    for (const name of ["default.aurora-mysql8.0", "default.aurora-postgresql16", "default.mysql8.0", "default.postgres16"]) {
      const out = await client.send(new DescribeDBClusterParameterGroupsCommand({ DBClusterParameterGroupName: name }));
      expect(out.DBClusterParameterGroups![0].DBClusterParameterGroupArn).toBe(`arn:aws:rds:us-east-1:123456789012:cluster-pg:${name}`);
    }
  });

  it("creates, lists, pages and deletes a group", async () => {
    const { client } = setup();
    const out = await client.send(
      new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "Tuned-PG", DBParameterGroupFamily: "aurora-postgresql16", Description: "tuned" }),
    );
    expect(out.DBClusterParameterGroup).toEqual({
      DBClusterParameterGroupName: "tuned-pg",
      DBParameterGroupFamily: "aurora-postgresql16",
      Description: "tuned",
      DBClusterParameterGroupArn: "arn:aws:rds:us-east-1:123456789012:cluster-pg:tuned-pg",
    });
    for (let n = 0; n < 5; n++) {
      await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: `extra-${n}`, DBParameterGroupFamily: "aurora-mysql8.0", Description: "x" }));
    }
    const first = await client.send(new DescribeDBClusterParameterGroupsCommand({ MaxRecords: 20 }));
    expect(first.DBClusterParameterGroups).toHaveLength(20);
    const rest = await client.send(new DescribeDBClusterParameterGroupsCommand({ MaxRecords: 20, Marker: first.Marker }));
    const names = [...first.DBClusterParameterGroups!, ...rest.DBClusterParameterGroups!].map((g) => g.DBClusterParameterGroupName);
    expect(rest.Marker).toBeUndefined();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("tuned-pg");
    await client.send(new DeleteDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "tuned-pg" }));
    const after = await client.send(new DescribeDBClusterParameterGroupsCommand({}));
    expect(after.DBClusterParameterGroups!.map((g) => g.DBClusterParameterGroupName)).not.toContain("tuned-pg");
  });

  it("applies the documented rules", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbClusterParameterGroups: 1 } } });
    const create = (input: Record<string, unknown>) => () =>
      client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "p1", DBParameterGroupFamily: "aurora-mysql8.0", Description: "d", ...input } as any));
    await expectFault(backend, create({ DBClusterParameterGroupName: "p--1" }), { name: "InvalidParameterValue", status: 400, message: "DBClusterParameterGroupName" });
    await expectFault(backend, create({ DBParameterGroupFamily: "oracle-ee-19" }), { name: "InvalidParameterValue", status: 400, message: "oracle-ee-19" });
    await expectFault(backend, create({ Description: undefined }), { name: "MissingParameter", status: 400, message: "Description" });
    await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "p1", DBParameterGroupFamily: "aurora-mysql8.0", Description: "d" }));
    await expectFault(backend, create({}), { name: "DBParameterGroupAlreadyExistsFault", status: 400, message: "p1" });
    await expectFault(backend, create({ DBClusterParameterGroupName: "p2" }), { name: "DBParameterGroupQuotaExceededFault", status: 400, message: "1" });
    await createCluster(client, "c1", { DBClusterParameterGroupName: "p1" });
    await expectFault(backend, () => client.send(new DeleteDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "p1" })), {
      name: "InvalidDBParameterGroupStateFault",
      status: 400,
      message: "c1",
    });
    await expectFault(backend, () => client.send(new DeleteDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "default.aurora-mysql8.0" })), {
      name: "InvalidDBParameterGroupStateFault",
      status: 400,
      message: "default",
    });
    await expectFault(backend, () => client.send(new DescribeDBClusterParameterGroupsCommand({ DBClusterParameterGroupName: "ghost" })), {
      name: "DBParameterGroupNotFoundFault",
      status: 404,
      message: "ghost",
    });
  });
});
