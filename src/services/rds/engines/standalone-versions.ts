/**
 * DescribeDBEngineVersions entries of the engines that run only as standalone DB instances (MariaDB,
 * Oracle, SQL Server, Db2): their versions are the orderable catalog's (catalogs/orderable-data.ts),
 * their families and defaults the standalone engine table's (instances/engine-table.ts), so
 * CreateDBInstance, DescribeOrderableDBInstanceOptions and this list always agree. Log types and
 * feature names from the RDS user guide chapters of each engine.
 */
import type { DBEngineVersion } from "@aws-sdk/client-rds";
import { ORDERABLE } from "../catalogs/orderable-data.js";
import { STANDALONE_ENGINES } from "../instances/engine-table.js";
import { compareVersions, ENGINES } from "./engines.js";

interface EngineInfo {
  description: string;
  logTypes: readonly string[];
  features: readonly string[];
}

const ORACLE: Omit<EngineInfo, "description"> = { logTypes: ["alert", "audit", "listener", "trace", "oemagent"], features: ["S3_INTEGRATION", "Lambda"] };
const SQLSERVER: Omit<EngineInfo, "description"> = { logTypes: ["agent", "error"], features: ["S3_INTEGRATION", "SSRS", "SSIS"] };
const DB2: Omit<EngineInfo, "description"> = { logTypes: ["diag.log", "notify.log"], features: [] };

const INFO: Record<string, EngineInfo> = {
  mariadb: { description: "MariaDb Community Edition", logTypes: ["audit", "error", "general", "slowquery"], features: [] },
  "oracle-ee": { description: "Oracle Database Enterprise Edition", ...ORACLE },
  "oracle-ee-cdb": { description: "Oracle Database Enterprise Edition (CDB)", ...ORACLE },
  "oracle-se2": { description: "Oracle Database Standard Edition Two", ...ORACLE },
  "oracle-se2-cdb": { description: "Oracle Database Standard Edition Two (CDB)", ...ORACLE },
  "sqlserver-ee": { description: "Microsoft SQL Server Enterprise Edition", ...SQLSERVER },
  "sqlserver-se": { description: "Microsoft SQL Server Standard Edition", ...SQLSERVER },
  "sqlserver-ex": { description: "Microsoft SQL Server Express Edition", ...SQLSERVER },
  "sqlserver-web": { description: "Microsoft SQL Server Web Edition", ...SQLSERVER },
  "db2-se": { description: "IBM Db2 Standard Edition", ...DB2 },
  "db2-ae": { description: "IBM Db2 Advanced Edition", ...DB2 },
};

export interface StandaloneVersion {
  engine: string;
  version: string;
  major: string;
  family: string;
  isDefault: boolean;
  /** The first version of its major (DefaultOnly with a major version asked for). */
  majorDefault: string;
  key: string;
}

/** Every standalone-only engine version, in engine then version order (engines present in ENGINES are listed there). */
export const STANDALONE_VERSIONS: readonly StandaloneVersion[] = Object.keys(INFO)
  .filter((engine) => !Object.hasOwn(ENGINES, engine))
  .sort()
  .flatMap((engine) => {
    const spec = STANDALONE_ENGINES[engine];
    const versions = [...ORDERABLE[engine].versions].sort(compareVersions);
    return versions.map((version, i) => {
      const major = spec.major(version);
      return {
        engine, version, major,
        family: spec.family(major),
        isDefault: version === spec.defaultVersion,
        majorDefault: versions.filter((v) => spec.major(v) === major).slice(-1)[0],
        // A space sorts before "-", so oracle-ee comes before oracle-ee-cdb as engines sort by name.
        key: `${engine} ${String(i).padStart(4, "0")}`,
      };
    });
  });

export function shapeStandaloneVersion(v: StandaloneVersion): DBEngineVersion {
  const info = INFO[v.engine];
  const targets = STANDALONE_VERSIONS.filter((t) => t.engine === v.engine && compareVersions(t.version, v.version) > 0);
  const out: DBEngineVersion = {
    Engine: v.engine,
    MajorEngineVersion: v.major,
    EngineVersion: v.version,
    DBParameterGroupFamily: v.family,
    DBEngineDescription: info.description,
    DBEngineVersionDescription: `${info.description} ${v.version}${v.isDefault ? " (default)" : ""}`,
    ValidUpgradeTarget: targets.map((t) => ({
      Engine: t.engine, EngineVersion: t.version, Description: `${info.description} ${t.version}`, AutoUpgrade: false, IsMajorVersionUpgrade: t.major !== v.major, SupportedEngineModes: ["provisioned"],
    })),
    ExportableLogTypes: [...info.logTypes],
    SupportsLogExportsToCloudwatchLogs: true,
    SupportsReadReplica: ORDERABLE[v.engine].readReplica,
    SupportedEngineModes: ["provisioned"],
    Status: "available",
    SupportsParallelQuery: false,
    SupportsGlobalDatabases: false,
    SupportsBabelfish: false,
    SupportsLimitlessDatabase: false,
    SupportsCertificateRotationWithoutRestart: true,
    SupportsLocalWriteForwarding: false,
    SupportsIntegrations: v.engine.startsWith("oracle"),
    TagList: [],
  };
  if (info.features.length > 0) out.SupportedFeatureNames = [...info.features];
  return out;
}
