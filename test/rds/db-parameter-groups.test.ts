import {
  AddTagsToResourceCommand,
  CopyDBParameterGroupCommand,
  CreateDBParameterGroupCommand,
  DBParameterGroupAlreadyExistsFault,
  DBParameterGroupNotFoundFault,
  DBParameterGroupQuotaExceededFault,
  DescribeAccountAttributesCommand,
  DeleteDBParameterGroupCommand,
  DescribeDBParameterGroupsCommand,
  DescribeDBParametersCommand,
  DescribeEngineDefaultParametersCommand,
  InvalidDBParameterGroupStateFault,
  ListTagsForResourceCommand,
  ModifyDBParameterGroupCommand,
  ResetDBParameterGroupCommand,
  type Parameter,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const create = (client: RDSClient, name = "my-params", family = "mysql8.0", extra: Record<string, unknown> = {}) =>
  client.send(new CreateDBParameterGroupCommand({ DBParameterGroupName: name, DBParameterGroupFamily: family, Description: "mine", ...extra }));

async function params(client: RDSClient, name: string, extra: Record<string, unknown> = {}): Promise<Record<string, Parameter>> {
  const out = await client.send(new DescribeDBParametersCommand({ DBParameterGroupName: name, ...extra }));
  return Object.fromEntries(out.Parameters!.map((p) => [p.ParameterName!, p]));
}

const modify = (client: RDSClient, Parameters: Parameter[], name = "my-params") => () =>
  client.send(new ModifyDBParameterGroupCommand({ DBParameterGroupName: name, Parameters }));

describe("DB parameter groups: create, describe, copy, delete", () => {
  it("lists a default group of every engine's families and creates custom ones stored lowercase", async () => {
    const { client } = setup();
    const defaults = await client.send(new DescribeDBParameterGroupsCommand({}));
    const names = defaults.DBParameterGroups!.map((g) => g.DBParameterGroupName);
    for (const family of ["mysql8.0", "mysql8.4", "postgres13", "postgres17", "mariadb10.11", "oracle-ee-19", "sqlserver-se-16.0", "db2-ae-11.5", "aurora-mysql8.0", "aurora-postgresql16"]) {
      expect(names).toContain(`default.${family}`);
    }
    const out = await create(client, "My-Params");
    expect(out.DBParameterGroup).toEqual({
      DBParameterGroupName: "my-params",
      DBParameterGroupFamily: "mysql8.0",
      Description: "mine",
      DBParameterGroupArn: "arn:aws:rds:us-east-1:123456789012:pg:my-params",
    });
    const one = await client.send(new DescribeDBParameterGroupsCommand({ DBParameterGroupName: "MY-PARAMS" }));
    expect(one.DBParameterGroups).toEqual([out.DBParameterGroup]);
  });

  it("pages with MaxRecords and Marker", async () => {
    const { client } = setup();
    const first = await client.send(new DescribeDBParameterGroupsCommand({ MaxRecords: 20 }));
    expect(first.DBParameterGroups).toHaveLength(20);
    const rest = await client.send(new DescribeDBParameterGroupsCommand({ MaxRecords: 100, Marker: first.Marker }));
    expect(rest.Marker).toBeUndefined();
    const all = [...first.DBParameterGroups!, ...rest.DBParameterGroups!].map((g) => g.DBParameterGroupName!);
    expect(new Set(all).size).toBe(all.length);
  });

  it("refuses bad names, unknown families, taken names and the quota, changing nothing", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbParameterGroups: 1 } } });
    for (const name of ["1abc", "a--b", "ab-", "a_b", "a".repeat(256)]) {
      await expectFault(backend, () => create(client, name), { name: "InvalidParameterValue", status: 400, message: "DBParameterGroupName" });
    }
    await expectFault(backend, () => create(client, "p", "mysql9.9"), { name: "InvalidParameterValue", status: 400, message: "mysql9.9" });
    await expectFault(backend, () => create(client, "p", "MySQL8.0"), { name: "InvalidParameterValue", status: 400, message: "MySQL8.0" });
    await create(client, "p");
    await expectFault(backend, () => create(client, "P"), { name: "DBParameterGroupAlreadyExistsFault", status: 400, message: "p", Class: DBParameterGroupAlreadyExistsFault });
    await expectFault(backend, () => create(client, "q"), { name: "DBParameterGroupQuotaExceededFault", status: 400, message: "quota", Class: DBParameterGroupQuotaExceededFault });
    // DescribeAccountAttributes shows the same quota as full.
    const quotas = (await client.send(new DescribeAccountAttributesCommand({}))).AccountQuotas!;
    expect(quotas.find((q) => q.AccountQuotaName === "DBParameterGroups")).toEqual({ AccountQuotaName: "DBParameterGroups", Used: 1, Max: 1 });
    await expectFault(backend, () => client.send(new DescribeDBParameterGroupsCommand({ DBParameterGroupName: "nope" })), {
      name: "DBParameterGroupNotFoundFault", status: 404, message: "nope", Class: DBParameterGroupNotFoundFault,
    });
  });

  it("deletes a custom group (and its name can be taken again), never a default one", async () => {
    const { backend, client } = setup();
    await create(client, "p", "postgres16");
    await modify(client, [{ ParameterName: "log_statement", ParameterValue: "all", ApplyMethod: "immediate" }], "p")();
    await client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "P" }));
    await expectFault(backend, () => client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "p" })), {
      name: "DBParameterGroupNotFoundFault", status: 404, message: "p", Class: DBParameterGroupNotFoundFault,
    });
    await create(client, "p", "mysql8.0");
    expect((await params(client, "p", { Source: "user" }))).toEqual({});
    await expectFault(backend, () => client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "default.mysql8.0" })), {
      name: "InvalidDBParameterGroupStateFault", status: 400, message: "default.mysql8.0", Class: InvalidDBParameterGroupStateFault,
    });
  });

  it("DB instances take a custom group of their family, and a group in use cannot be deleted", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await create(client, "Tuned", "aurora-mysql8.0");
    await create(client, "other", "mysql8.0");
    await expectFault(backend, () => createInstance(client, "c1", "i0", { DBParameterGroupName: "other" }), {
      name: "InvalidParameterCombination", status: 400, message: "aurora-mysql8.0",
    });
    await expectFault(backend, () => createInstance(client, "c1", "i0", { DBParameterGroupName: "missing" }), {
      name: "DBParameterGroupNotFoundFault", status: 404, message: "missing", Class: DBParameterGroupNotFoundFault,
    });
    const instance = await createInstance(client, "c1", "i1", { DBParameterGroupName: "Tuned" });
    expect(instance.DBParameterGroups![0].DBParameterGroupName!.toLowerCase()).toBe("tuned");
    await expectFault(backend, () => client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "tuned" })), {
      name: "InvalidDBParameterGroupStateFault", status: 400, message: "DB instance i1", Class: InvalidDBParameterGroupStateFault,
    });
    await client.send(new DeleteDBParameterGroupCommand({ DBParameterGroupName: "other" }));
  });

  it("copies a custom group with its values and tags (by name or ARN), never a default group", async () => {
    const { backend, client } = setup();
    const src = await create(client, "src", "mysql8.0", { Tags: [{ Key: "team", Value: "a" }] });
    await modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }], "src")();
    const copy = await client.send(new CopyDBParameterGroupCommand({
      SourceDBParameterGroupIdentifier: src.DBParameterGroup!.DBParameterGroupArn, TargetDBParameterGroupIdentifier: "Dst",
      TargetDBParameterGroupDescription: "copy", Tags: [{ Key: "k", Value: "v" }],
    }));
    expect(copy.DBParameterGroup).toMatchObject({ DBParameterGroupName: "dst", DBParameterGroupFamily: "mysql8.0", Description: "copy" });
    expect((await params(client, "dst", { Source: "user" })).time_zone.ParameterValue).toBe("UTC");
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: copy.DBParameterGroup!.DBParameterGroupArn }));
    expect(tags.TagList).toEqual([{ Key: "k", Value: "v" }]);
    await expectFault(backend, () => client.send(new CopyDBParameterGroupCommand({ SourceDBParameterGroupIdentifier: "default.postgres16", TargetDBParameterGroupIdentifier: "pg", TargetDBParameterGroupDescription: "d" })), {
      name: "InvalidParameterValue", status: 400, message: "default.postgres16",
    });
    await expectFault(backend, () => client.send(new CopyDBParameterGroupCommand({ SourceDBParameterGroupIdentifier: "nope", TargetDBParameterGroupIdentifier: "x", TargetDBParameterGroupDescription: "d" })), {
      name: "DBParameterGroupNotFoundFault", status: 404, message: "nope", Class: DBParameterGroupNotFoundFault,
    });
    await expectFault(backend, () => client.send(new CopyDBParameterGroupCommand({ SourceDBParameterGroupIdentifier: "src", TargetDBParameterGroupIdentifier: "dst", TargetDBParameterGroupDescription: "d" })), {
      name: "DBParameterGroupAlreadyExistsFault", status: 400, message: "dst", Class: DBParameterGroupAlreadyExistsFault,
    });
  });

  it("tags DB parameter groups through their pg: ARN", async () => {
    const { backend, client } = setup();
    const arn = (await create(client, "p")).DBParameterGroup!.DBParameterGroupArn!;
    await client.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: "a", Value: "1" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([{ Key: "a", Value: "1" }]);
    await expectFault(backend, () => client.send(new ListTagsForResourceCommand({ ResourceName: arn.replace(":p", ":nope") })), {
      name: "InvalidParameterValue", status: 400, message: "nope",
    });
  });
});

describe("DB parameters: describe, modify, reset", () => {
  it("shows a family's parameters with types, apply types and sources; filters by Source", async () => {
    const { client } = setup();
    const ora = await params(client, "default.oracle-ee-19");
    expect(ora.open_cursors).toMatchObject({ ParameterValue: "300", ApplyType: "dynamic", DataType: "integer", AllowedValues: "0-65535", Source: "engine-default", IsModifiable: true });
    expect(ora.db_block_size).toMatchObject({ Source: "system", IsModifiable: false });
    expect(Object.keys(await params(client, "default.sqlserver-ee-16.0"))).toContain("max degree of parallelism");
    expect(Object.keys(await params(client, "default.db2-se-11.5"))).toContain("db2comm");
    await create(client);
    await modify(client, [{ ParameterName: "slow_query_log", ParameterValue: "1", ApplyMethod: "immediate" }])();
    expect(Object.keys(await params(client, "my-params", { Source: "user" }))).toEqual(["slow_query_log"]);
    expect(await params(client, "my-params", { Source: "system" })).toHaveProperty("basedir");
    const defaults = await client.send(new DescribeEngineDefaultParametersCommand({ DBParameterGroupFamily: "postgres16" }));
    expect(defaults.EngineDefaults!.DBParameterGroupFamily).toBe("postgres16");
    expect(defaults.EngineDefaults!.Parameters!.find((p) => p.ParameterName === "rds.force_ssl")!.ParameterValue).toBe("1");
  });

  it("keeps static parameters for pending-reboot and dynamic ones immediate", async () => {
    const { backend, client } = setup();
    await create(client);
    await modify(client, [
      { ParameterName: "innodb_autoinc_lock_mode", ParameterValue: "2", ApplyMethod: "pending-reboot" },
      { ParameterName: "time_zone", ParameterValue: "Europe/Paris", ApplyMethod: "immediate" },
    ])();
    const p = await params(client, "my-params", { Source: "user" });
    expect(p.innodb_autoinc_lock_mode).toMatchObject({ ParameterValue: "2", ApplyMethod: "pending-reboot", Source: "user" });
    expect(p.time_zone).toMatchObject({ ParameterValue: "Europe/Paris", ApplyMethod: "immediate" });
    await expectFault(backend, modify(client, [{ ParameterName: "innodb_autoinc_lock_mode", ParameterValue: "1", ApplyMethod: "immediate" }]), {
      name: "InvalidParameterCombination", status: 400, message: "static parameter innodb_autoinc_lock_mode",
    });
  });

  it("checks names, modifiability, values, counts and default groups; a failed call changes nothing", async () => {
    const { backend, client } = setup();
    await create(client);
    const bad: Array<[Parameter[], string, string]> = [
      [[{ ParameterName: "nope", ParameterValue: "1", ApplyMethod: "immediate" }], "InvalidParameterValue", "nope"],
      [[{ ParameterName: "basedir", ParameterValue: "/x", ApplyMethod: "pending-reboot" }], "InvalidParameterValue", "basedir"],
      [[{ ParameterName: "slow_query_log", ParameterValue: "2", ApplyMethod: "immediate" }], "InvalidParameterValue", "slow_query_log"],
      [[{ ParameterName: "max_connections", ParameterValue: "many", ApplyMethod: "immediate" }], "InvalidParameterValue", "max_connections"],
      [[{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }, { ParameterName: "nope", ParameterValue: "1" }], "InvalidParameterValue", "nope"],
    ];
    for (const [list, name, message] of bad) await expectFault(backend, modify(client, list), { name, status: 400, message });
    const many = Array.from({ length: 21 }, () => ({ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" as const }));
    await expectFault(backend, modify(client, many), { name: "InvalidParameterValue", status: 400, message: "20" });
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC" }], "default.mysql8.0"), {
      name: "InvalidDBParameterGroupStateFault", status: 400, message: "default.mysql8.0", Class: InvalidDBParameterGroupStateFault,
    });
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC" }], "nope"), {
      name: "DBParameterGroupNotFoundFault", status: 404, message: "nope", Class: DBParameterGroupNotFoundFault,
    });
    await expectFault(backend, () => client.send(new DescribeDBParametersCommand({ DBParameterGroupName: "my-params", Source: "mine" })), {
      name: "InvalidParameterValue", status: 400, message: "Source",
    });
    await expectFault(backend, () => client.send(new DescribeEngineDefaultParametersCommand({ DBParameterGroupFamily: "nope1" })), {
      name: "InvalidParameterValue", status: 400, message: "nope1",
    });
  });

  it("resets named parameters or all of them", async () => {
    const { backend, client } = setup();
    await create(client);
    await modify(client, [
      { ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" },
      { ParameterName: "general_log", ParameterValue: "1", ApplyMethod: "immediate" },
    ])();
    await client.send(new ResetDBParameterGroupCommand({ DBParameterGroupName: "my-params", Parameters: [{ ParameterName: "time_zone", ApplyMethod: "immediate" }] }));
    expect(Object.keys(await params(client, "my-params", { Source: "user" }))).toEqual(["general_log"]);
    await client.send(new ResetDBParameterGroupCommand({ DBParameterGroupName: "my-params", ResetAllParameters: true }));
    expect(await params(client, "my-params", { Source: "user" })).toEqual({});
    await expectFault(backend, () => client.send(new ResetDBParameterGroupCommand({ DBParameterGroupName: "my-params" })), {
      name: "InvalidParameterCombination", status: 400, message: "ResetAllParameters",
    });
    await expectFault(backend, () => client.send(new ResetDBParameterGroupCommand({ DBParameterGroupName: "default.mysql8.0", ResetAllParameters: true })), {
      name: "InvalidDBParameterGroupStateFault", status: 400, message: "default.mysql8.0", Class: InvalidDBParameterGroupStateFault,
    });
  });
});
