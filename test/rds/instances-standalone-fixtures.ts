/** Shared inputs of the standalone DB instance tests. */
import { CreateDBInstanceCommand, type CreateDBInstanceCommandInput, type RDSClient } from "@aws-sdk/client-rds";

export const PG: CreateDBInstanceCommandInput = {
  DBInstanceIdentifier: "pg1",
  Engine: "postgres",
  DBInstanceClass: "db.t3.micro",
  AllocatedStorage: 20,
  MasterUsername: "dbadmin",
  MasterUserPassword: "Secret-pass1",
};

export const create = (input: Partial<CreateDBInstanceCommandInput> = {}) => new CreateDBInstanceCommand({ ...PG, ...input } as CreateDBInstanceCommandInput);

export async function createStandalone(client: RDSClient, input: Partial<CreateDBInstanceCommandInput> = {}) {
  return (await client.send(create(input))).DBInstance!;
}

/** One valid input per engine: [engine, class, license model, default port, parameter group, option group]. */
export const ENGINE_CASES: [string, string, string, number, string, string][] = [
  ["mysql", "db.t3.micro", "general-public-license", 3306, "default.mysql8.0", "default:mysql-8-0"],
  ["postgres", "db.t3.micro", "postgresql-license", 5432, "default.postgres16", "default:postgres-16"],
  ["mariadb", "db.t3.micro", "general-public-license", 3306, "default.mariadb10.11", "default:mariadb-10-11"],
  ["oracle-ee", "db.m5.large", "bring-your-own-license", 1521, "default.oracle-ee-19", "default:oracle-ee-19"],
  ["oracle-se2", "db.m5.large", "bring-your-own-license", 1521, "default.oracle-se2-19", "default:oracle-se2-19"],
  ["oracle-ee-cdb", "db.m5.large", "bring-your-own-license", 1521, "default.oracle-ee-cdb-19", "default:oracle-ee-cdb-19"],
  ["oracle-se2-cdb", "db.m5.large", "bring-your-own-license", 1521, "default.oracle-se2-cdb-19", "default:oracle-se2-cdb-19"],
  ["sqlserver-ee", "db.m5.xlarge", "license-included", 1433, "default.sqlserver-ee-16.0", "default:sqlserver-ee-16-00"],
  ["sqlserver-se", "db.m5.large", "license-included", 1433, "default.sqlserver-se-16.0", "default:sqlserver-se-16-00"],
  ["sqlserver-ex", "db.t3.micro", "license-included", 1433, "default.sqlserver-ex-16.0", "default:sqlserver-ex-16-00"],
  ["sqlserver-web", "db.t3.small", "license-included", 1433, "default.sqlserver-web-16.0", "default:sqlserver-web-16-00"],
  ["db2-se", "db.m6i.large", "bring-your-own-license", 50000, "default.db2-se-11.5", "default:db2-se-11-5"],
  ["db2-ae", "db.m6i.large", "bring-your-own-license", 50000, "default.db2-ae-11.5", "default:db2-ae-11-5"],
];
