/**
 * DescribeDBEngineVersions: the versions of the engines the mock simulates (engines/engines.ts: ENGINES and
 * ENGINE_CATALOG), in engine then version order, with their upgrade targets (every later version of
 * the same engine).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { DBEngineVersion, UpgradeTarget } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import { compareVersions, ENGINE_CATALOG, ENGINES, type EngineSpec } from "./engines.js";
import { filterPredicate, invalidMarker, pageSize, type FilterTable } from "../shared/filters.js";
import { M } from "../messages/index.js";
import type { RdsWorld } from "../world.js";
import { isCevFamily, listedCevs } from "../custom-engine-versions/describe.js";
import { shapeStandaloneVersion, STANDALONE_VERSIONS, type StandaloneVersion } from "./standalone-versions.js";
import { CEV_ENGINES } from "../custom-engine-versions/rules.js";

/**
 * The engine names the model documents as valid; any other name is InvalidParameterValue. The engines
 * that run only as standalone instances are listed from standalone-versions.ts, RDS Custom engines
 * from the account's custom engine versions.
 */
const DOCUMENTED_ENGINES = [
  "aurora-mysql", "aurora-postgresql", "custom-oracle-ee", "custom-oracle-ee-cdb", "custom-oracle-se2", "custom-oracle-se2-cdb",
  "db2-ae", "db2-se", "mariadb", "mysql", "oracle-ee", "oracle-ee-cdb", "oracle-se2", "oracle-se2-cdb", "postgres",
  "sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web",
];

interface VersionEntry {
  engine: EngineSpec;
  major: string;
  version: string;
  family: string;
  isDefault: boolean;
  /** Page key: engine name, then the version's position (engines sort by name already). */
  key: string;
}

/** Every known version, built once from the engine tables. */
const VERSIONS: readonly VersionEntry[] = Object.values(ENGINES)
  .sort((a, b) => (a.name < b.name ? -1 : 1))
  .flatMap((engine) => {
    const releases = ENGINE_CATALOG[engine.name].releases;
    const versions = Object.entries(engine.majors).flatMap(([major, m]) => [m.version, ...(releases[major] ?? [])]);
    return [...new Set(versions)]
      .filter((v) => engine.majorOf(v) !== undefined)
      .sort(compareVersions)
      .map((version, i) => {
        const major = engine.majorOf(version)!;
        return {
          engine, major, version,
          family: engine.majors[major].family,
          isDefault: version === engine.defaultVersion,
          key: `${engine.name}/${String(i).padStart(4, "0")}`,
        };
      });
  });

/** Every version in the catalog is available (IncludeAll and the status filter still apply). */
const STATUS = "available";

const VERSION_FILTERS: FilterTable<VersionEntry> = {
  engine: (v) => [v.engine.name],
  "engine-version": (v) => [v.version],
  "db-parameter-group-family": (v) => [v.family],
  "engine-mode": (v) => ENGINE_CATALOG[v.engine.name].engineModes,
  status: () => [STATUS],
};

function features(v: VersionEntry) {
  const c = ENGINE_CATALOG[v.engine.name];
  return {
    SupportsParallelQuery: c.parallelQuery,
    SupportsGlobalDatabases: c.globalDatabases,
    SupportsBabelfish: c.babelfish,
    SupportsLimitlessDatabase: false,
    SupportsLocalWriteForwarding: c.writeForwardingMajors.includes(v.major),
    SupportsIntegrations: c.integrationMajors.includes(v.major),
  };
}

function upgradeTargets(v: VersionEntry): UpgradeTarget[] {
  return VERSIONS.filter((t) => t.engine === v.engine && compareVersions(t.version, v.version) > 0).map((t) => ({
    Engine: t.engine.name,
    EngineVersion: t.version,
    Description: versionDescription(t),
    AutoUpgrade: false,
    IsMajorVersionUpgrade: t.major !== v.major,
    SupportedEngineModes: [...ENGINE_CATALOG[t.engine.name].engineModes],
    ...features(t),
  }));
}

function versionDescription(v: VersionEntry): string {
  return `${ENGINE_CATALOG[v.engine.name].description} ${v.version}${v.isDefault ? " (default)" : ""}`;
}

function shapeVersion(v: VersionEntry): DBEngineVersion {
  const c = ENGINE_CATALOG[v.engine.name];
  const out: DBEngineVersion = {
    Engine: v.engine.name,
    MajorEngineVersion: v.major,
    EngineVersion: v.version,
    DBParameterGroupFamily: v.family,
    DBEngineDescription: c.description,
    DBEngineVersionDescription: versionDescription(v),
    ValidUpgradeTarget: upgradeTargets(v),
    ExportableLogTypes: [...v.engine.logTypes],
    SupportsLogExportsToCloudwatchLogs: true,
    SupportsReadReplica: c.supportsReadReplica,
    SupportedEngineModes: [...c.engineModes],
    Status: STATUS,
    SupportsCertificateRotationWithoutRestart: true,
    TagList: [],
    ...features(v),
  };
  if (c.featureNames.length > 0) out.SupportedFeatureNames = [...c.featureNames];
  return out;
}

/** `EngineVersion` names one version, or a major version (`8.0`, `16`): then every version of that major. */
const STANDALONE_FILTERS: FilterTable<StandaloneVersion> = {
  engine: (v) => [v.engine],
  "engine-version": (v) => [v.version],
  "db-parameter-group-family": (v) => [v.family],
  "engine-mode": () => ["provisioned"],
  status: () => [STATUS],
};
/** The major version a full version of a standalone engine belongs to (DefaultOnly with EngineVersion). */
const STANDALONE_MAJOR = (v: StandaloneVersion, version: string) => STANDALONE_VERSIONS.find((s) => s.engine === v.engine && s.version === version)?.major;

function matchesVersion(v: VersionEntry, wanted: string): boolean {
  return v.version === wanted || v.major === wanted;
}

export const engineVersionOperations: Operations<typeof Sdk, RdsWorld> = {
  // ListSupportedCharacterSets / ListSupportedTimezones are accepted and add nothing: documented as applying
  // to engines whose CreateDBInstance takes CharacterSetName / Timezone (Oracle, SQL Server), none simulated.
  DescribeDBEngineVersions(input, ctx) {
    const size = pageSize(input);
    const engine = input.Engine?.toLowerCase();
    if (engine !== undefined && !DOCUMENTED_ENGINES.includes(engine) && !Object.hasOwn(CEV_ENGINES, engine)) fail("InvalidParameterValue", M.engineVersionsEngine(input.Engine!, DOCUMENTED_ENGINES));
    // Documented: "If supplied, must match an existing DB parameter group family" (of the simulated engines).
    const family = input.DBParameterGroupFamily;
    const knownFamily = (f: string) => VERSIONS.some((v) => v.family === f) || STANDALONE_VERSIONS.some((v) => v.family === f) || isCevFamily(ctx, f);
    if (family !== undefined && !knownFamily(family)) fail("InvalidParameterValue", M.engineVersionsFamily(family));
    const keep = filterPredicate(input.Filters, VERSION_FILTERS);
    const keepStandalone = filterPredicate(input.Filters, STANDALONE_FILTERS);
    const wanted = input.EngineVersion;
    // DefaultOnly: the default version of each engine or, with EngineVersion, of that version's major version.
    const versionOk = (v: VersionEntry) =>
      wanted === undefined || (input.DefaultOnly === true ? v.major === v.engine.majorOf(wanted) : matchesVersion(v, wanted));
    const defaultOk = (v: VersionEntry) =>
      input.DefaultOnly !== true || (wanted === undefined ? v.isDefault : v.version === v.engine.majors[v.major].version);
    const matches = VERSIONS.filter(
      (v) => (engine === undefined || v.engine.name === engine) && versionOk(v) && defaultOk(v) && (family === undefined || v.family === family) && keep(v),
    );
    // The engines that run only as standalone instances (standalone-versions.ts), by the same rules.
    const standalone = STANDALONE_VERSIONS.filter(
      (v) =>
        (engine === undefined || v.engine === engine) &&
        (wanted === undefined || (input.DefaultOnly === true ? v.major === wanted || v.major === STANDALONE_MAJOR(v, wanted) : v.version === wanted || v.major === wanted)) &&
        (input.DefaultOnly !== true || (wanted === undefined ? v.isDefault : v.version === v.majorDefault)) &&
        (family === undefined || v.family === family) &&
        keepStandalone(v),
    );
    // The account's custom engine versions (custom-engine-versions/) are listed beside the catalog, in page-key order.
    const cevs = input.Filters?.length || input.DefaultOnly ? [] : listedCevs(ctx, { engine, version: wanted, family, includeAll: input.IncludeAll === true });
    const entries: [string, () => DBEngineVersion][] = [
      ...matches.map((v): [string, () => DBEngineVersion] => [v.key, () => shapeVersion(v)]),
      ...standalone.map((v): [string, () => DBEngineVersion] => [v.key, () => shapeStandaloneVersion(v)]),
      ...cevs.map(([key, cev]): [string, () => DBEngineVersion] => [key, () => cev]),
    ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const page = paginate(entries, size, input.Marker, invalidMarker);
    return { DBEngineVersions: page.items.map((shape) => shape()), Marker: page.next };
  },
};
