/**
 * DB parameter group families and their parameters, as data. A family is an engine plus its major
 * version (`mysql8.0`, `postgres16`, `oracle-ee-19`, `sqlserver-se-16.0`, `db2-ae-11.5`); Aurora's
 * instance-level groups use the Aurora families. MySQL, MariaDB, PostgreSQL and Aurora families take
 * the parameter tables the cluster parameter groups already have (parameter-groups/data.ts); Oracle,
 * SQL Server and Db2 have a small, realistic subset of their real lists here.
 */
import { CLUSTER_PARAMETERS, type ClusterParameterSpec } from "../parameter-groups/data.js";

type Spec = ClusterParameterSpec;
const BOOLEAN = "0,1";
const param = (ParameterName: string, ApplyType: Spec["ApplyType"], DataType: Spec["DataType"], Description: string, extra: Partial<Spec> = {}): Spec => ({
  ParameterName,
  Description,
  Source: "engine-default",
  ApplyType,
  DataType,
  IsModifiable: true,
  ...extra,
});

const ORACLE: Spec[] = [
  param("open_cursors", "dynamic", "integer", "Maximum number of open cursors a session can have at once.", { AllowedValues: "0-65535", ParameterValue: "300" }),
  param("processes", "static", "integer", "User processes.", { AllowedValues: "80-20000", ParameterValue: "LEAST({DBInstanceClassMemory/9868951},20000)" }),
  param("job_queue_processes", "dynamic", "integer", "Maximum number of job queue slave processes.", { AllowedValues: "0-1000", ParameterValue: "1000" }),
  param("audit_trail", "static", "string", "Enable system auditing.", { AllowedValues: "os,db,none,db,extended,xml,xml,extended,true,false" }),
  param("sqlnetora.sqlnet.allowed_logon_version_server", "dynamic", "string", "Minimum authentication protocol allowed when connecting to Oracle Database instances.", { AllowedValues: "8,10,11,12,12a" }),
  param("db_block_size", "static", "integer", "Size of database block in bytes.", { Source: "system", IsModifiable: false, ParameterValue: "8192" }),
];

const SQLSERVER: Spec[] = [
  param("max degree of parallelism", "dynamic", "integer", "Limits the number of processors to use in parallel plan execution.", { AllowedValues: "0-32767", ParameterValue: "0" }),
  param("cost threshold for parallelism", "dynamic", "integer", "Cost threshold above which SQL Server considers a parallel plan.", { AllowedValues: "0-32767", ParameterValue: "5" }),
  param("contained database authentication", "dynamic", "boolean", "Enables contained databases on the instance.", { AllowedValues: BOOLEAN, ParameterValue: "0" }),
  param("rds.force_ssl", "static", "boolean", "Force SSL connections.", { AllowedValues: BOOLEAN, ParameterValue: "0" }),
  param("max server memory (mb)", "dynamic", "integer", "Maximum size of the buffer pool.", { AllowedValues: "128-2147483647" }),
  param("user connections", "static", "integer", "Number of user connections allowed.", { AllowedValues: "0-32767", ParameterValue: "0" }),
];

const DB2: Spec[] = [
  param("db2comm", "static", "string", "Communication protocols started with the database manager.", { AllowedValues: "TCPIP,SSL", ParameterValue: "TCPIP" }),
  param("rds.ibm_customer_id", "static", "string", "IBM customer ID for the Db2 license (bring your own license)."),
  param("rds.ibm_site_id", "static", "string", "IBM site ID for the Db2 license (bring your own license)."),
  param("db2_workload", "static", "string", "Optimizes the database for a workload.", { AllowedValues: "ANALYTICS,SAP,CM,TPM,1C,COGNOS_CS,FILENET_CM,INFOR_ERP_LN,MAXIMO,MDM,WC" }),
  param("db2auth", "dynamic", "string", "Restricts the authorities of the instance owner.", { AllowedValues: "RESTRICTIVE_ACCESS,OSAUTHDB" }),
];

/** One engine's families and its parameter table. */
interface FamilyGroup {
  engine: string;
  families: readonly string[];
  parameters: readonly Spec[];
}

const range = (from: number, to: number, f: (n: number) => string) => Array.from({ length: to - from + 1 }, (_, i) => f(from + i));

const GROUPS: readonly FamilyGroup[] = [
  { engine: "mysql", families: ["mysql8.0", "mysql8.4"], parameters: CLUSTER_PARAMETERS.mysql },
  // MariaDB takes MySQL's server variables (the mock's subset is common to both).
  { engine: "mariadb", families: ["mariadb10.5", "mariadb10.6", "mariadb10.11", "mariadb11.4"], parameters: CLUSTER_PARAMETERS.mysql },
  { engine: "postgres", families: range(13, 17, (n) => `postgres${n}`), parameters: CLUSTER_PARAMETERS.postgres },
  { engine: "aurora-mysql", families: ["aurora-mysql5.7", "aurora-mysql8.0"], parameters: CLUSTER_PARAMETERS["aurora-mysql"] },
  { engine: "aurora-postgresql", families: range(11, 17, (n) => `aurora-postgresql${n}`), parameters: CLUSTER_PARAMETERS["aurora-postgresql"] },
  { engine: "oracle-ee", families: ["oracle-ee-19", "oracle-ee-cdb-19", "oracle-ee-cdb-21"], parameters: ORACLE },
  { engine: "oracle-se2", families: ["oracle-se2-19", "oracle-se2-cdb-19", "oracle-se2-cdb-21"], parameters: ORACLE },
  ...["ee", "se", "ex", "web"].map((e) => ({ engine: `sqlserver-${e}`, families: [`sqlserver-${e}-15.0`, `sqlserver-${e}-16.0`], parameters: SQLSERVER })),
  { engine: "db2-ae", families: ["db2-ae-11.5"], parameters: DB2 },
  { engine: "db2-se", families: ["db2-se-11.5"], parameters: DB2 },
];

/** Every DB parameter group family, in a stable order (the default groups are created from it). */
export const DB_FAMILIES: readonly string[] = GROUPS.flatMap((g) => g.families);

const BY_FAMILY: ReadonlyMap<string, FamilyGroup> = new Map(GROUPS.flatMap((g) => g.families.map((f) => [f, g] as const)));

/** A family's parameter table, or undefined when the family is unknown (families are case-sensitive). */
export function familyParameters(family: string): readonly Spec[] | undefined {
  return BY_FAMILY.get(family)?.parameters;
}

/** The default group of a family: `default.mysql8.0`. */
export function defaultDBParameterGroupName(family: string): string {
  return `default.${family}`;
}
