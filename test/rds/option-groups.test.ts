import {
  AddTagsToResourceCommand,
  CopyOptionGroupCommand,
  CreateOptionGroupCommand,
  DeleteOptionGroupCommand,
  DescribeAccountAttributesCommand,
  DescribeOptionGroupOptionsCommand,
  DescribeOptionGroupsCommand,
  InvalidOptionGroupStateFault,
  ListTagsForResourceCommand,
  ModifyOptionGroupCommand,
  OptionGroupAlreadyExistsFault,
  OptionGroupNotFoundFault,
  OptionGroupQuotaExceededFault,
  type OptionConfiguration,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";

const create = (client: RDSClient, name = "my-options", EngineName = "mysql", MajorEngineVersion = "8.0", extra: Record<string, unknown> = {}) =>
  client.send(new CreateOptionGroupCommand({ OptionGroupName: name, EngineName, MajorEngineVersion, OptionGroupDescription: "mine", ...extra }));

const modify = (client: RDSClient, OptionsToInclude?: OptionConfiguration[], OptionsToRemove?: string[], name = "my-options") => () =>
  client.send(new ModifyOptionGroupCommand({ OptionGroupName: name, OptionsToInclude, OptionsToRemove, ApplyImmediately: true }));

/** Makes the world hold a DB instance that is a member of `group` (instances of these engines come with issue 13's instance slice). */
function useGroup(backend: ReturnType<typeof setup>["backend"], group: string) {
  const dump = backend.dump();
  const world = (dump.worlds.rds?.["123456789012/us-east-1"] ?? {}) as any;
  world.instances = { ...world.instances, i1: { DBInstanceIdentifier: "i1", DBInstanceStatus: "available", OptionGroupMemberships: [{ OptionGroupName: group, Status: "in-sync" }] } };
  backend.load({ ...dump, worlds: { ...dump.worlds, rds: { "123456789012/us-east-1": world } } });
}

describe("option groups: create, describe, copy, delete", () => {
  it("lists default groups per engine version and creates custom ones stored lowercase", async () => {
    const { client } = setup();
    const all = await client.send(new DescribeOptionGroupsCommand({ MaxRecords: 100 }));
    const names = all.OptionGroupsList!.map((g) => g.OptionGroupName);
    for (const name of ["default:mysql-8-0", "default:mariadb-10-11", "default:oracle-ee-19", "default:sqlserver-se-16-00", "default:db2-ae-11-5", "default:postgres-16"]) {
      expect(names).toContain(name);
    }
    const out = await create(client, "My-Options");
    expect(out.OptionGroup).toEqual({
      OptionGroupName: "my-options",
      OptionGroupDescription: "mine",
      EngineName: "mysql",
      MajorEngineVersion: "8.0",
      Options: [],
      AllowsVpcAndNonVpcInstanceMemberships: true,
      OptionGroupArn: "arn:aws:rds:us-east-1:123456789012:og:my-options",
    });
    const byEngine = await client.send(new DescribeOptionGroupsCommand({ EngineName: "mysql", MajorEngineVersion: "8.0" }));
    expect(byEngine.OptionGroupsList!.map((g) => g.OptionGroupName)).toEqual(["default:mysql-8-0", "my-options"]);
    const one = await client.send(new DescribeOptionGroupsCommand({ OptionGroupName: "MY-OPTIONS" }));
    expect(one.OptionGroupsList).toEqual([out.OptionGroup]);
  });

  it("refuses bad names, engines, versions, taken names and the quota, changing nothing", async () => {
    const { backend, client } = setup({ quotas: { rds: { optionGroups: 1 } } });
    for (const name of ["1og", "a--b", "og-", "a.b"]) {
      await expectFault(backend, () => create(client, name), { name: "InvalidParameterValue", status: 400, message: "OptionGroupName" });
    }
    await expectFault(backend, () => create(client, "og", "mongo"), { name: "InvalidParameterValue", status: 400, message: "mongo" });
    await expectFault(backend, () => create(client, "og", "mysql", "5.1"), { name: "InvalidParameterCombination", status: 400, message: "5.1" });
    await create(client, "og");
    await expectFault(backend, () => create(client, "OG"), { name: "OptionGroupAlreadyExistsFault", status: 400, message: "og", Class: OptionGroupAlreadyExistsFault });
    await expectFault(backend, () => create(client, "og2"), { name: "OptionGroupQuotaExceededFault", status: 400, message: "quota", Class: OptionGroupQuotaExceededFault });
    const quotas = (await client.send(new DescribeAccountAttributesCommand({}))).AccountQuotas!;
    expect(quotas.find((q) => q.AccountQuotaName === "OptionGroups")).toEqual({ AccountQuotaName: "OptionGroups", Used: 1, Max: 1 });
    await expectFault(backend, () => client.send(new DescribeOptionGroupsCommand({ OptionGroupName: "nope" })), {
      name: "OptionGroupNotFoundFault", status: 404, message: "nope", Class: OptionGroupNotFoundFault,
    });
    await expectFault(backend, () => client.send(new DescribeOptionGroupsCommand({ MajorEngineVersion: "8.0" })), {
      name: "InvalidParameterCombination", status: 400, message: "EngineName",
    });
  });

  it("deletes custom groups (the name can be taken again), never default or used ones", async () => {
    const { backend, client } = setup();
    await create(client, "og", "oracle-ee", "19");
    await client.send(new DeleteOptionGroupCommand({ OptionGroupName: "OG" }));
    await expectFault(backend, () => client.send(new DeleteOptionGroupCommand({ OptionGroupName: "og" })), {
      name: "OptionGroupNotFoundFault", status: 404, message: "og", Class: OptionGroupNotFoundFault,
    });
    const again = await create(client, "og", "sqlserver-se", "16.00");
    expect(again.OptionGroup!.EngineName).toBe("sqlserver-se");
    await expectFault(backend, () => client.send(new DeleteOptionGroupCommand({ OptionGroupName: "default:mysql-8-0" })), {
      name: "InvalidOptionGroupStateFault", status: 400, message: "default:mysql-8-0", Class: InvalidOptionGroupStateFault,
    });
    useGroup(backend, "og");
    await expectFault(backend, () => client.send(new DeleteOptionGroupCommand({ OptionGroupName: "og" })), {
      name: "InvalidOptionGroupStateFault", status: 400, message: "DB instance i1", Class: InvalidOptionGroupStateFault,
    });
  });

  it("copies a group with its options (by name or ARN) and tags it", async () => {
    const { backend, client } = setup();
    const src = await create(client, "src");
    await modify(client, [{ OptionName: "MEMCACHED" }], undefined, "src")();
    const copy = await client.send(new CopyOptionGroupCommand({
      SourceOptionGroupIdentifier: src.OptionGroup!.OptionGroupArn, TargetOptionGroupIdentifier: "Dst", TargetOptionGroupDescription: "copy", Tags: [{ Key: "k", Value: "v" }],
    }));
    expect(copy.OptionGroup).toMatchObject({ OptionGroupName: "dst", EngineName: "mysql", MajorEngineVersion: "8.0", OptionGroupDescription: "copy" });
    expect(copy.OptionGroup!.Options!.map((o) => o.OptionName)).toEqual(["MEMCACHED"]);
    const arn = copy.OptionGroup!.OptionGroupArn!;
    await client.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: "a", Value: "1" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([{ Key: "k", Value: "v" }, { Key: "a", Value: "1" }]);
    // The API reference sets no rule against copying a default option group (unlike DB parameter groups).
    const fromDefault = await client.send(new CopyOptionGroupCommand({ SourceOptionGroupIdentifier: "default:mysql-8-0", TargetOptionGroupIdentifier: "mine", TargetOptionGroupDescription: "d" }));
    expect(fromDefault.OptionGroup).toMatchObject({ OptionGroupName: "mine", EngineName: "mysql", MajorEngineVersion: "8.0", Options: [] });
    await expectFault(backend, () => client.send(new CopyOptionGroupCommand({ SourceOptionGroupIdentifier: "nope", TargetOptionGroupIdentifier: "x", TargetOptionGroupDescription: "d" })), {
      name: "OptionGroupNotFoundFault", status: 404, message: "nope", Class: OptionGroupNotFoundFault,
    });
    await expectFault(backend, () => client.send(new CopyOptionGroupCommand({ SourceOptionGroupIdentifier: "src", TargetOptionGroupIdentifier: "dst", TargetOptionGroupDescription: "d" })), {
      name: "OptionGroupAlreadyExistsFault", status: 400, message: "dst", Class: OptionGroupAlreadyExistsFault,
    });
  });
});

describe("ModifyOptionGroup and DescribeOptionGroupOptions", () => {
  it("lists each engine's options with their flags, ports and settings", async () => {
    const { backend, client } = setup();
    const mysql = await client.send(new DescribeOptionGroupOptionsCommand({ EngineName: "mysql", MajorEngineVersion: "8.0" }));
    expect(mysql.OptionGroupOptions!.map((o) => o.Name)).toEqual(["MARIADB_AUDIT_PLUGIN", "MEMCACHED"]);
    expect(mysql.OptionGroupOptions![1]).toMatchObject({ PortRequired: true, DefaultPort: 11211, Persistent: false, Permanent: false });
    const oracle = await client.send(new DescribeOptionGroupOptionsCommand({ EngineName: "oracle-ee", MajorEngineVersion: "19" }));
    expect(oracle.OptionGroupOptions!.find((o) => o.Name === "TDE")).toMatchObject({ Persistent: true, Permanent: true });
    const sql = await client.send(new DescribeOptionGroupOptionsCommand({ EngineName: "sqlserver-ex" }));
    expect(sql.OptionGroupOptions!.map((o) => o.Name)).toContain("SQLSERVER_BACKUP_RESTORE");
    expect((await client.send(new DescribeOptionGroupOptionsCommand({ EngineName: "postgres" }))).OptionGroupOptions).toEqual([]);
    await expectFault(backend, () => client.send(new DescribeOptionGroupOptionsCommand({ EngineName: "nope" })), { name: "InvalidParameterValue", status: 400, message: "nope" });
  });

  it("adds, updates and removes options with their settings", async () => {
    const { client } = setup();
    await create(client);
    const added = await modify(client, [
      { OptionName: "MARIADB_AUDIT_PLUGIN", OptionSettings: [{ Name: "SERVER_AUDIT_EVENTS", Value: "CONNECT,QUERY_DDL" }] },
      { OptionName: "MEMCACHED", Port: 11212, VpcSecurityGroupMemberships: ["sg-12345678"] },
    ])();
    const audit = added.OptionGroup!.Options!.find((o) => o.OptionName === "MARIADB_AUDIT_PLUGIN")!;
    expect(audit.OptionSettings!.find((s) => s.Name === "SERVER_AUDIT_EVENTS")!.Value).toBe("CONNECT,QUERY_DDL");
    expect(audit.OptionSettings!.find((s) => s.Name === "SERVER_AUDIT_FILE_ROTATIONS")!.Value).toBe("9");
    expect(added.OptionGroup!.Options!.find((o) => o.OptionName === "MEMCACHED")).toMatchObject({ Port: 11212, VpcSecurityGroupMemberships: [{ VpcSecurityGroupId: "sg-12345678", Status: "active" }] });
    const updated = await modify(client, [{ OptionName: "MARIADB_AUDIT_PLUGIN", OptionSettings: [{ Name: "SERVER_AUDIT_FILE_ROTATIONS", Value: "3" }] }])();
    const settings = updated.OptionGroup!.Options!.find((o) => o.OptionName === "MARIADB_AUDIT_PLUGIN")!.OptionSettings!;
    expect(settings.find((s) => s.Name === "SERVER_AUDIT_EVENTS")!.Value).toBe("CONNECT,QUERY_DDL");
    expect(settings.find((s) => s.Name === "SERVER_AUDIT_FILE_ROTATIONS")!.Value).toBe("3");
    const removed = await modify(client, undefined, ["MEMCACHED"])();
    expect(removed.OptionGroup!.Options!.map((o) => o.OptionName)).toEqual(["MARIADB_AUDIT_PLUGIN"]);
  });

  it("refuses unknown options and settings, bad values, ports and missing required settings", async () => {
    const { backend, client } = setup();
    await create(client);
    await create(client, "sql", "sqlserver-se", "16.00");
    const cases: Array<[OptionConfiguration[], string, string]> = [
      [[{ OptionName: "TDE" }], "InvalidParameterValue", "TDE"],
      [[{ OptionName: "MARIADB_AUDIT_PLUGIN", Port: 3306 }], "InvalidParameterValue", "Port"],
      [[{ OptionName: "MEMCACHED", Port: 80 }], "InvalidParameterValue", "80"],
      [[{ OptionName: "MARIADB_AUDIT_PLUGIN", OptionSettings: [{ Name: "NOPE", Value: "1" }] }], "InvalidParameterValue", "NOPE"],
      [[{ OptionName: "MARIADB_AUDIT_PLUGIN", OptionSettings: [{ Name: "SERVER_AUDIT_FILE_ROTATIONS", Value: "101" }] }], "InvalidParameterValue", "SERVER_AUDIT_FILE_ROTATIONS"],
      [[{ OptionName: "MEMCACHED" }, { OptionName: "MEMCACHED" }], "InvalidParameterValue", "more than once"],
    ];
    for (const [list, name, message] of cases) await expectFault(backend, modify(client, list), { name, status: 400, message });
    await expectFault(backend, modify(client, [{ OptionName: "SQLSERVER_BACKUP_RESTORE" }], undefined, "sql"), { name: "InvalidParameterValue", status: 400, message: "IAM_ROLE_ARN" });
    await expectFault(backend, modify(client, [{ OptionName: "MEMCACHED" }], ["MEMCACHED"]), { name: "InvalidParameterCombination", status: 400, message: "MEMCACHED" });
    await expectFault(backend, modify(client, undefined, ["MEMCACHED"]), { name: "InvalidParameterValue", status: 400, message: "not in option group" });
    await expectFault(backend, modify(client, [{ OptionName: "MEMCACHED" }], undefined, "default:mysql-8-0"), {
      name: "InvalidOptionGroupStateFault", status: 400, message: "default:mysql-8-0", Class: InvalidOptionGroupStateFault,
    });
    await expectFault(backend, modify(client, [{ OptionName: "MEMCACHED" }], undefined, "nope"), {
      name: "OptionGroupNotFoundFault", status: 404, message: "nope", Class: OptionGroupNotFoundFault,
    });
  });

  it("never removes a permanent option, nor a persistent one while the group is in use", async () => {
    const { backend, client } = setup();
    await create(client, "ora", "oracle-ee", "19");
    await modify(client, [{ OptionName: "TDE" }, { OptionName: "Timezone", OptionSettings: [{ Name: "TIME_ZONE", Value: "UTC" }] }, { OptionName: "S3_INTEGRATION" }], undefined, "ora")();
    await expectFault(backend, modify(client, undefined, ["TDE"], "ora"), { name: "InvalidParameterValue", status: 400, message: "permanent" });
    await create(client, "sql", "sqlserver-ee", "16.00");
    await modify(client, [{ OptionName: "TDE" }], undefined, "sql")();
    useGroup(backend, "sql");
    await expectFault(backend, modify(client, undefined, ["TDE"], "sql"), { name: "InvalidOptionGroupStateFault", status: 400, message: "persistent", Class: InvalidOptionGroupStateFault });
    const out = await modify(client, undefined, ["S3_INTEGRATION"], "ora")();
    expect(out.OptionGroup!.Options!.map((o) => o.OptionName).sort()).toEqual(["TDE", "Timezone"]);
  });
});
