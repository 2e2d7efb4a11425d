import {
  CopyDBClusterParameterGroupCommand,
  CreateDBClusterParameterGroupCommand,
  DBParameterGroupAlreadyExistsFault,
  DBParameterGroupNotFoundFault,
  DBParameterGroupQuotaExceededFault,
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClusterParametersCommand,
  DescribeEngineDefaultClusterParametersCommand,
  InvalidDBParameterGroupStateFault,
  ListTagsForResourceCommand,
  ModifyDBClusterParameterGroupCommand,
  ResetDBClusterParameterGroupCommand,
  type Parameter,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";

async function createGroup(client: RDSClient, name = "my-params", family = "aurora-mysql8.0") {
  await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: name, DBParameterGroupFamily: family, Description: "mine" }));
}

async function params(client: RDSClient, name: string, extra: Record<string, unknown> = {}): Promise<Record<string, Parameter>> {
  const out = await client.send(new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: name, ...extra }));
  return Object.fromEntries(out.Parameters!.map((p) => [p.ParameterName!, p]));
}

const modify = (client: RDSClient, Parameters: Parameter[], name = "my-params") => () =>
  client.send(new ModifyDBClusterParameterGroupCommand({ DBClusterParameterGroupName: name, Parameters }));

describe("DescribeDBClusterParameters and DescribeEngineDefaultClusterParameters", () => {
  it("lists the family's parameters with their types, defaults and apply types", async () => {
    const { client } = setup();
    const p = await params(client, "default.aurora-mysql8.0");
    expect(p.binlog_format).toMatchObject({ ParameterValue: "OFF", ApplyType: "static", DataType: "string", IsModifiable: true, AllowedValues: "ROW,STATEMENT,MIXED,OFF" });
    expect(p.time_zone).toMatchObject({ ApplyType: "dynamic", Source: "engine-default", IsModifiable: true });
    expect(p.time_zone.ParameterValue).toBeUndefined();
    expect(p.basedir).toMatchObject({ Source: "system", IsModifiable: false });
    expect(Object.keys(p)).toContain("aurora_parallel_query");
    const pg = await params(client, "default.aurora-postgresql16");
    expect(pg["rds.force_ssl"]).toMatchObject({ ParameterValue: "1", DataType: "boolean", AllowedValues: "0,1" });
    expect(pg["rds.logical_replication"]).toMatchObject({ ApplyType: "static", ParameterValue: "0" });
    expect((await params(client, "default.aurora-postgresql14"))["rds.force_ssl"].ParameterValue).toBe("0");
    expect((await params(client, "default.postgres16")).max_connections.ApplyType).toBe("static");
  });

  it("filters by Source and parameter-name and pages with MaxRecords and Marker", async () => {
    const { client } = setup();
    await createGroup(client);
    await modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }])();
    expect(Object.keys(await params(client, "my-params", { Source: "user" }))).toEqual(["time_zone"]);
    expect(Object.keys(await params(client, "my-params", { Source: "system" }))).toEqual(["basedir", "binlog_format"]);
    expect(Object.keys(await params(client, "my-params", { Source: "engine-default" }))).not.toContain("time_zone");
    const filtered = await params(client, "my-params", { Filters: [{ Name: "parameter-name", Values: ["binlog_format", "nope"] }] });
    expect(Object.keys(filtered)).toEqual(["binlog_format"]);
    const all = await client.send(new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: "my-params" }));
    const names = all.Parameters!.map((x) => x.ParameterName!);
    expect(names).toEqual([...names].sort());
    const first = await client.send(new DescribeEngineDefaultClusterParametersCommand({ DBParameterGroupFamily: "aurora-mysql8.0", MaxRecords: 20 }));
    // The table is small: one page of 20 holds it all.
    expect(first.EngineDefaults!.Marker).toBeUndefined();
    expect(first.EngineDefaults!.DBParameterGroupFamily).toBe("aurora-mysql8.0");
    expect(first.EngineDefaults!.Parameters!.map((x) => x.ParameterName)).toEqual(names);
    expect(first.EngineDefaults!.Parameters!.every((x) => x.Source !== "user")).toBe(true);
  });

  it("rejects unknown groups, families, sources, filters and page sizes", async () => {
    const { backend, client } = setup();
    const describe = (extra: Record<string, unknown>) => () =>
      client.send(new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: "default.aurora-mysql8.0", ...extra }));
    await expectFault(backend, describe({ DBClusterParameterGroupName: "nope" }), { name: "DBParameterGroupNotFoundFault", Class: DBParameterGroupNotFoundFault, status: 404, message: "nope" });
    await expectFault(backend, describe({ Source: "custom" }), { name: "InvalidParameterValue", status: 400, message: "Source" });
    await expectFault(backend, describe({ Filters: [{ Name: "engine", Values: ["x"] }] }), { name: "InvalidParameterValue", status: 400, message: "parameter-name" });
    await expectFault(backend, describe({ MaxRecords: 10 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, describe({ Marker: "garbage" }), { name: "InvalidParameterValue", status: 400, message: "Marker" });
    const defaults = (family: string) => () => client.send(new DescribeEngineDefaultClusterParametersCommand({ DBParameterGroupFamily: family }));
    await expectFault(backend, defaults("mysql5.1"), { name: "InvalidParameterValue", status: 400, message: "DBParameterGroupFamily" });
    await expectFault(backend, defaults(""), { name: "InvalidParameterValue", status: 400, message: "DBParameterGroupFamily" });
  });
});

describe("ModifyDBClusterParameterGroup and ResetDBClusterParameterGroup", () => {
  it("sets user values (Source user) and resets some or all of them", async () => {
    const { client } = setup();
    await createGroup(client);
    const out = await modify(client, [
      { ParameterName: "binlog_format", ParameterValue: "ROW", ApplyMethod: "pending-reboot" },
      { ParameterName: "server_audit_logging", ParameterValue: "1", ApplyMethod: "immediate" },
      { ParameterName: "server_audit_events", ParameterValue: "CONNECT,QUERY_DDL", ApplyMethod: "immediate" },
    ])();
    expect(out.DBClusterParameterGroupName).toBe("my-params");
    let p = await params(client, "MY-PARAMS");
    expect(p.binlog_format).toMatchObject({ ParameterValue: "ROW", Source: "user", ApplyMethod: "pending-reboot" });
    expect(p.server_audit_logging).toMatchObject({ ParameterValue: "1", Source: "user", ApplyMethod: "immediate" });
    // The group's describe output carries no parameters, and the default group is untouched.
    const g = await client.send(new DescribeDBClusterParameterGroupsCommand({ DBClusterParameterGroupName: "my-params" }));
    expect(Object.keys(g.DBClusterParameterGroups![0]).sort()).toEqual(["DBClusterParameterGroupArn", "DBClusterParameterGroupName", "DBParameterGroupFamily", "Description"]);
    expect((await params(client, "default.aurora-mysql8.0")).binlog_format.ParameterValue).toBe("OFF");

    const reset = await client.send(
      new ResetDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "my-params", Parameters: [{ ParameterName: "binlog_format", ApplyMethod: "pending-reboot" }] }),
    );
    expect(reset.DBClusterParameterGroupName).toBe("my-params");
    p = await params(client, "my-params");
    expect(p.binlog_format).toMatchObject({ ParameterValue: "OFF", Source: "system" });
    expect(p.server_audit_logging.Source).toBe("user");
    await client.send(new ResetDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "my-params", ResetAllParameters: true }));
    expect(Object.keys(await params(client, "my-params", { Source: "user" }))).toEqual([]);
  });

  it("applies the documented rules and changes nothing on failure", async () => {
    const { backend, client } = setup();
    await createGroup(client);
    await createGroup(client, "pg", "aurora-postgresql16");
    const bad = { name: "InvalidParameterValue", status: 400 };
    await expectFault(backend, modify(client, [{ ParameterName: "nope", ParameterValue: "1", ApplyMethod: "immediate" }]), { ...bad, message: "nope" });
    // A PostgreSQL parameter is not a parameter of an Aurora MySQL family.
    await expectFault(backend, modify(client, [{ ParameterName: "rds.force_ssl", ParameterValue: "1", ApplyMethod: "immediate" }]), { ...bad, message: "aurora-mysql8.0" });
    await expectFault(backend, modify(client, [{ ParameterName: "basedir", ParameterValue: "/x", ApplyMethod: "pending-reboot" }]), { ...bad, message: "basedir cannot be modified" });
    await expectFault(backend, modify(client, [{ ParameterName: "binlog_format", ParameterValue: "ROW", ApplyMethod: "immediate" }]), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "immediate apply method for static parameter binlog_format",
    });
    await expectFault(backend, modify(client, [{ ParameterName: "shared_preload_libraries", ParameterValue: "pg_cron" }], "pg"), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "static parameter",
    });
    await expectFault(backend, modify(client, [{ ParameterName: "binlog_format", ParameterValue: "FANCY", ApplyMethod: "pending-reboot" }]), { ...bad, message: "binlog_format" });
    await expectFault(backend, modify(client, [{ ParameterName: "lower_case_table_names", ParameterValue: "2", ApplyMethod: "pending-reboot" }]), { ...bad, message: "0-1" });
    await expectFault(backend, modify(client, [{ ParameterName: "shared_preload_libraries", ParameterValue: "pg_cron,evil", ApplyMethod: "pending-reboot" }], "pg"), { ...bad, message: "evil" });
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ApplyMethod: "immediate" }]), { ...bad, message: "ParameterValue" });
    await expectFault(backend, modify(client, [{ ParameterValue: "1", ApplyMethod: "immediate" }]), { ...bad, message: "ParameterName" });
    // One bad entry fails the whole call: the good one before it is not kept either.
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }, { ParameterName: "nope", ParameterValue: "1" }]), { ...bad, message: "nope" });
    const many = Array.from({ length: 21 }, () => ({ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" as const }));
    await expectFault(backend, modify(client, many), { ...bad, message: "20" });
    await expectFault(backend, modify(client, []), { name: "MissingParameter", status: 400, message: "Parameters" });
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "later" as never }]), { ...bad, message: "ApplyMethod" });
    await expectFault(backend, modify(client, [{ ParameterName: "innodb_autoinc_lock_mode", ParameterValue: "1.5", ApplyMethod: "pending-reboot" }]), { ...bad, message: "0-2" });
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }], "default.aurora-mysql8.0"), {
      name: "InvalidDBParameterGroupStateFault",
      Class: InvalidDBParameterGroupStateFault,
      status: 400,
      message: "default.aurora-mysql8.0",
    });
    await expectFault(backend, modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }], "missing"), {
      name: "DBParameterGroupNotFoundFault",
      Class: DBParameterGroupNotFoundFault,
      status: 404,
      message: "missing",
    });
    // Twenty is allowed, and a dynamic parameter may also wait for a reboot.
    await modify(client, many.slice(0, 19).concat([{ ParameterName: "aurora_parallel_query", ParameterValue: "1", ApplyMethod: "pending-reboot" as never }]))();
    expect((await params(client, "my-params")).aurora_parallel_query.ApplyMethod).toBe("pending-reboot");
  });

  it("resets with ResetAllParameters or Parameters, never both or neither", async () => {
    const { backend, client } = setup();
    await createGroup(client);
    await modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }])();
    const reset = (extra: Record<string, unknown>, name = "my-params") => () =>
      client.send(new ResetDBClusterParameterGroupCommand({ DBClusterParameterGroupName: name, ...extra }));
    const combo = { name: "InvalidParameterCombination", status: 400 };
    await expectFault(backend, reset({ ResetAllParameters: true, Parameters: [{ ParameterName: "time_zone", ApplyMethod: "immediate" }] }), { ...combo, message: "ResetAllParameters" });
    await expectFault(backend, reset({}), { ...combo, message: "ResetAllParameters" });
    await expectFault(backend, reset({ ResetAllParameters: false }), { ...combo, message: "Parameters" });
    await expectFault(backend, reset({ Parameters: [{ ParameterName: "nope", ApplyMethod: "immediate" }] }), { name: "InvalidParameterValue", status: 400, message: "nope" });
    await expectFault(backend, reset({ Parameters: [{ ParameterName: "binlog_format", ApplyMethod: "immediate" }] }), { ...combo, message: "binlog_format" });
    await expectFault(backend, reset({ ResetAllParameters: true }, "default.aurora-mysql8.0"), { name: "InvalidDBParameterGroupStateFault", status: 400, message: "default" });
    await expectFault(backend, reset({ ResetAllParameters: true }, "missing"), { name: "DBParameterGroupNotFoundFault", status: 404, message: "missing" });
    expect((await params(client, "my-params")).time_zone.Source).toBe("user");
  });
});

describe("CopyDBClusterParameterGroup", () => {
  it("copies the family and the user's values, by name or ARN, with the new tags", async () => {
    const { client } = setup();
    await createGroup(client);
    await modify(client, [{ ParameterName: "time_zone", ParameterValue: "Europe/Paris", ApplyMethod: "immediate" }])();
    const arn = "arn:aws:rds:us-east-1:123456789012:cluster-pg:my-params";
    const out = await client.send(
      new CopyDBClusterParameterGroupCommand({
        SourceDBClusterParameterGroupIdentifier: arn,
        TargetDBClusterParameterGroupIdentifier: "Copy-1",
        TargetDBClusterParameterGroupDescription: "copied",
        Tags: [{ Key: "team", Value: "db" }],
      }),
    );
    expect(out.DBClusterParameterGroup).toEqual({
      DBClusterParameterGroupName: "copy-1",
      DBParameterGroupFamily: "aurora-mysql8.0",
      Description: "copied",
      DBClusterParameterGroupArn: "arn:aws:rds:us-east-1:123456789012:cluster-pg:copy-1",
    });
    expect((await params(client, "copy-1")).time_zone).toMatchObject({ ParameterValue: "Europe/Paris", Source: "user" });
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: out.DBClusterParameterGroup!.DBClusterParameterGroupArn }));
    expect(tags.TagList).toEqual([{ Key: "team", Value: "db" }]);
    // The copy is independent of its source.
    await modify(client, [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }], "copy-1")();
    expect((await params(client, "my-params")).time_zone.ParameterValue).toBe("Europe/Paris");
    await client.send(new CopyDBClusterParameterGroupCommand({ SourceDBClusterParameterGroupIdentifier: "MY-PARAMS", TargetDBClusterParameterGroupIdentifier: "copy-2", TargetDBClusterParameterGroupDescription: "d" }));
    expect((await params(client, "copy-2")).time_zone.ParameterValue).toBe("Europe/Paris");
  });

  it("applies the documented rules", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbClusterParameterGroups: 2 } } });
    await createGroup(client);
    const copy = (extra: Record<string, unknown>) => () =>
      client.send(
        new CopyDBClusterParameterGroupCommand({
          SourceDBClusterParameterGroupIdentifier: "my-params",
          TargetDBClusterParameterGroupIdentifier: "copy-1",
          TargetDBClusterParameterGroupDescription: "d",
          ...extra,
        }),
      );
    const notFound = { name: "DBParameterGroupNotFoundFault", Class: DBParameterGroupNotFoundFault, status: 404 };
    await expectFault(backend, copy({ SourceDBClusterParameterGroupIdentifier: "nope" }), { ...notFound, message: "nope" });
    await expectFault(backend, copy({ SourceDBClusterParameterGroupIdentifier: "arn:aws:rds:eu-west-1:123456789012:cluster-pg:my-params" }), { ...notFound, message: "eu-west-1" });
    await expectFault(backend, copy({ SourceDBClusterParameterGroupIdentifier: "default.aurora-mysql8.0" }), { name: "InvalidParameterValue", status: 400, message: "cannot be copied" });
    for (const bad of ["1abc", "a--b", "ends-", "under_score", "x".repeat(256)]) {
      await expectFault(backend, copy({ TargetDBClusterParameterGroupIdentifier: bad }), { name: "InvalidParameterValue", status: 400, message: "TargetDBClusterParameterGroupIdentifier" });
    }
    await expectFault(backend, copy({ Tags: [{ Key: "aws:x", Value: "y" }] }), { name: "InvalidParameterValue", status: 400, message: "aws:" });
    await expectFault(backend, copy({ TargetDBClusterParameterGroupIdentifier: "MY-PARAMS" }), {
      name: "DBParameterGroupAlreadyExistsFault",
      Class: DBParameterGroupAlreadyExistsFault,
      status: 400,
      message: "my-params",
    });
    await copy({})();
    await expectFault(backend, copy({ TargetDBClusterParameterGroupIdentifier: "copy-2" }), {
      name: "DBParameterGroupQuotaExceededFault",
      Class: DBParameterGroupQuotaExceededFault,
      status: 400,
      message: "2",
    });
  });
});
