/**
 * The option group catalog, as data: the engines and major versions option groups exist for, and a
 * small, realistic set of each engine's options (RDS user guide, "Options for ... DB instances") with
 * their ports, settings and the persistent/permanent flags. PostgreSQL and Aurora have option groups
 * (instances are members of `default:postgres-16`) but no options: "PostgreSQL does not use options".
 */
export interface OptionSettingSpec {
  name: string;
  description: string;
  defaultValue?: string;
  /** Comma-separated choices, or `min-max` for integers; absent: free text. */
  allowedValues?: string;
  dataType: "STRING" | "INTEGER" | "BOOLEAN";
  applyType: "STATIC" | "DYNAMIC";
  required?: boolean;
  /** A list setting takes several of its choices, comma-separated. */
  isCollection?: boolean;
}

export interface OptionSpec {
  name: string;
  description: string;
  /** Engines (and, when given, major versions) the option exists for. */
  engines: readonly string[];
  majors?: readonly string[];
  /** A port the option listens on (PortRequired); absent: the option takes no port. */
  defaultPort?: number;
  /** Persistent: can't be removed while the group is in use. Permanent: can never be removed. */
  persistent: boolean;
  permanent: boolean;
  settings: readonly OptionSettingSpec[];
}

const ORACLE = ["oracle-ee", "oracle-ee-cdb", "oracle-se2", "oracle-se2-cdb"];
const SQLSERVER = ["sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web"];
const ROLE_ARN: OptionSettingSpec = { name: "IAM_ROLE_ARN", description: "The ARN of the IAM role RDS uses.", dataType: "STRING", applyType: "DYNAMIC", required: true };
const NNE = "Accepted,Rejected,Requested,Required";

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: "MARIADB_AUDIT_PLUGIN", description: "MariaDB Audit Plugin", engines: ["mysql", "mariadb"], persistent: false, permanent: false,
    settings: [
      { name: "SERVER_AUDIT_EVENTS", description: "The types of events to log.", defaultValue: "CONNECT,QUERY", allowedValues: "CONNECT,QUERY,TABLE,QUERY_DDL,QUERY_DML,QUERY_DCL", dataType: "STRING", applyType: "DYNAMIC", isCollection: true },
      { name: "SERVER_AUDIT_FILE_ROTATIONS", description: "The number of log rotations to save.", defaultValue: "9", allowedValues: "0-100", dataType: "INTEGER", applyType: "DYNAMIC" },
      { name: "SERVER_AUDIT_LOGGING", description: "Audit logging is on.", defaultValue: "ON", allowedValues: "ON", dataType: "STRING", applyType: "DYNAMIC" },
    ],
  },
  {
    name: "MEMCACHED", description: "Innodb Memcached for MySQL", engines: ["mysql"], majors: ["8.0"], defaultPort: 11211, persistent: false, permanent: false,
    settings: [
      { name: "DAEMON_MEMCACHED_R_BATCH_SIZE", description: "How many memcached read operations to perform before a COMMIT.", defaultValue: "1", allowedValues: "1-4294967295", dataType: "INTEGER", applyType: "STATIC" },
      { name: "DAEMON_MEMCACHED_W_BATCH_SIZE", description: "How many memcached write operations to perform before a COMMIT.", defaultValue: "1", allowedValues: "1-4294967295", dataType: "INTEGER", applyType: "STATIC" },
    ],
  },
  {
    name: "Timezone", description: "Change time zone", engines: ORACLE, persistent: true, permanent: true,
    settings: [{ name: "TIME_ZONE", description: "Specifies the timezone the user wants to change the system time to.", allowedValues: "Africa/Cairo,America/Chicago,America/New_York,Asia/Tokyo,Australia/Sydney,Europe/Berlin,Europe/London,UTC", dataType: "STRING", applyType: "DYNAMIC", required: true }],
  },
  { name: "S3_INTEGRATION", description: "S3 Integration", engines: ORACLE, persistent: false, permanent: false, settings: [] },
  {
    name: "NATIVE_NETWORK_ENCRYPTION", description: "Oracle Native Network Encryption", engines: ORACLE, persistent: false, permanent: false,
    settings: [
      { name: "SQLNET.ENCRYPTION_SERVER", description: "Encryption behavior when a client or a server acting as a client connects.", defaultValue: "Requested", allowedValues: NNE, dataType: "STRING", applyType: "STATIC" },
      { name: "SQLNET.CRYPTO_CHECKSUM_SERVER", description: "Data integrity behavior when a client or another server connects.", defaultValue: "Requested", allowedValues: NNE, dataType: "STRING", applyType: "STATIC" },
    ],
  },
  { name: "OEM", description: "Oracle Enterprise Manager (Database Express)", engines: ORACLE, defaultPort: 5500, persistent: false, permanent: false, settings: [] },
  { name: "TDE", description: "Oracle Advanced Security - Transparent Data Encryption", engines: ["oracle-ee", "oracle-ee-cdb"], persistent: true, permanent: true, settings: [] },
  { name: "SQLSERVER_BACKUP_RESTORE", description: "SQLServer Backup Restore", engines: SQLSERVER, persistent: false, permanent: false, settings: [ROLE_ARN] },
  {
    name: "SQLSERVER_AUDIT", description: "SQLServer Audit", engines: SQLSERVER, persistent: false, permanent: false,
    settings: [ROLE_ARN, { name: "S3_BUCKET_ARN", description: "The S3 bucket (and optional prefix) for the audit files.", dataType: "STRING", applyType: "DYNAMIC", required: true }],
  },
  // Documented: TDE is persistent for SQL Server: it stays while instances or backups use the group.
  { name: "TDE", description: "SQL Server - Transparent Data Encryption", engines: ["sqlserver-ee", "sqlserver-se"], persistent: true, permanent: false, settings: [] },
  { name: "DB2_AUDIT", description: "Db2 audit logging", engines: ["db2-ae", "db2-se"], persistent: false, permanent: false, settings: [ROLE_ARN] },
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Engine -> the major versions its option groups exist for (MajorEngineVersion as RDS spells it). */
export const OPTION_GROUP_ENGINES: Readonly<Record<string, readonly string[]>> = {
  mysql: ["8.0", "8.4"],
  mariadb: ["10.5", "10.6", "10.11", "11.4"],
  "oracle-ee": ["19"],
  "oracle-se2": ["19"],
  "oracle-ee-cdb": ["19", "21"],
  "oracle-se2-cdb": ["19", "21"],
  "sqlserver-ee": ["15.00", "16.00"],
  "sqlserver-se": ["15.00", "16.00"],
  "sqlserver-ex": ["15.00", "16.00"],
  "sqlserver-web": ["15.00", "16.00"],
  "db2-ae": ["11.5"],
  "db2-se": ["11.5"],
  postgres: range(13, 17),
  "aurora-mysql": ["5.7", "8.0"],
  "aurora-postgresql": range(11, 17),
};

/** The options an engine's major version offers (DescribeOptionGroupOptions), in catalog order. */
export function optionsOf(engine: string, major: string): OptionSpec[] {
  return OPTIONS.filter((o) => o.engines.includes(engine) && (!o.majors || o.majors.includes(major)));
}

/** The default option group of an engine version: `default:mysql-8-0`, `default:sqlserver-se-16-00`. */
export function defaultOptionGroupName(engine: string, major: string): string {
  return `default:${engine}-${major.replace(/\./g, "-")}`;
}
