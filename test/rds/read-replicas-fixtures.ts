/**
 * Sources for the read replica tests: standalone DB instances of any engine, already `available`.
 * Standalone CreateDBInstance is written on its own branch; until it is in main these sources are
 * placed in the backend's state (dump, add, load), the way a saved state is restored.
 */
import { DescribeDBInstancesCommand, RDSClient } from "@aws-sdk/client-rds";
import type { MockBackend } from "../../src/index.js";
import { createRdsWorld } from "../../src/services/rds/create-world.js";

const ACCOUNT = "123456789012";

export interface SourceOptions {
  Engine?: string;
  EngineVersion?: string;
  BackupRetentionPeriod?: number;
  MultiAZ?: boolean;
  StorageEncrypted?: boolean;
  DBInstanceStatus?: string;
  AllocatedStorage?: number;
  DBParameterGroupName?: string;
  OptionGroupName?: string;
}

const FAMILY: Record<string, [version: string, family: string, options: string, port: number]> = {
  mysql: ["8.0.40", "mysql8.0", "default:mysql-8-0", 3306],
  mariadb: ["10.11.10", "mariadb10.11", "default:mariadb-10-11", 3306],
  postgres: ["16.6", "postgres16", "default:postgres-16", 5432],
  "oracle-ee": ["19.0.0.0.ru-2024-10.rur-2024-10.r1", "oracle-ee-19", "default:oracle-ee-19", 1521],
  "oracle-se2": ["19.0.0.0.ru-2024-10.rur-2024-10.r1", "oracle-se2-19", "default:oracle-se2-19", 1521],
  "sqlserver-ee": ["15.00.4415.2.v1", "sqlserver-ee-15.0", "default:sqlserver-ee-15-00", 1433],
  "sqlserver-se": ["15.00.4415.2.v1", "sqlserver-se-15.0", "default:sqlserver-se-15-00", 1433],
  "db2-ae": ["11.5.9.0.sb00000000.r1", "db2-ae-11.5", "default:db2-ae-11-5", 50000],
};

/** Adds an available standalone DB instance `id` in `region` (created at the clock's time). */
export async function addSource(backend: MockBackend, id: string, options: SourceOptions = {}, region = "us-east-1") {
  const client = backend.attach(new RDSClient({ region })) as RDSClient;
  await client.send(new DescribeDBInstancesCommand({})); // the Region's world exists
  const engine = options.Engine ?? "mysql";
  const [version, family, optionGroup, port] = FAMILY[engine];
  const state = backend.dump();
  const worlds = (state.worlds.rds ??= {});
  const world = (worlds[`${ACCOUNT}/${region}`] ??= createRdsWorld({ accountId: ACCOUNT, region })) as { instances: Record<string, unknown> };
  const n = Object.keys(world.instances).length;
  world.instances[id] = {
    DBInstanceIdentifier: id,
    DBInstanceClass: "db.m6g.large",
    Engine: engine,
    DBInstanceStatus: options.DBInstanceStatus ?? "available",
    MasterUsername: "admin",
    Endpoint: { Address: `${id}.abcdefghijkl.${region}.rds.amazonaws.com`, Port: port, HostedZoneId: "Z2R2ITUGPM61AM" },
    AllocatedStorage: options.AllocatedStorage ?? 100,
    InstanceCreateTime: backend.clock.now(),
    PreferredBackupWindow: "03:00-03:30",
    BackupRetentionPeriod: options.BackupRetentionPeriod ?? 7,
    DBSecurityGroups: [],
    VpcSecurityGroups: [{ VpcSecurityGroupId: "sg-0123456789abcdef0", Status: "active" }],
    DBParameterGroups: [{ DBParameterGroupName: options.DBParameterGroupName ?? `default.${family}`, ParameterApplyStatus: "in-sync" }],
    AvailabilityZone: `${region}a`,
    DBSubnetGroup: { DBSubnetGroupName: "default", DBSubnetGroupDescription: "default", VpcId: "vpc-1", SubnetGroupStatus: "Complete", Subnets: [] },
    PreferredMaintenanceWindow: "sun:05:00-sun:05:30",
    PendingModifiedValues: {},
    MultiAZ: options.MultiAZ ?? false,
    EngineVersion: options.EngineVersion ?? version,
    AutoMinorVersionUpgrade: true,
    ReadReplicaDBInstanceIdentifiers: [],
    LicenseModel: engine.startsWith("postgres") ? "postgresql-license" : "general-public-license",
    OptionGroupMemberships: [{ OptionGroupName: options.OptionGroupName ?? optionGroup, Status: "in-sync" }],
    PubliclyAccessible: false,
    StorageType: "gp3",
    DbInstancePort: 0,
    StorageEncrypted: options.StorageEncrypted ?? false,
    ...(options.StorageEncrypted ? { KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/11111111-2222-3333-4444-555555555555` } : {}),
    DbiResourceId: `db-SOURCE${String(n).padStart(2, "0")}${region.replace(/-/g, "").toUpperCase().padEnd(17, "X").slice(0, 17)}`,
    CACertificateIdentifier: "rds-ca-rsa2048-g1",
    CopyTagsToSnapshot: true,
    MonitoringInterval: 0,
    DBInstanceArn: `arn:aws:rds:${region}:${ACCOUNT}:db:${id}`,
    IAMDatabaseAuthenticationEnabled: false,
    PerformanceInsightsEnabled: false,
    DeletionProtection: false,
    AssociatedRoles: [],
    TagList: [{ Key: "team", Value: "source" }],
    BackupTarget: "region",
    NetworkType: "IPV4",
  };
  backend.load(state);
  return client;
}
