/**
 * Which engine a DB snapshot may be restored to (API reference, RestoreDBInstanceFromDBSnapshot, Engine:
 * "Must be compatible with the engine of the source. For example, you can restore a MariaDB 10.1 DB
 * instance from a MySQL 5.6 snapshot"): an engine restores to itself; MySQL also to MariaDB; Oracle,
 * SQL Server and Db2 to another edition of the same engine and architecture (RDS user guide: changing
 * the edition when restoring).
 */
import { fail } from "../../../core/aws-error.js";
import { RRM } from "../messages/index.js";

const ORACLE = ["oracle-ee", "oracle-se2"];
const ORACLE_CDB = ["oracle-ee-cdb", "oracle-se2-cdb"];
const SQLSERVER = ["sqlserver-ee", "sqlserver-se", "sqlserver-web", "sqlserver-ex"];
const DB2 = ["db2-ae", "db2-se"];

export const RESTORABLE_ENGINES: Record<string, readonly string[]> = {
  mysql: ["mysql", "mariadb"],
  mariadb: ["mariadb"],
  postgres: ["postgres"],
  ...Object.fromEntries(ORACLE.map((e) => [e, ORACLE])),
  ...Object.fromEntries(ORACLE_CDB.map((e) => [e, ORACLE_CDB])),
  ...Object.fromEntries(SQLSERVER.map((e) => [e, SQLSERVER])),
  ...Object.fromEntries(DB2.map((e) => [e, DB2])),
};

/** The engine of the restored instance: the snapshot's, or a compatible one asked for (InvalidParameterCombination otherwise). */
export function compatibleEngine(snapshotEngine: string, asked: string | undefined): string {
  if (asked === undefined) return snapshotEngine;
  const engine = asked.toLowerCase();
  const allowed = Object.hasOwn(RESTORABLE_ENGINES, snapshotEngine) ? RESTORABLE_ENGINES[snapshotEngine] : [snapshotEngine];
  if (!allowed.includes(engine)) fail("InvalidParameterCombination", RRM.restoreEngine(engine, snapshotEngine));
  return engine;
}
