/**
 * A DB instance's log files at a moment, derived from its entries (entries.ts) and the clock, per
 * engine family (RDS User Guide, "Monitoring Amazon RDS log files", per engine):
 * - MySQL, MariaDB, Aurora MySQL: `error/mysql-error.log` holds what was written since the last
 *   5-minute flush; flushed lines go to `error/mysql-error-running.log`, rotated every hour to
 *   `error/mysql-error-running.log.YYYY-MM-DD.HH` (kept two weeks; MariaDB 24 hours). The slow query and
 *   general logs exist when `slow_query_log` / `general_log` is 1 and `log_output` includes FILE; the
 *   mock writes their header at each start.
 * - PostgreSQL and Aurora PostgreSQL: one file per hour, `error/postgresql.log.YYYY-MM-DD-HH` (the
 *   default log_filename), kept `rds.log_retention_period` minutes (default 4320: three days).
 * - Oracle: the alert log `trace/alert_<SID>.log` (SID: the DB name, ORCL by default; RDSCDB for a CDB).
 * - SQL Server: `log/ERROR`, cycled at each start to `log/ERROR.1` ... `log/ERROR.6`.
 * Past-hour files exist only for hours something was written (chosen: AWS keeps empty ones too).
 */
import type { RdsWorld, InstanceRecord } from "../world.js";
import { entriesOf, type LogEntry } from "./entries.js";
import { familyOf, FORMATS, type Formatter } from "./formats.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FLUSH = 5 * MINUTE;

export interface LogFile {
  name: string;
  lastWritten: number;
  lines: string[];
}

export function sizeOf(file: LogFile): number {
  return file.lines.reduce((n, l) => n + Buffer.byteLength(l, "utf8") + 1, 0);
}

const pad = (n: number) => String(n).padStart(2, "0");
function hourStamp(at: number, sep: string): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}${sep}${pad(d.getUTCHours())}`;
}
const hourOf = (at: number) => at - (at % HOUR);

/** A user value of a parameter in the instance's DB parameter group, else its cluster's group. */
function parameter(world: RdsWorld, instance: InstanceRecord, name: string): string | undefined {
  const group = instance.DBParameterGroups?.[0]?.DBParameterGroupName?.toLowerCase();
  const own = group === undefined ? undefined : world.dbParameterGroups?.[group]?.UserParameters?.[name]?.ParameterValue;
  if (own !== undefined) return own;
  const cluster = instance.DBClusterIdentifier ? world.clusters[instance.DBClusterIdentifier.toLowerCase()] : undefined;
  const clusterGroup = cluster?.DBClusterParameterGroup ? world.clusterParameterGroups[cluster.DBClusterParameterGroup.toLowerCase()] : undefined;
  return (clusterGroup as { UserParameters?: Record<string, { ParameterValue: string }> } | undefined)?.UserParameters?.[name]?.ParameterValue;
}

function file(name: string, entries: readonly LogEntry[], format: Formatter, instance: InstanceRecord, empty: number): LogFile {
  return { name, lastWritten: entries.length > 0 ? entries[entries.length - 1].at : empty, lines: entries.flatMap((e) => format(e, instance)) };
}

function groupBy(entries: readonly LogEntry[], key: (e: LogEntry) => number): Map<number, LogEntry[]> {
  const out = new Map<number, LogEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = out.get(k) ?? [];
    list.push(e);
    out.set(k, list);
  }
  return out;
}

function mysqlFiles(world: RdsWorld, i: InstanceRecord, entries: LogEntry[], now: number): LogFile[] {
  const flushAt = (e: LogEntry) => Math.ceil(e.at / FLUSH) * FLUSH;
  const lastFlush = Math.max(now - (now % FLUSH), i.InstanceCreateTime ?? 0);
  const keep = i.Engine === "mariadb" ? DAY : 14 * DAY;
  const format = FORMATS.mysql;
  const out = [file("error/mysql-error.log", entries.filter((e) => flushAt(e) > now), format, i, lastFlush)];
  const byHour = groupBy(entries.filter((e) => flushAt(e) <= now), (e) => hourOf(flushAt(e)));
  out.push(file("error/mysql-error-running.log", byHour.get(hourOf(now)) ?? [], format, i, Math.max(hourOf(now), i.InstanceCreateTime ?? 0)));
  for (const [hour, list] of byHour) {
    if (hour !== hourOf(now) && hour + HOUR > now - keep) out.push(file(`error/mysql-error-running.log.${hourStamp(hour, ".")}`, list, format, i, hour));
  }
  // The mock's parameter tables have no log_output: unset counts as FILE (Aurora MySQL's default).
  const output = parameter(world, i, "log_output");
  const fileOutput = output === undefined || output.toUpperCase().split(",").includes("FILE");
  const starts = entries.filter((e) => e.kind === "start");
  // The slow query and general logs' header, written at each start.
  const header: Formatter = (_e, inst) => [
    `/rdsdbbin/mysql/bin/mysqld, Version: ${inst.EngineVersion ?? ""} (Source distribution). started with:`,
    `Tcp port: ${inst.Endpoint?.Port ?? 3306}  Unix socket: /tmp/mysql.sock`,
    "Time                 Id Command    Argument",
  ];
  for (const [param, name] of [["slow_query_log", "slowquery/mysql-slowquery.log"], ["general_log", "general/mysql-general.log"]] as const) {
    if (fileOutput && parameter(world, i, param) === "1") out.push(file(name, starts, header, i, i.InstanceCreateTime ?? now));
  }
  return out;
}

function postgresFiles(world: RdsWorld, i: InstanceRecord, entries: LogEntry[], now: number): LogFile[] {
  const minutes = Number(parameter(world, i, "rds.log_retention_period") ?? 4320);
  const from = hourOf(Math.max(i.InstanceCreateTime ?? now, now - (Number.isFinite(minutes) ? minutes : 4320) * MINUTE));
  const byHour = groupBy(entries, (e) => hourOf(e.at));
  const out: LogFile[] = [];
  for (let hour = from; hour <= now; hour += HOUR) {
    out.push(file(`error/postgresql.log.${hourStamp(hour, "-")}`, byHour.get(hour) ?? [], FORMATS.postgres, i, Math.max(hour, i.InstanceCreateTime ?? hour)));
  }
  return out;
}

function oracleFiles(i: InstanceRecord, entries: LogEntry[], now: number): LogFile[] {
  // The SID is the DB name (ORCL by default); a container database's is RDSCDB (RDS for Oracle user guide, CDB architecture).
  const sid = i.Engine?.endsWith("-cdb") ? "RDSCDB" : (i.DBName ?? "ORCL").toUpperCase();
  return [file(`trace/alert_${sid}.log`, entries, FORMATS.oracle, i, i.InstanceCreateTime ?? now)];
}

function sqlserverFiles(i: InstanceRecord, entries: LogEntry[], now: number): LogFile[] {
  const segments: LogEntry[][] = [[]];
  for (const e of entries) {
    if (e.kind === "start" && segments[segments.length - 1].length > 0) segments.push([]);
    segments[segments.length - 1].push(e);
  }
  return segments
    .reverse()
    .slice(0, 7)
    .map((list, n) => file(n === 0 ? "log/ERROR" : `log/ERROR.${n}`, list, FORMATS.sqlserver, i, i.InstanceCreateTime ?? now));
}

/** The instance's log files now, by name. */
export function logFilesOf(world: RdsWorld, instance: InstanceRecord, now: number): LogFile[] {
  const entries = entriesOf(world, instance).filter((e) => e.at <= now);
  switch (familyOf(instance.Engine)) {
    case "mysql":
      return mysqlFiles(world, instance, entries, now);
    case "postgres":
      return postgresFiles(world, instance, entries, now);
    case "oracle":
      return oracleFiles(instance, entries, now);
    case "sqlserver":
      return sqlserverFiles(instance, entries, now);
    default:
      return [];
  }
}
