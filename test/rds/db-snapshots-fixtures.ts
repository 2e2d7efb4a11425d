/**
 * Shared set-up of the DB snapshot tests: a backend and clients, and standalone DB instances.
 * A standalone instance is made with CreateDBInstance. With `fabricate` (an engine version AWS no longer
 * lets one create, whose snapshots still exist, such as Oracle 12.2) it is fabricated from an Aurora
 * cluster member through dump/load, with the members a standalone instance of that engine has.
 */
import { CreateDBClusterCommand, CreateDBInstanceCommand, DescribeDBInstancesCommand, RDSClient, type DBInstance, type Tag } from "@aws-sdk/client-rds";
import type { MockBackend } from "../../src/index.js";

export { ACCOUNT, OTHER_ACCOUNT, FIXED_START, expectFault, setup } from "./snapshots-fixtures.js";

export interface StandaloneOptions {
  Engine?: string;
  EngineVersion?: string;
  BackupRetentionPeriod?: number;
  PreferredBackupWindow?: string;
  StorageEncrypted?: boolean;
  CopyTagsToSnapshot?: boolean;
  Tags?: Tag[];
  MultiTenant?: boolean;
  DBName?: string;
  /** Fabricate even when CreateDBInstance is simulated: a version AWS no longer lets one create (old snapshots exist). */
  fabricate?: boolean;
}

const DEFAULT_VERSIONS: Record<string, string> = { postgres: "16.6", mysql: "8.0.40", mariadb: "10.11.10", "oracle-ee": "19.0.0.0.ru-2024-10.rur-2024-10.r1", "sqlserver-se": "16.00.4165.4.v1" };
const LICENSES: Record<string, string> = { postgres: "postgresql-license", "oracle-ee": "bring-your-own-license", "sqlserver-se": "license-included" };
const PORTS: Record<string, number> = { postgres: 5432, "oracle-ee": 1521, "sqlserver-se": 1433 };

/** Lets the instance's creation finish (timed lifecycle: 30 minutes of virtual time; instant: the next call). */
async function settled(backend: MockBackend, rds: RDSClient, id: string): Promise<DBInstance> {
  for (let i = 0; i < 6; i++) {
    const instance = (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
    if (instance.DBInstanceStatus === "available") return instance;
    backend.clock.advance(5 * 60_000);
  }
  throw new Error(`instance ${id} never became available`);
}

/** A standalone DB instance, available; `postgres` unless told otherwise. */
export async function createStandalone(ctx: { backend: MockBackend; rds: RDSClient }, id: string, options: StandaloneOptions = {}): Promise<DBInstance> {
  const { backend, rds } = ctx;
  const engine = options.Engine ?? "postgres";
  const version = options.EngineVersion ?? DEFAULT_VERSIONS[engine];
  if (options.fabricate) return fabricate(ctx, id, engine, version, options);
  try {
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: id,
        DBInstanceClass: "db.m5.large",
        Engine: engine,
        EngineVersion: version,
        MasterUsername: "master1",
        MasterUserPassword: "password123",
        AllocatedStorage: 100,
        BackupRetentionPeriod: options.BackupRetentionPeriod ?? 1,
        PreferredBackupWindow: options.PreferredBackupWindow,
        StorageEncrypted: options.StorageEncrypted,
        CopyTagsToSnapshot: options.CopyTagsToSnapshot,
        Tags: options.Tags,
        MultiTenant: options.MultiTenant,
        DBName: options.DBName,
        LicenseModel: LICENSES[engine],
      }),
    );
    return await settled(backend, rds, id);
  } catch (error) {
    if ((error as Error).name !== "InvalidParameterCombination" || !/DBClusterIdentifier/.test((error as Error).message)) throw error;
  }
  return fabricate(ctx, id, engine, version, options);
}

async function fabricate(ctx: { backend: MockBackend; rds: RDSClient }, id: string, engine: string, version: string, options: StandaloneOptions): Promise<DBInstance> {
  const { backend, rds } = ctx;
  const host = `fx-host-${id}`;
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: host,
      Engine: "aurora-postgresql",
      MasterUsername: "master1",
      MasterUserPassword: "password123",
      StorageEncrypted: options.StorageEncrypted,
      PreferredBackupWindow: options.PreferredBackupWindow,
    }),
  );
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: id, DBClusterIdentifier: host, Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large", Tags: options.Tags, CopyTagsToSnapshot: options.CopyTagsToSnapshot }));
  await settled(backend, rds, id);
  const dump = backend.dump();
  const region = await rds.config.region();
  const world = (dump.worlds as any).rds[`123456789012/${region}`];
  const record = world.instances[id.toLowerCase()];
  delete world.clusters[host];
  delete record.DBClusterIdentifier;
  delete record.PromotionTier;
  const major = engine.startsWith("oracle") ? "19" : version.split(".")[0];
  Object.assign(record, {
    Engine: engine,
    EngineVersion: version,
    StorageType: "gp3",
    AllocatedStorage: 100,
    Iops: 3000,
    StorageThroughput: 125,
    LicenseModel: LICENSES[engine] ?? "general-public-license",
    BackupRetentionPeriod: options.BackupRetentionPeriod ?? 1,
    MultiAZ: false,
    Endpoint: { ...record.Endpoint, Port: PORTS[engine] ?? 3306 },
    OptionGroupMemberships: [{ OptionGroupName: `default:${engine}-${major.replace(".", "-")}`, Status: "in-sync" }],
    ...(options.PreferredBackupWindow ? { PreferredBackupWindow: options.PreferredBackupWindow } : {}),
    ...(options.MultiTenant ? { MultiTenant: true, DBName: options.DBName ?? "ORCL", CharacterSetName: "AL32UTF8", NcharCharacterSetName: "AL16UTF16" } : {}),
  });
  backend.load(dump);
  return (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}
