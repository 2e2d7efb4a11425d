/**
 * Sources for the read replica tests: standalone DB instances of any engine, created through the real
 * CreateDBInstance and brought to `available` on the clock (creating, then the first backup).
 */
import { CreateDBInstanceCommand, RDSClient } from "@aws-sdk/client-rds";
import type { MockBackend } from "../../src/index.js";

const ACCOUNT = "123456789012";
/** Creation (8 minutes) and the first automated backup (2 minutes) in the timed lifecycle. */
export const SOURCE_READY_MS = 10 * 60_000;

export interface SourceOptions {
  Engine?: string;
  EngineVersion?: string;
  BackupRetentionPeriod?: number;
  MultiAZ?: boolean;
  StorageEncrypted?: boolean;
  AllocatedStorage?: number;
  DBParameterGroupName?: string;
  OptionGroupName?: string;
  /** A status the test needs the source in (set in the saved state: no call leaves an instance in it for long). */
  DBInstanceStatus?: string;
}

const CLASS: Record<string, string> = { "sqlserver-ee": "db.m5.xlarge", "sqlserver-se": "db.m5.xlarge", "oracle-ee": "db.m5.large", "oracle-se2": "db.m5.large" };

/** Creates an available standalone DB instance `id` in `region`; the clock moves on until it is ready. */
export async function addSource(backend: MockBackend, id: string, options: SourceOptions = {}, region = "us-east-1") {
  const client = backend.attach(new RDSClient({ region })) as RDSClient;
  const { DBInstanceStatus: status, ...create } = options;
  const engine = create.Engine ?? "mysql";
  await client.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: id,
      DBInstanceClass: CLASS[engine] ?? "db.m6g.large",
      MasterUsername: engine === "postgres" ? "dbadmin" : "admin",
      MasterUserPassword: "Secret-pass1",
      AllocatedStorage: 100,
      BackupRetentionPeriod: 7,
      Tags: [{ Key: "team", Value: "source" }],
      ...create,
      Engine: engine,
    }),
  );
  backend.clock.advance(SOURCE_READY_MS);
  if (status !== undefined) {
    const state = backend.dump();
    (state.worlds.rds[`${ACCOUNT}/${region}`] as any).instances[id].DBInstanceStatus = status;
    backend.load(state);
  }
  return client;
}
