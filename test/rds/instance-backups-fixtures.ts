/** Shared set-up of the automated backup and point-in-time restore tests: standalone DB instances. */
import { CreateDBInstanceCommand, RDSClient, type CreateDBInstanceCommandInput, type DBInstance } from "@aws-sdk/client-rds";

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** A standalone PostgreSQL instance with seven days of automated backups (the request's members override). */
export async function createStandalone(rds: RDSClient, id: string, extra: Partial<CreateDBInstanceCommandInput> = {}): Promise<DBInstance> {
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
  return (await rds.send(new CreateDBInstanceCommand(input))).DBInstance!;
}
