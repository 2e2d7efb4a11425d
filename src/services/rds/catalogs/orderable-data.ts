/**
 * The orderable DB instance options, as tables: per engine its versions, license models, DB instance
 * classes and storage types. Aurora and the Multi-AZ engines take their versions from the engine
 * catalog (engines/engines.ts), so DescribeDBEngineVersions and this catalog always agree; the standalone
 * engines list the current versions of AWS's release notes. Storage ranges are those of the RDS User
 * Guide ("Amazon RDS DB instance storage": gp2/gp3/io1/io2/magnetic limits per engine).
 */
import { ENGINE_CATALOG, ENGINES, compareVersions } from "../engines/engines.js";

export interface StorageSpec {
  type: string;
  /** GiB; absent for Aurora (the cluster volume grows by itself). */
  min?: number;
  max?: number;
  iops?: { min: number; max: number; minPerGib: number; maxPerGib: number };
  /** gp3: MiB/s per instance, and per provisioned IOPS. */
  throughput?: { min: number; max: number; minPerIops: number; maxPerIops: number };
}

export interface EngineOptions {
  versions: readonly string[];
  licenseModels: readonly string[];
  classes: readonly string[];
  storage: readonly StorageSpec[];
  multiAz: boolean;
  readReplica: boolean;
  aurora: boolean;
  engineModes: readonly string[];
}

/** The versions of a simulated engine, from the engine catalog (each major's default and its releases). */
function catalogVersions(engine: string): string[] {
  const spec = ENGINES[engine];
  const releases = ENGINE_CATALOG[engine].releases;
  const all = Object.entries(spec.majors).flatMap(([major, m]) => [m.version, ...(releases[major] ?? [])]);
  return [...new Set(all)].filter((v) => spec.majorOf(v) !== undefined).sort(compareVersions);
}

const AURORA_STORAGE: StorageSpec[] = [{ type: "aurora" }, { type: "aurora-iopt1" }];

/** io1: 0.5-50 IOPS per GiB; io2: up to 1,000 per GiB; both 1,000-256,000 IOPS (RDS User Guide, Provisioned IOPS SSD). */
const io = (type: string, min: number, max: number): StorageSpec => ({
  type, min, max, iops: { min: 1000, max: 256_000, minPerGib: 0.5, maxPerGib: type === "io2" ? 1000 : 50 },
});
/** gp3: baseline 3,000 IOPS and 125 MiB/s, up to 64,000 IOPS and 4,000 MiB/s (0.25 MiB/s per IOPS at most). */
const gp3 = (min: number, max: number): StorageSpec => ({
  type: "gp3", min, max,
  iops: { min: 3000, max: 64_000, minPerGib: 0.5, maxPerGib: 1000 },
  throughput: { min: 125, max: 4000, minPerIops: 0, maxPerIops: 0.25 },
});
/** MySQL, MariaDB, PostgreSQL, Oracle, Db2: 20 GiB-64 TiB on SSD; magnetic 5 (Oracle 10) GiB-3 TiB. */
const ssd = (min: number, max: number, magneticMin?: number, magneticMax = 3072): StorageSpec[] => [
  { type: "gp2", min, max }, gp3(min, max), io("io1", 100, max), io("io2", 100, max),
  ...(magneticMin === undefined ? [] : [{ type: "standard", min: magneticMin, max: magneticMax }]),
];

const AURORA_CLASSES = ["db.r5.large", "db.r5.xlarge", "db.r6g.large", "db.r6g.xlarge", "db.r6i.large", "db.r7g.large", "db.r7g.xlarge", "db.t3.medium", "db.t4g.medium", "db.serverless"];
/** The gd classes (local NVMe) are those of Multi-AZ DB clusters of MySQL and PostgreSQL. */
const MULTI_AZ_CLUSTER_CLASSES = ["db.m6gd.large", "db.m6gd.xlarge", "db.r6gd.large", "db.r6gd.xlarge"];
const OPEN_SOURCE_CLASSES = [
  "db.m5.large", "db.m5.xlarge", "db.m6g.large", "db.m6g.xlarge", "db.m6i.large", "db.m7g.large", "db.r5.large", "db.r6g.large",
  "db.r6i.large", "db.r7g.large", "db.t3.micro", "db.t3.small", "db.t3.medium", "db.t4g.micro", "db.t4g.small", "db.t4g.medium",
];
const ORACLE_CLASSES = ["db.m5.large", "db.m5.xlarge", "db.m6i.large", "db.r5.large", "db.r6i.large", "db.t3.medium", "db.x2iedn.xlarge"];
const SQLSERVER_ENTERPRISE_CLASSES = ["db.m5.xlarge", "db.m6i.xlarge", "db.r5.xlarge", "db.r6i.xlarge", "db.x2iedn.xlarge"];
const DB2_CLASSES = ["db.m6i.large", "db.m6i.xlarge", "db.r6i.large", "db.r6i.xlarge"];

const ORACLE_19 = "19.0.0.0.ru-2025-01.rur-2025-01.r1";
const ORACLE_21 = "21.0.0.0.ru-2025-01.rur-2025-01.r1";
const SQLSERVER_VERSIONS = ["15.00.4415.2.v1", "16.00.4165.4.v1"];
/** SQL Server: 20 GiB-16 TiB on SSD, magnetic 20 GiB-1 TiB. */
const SQLSERVER_STORAGE = ssd(20, 16_384, 20, 1024);

const aurora = (engine: string, license: string): EngineOptions => ({
  versions: catalogVersions(engine), licenseModels: [license], classes: AURORA_CLASSES, storage: AURORA_STORAGE,
  // Aurora answers MultiAZCapable true: a cluster's replicas in other AZs are its Multi-AZ.
  multiAz: true, readReplica: ENGINE_CATALOG[engine].supportsReadReplica, aurora: true, engineModes: ["provisioned"],
});
const standalone = (versions: readonly string[], licenseModels: readonly string[], classes: readonly string[], storage: StorageSpec[], multiAz = true): EngineOptions => ({
  versions, licenseModels, classes, storage, multiAz, readReplica: true, aurora: false, engineModes: ["provisioned"],
});

export const ORDERABLE: Record<string, EngineOptions> = {
  "aurora-mysql": aurora("aurora-mysql", "general-public-license"),
  "aurora-postgresql": aurora("aurora-postgresql", "postgresql-license"),
  mysql: standalone(catalogVersions("mysql"), ["general-public-license"], [...OPEN_SOURCE_CLASSES, ...MULTI_AZ_CLUSTER_CLASSES], ssd(20, 65_536, 5)),
  postgres: standalone(catalogVersions("postgres"), ["postgresql-license"], [...OPEN_SOURCE_CLASSES, ...MULTI_AZ_CLUSTER_CLASSES], ssd(20, 65_536, 5)),
  mariadb: standalone(["10.6.20", "10.11.10", "11.4.4", "11.4.5"], ["general-public-license"], OPEN_SOURCE_CLASSES, ssd(20, 65_536, 5)),
  "oracle-ee": standalone([ORACLE_19], ["bring-your-own-license"], ORACLE_CLASSES, ssd(20, 65_536, 10)),
  "oracle-ee-cdb": standalone([ORACLE_19, ORACLE_21], ["bring-your-own-license"], ORACLE_CLASSES, ssd(20, 65_536, 10)),
  "oracle-se2": standalone([ORACLE_19], ["bring-your-own-license", "license-included"], ORACLE_CLASSES.filter((c) => !c.startsWith("db.x2")), ssd(20, 65_536, 10)),
  "oracle-se2-cdb": standalone([ORACLE_19, ORACLE_21], ["bring-your-own-license", "license-included"], ORACLE_CLASSES.filter((c) => !c.startsWith("db.x2")), ssd(20, 65_536, 10)),
  "sqlserver-ee": standalone(SQLSERVER_VERSIONS, ["license-included"], SQLSERVER_ENTERPRISE_CLASSES, SQLSERVER_STORAGE),
  "sqlserver-se": standalone(SQLSERVER_VERSIONS, ["license-included"], ["db.m5.large", "db.m5.xlarge", "db.m6i.large", "db.r5.large", "db.r6i.large"], SQLSERVER_STORAGE),
  // Express and Web are single-AZ editions (RDS for SQL Server: "Multi-AZ deployments ... Enterprise and Standard").
  "sqlserver-ex": standalone(SQLSERVER_VERSIONS, ["license-included"], ["db.t3.micro", "db.t3.small", "db.t3.medium"], SQLSERVER_STORAGE, false),
  "sqlserver-web": standalone(SQLSERVER_VERSIONS, ["license-included"], ["db.t3.small", "db.t3.medium", "db.m5.large", "db.r5.large"], SQLSERVER_STORAGE, false),
  // Db2: no magnetic storage.
  "db2-se": standalone(["11.5.9.0.sb00000000.r1"], ["bring-your-own-license", "marketplace-license"], DB2_CLASSES, ssd(20, 65_536)),
  "db2-ae": standalone(["11.5.9.0.sb00000000.r1"], ["bring-your-own-license", "marketplace-license"], DB2_CLASSES, ssd(20, 65_536)),
};

/** Engine names, case-insensitive as RDS reads them. */
export function orderableEngine(name: string): EngineOptions | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(ORDERABLE, key) ? ORDERABLE[key] : undefined;
}
