/** DescribeDBLogFiles / DownloadDBLogFilePortion: per-engine log files written from the instance's own events, on the clock. */
import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  DBInstanceNotFoundFault,
  DBLogFileNotFoundFault,
  DeleteDBInstanceCommand,
  DescribeDBLogFilesCommand,
  DownloadDBLogFilePortionCommand,
  ModifyDBClusterParameterGroupCommand,
  RDSClient,
  RebootDBInstanceCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { logFilesOf } from "../../src/services/rds/log-files/files.js";
import type { InstanceRecord, RdsWorld } from "../../src/services/rds/world.js";
import { AURORA_PG, createCluster, createInstance, expectFault, FIXED_START, MULTI_AZ_MYSQL, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = FIXED_START.getTime(); // 2025-06-01 12:00 UTC
const READY = "2025-06-01T12:08:00.000000Z 0 [System] [MY-010931] [Server] /rdsdbbin/mysql/bin/mysqld: ready for connections. Version: '8.0.mysql_aurora.3.08.2'  socket: '/tmp/mysql.sock'  port: 3306  Source distribution.";

const files = async (client: RDSClient, input: Record<string, unknown> = {}) =>
  (await client.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: "i1", ...input }))).DescribeDBLogFiles ?? [];
const download = (client: RDSClient, LogFileName: string, input: Record<string, unknown> = {}) =>
  client.send(new DownloadDBLogFilePortionCommand({ DBInstanceIdentifier: "i1", LogFileName, ...input }));

/** An Aurora MySQL member created at T0, available (and its startup logged) at 12:08. */
async function auroraMysql() {
  const { backend, client } = setup({ lifecycle: "timed" });
  await createCluster(client, "c1");
  await createInstance(client, "c1", "i1");
  return { backend, client };
}

describe("DescribeDBLogFiles", () => {
  it("MySQL family: the startup line waits in mysql-error.log until the 5-minute flush, then the running log, rotated hourly", async () => {
    const { backend, client } = await auroraMysql();
    backend.clock.set(T0 + 9 * MINUTE);
    expect(await files(client)).toEqual([
      { LogFileName: "error/mysql-error-running.log", LastWritten: T0, Size: 0 },
      { LogFileName: "error/mysql-error.log", LastWritten: T0 + 8 * MINUTE, Size: READY.length + 1 },
    ]);
    backend.clock.set(T0 + 10 * MINUTE);
    expect(await files(client)).toEqual([
      { LogFileName: "error/mysql-error-running.log", LastWritten: T0 + 8 * MINUTE, Size: READY.length + 1 },
      { LogFileName: "error/mysql-error.log", LastWritten: T0 + 10 * MINUTE, Size: 0 },
    ]);
    backend.clock.set(T0 + HOUR);
    expect((await files(client)).map((f) => f.LogFileName)).toEqual([
      "error/mysql-error-running.log",
      "error/mysql-error-running.log.2025-06-01.12",
      "error/mysql-error.log",
    ]);
    expect((await download(client, "error/mysql-error-running.log.2025-06-01.12")).LogFileData).toBe(`${READY}\n`);
  });

  it("PostgreSQL family: one file per hour, kept three days (rds.log_retention_period 4320), paged with Marker", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1", AURORA_PG);
    await createInstance(client, "c1", "i1", { Engine: "aurora-postgresql" });
    backend.clock.advance(9 * MINUTE);
    const [first] = await files(client);
    expect(first.LogFileName).toBe("error/postgresql.log.2025-06-01-12");
    const data = (await download(client, first.LogFileName!)).LogFileData!;
    expect(data).toMatch(/^2025-06-01 12:08:00 UTC::@:\[\d+\]:LOG: {2}database system is ready to accept connections\n$/);
    backend.clock.advance(4 * 24 * HOUR);
    const page1 = await client.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: "i1", MaxRecords: 20 }));
    expect(page1.DescribeDBLogFiles).toHaveLength(20);
    const all = [...page1.DescribeDBLogFiles!];
    let marker = page1.Marker;
    while (marker) {
      const next = await client.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: "i1", MaxRecords: 100, Marker: marker }));
      all.push(...next.DescribeDBLogFiles!);
      marker = next.Marker;
    }
    expect(all).toHaveLength(73); // 72 hours back, plus the current hour
    expect(all[0].LogFileName).toBe("error/postgresql.log.2025-06-02-12");
    expect(all.at(-1)!.LogFileName).toBe("error/postgresql.log.2025-06-05-12");
  });

  it("FilenameContains, FileLastWritten and FileSize filter the list; Filters are not supported", async () => {
    const { backend, client } = await auroraMysql();
    backend.clock.set(T0 + HOUR);
    expect((await files(client, { FilenameContains: "running.log." })).map((f) => f.LogFileName)).toEqual(["error/mysql-error-running.log.2025-06-01.12"]);
    expect((await files(client, { FileLastWritten: T0 + 10 * MINUTE })).map((f) => f.LogFileName)).toEqual(["error/mysql-error-running.log", "error/mysql-error.log"]);
    expect((await files(client, { FileSize: 0 })).map((f) => f.LogFileName)).toEqual(["error/mysql-error-running.log.2025-06-01.12"]);
    await expectFault(backend, () => files(client, { Filters: [{ Name: "x", Values: ["y"] }] }), { name: "InvalidParameterValue", status: 400, message: "x" });
  });

  it("the slow query and general logs exist once the parameter group turns them on", async () => {
    const { backend, client } = setup();
    await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "logs", DBParameterGroupFamily: "mysql8.0", Description: "logs" }));
    await client.send(
      new ModifyDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "logs", Parameters: [{ ParameterName: "slow_query_log", ParameterValue: "1", ApplyMethod: "immediate" }] }),
    );
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "maz", ...MULTI_AZ_MYSQL, DBClusterParameterGroupName: "logs" }));
    backend.clock.runAll();
    const names = (await client.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: "maz-instance-1" }))).DescribeDBLogFiles!.map((f) => f.LogFileName);
    expect(names).toContain("slowquery/mysql-slowquery.log");
    expect(names).not.toContain("general/mysql-general.log");
  });

  it("answers DBInstanceNotFound for an unknown instance; nothing changes", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => files(client), { name: "DBInstanceNotFoundFault", status: 404, message: "i1", Class: DBInstanceNotFoundFault });
  });

  it("a deleted and re-created instance of the same name starts with empty logs", async () => {
    const { backend, client } = await auroraMysql();
    backend.clock.set(T0 + 20 * MINUTE);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    backend.clock.advance(10 * MINUTE);
    await createInstance(client, "c1", "i1");
    backend.clock.advance(MINUTE);
    expect((await files(client)).map((f) => f.Size)).toEqual([0, 0]);
  });
});

describe("DownloadDBLogFilePortion", () => {
  it("Marker 0 and NumberOfLines page from the start until AdditionalDataPending is false; NumberOfLines alone gives the last lines", async () => {
    const { backend, client } = await auroraMysql();
    backend.clock.set(T0 + 10 * MINUTE);
    for (let n = 0; n < 2; n++) {
      await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
      backend.clock.advance(2 * MINUTE);
    }
    backend.clock.set(T0 + 30 * MINUTE);
    const name = "error/mysql-error-running.log";
    const whole = (await download(client, name)).LogFileData!.split("\n").slice(0, -1);
    expect(whole).toHaveLength(5); // ready, (shutdown, ready) x 2
    const first = await download(client, name, { Marker: "0", NumberOfLines: 2 });
    expect(first.LogFileData!.split("\n").slice(0, -1)).toEqual(whole.slice(0, 2));
    expect(first.AdditionalDataPending).toBe(true);
    const second = await download(client, name, { Marker: first.Marker, NumberOfLines: 2 });
    const third = await download(client, name, { Marker: second.Marker, NumberOfLines: 2 });
    expect(third.LogFileData!.split("\n").slice(0, -1)).toEqual(whole.slice(4));
    expect(third.AdditionalDataPending).toBe(false);
    expect((await download(client, name, { NumberOfLines: 1 })).LogFileData).toBe(`${whole[4]}\n`);
  });

  it("answers DBLogFileNotFoundFault for an unknown file, InvalidParameterValue for NumberOfLines out of 1-10000 or a foreign Marker", async () => {
    const { backend, client } = await auroraMysql();
    await expectFault(backend, () => download(client, "error/nope.log"), {
      name: "DBLogFileNotFoundFault", status: 404, message: "DBLog File: error/nope.log, is not found on the DB instance", Class: DBLogFileNotFoundFault,
    });
    await expectFault(backend, () => download(client, "error/mysql-error.log", { NumberOfLines: 10_001 }), { name: "InvalidParameterValue", status: 400, message: "NumberOfLines" });
    await expectFault(backend, () => download(client, "error/mysql-error.log", { Marker: "x" }), { name: "InvalidParameterValue", status: 400, message: "Marker" });
    await expectFault(backend, () => download(client, "x", { DBInstanceIdentifier: "nope" }), { name: "DBInstanceNotFoundFault", status: 404, message: "nope", Class: DBInstanceNotFoundFault });
  });
});

describe("log files of Oracle and SQL Server (derived directly)", () => {
  const world = (events: [number, string][]) =>
    ({ events: events.map(([Date, Message]) => ({ SourceType: "db-instance", SourceIdentifier: "o1", Date, Message, EventCategories: [] })), clusters: {} }) as unknown as RdsWorld;
  const instance = (Engine: string) => ({ DBInstanceIdentifier: "o1", DBInstanceStatus: "available", Engine, InstanceCreateTime: T0 }) as InstanceRecord;
  const history: [number, string][] = [[T0 + MINUTE, "DB instance created"], [T0 + 2 * MINUTE, "DB instance shutdown"], [T0 + 3 * MINUTE, "DB instance restarted"]];

  it("Oracle writes the alert log trace/alert_<SID>.log", () => {
    const [alert] = logFilesOf(world(history), instance("oracle-ee"), T0 + HOUR);
    expect(alert.name).toBe("trace/alert_ORCL.log");
    expect(alert.lines.slice(0, 2)).toEqual(["2025-06-01T12:01:00.000000+00:00", "Completed: ALTER DATABASE OPEN"]);
  });

  it("SQL Server cycles log/ERROR at each start: the earlier run is log/ERROR.1", () => {
    const list = logFilesOf(world(history), instance("sqlserver-se"), T0 + HOUR);
    expect(list.map((f) => [f.name, f.lines.length])).toEqual([["log/ERROR", 1], ["log/ERROR.1", 2]]);
    expect(list[0].lines[0]).toMatch(/^2025-06-01 12:03:00.00 Server {6}SQL Server is now ready for client connections/);
  });
});
