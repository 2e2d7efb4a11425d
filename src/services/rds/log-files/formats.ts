/**
 * How each engine writes a log line, as data: the wording of its startup and shutdown messages (the
 * engines' own) and the timestamp form of its log. Notes carry the RDS event's message.
 */
import type { InstanceRecord } from "../world.js";
import type { LogEntry } from "./entries.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const date = (at: number) => new Date(at).toISOString().slice(0, 10);
const time = (at: number) => new Date(at).toISOString().slice(11, 19);
/** A stable process id per line (the mock has no processes). */
const pid = (entry: LogEntry) => 300 + (Math.floor(entry.at / 1000) % 9000);

export type Formatter = (entry: LogEntry, instance: InstanceRecord) => string[];

const mysql: Formatter = (e, i) => {
  const stamp = `${date(e.at)}T${time(e.at)}.${pad(e.at % 1000, 3)}000Z 0`;
  const version = i.EngineVersion ?? "";
  if (e.kind === "start")
    return [`${stamp} [System] [MY-010931] [Server] /rdsdbbin/mysql/bin/mysqld: ready for connections. Version: '${version}'  socket: '/tmp/mysql.sock'  port: ${i.Endpoint?.Port ?? 3306}  Source distribution.`];
  if (e.kind === "stop") return [`${stamp} [System] [MY-010910] [Server] /rdsdbbin/mysql/bin/mysqld: Shutdown complete (mysqld ${version})  Source distribution.`];
  return [`${stamp} [Note] [MY-000000] [Server] RDS: ${e.message}`];
};

const postgres: Formatter = (e) => {
  const prefix = `${date(e.at)} ${time(e.at)} UTC::@:[${pid(e)}]:LOG:  `;
  if (e.kind === "start") return [`${prefix}database system is ready to accept connections`];
  if (e.kind === "stop") return [`${prefix}database system is shut down`];
  return [`${prefix}RDS: ${e.message}`];
};

/** The alert log: a timestamp line, then the message. */
const oracle: Formatter = (e) => {
  const stamp = `${date(e.at)}T${time(e.at)}.${pad(e.at % 1000, 3)}000+00:00`;
  if (e.kind === "start") return [stamp, "Completed: ALTER DATABASE OPEN"];
  if (e.kind === "stop") return [stamp, "Shutting down instance (immediate)"];
  return [stamp, `RDS: ${e.message}`];
};

const sqlserver: Formatter = (e) => {
  const stamp = `${date(e.at)} ${time(e.at)}.${pad(Math.floor((e.at % 1000) / 10))}`;
  if (e.kind === "start") return [`${stamp} Server      SQL Server is now ready for client connections. This is an informational message; no user action is required.`];
  if (e.kind === "stop")
    return [`${stamp} spid9s      SQL Server is terminating in response to a 'stop' request from Service Control Manager. This is an informational message only. No user action is required.`];
  return [`${stamp} Server      RDS: ${e.message}`];
};

export const FORMATS = { mysql, postgres, oracle, sqlserver } as const;
export type EngineFamily = keyof typeof FORMATS;

/** The log family of an engine name; undefined for engines whose logs the mock does not write (Db2). */
export function familyOf(engine: string | undefined): EngineFamily | undefined {
  const e = engine ?? "";
  if (e === "mysql" || e === "mariadb" || e === "aurora-mysql" || e === "aurora") return "mysql";
  if (e === "postgres" || e === "aurora-postgresql") return "postgres";
  if (e.startsWith("oracle") || e.startsWith("custom-oracle")) return "oracle";
  if (e.startsWith("sqlserver") || e.startsWith("custom-sqlserver")) return "sqlserver";
  return undefined;
}
