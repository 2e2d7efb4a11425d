/**
 * What ModifyDBInstance and the instance roles need to know of a standalone engine (every engine of the
 * orderable catalog, catalogs/orderable-data.ts): the major version of a version string, the DB parameter
 * group family and default option group of a version, its CloudWatch log types and its IAM role features.
 */
import { orderableEngine } from "../catalogs/orderable-data.js";
import { defaultOptionGroupName } from "../option-groups/catalog.js";

/**
 * The major version: `8.0.39` -> `8.0`, `10.11.10` -> `10.11`, `16.6` -> `16`, `19.0.0.0.ru-...` -> `19`,
 * `16.00.4165.4.v1` -> `16.00`, `11.5.9.0.sb...` -> `11.5` (the majors of DescribeDBMajorEngineVersions).
 */
export function majorOf(engine: string, version: string): string {
  const parts = version.split(".");
  return /postgres|^oracle/.test(engine) ? parts[0] : parts.slice(0, 2).join(".");
}

/** The DB parameter group family of a version: `mysql8.0`, `postgres16`, `oracle-ee-19`, `sqlserver-se-16.0`, `db2-ae-11.5`. */
export function familyOfVersion(engine: string, version: string): string {
  const major = majorOf(engine, version);
  if (engine.startsWith("oracle") || engine.startsWith("db2")) return `${engine}-${major}`;
  if (engine.startsWith("sqlserver")) return `${engine}-${Number(major).toFixed(1)}`;
  return `${engine}${major}`;
}

/** The default option group of a version: `default:postgres-16`, `default:sqlserver-se-16-00`. */
export function defaultOptionGroupOf(engine: string, version: string): string {
  return defaultOptionGroupName(engine, majorOf(engine, version));
}

/** Whether the version is one the orderable catalog offers for the engine. */
export function knownVersion(engine: string, version: string): boolean {
  return orderableEngine(engine)?.versions.includes(version) ?? false;
}

/** CloudWatch Logs export types per engine (RDS User Guide, "Publishing database logs to Amazon CloudWatch Logs"). */
const LOG_TYPES: Array<[RegExp, readonly string[]]> = [
  [/^mysql$/, ["audit", "error", "general", "slowquery", "iam-db-auth-error"]],
  [/^mariadb$/, ["audit", "error", "general", "slowquery"]],
  [/^postgres$/, ["postgresql", "upgrade", "iam-db-auth-error"]],
  [/^oracle/, ["alert", "audit", "listener", "trace", "oemagent"]],
  [/^sqlserver/, ["agent", "error"]],
  [/^db2/, ["diag.log", "notify.log"]],
];

export function logTypesOf(engine: string): readonly string[] {
  return LOG_TYPES.find(([pattern]) => pattern.test(engine))?.[1] ?? [];
}

/**
 * FeatureName values of AddRoleToDBInstance (DBEngineVersion.SupportedFeatureNames): PostgreSQL's S3
 * import/export and Lambda; Oracle's, SQL Server's and Db2's S3_INTEGRATION. RDS for MySQL and MariaDB
 * have none (they take no IAM role on the instance).
 */
const FEATURES: Array<[RegExp, readonly string[]]> = [
  [/^postgres$/, ["s3Import", "s3Export", "Lambda"]],
  [/^oracle/, ["S3_INTEGRATION"]],
  [/^sqlserver/, ["S3_INTEGRATION"]],
  [/^db2/, ["S3_INTEGRATION"]],
];

export function featureNamesOf(engine: string): readonly string[] {
  return FEATURES.find(([pattern]) => pattern.test(engine))?.[1] ?? [];
}
