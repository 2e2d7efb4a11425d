/**
 * DescribeOrderableDBInstanceOptions, and the accessor CreateDBInstance can check its input with
 * (issue 13: "CreateDBInstance checks its input against this same catalog").
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { OrderableDBInstanceOption } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import { invalidMarker } from "../shared/filters.js";
import { regionAzs } from "../subnet-groups/record.js";
import type { RdsWorld } from "../world.js";
import { noFilters, pageSizeUpTo } from "./describe.js";
import { CM } from "../messages/index.js";
import { ORDERABLE, orderableEngine, type EngineOptions, type StorageSpec } from "./orderable-data.js";

/** One orderable combination: engine, version, license model, class and storage type. */
export interface Orderable {
  engine: string;
  version: string;
  licenseModel: string;
  instanceClass: string;
  storage: StorageSpec;
  options: EngineOptions;
}

/** Every combination, in engine, version, license, class and storage order (built once: the catalog is fixed). */
const ALL: readonly Orderable[] = Object.keys(ORDERABLE)
  .sort()
  .flatMap((engine) => {
    const options = ORDERABLE[engine];
    return options.versions.flatMap((version) =>
      options.licenseModels.flatMap((licenseModel) =>
        options.classes.flatMap((instanceClass) =>
          // Serverless v2 (db.serverless) is Aurora storage only, as every Aurora class.
          options.storage.map((storage) => ({ engine, version, licenseModel, instanceClass, storage, options })),
        ),
      ),
    );
  });
const KEYED: readonly [string, Orderable][] = ALL.map((o, i) => [String(i).padStart(6, "0"), o]);

export interface OrderableQuery {
  Engine: string;
  EngineVersion?: string;
  DBInstanceClass?: string;
  LicenseModel?: string;
  StorageType?: string;
}

/**
 * The combinations that match a query (engine case-insensitive, the rest exact). CreateDBInstance can
 * refuse an input for which this is empty, as AWS does ("DB Instance class X does not support engine Y").
 */
export function orderableOptions(query: OrderableQuery): Orderable[] {
  const engine = query.Engine.toLowerCase();
  return ALL.filter(
    (o) =>
      o.engine === engine &&
      (query.EngineVersion === undefined || o.version === query.EngineVersion) &&
      (query.DBInstanceClass === undefined || o.instanceClass === query.DBInstanceClass) &&
      (query.LicenseModel === undefined || o.licenseModel === query.LicenseModel) &&
      (query.StorageType === undefined || o.storage.type === query.StorageType),
  );
}

function shape(o: Orderable, region: string): OrderableDBInstanceOption {
  const s = o.storage;
  const out: OrderableDBInstanceOption = {
    Engine: o.engine,
    EngineVersion: o.version,
    DBInstanceClass: o.instanceClass,
    LicenseModel: o.licenseModel,
    AvailabilityZones: regionAzs(region).map((Name) => ({ Name })),
    MultiAZCapable: o.options.multiAz,
    ReadReplicaCapable: o.options.readReplica,
    Vpc: true,
    SupportsStorageEncryption: true,
    StorageType: s.type,
    SupportsIops: s.iops !== undefined,
    SupportsStorageThroughput: s.throughput !== undefined,
    SupportsEnhancedMonitoring: o.instanceClass !== "db.t3.micro",
    SupportsIAMDatabaseAuthentication: !o.engine.startsWith("oracle") && !o.engine.startsWith("sqlserver") && !o.engine.startsWith("db2"),
    SupportsPerformanceInsights: !o.instanceClass.startsWith("db.t3.micro") && !o.instanceClass.startsWith("db.t4g.micro"),
    SupportedEngineModes: [...o.options.engineModes],
    SupportsStorageAutoscaling: !o.options.aurora,
    SupportsKerberosAuthentication: !o.engine.startsWith("mysql") && !o.engine.startsWith("mariadb"),
    OutpostCapable: false,
    SupportsGlobalDatabases: o.options.aurora,
    SupportedNetworkTypes: ["IPV4", "DUAL"],
    SupportsClusters: o.options.aurora || o.engine === "mysql" || o.engine === "postgres",
    SupportsDedicatedLogVolume: false,
    SupportsHttpEndpoint: o.options.aurora,
  };
  if (s.min !== undefined) Object.assign(out, { MinStorageSize: s.min, MaxStorageSize: s.max });
  if (s.iops) Object.assign(out, { MinIopsPerDbInstance: s.iops.min, MaxIopsPerDbInstance: s.iops.max, MinIopsPerGib: s.iops.minPerGib, MaxIopsPerGib: s.iops.maxPerGib });
  if (s.throughput) {
    const t = s.throughput;
    Object.assign(out, { MinStorageThroughputPerDbInstance: t.min, MaxStorageThroughputPerDbInstance: t.max, MinStorageThroughputPerIops: t.minPerIops, MaxStorageThroughputPerIops: t.maxPerIops });
  }
  return out;
}

export const orderableOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeOrderableDBInstanceOptions(input, ctx) {
    // Documented: MaxRecords 20-1000 (default 100); Filters "isn't currently supported".
    const size = pageSizeUpTo(input.MaxRecords, 1000);
    noFilters(input.Filters);
    if (!orderableEngine(input.Engine!)) fail("InvalidParameterValue", CM.invalidEngine(input.Engine!));
    // EC2-Classic is retired: every option is a VPC option, so Vpc=false matches none. The mock has no
    // Local Zones, so an AvailabilityZoneGroup (a Local Zone's group) matches none either.
    const none = input.Vpc === false || input.AvailabilityZoneGroup !== undefined;
    const matching = none ? [] : new Set(orderableOptions({ ...input, Engine: input.Engine!, StorageType: undefined }));
    const page = paginate(none ? [] : KEYED.filter(([, o]) => (matching as Set<Orderable>).has(o)), size, input.Marker, invalidMarker);
    return { OrderableDBInstanceOptions: page.items.map((o) => shape(o, ctx.region)), Marker: page.next };
  },
};
