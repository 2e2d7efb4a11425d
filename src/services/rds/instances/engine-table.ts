/**
 * The engines of standalone (non-cluster) DB instances, as data: default port, the DB parameter group
 * family and option group major version of a version, the default license model and the per-engine
 * limits of MasterUsername, MasterUserPassword and DBName. Versions, license models, classes and storage
 * come from the orderable catalog (catalogs/orderable-data.ts), the same one DescribeOrderableDBInstanceOptions
 * answers, so CreateDBInstance never accepts what the catalog does not list.
 * Sources: RDS API reference, CreateDBInstance (Port defaults and SQL Server's excluded ports,
 * MasterUserPassword lengths, DBName per engine, LicenseModel values; MasterUsername lengths as its
 * per-engine constraints list them), and the RDS user guide chapters of each engine.
 */
import { orderableEngine } from "../catalogs/orderable-data.js";
import { compareVersions, ENGINES } from "../engines/engines.js";

export type DbNameRule = "mysql" | "postgres" | "oracle" | "none";

export interface StandaloneEngine {
  port: number;
  /** Default when EngineVersion is not given. */
  defaultVersion: string;
  /** The major version of a full version (`8.0.40` -> `8.0`, `19.0.0.0.ru-...` -> `19`). */
  major: (version: string) => string;
  /** DB parameter group family of a major version (`mysql8.0`, `oracle-ee-19`, `sqlserver-se-16.0`). */
  family: (major: string) => string;
  defaultLicense: string;
  /** MasterUsername: 1 to `max` characters, a letter first, then letters, digits or underscores. */
  usernameMax: number;
  reservedUsernames: readonly string[];
  passwordMax: number;
  /** Characters the password may not hold beyond `/ " @` and space (Oracle: `&` and `'`). */
  passwordExtra?: RegExp;
  dbName: DbNameRule;
  /** Ports the engine refuses (SQL Server: 1234, 1434, 3260, 3343, 3389, 47001, 49152-49156). */
  excludedPorts?: readonly number[];
  /** gp3: IOPS and throughput can be provisioned only from this size on (RDS user guide, "gp3 storage"). */
  gp3Threshold: number;
  /** Iops : AllocatedStorage ratio (API reference, Iops: SQL Server 1-50, the others 0.5-50). */
  iopsRatio: readonly [number, number];
  /** Whether Multi-AZ deployments exist for the edition (SQL Server Express and Web: no). */
  multiAz: boolean;
}

const MYSQL_RESERVED = ENGINES.mysql.reservedUsernames;
const POSTGRES_RESERVED = ENGINES.postgres.reservedUsernames;
// RDS's own users and the engines' built-in accounts (user guides: "Master user account privileges").
const ORACLE_RESERVED = ["rdsadmin", "sys", "system", "dbsnmp", "audsys", "outln", "rdsdb", "null", "select", "table"];
const SQLSERVER_RESERVED = ["rdsa", "rdsadmin", "sa", "public", "guest", "dbo", "sysadmin", "select", "table"];
const DB2_RESERVED = ["rdsadmin", "rdsdb", "db2inst1", "db2fenc1", "public", "select", "table"];

const firstDots = (n: number) => (v: string) => v.split(".").slice(0, n).join(".");
const ORACLE_MAJOR = firstDots(1);
const SQLSERVER_MAJOR = firstDots(2);
const ORACLE_DEFAULT = "19.0.0.0.ru-2025-01.rur-2025-01.r1";
const SQLSERVER_DEFAULT = "16.00.4165.4.v1";

const base = { iopsRatio: [0.5, 50] as const, multiAz: true };
const oracle = (engine: string): StandaloneEngine => ({
  ...base, port: 1521, defaultVersion: ORACLE_DEFAULT, major: ORACLE_MAJOR, family: (m) => `${engine}-${m}`,
  defaultLicense: "bring-your-own-license", usernameMax: 30, reservedUsernames: ORACLE_RESERVED, passwordMax: 30,
  passwordExtra: /[&']/, dbName: "oracle", gp3Threshold: 200,
});
const sqlserver = (edition: string, multiAz: boolean): StandaloneEngine => ({
  port: 1433, defaultVersion: SQLSERVER_DEFAULT, major: SQLSERVER_MAJOR,
  // Families drop the version's second zero: 16.00 -> sqlserver-se-16.0.
  family: (m) => `sqlserver-${edition}-${m.replace(/\.00$/, ".0")}`,
  defaultLicense: "license-included", usernameMax: 128, reservedUsernames: SQLSERVER_RESERVED, passwordMax: 128,
  dbName: "none", excludedPorts: [1234, 1434, 3260, 3343, 3389, 47001, 49152, 49153, 49154, 49155, 49156],
  gp3Threshold: 20, iopsRatio: [1, 50], multiAz,
});
const db2 = (engine: string): StandaloneEngine => ({
  ...base, port: 50000, defaultVersion: "11.5.9.0.sb00000000.r1", major: firstDots(2), family: (m) => `${engine}-${m}`,
  defaultLicense: "bring-your-own-license", usernameMax: 16, reservedUsernames: DB2_RESERVED, passwordMax: 255,
  dbName: "mysql", gp3Threshold: 400,
});

export const STANDALONE_ENGINES: Readonly<Record<string, StandaloneEngine>> = {
  mysql: {
    ...base, port: 3306, defaultVersion: ENGINES.mysql.defaultVersion, major: (v) => ENGINES.mysql.majorOf(v)!, family: (m) => `mysql${m}`,
    defaultLicense: "general-public-license", usernameMax: 16, reservedUsernames: MYSQL_RESERVED, passwordMax: 41, dbName: "mysql", gp3Threshold: 400,
  },
  mariadb: {
    ...base, port: 3306, defaultVersion: "10.11.10", major: firstDots(2), family: (m) => `mariadb${m}`,
    defaultLicense: "general-public-license", usernameMax: 16, reservedUsernames: MYSQL_RESERVED, passwordMax: 41, dbName: "mysql", gp3Threshold: 400,
  },
  postgres: {
    ...base, port: 5432, defaultVersion: ENGINES.postgres.defaultVersion, major: (v) => ENGINES.postgres.majorOf(v)!, family: (m) => `postgres${m}`,
    defaultLicense: "postgresql-license", usernameMax: 63, reservedUsernames: POSTGRES_RESERVED, passwordMax: 128, dbName: "postgres", gp3Threshold: 400,
  },
  "oracle-ee": oracle("oracle-ee"),
  "oracle-ee-cdb": oracle("oracle-ee-cdb"),
  "oracle-se2": oracle("oracle-se2"),
  "oracle-se2-cdb": oracle("oracle-se2-cdb"),
  "sqlserver-ee": sqlserver("ee", true),
  "sqlserver-se": sqlserver("se", true),
  // RDS user guide, "Multi-AZ deployments for Amazon RDS for Microsoft SQL Server": Enterprise and Standard editions only.
  "sqlserver-ex": sqlserver("ex", false),
  "sqlserver-web": sqlserver("web", false),
  "db2-se": db2("db2-se"),
  "db2-ae": db2("db2-ae"),
};

/** The standalone engine of a name (case-insensitive, as RDS reads it), or undefined. */
export function standaloneEngine(name: string): StandaloneEngine | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(STANDALONE_ENGINES, key) ? STANDALONE_ENGINES[key] : undefined;
}

/**
 * The catalog version a requested one stands for: an exact catalog version, or a major version (`8.0`,
 * `16`, `19`) for the newest catalog version of that major; undefined when the catalog has none.
 */
export function catalogVersion(engineName: string, engine: StandaloneEngine, version: string | undefined): string | undefined {
  const versions = orderableEngine(engineName)?.versions ?? [];
  if (version === undefined) return engine.defaultVersion;
  if (versions.includes(version)) return version;
  const matching = versions.filter((v) => v.startsWith(`${version}.`)).sort(compareVersions);
  return matching[matching.length - 1];
}
