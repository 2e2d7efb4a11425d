import {
  AuthorizeDBSecurityGroupIngressCommand,
  CreateDBSecurityGroupCommand,
  DBSecurityGroupNotFoundFault,
  DeleteDBSecurityGroupCommand,
  DescribeDBSecurityGroupsCommand,
  InvalidDBSecurityGroupStateFault,
  RevokeDBSecurityGroupIngressCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";

// EC2-Classic was retired on August 15, 2022: every account is VPC-only, and answers as VPC-only accounts do.
describe("EC2-Classic DB security groups", () => {
  it("describes the account's default DB security group, bound to the default VPC", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeDBSecurityGroupsCommand({}));
    expect(out.DBSecurityGroups).toHaveLength(1);
    const group = out.DBSecurityGroups![0];
    expect(group).toMatchObject({
      OwnerId: "123456789012", DBSecurityGroupName: "default", DBSecurityGroupDescription: "default",
      EC2SecurityGroups: [], IPRanges: [], DBSecurityGroupArn: "arn:aws:rds:us-east-1:123456789012:secgrp:default",
    });
    expect(group.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    const named = await client.send(new DescribeDBSecurityGroupsCommand({ DBSecurityGroupName: "Default" }));
    expect(named.DBSecurityGroups).toEqual([group]);
  });

  it("refuses to create a DB security group: the account has no EC2-Classic network", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new CreateDBSecurityGroupCommand({ DBSecurityGroupName: "web", DBSecurityGroupDescription: "web tier" })), {
      name: "InvalidParameterValue", status: 400, message: "The vpc none does not exist.",
    });
    // The documented name rules come first.
    await expectFault(backend, () => client.send(new CreateDBSecurityGroupCommand({ DBSecurityGroupName: "Default", DBSecurityGroupDescription: "d" })), {
      name: "InvalidParameterValue", status: 400, message: 'must not be "Default"',
    });
    await expectFault(backend, () => client.send(new CreateDBSecurityGroupCommand({ DBSecurityGroupName: "web--tier", DBSecurityGroupDescription: "d" })), {
      name: "InvalidParameterValue", status: 400, message: "DBSecurityGroupName",
    });
    await expectFault(backend, () => client.send(new CreateDBSecurityGroupCommand({ DBSecurityGroupName: "web" } as never)), {
      name: "MissingParameter", status: 400, message: "DBSecurityGroupDescription",
    });
    expect((await client.send(new DescribeDBSecurityGroupsCommand({}))).DBSecurityGroups!.map((g) => g.DBSecurityGroupName)).toEqual(["default"]);
  });

  it("answers DBSecurityGroupNotFound for any other group, in every command", async () => {
    const { backend, client } = setup();
    const calls = [
      () => client.send(new DescribeDBSecurityGroupsCommand({ DBSecurityGroupName: "web" })),
      () => client.send(new DeleteDBSecurityGroupCommand({ DBSecurityGroupName: "web" })),
      () => client.send(new AuthorizeDBSecurityGroupIngressCommand({ DBSecurityGroupName: "web", CIDRIP: "10.0.0.0/16" })),
      () => client.send(new RevokeDBSecurityGroupIngressCommand({ DBSecurityGroupName: "web", CIDRIP: "10.0.0.0/16" })),
    ];
    for (const call of calls) {
      await expectFault(backend, call, { name: "DBSecurityGroupNotFoundFault", Class: DBSecurityGroupNotFoundFault, status: 404, message: "DBSecurityGroup web not found." });
    }
  });

  it("keeps the default group: it cannot be deleted, and its ingress cannot be changed", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new DeleteDBSecurityGroupCommand({ DBSecurityGroupName: "default" })), {
      name: "InvalidDBSecurityGroupStateFault", Class: InvalidDBSecurityGroupStateFault, status: 400, message: "can't delete the default DB security group",
    });
    for (const Command of [AuthorizeDBSecurityGroupIngressCommand, RevokeDBSecurityGroupIngressCommand]) {
      await expectFault(backend, () => client.send(new Command({ DBSecurityGroupName: "default", CIDRIP: "10.0.0.0/16" })), {
        name: "InvalidParameterValue", status: 400, message: "VPC DB Security Groups cannot be modified",
      });
    }
  });

  it("refuses Filters and MaxRecords outside 20-100", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new DescribeDBSecurityGroupsCommand({ Filters: [{ Name: "db-security-group-name", Values: ["default"] }] })), {
      name: "InvalidParameterValue", status: 400, message: "filter",
    });
    await expectFault(backend, () => client.send(new DescribeDBSecurityGroupsCommand({ MaxRecords: 5 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});
