/** Shared set-up of the automated backup and point-in-time restore tests: standalone DB instances. */
import { CreateDBInstanceCommand, DescribeDBInstancesCommand, RDSClient, type CreateDBInstanceCommandInput, type DBInstance } from "@aws-sdk/client-rds";
import type { MockBackend } from "../../src/index.js";
import { createRdsWorld } from "../../src/services/rds/create-world.js";

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A standalone PostgreSQL instance with seven days of automated backups (the request's members override). */
export async function createStandalone(backend: MockBackend, rds: RDSClient, id: string, extra: Partial<CreateDBInstanceCommandInput> = {}): Promise<DBInstance> {
  const input: CreateDBInstanceCommandInput = {
    DBInstanceIdentifier: id,
    Engine: "postgres",
    DBInstanceClass: "db.t3.micro",
    AllocatedStorage: 20,
    MasterUsername: "admin1",
    MasterUserPassword: "password123",
    BackupRetentionPeriod: 7,
    ...extra,
  };
  try {
    return (await rds.send(new CreateDBInstanceCommand(input))).DBInstance!;
  } catch (err: any) {
    if (!/DBClusterIdentifier is required/.test(String(err?.message))) throw err;
  }
  // Until standalone CreateDBInstance lands (i13-instances): the same record, put in place through dump/load.
  return inject(backend, rds, input);
}

async function inject(backend: MockBackend, rds: RDSClient, input: CreateDBInstanceCommandInput): Promise<DBInstance> {
  const region = await rds.config.region();
  const state: any = backend.dump();
  const key = `123456789012/${region}`;
  const world = ((state.worlds.rds ??= {})[key] ??= JSON.parse(JSON.stringify(createRdsWorld({ accountId: "123456789012", region }))));
  const id = input.DBInstanceIdentifier!.toLowerCase();
  const n = Object.keys(world?.instances ?? {}).length + Math.floor(Math.random() * 1e9);
  const dbi = `db-${String(n).padStart(26, "A").slice(-26).toUpperCase()}`;
  const record = {
    DBInstanceIdentifier: id,
    DBInstanceClass: input.DBInstanceClass,
    Engine: input.Engine,
    DBInstanceStatus: "available",
    MasterUsername: input.MasterUsername,
    Endpoint: { Address: `${id}.abc.${region}.rds.amazonaws.com`, Port: 5432, HostedZoneId: "Z2R2ITUGPM61AM" },
    AllocatedStorage: input.AllocatedStorage,
    InstanceCreateTime: backend.clock.now(),
    PreferredBackupWindow: "08:00-08:30",
    BackupRetentionPeriod: input.BackupRetentionPeriod,
    VpcSecurityGroups: [],
    DBParameterGroups: [{ DBParameterGroupName: "default.postgres16", ParameterApplyStatus: "in-sync" }],
    AvailabilityZone: `${region}a`,
    DBSubnetGroup: { DBSubnetGroupName: "default", VpcId: "vpc-1" },
    PendingModifiedValues: {},
    MultiAZ: false,
    EngineVersion: "16.3",
    StorageType: "gp2",
    StorageEncrypted: input.StorageEncrypted ?? false,
    KmsKeyId: input.KmsKeyId,
    DbiResourceId: dbi,
    DBInstanceArn: `arn:aws:rds:${region}:123456789012:db:${id}`,
    OptionGroupMemberships: [{ OptionGroupName: "default:postgres-16", Status: "in-sync" }],
    TagList: [],
  };
  world.instances[id] = JSON.parse(JSON.stringify(record));
  backend.load(state);
  return (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}
