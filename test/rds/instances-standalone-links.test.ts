import {
  CreateDBParameterGroupCommand,
  CreateOptionGroupCommand,
  DeleteDBInstanceCommand,
  DeleteDBParameterGroupCommand,
  DeleteOptionGroupCommand,
  DescribeAccountAttributesCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";

describe("Standalone DB instances and the resources they use", () => {
  it("DescribeAccountAttributes counts their instances and storage as CreateDBInstance does", async () => {
    const { client } = setup();
    await createStandalone(client, { AllocatedStorage: 100 });
    await createStandalone(client, { DBInstanceIdentifier: "my1", Engine: "mysql", AllocatedStorage: 50 });
    const quotas = (await client.send(new DescribeAccountAttributesCommand({}))).AccountQuotas!;
    const used = Object.fromEntries(quotas.map((q) => [q.AccountQuotaName, q.Used]));
    expect(used.DBInstances).toBe(2);
    expect(used.AllocatedStorage).toBe(150 * 1024 ** 3);
  });

  it("keeps a custom DB parameter group and option group in use until the instance is gone", async () => {
    const { backend, client } = setup();
    await client.send(new CreateDBParameterGroupCommand({ DBParameterGroupName: "pg16", DBParameterGroupFamily: "postgres16", Description: "d" }));
    await client.send(new CreateOptionGroupCommand({ OptionGroupName: "og16", EngineName: "postgres", MajorEngineVersion: "16", OptionGroupDescription: "d" }));
    const i = await createStandalone(client, { DBParameterGroupName: "PG16", OptionGroupName: "og16" });
    expect(i.DBParameterGroups).toEqual([{ DBParameterGroupName: "pg16", ParameterApplyStatus: "in-sync" }]);
    expect(i.OptionGroupMemberships).toEqual([{ OptionGroupName: "og16", Status: "in-sync" }]);
    await expectFault(backend, () => client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "pg16" })), {
      name: "InvalidDBParameterGroupStateFault", status: 400, message: "pg1",
    });
    await expectFault(backend, () => client.send(new DeleteOptionGroupCommand({ OptionGroupName: "og16" })), {
      name: "InvalidOptionGroupStateFault", status: 400, message: "pg1",
    });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1", SkipFinalSnapshot: true }));
    await client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "pg16" }));
    await client.send(new DeleteOptionGroupCommand({ OptionGroupName: "og16" }));
  });
});
