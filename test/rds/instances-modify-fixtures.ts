/** Shared set-up of the ModifyDBInstance tests: an available standalone PostgreSQL instance and a modify call. */
import { DescribeDBInstancesCommand, ModifyDBInstanceCommand, type ModifyDBInstanceCommandInput, type RDSClient } from "@aws-sdk/client-rds";
import type { MockBackendOptions } from "../../src/index.js";
import { setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A backend with `pg1` (postgres 16.4, db.t3.micro, 100 GiB gp3) available, Sunday 05:00-05:30 UTC maintenance. */
export async function withInstance(options: MockBackendOptions = {}, extra: Record<string, unknown> = {}) {
  const { backend, client } = setup(options);
  await createStandalone(client, {
    EngineVersion: "16.4",
    AllocatedStorage: 100,
    PreferredMaintenanceWindow: "sun:05:00-sun:05:30",
    PreferredBackupWindow: "03:00-03:30",
    ...extra,
  });
  backend.clock.runAll();
  const modify = (input: Partial<ModifyDBInstanceCommandInput>, id = "pg1") => client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: id, ...input }));
  const describe = async (id = "pg1") => (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
  return { backend, client, modify, describe };
}

export async function createMore(client: RDSClient, id: string, extra: Record<string, unknown> = {}) {
  return createStandalone(client, { DBInstanceIdentifier: id, ...extra });
}
