/**
 * The DB cluster engines the mock knows, as data: default port and version, the major versions with
 * their parameter group family and default minor version, CloudWatch log types and reserved master
 * user names. Versions are checked by shape (a known major version), not against AWS's release list.
 */
export interface MajorVersion {
  family: string;
  /** What the bare major version (`8.0`, `16`) stands for. */
  version: string;
}

export interface EngineSpec {
  name: string;
  /** `aurora` for Aurora DB clusters, `multi-az` for Multi-AZ DB clusters of RDS for MySQL/PostgreSQL. */
  kind: "aurora" | "multi-az";
  port: number;
  defaultVersion: string;
  majors: Record<string, MajorVersion>;
  /** The major version of a full version string, or undefined when the string is no version of this engine. */
  majorOf(version: string): string | undefined;
  logTypes: readonly string[];
  reservedUsernames: readonly string[];
  /** Aurora MySQL only: backtracking. */
  backtrack: boolean;
  /** Valid Aurora Serverless v1 capacities (empty: no serverless engine mode). */
  serverlessV1Capacities: readonly number[];
}

/*
 * Reserved master user names ("Can't be a reserved word for the chosen database engine", API reference):
 * - every engine: the users RDS creates for itself (`rdsadmin`, `rdsrepladmin`). `rdsadmin` is refused on
 *   Aurora MySQL and Aurora PostgreSQL alike (probed by cfn-lint, aws-cloudformation/cfn-lint#4425).
 * - MySQL engines: the words the MySQL Reference Manual ("Keywords and Reserved Words") marks reserved.
 *   `root` and `user` are not among them (USER is a non-reserved keyword), and `admin` is accepted
 *   (cfn-lint#4425), so MySQL clusters may use them.
 * - PostgreSQL engines: `admin`, which RDS refuses with "MasterUsername admin cannot be used as it is a
 *   reserved word used by the engine" (aws/aws-cdk#5076, #10597; cfn-lint#4425), the `public`
 *   pseudo-role, and the SQL keywords PostgreSQL reserves. `postgres`, the console's default, is accepted.
 */
const MYSQL_RESERVED = ["rdsadmin", "rdsrepladmin", "select", "table", "grant", "create", "drop", "delete", "insert", "update"];
const POSTGRES_RESERVED = ["rdsadmin", "rdsrepladmin", "admin", "public", "select", "table", "grant", "user", "create", "drop"];

const versionPattern = (pattern: RegExp) => (version: string) => pattern.exec(version)?.[1];

function pgMajors(from: number, to: number, prefix: string): Record<string, MajorVersion> {
  const out: Record<string, MajorVersion> = {};
  for (let m = from; m <= to; m++) out[String(m)] = { family: `${prefix}${m}`, version: `${m}.6` };
  return out;
}

export const ENGINES: Record<string, EngineSpec> = {
  "aurora-mysql": {
    name: "aurora-mysql",
    kind: "aurora",
    port: 3306,
    defaultVersion: "8.0.mysql_aurora.3.08.2",
    majors: {
      "5.7": { family: "aurora-mysql5.7", version: "5.7.mysql_aurora.2.12.4" },
      "8.0": { family: "aurora-mysql8.0", version: "8.0.mysql_aurora.3.08.2" },
    },
    majorOf: versionPattern(/^(5\.7|8\.0)(?:\.mysql_aurora\.\d+\.\d+\.\d+)?$/),
    logTypes: ["audit", "error", "general", "instance", "slowquery", "iam-db-auth-error"],
    reservedUsernames: MYSQL_RESERVED,
    backtrack: true,
    serverlessV1Capacities: [1, 2, 4, 8, 16, 32, 64, 128, 256],
  },
  "aurora-postgresql": {
    name: "aurora-postgresql",
    kind: "aurora",
    port: 5432,
    defaultVersion: "16.6",
    majors: pgMajors(11, 17, "aurora-postgresql"),
    majorOf: versionPattern(/^(1[1-7])(?:\.\d{1,2})?$/),
    logTypes: ["instance", "postgresql", "iam-db-auth-error"],
    reservedUsernames: POSTGRES_RESERVED,
    backtrack: false,
    serverlessV1Capacities: [2, 4, 8, 16, 32, 64, 192, 384],
  },
  mysql: {
    name: "mysql",
    kind: "multi-az",
    port: 3306,
    defaultVersion: "8.0.40",
    majors: {
      "8.0": { family: "mysql8.0", version: "8.0.40" },
      "8.4": { family: "mysql8.4", version: "8.4.4" },
    },
    majorOf: versionPattern(/^(8\.0|8\.4)(?:\.\d{1,2})?$/),
    logTypes: ["error", "general", "slowquery", "iam-db-auth-error"],
    reservedUsernames: MYSQL_RESERVED,
    backtrack: false,
    serverlessV1Capacities: [],
  },
  postgres: {
    name: "postgres",
    kind: "multi-az",
    port: 5432,
    defaultVersion: "16.6",
    majors: pgMajors(13, 17, "postgres"),
    majorOf: versionPattern(/^(1[3-7])(?:\.\d{1,2})?$/),
    logTypes: ["postgresql", "upgrade", "iam-db-auth-error"],
    reservedUsernames: POSTGRES_RESERVED,
    backtrack: false,
    serverlessV1Capacities: [],
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** The engine of a name (case-insensitive, as RDS accepts it), or undefined. */
export function engineSpec(name: string | undefined): EngineSpec | undefined {
  const key = name?.toLowerCase();
  return key !== undefined && Object.hasOwn(ENGINES, key) ? ENGINES[key] : undefined;
}

/** The full version a requested one stands for (`8.0` -> the default Aurora MySQL 3 version); undefined if unknown. */
export function resolveVersion(engine: EngineSpec, version: string | undefined): string | undefined {
  if (version === undefined) return engine.defaultVersion;
  const major = engine.majorOf(version);
  if (major === undefined) return undefined;
  if (version === major) return engine.majors[major].version;
  // A full version must be one the catalog lists (DescribeDBEngineVersions shows the same list).
  const known = version === engine.majors[major].version || (ENGINE_CATALOG[engine.name]?.releases[major] ?? []).includes(version);
  return known ? version : undefined;
}

/** The parameter group family of a (known) engine version. */
export function familyOf(engine: EngineSpec, version: string): string {
  return engine.majors[engine.majorOf(version)!].family;
}

/** The default option group of an engine version (`default:aurora-mysql-8-0`): the only one the mock has. */
export function defaultOptionGroupName(engine: EngineSpec, version: string): string {
  return `default:${engine.name}-${engine.majorOf(version)!.replace(".", "-")}`;
}

/** Every family of every engine, for CreateDBClusterParameterGroup and the default groups. */
export const CLUSTER_FAMILIES: readonly string[] = Object.values(ENGINES).flatMap((e) =>
  Object.values(e.majors).map((m) => m.family),
);

/** Route 53 hosted zone of RDS endpoints per Region (unknown Regions use us-east-1's). */
const HOSTED_ZONES: Record<string, string> = {
  "us-east-1": "Z2R2ITUGPM61AM",
  "us-east-2": "Z2XHWR1WZ565X2",
  "us-west-1": "Z10WI91S59XXQN",
  "us-west-2": "Z1PVIF0B656C1W",
  "eu-west-1": "Z29XKXDKYMONMX",
  "eu-central-1": "Z1RLNUO7B9Q6NB",
  "ap-northeast-1": "Z24O6O9L7SGTNB",
  "ap-southeast-1": "Z2G0U3KFCY8NZ5",
  "ap-southeast-2": "Z2VFMSZA74J7XZ",
};

export function hostedZoneId(region: string): string {
  return HOSTED_ZONES[region] ?? HOSTED_ZONES["us-east-1"];
}

/** Numeric parts of an engine version, for ordering (`8.0.mysql_aurora.3.08.2` -> 8, 0, 3, 8, 2). */
function versionParts(version: string): number[] {
  return version.split(/[^0-9]+/).filter((p) => p !== "").map(Number);
}

export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * What DescribeDBEngineVersions reports per engine, as data: descriptions, engine modes, features and
 * the releases of each major version (the major's default version from ENGINES is always one of them).
 */
export interface EngineCatalogEntry {
  description: string;
  engineModes: readonly string[];
  supportsReadReplica: boolean;
  parallelQuery: boolean;
  globalDatabases: boolean;
  babelfish: boolean;
  /** Majors whose versions support local write forwarding and zero-ETL integrations. */
  writeForwardingMajors: readonly string[];
  integrationMajors: readonly string[];
  /** FeatureName values of AddRoleToDBCluster (DBEngineVersion.SupportedFeatureNames). */
  featureNames: readonly string[];
  releases: Record<string, readonly string[]>;
}

const pgReleases = (minors: Record<string, readonly number[]>) =>
  Object.fromEntries(Object.entries(minors).map(([major, list]) => [major, list.map((m) => `${major}.${m}`)]));

export const ENGINE_CATALOG: Record<string, EngineCatalogEntry> = {
  "aurora-mysql": {
    description: "Aurora MySQL",
    engineModes: ["global", "parallelquery", "provisioned", "serverless"],
    supportsReadReplica: true, parallelQuery: true, globalDatabases: true, babelfish: false,
    writeForwardingMajors: ["8.0"], integrationMajors: ["8.0"], featureNames: [],
    releases: {
      "5.7": ["5.7.mysql_aurora.2.11.5", "5.7.mysql_aurora.2.12.3", "5.7.mysql_aurora.2.12.4"],
      "8.0": ["8.0.mysql_aurora.3.05.2", "8.0.mysql_aurora.3.06.0", "8.0.mysql_aurora.3.06.1", "8.0.mysql_aurora.3.07.1", "8.0.mysql_aurora.3.08.1", "8.0.mysql_aurora.3.08.2", "8.0.mysql_aurora.3.09.0"],
    },
  },
  "aurora-postgresql": {
    description: "Aurora (PostgreSQL)",
    engineModes: ["global", "provisioned", "serverless"],
    supportsReadReplica: false, parallelQuery: false, globalDatabases: true, babelfish: true,
    writeForwardingMajors: ["16", "17"], integrationMajors: ["16", "17"],
    featureNames: ["s3Import", "s3Export", "Lambda", "SageMaker", "Comprehend", "Bedrock"],
    releases: pgReleases({ 11: [6, 21], 12: [6, 22], 13: [6, 18, 20], 14: [6, 15, 17], 15: [4, 6, 8, 10, 12], 16: [4, 6, 8], 17: [4, 5, 6] }),
  },
  mysql: {
    description: "MySQL Community Edition",
    engineModes: ["provisioned"],
    supportsReadReplica: true, parallelQuery: false, globalDatabases: false, babelfish: false,
    writeForwardingMajors: [], integrationMajors: [], featureNames: [],
    releases: { "8.0": ["8.0.36", "8.0.39", "8.0.40", "8.0.41"], "8.4": ["8.4.3", "8.4.4"] },
  },
  postgres: {
    description: "PostgreSQL",
    engineModes: ["provisioned"],
    supportsReadReplica: true, parallelQuery: false, globalDatabases: false, babelfish: false,
    writeForwardingMajors: [], integrationMajors: [], featureNames: ["s3Import", "s3Export", "Lambda"],
    releases: pgReleases({ 13: [6, 18, 20], 14: [6, 15, 17], 15: [6, 10, 12], 16: [4, 6, 8], 17: [4, 5, 6] }),
  },
};
