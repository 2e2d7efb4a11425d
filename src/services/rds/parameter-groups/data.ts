/**
 * The DB cluster parameters the mock knows, per engine: a small, realistic subset of each family's
 * real parameter list (names, data types, allowed values, apply types and defaults as AWS shows them).
 * A family of an engine has that engine's table; `values` overrides a default for some families.
 */
export interface ClusterParameterSpec {
  ParameterName: string;
  Description: string;
  /** engine-default, or system for values RDS manages. */
  Source: "engine-default" | "system";
  ApplyType: "static" | "dynamic";
  DataType: "string" | "integer" | "boolean" | "list";
  /** Comma-separated choices, or `min-max` for integers; absent: free text. */
  AllowedValues?: string;
  IsModifiable: boolean;
  /** The default value, where the family has one. */
  ParameterValue?: string;
  /** Family -> default value, where it differs from `ParameterValue`. */
  values?: Record<string, string>;
}

const BOOLEAN = "0,1";
const TIME_ZONES =
  "Africa/Cairo,Africa/Johannesburg,America/Chicago,America/Denver,America/Los_Angeles,America/New_York,America/Sao_Paulo,Asia/Kolkata,Asia/Seoul,Asia/Shanghai,Asia/Singapore,Asia/Tokyo,Australia/Sydney,Europe/Berlin,Europe/Dublin,Europe/London,Europe/Paris,US/Central,US/Eastern,US/Pacific,UTC";
const CHARACTER_SETS = "ascii,big5,binary,cp1250,cp1251,cp1256,cp1257,cp850,cp932,euckr,gb2312,gbk,greek,hebrew,latin1,latin2,sjis,ucs2,ujis,utf16,utf32,utf8,utf8mb3,utf8mb4";

const dynamic = (name: string, DataType: ClusterParameterSpec["DataType"], Description: string, extra: Partial<ClusterParameterSpec> = {}): ClusterParameterSpec => ({
  ParameterName: name,
  Description,
  Source: "engine-default",
  ApplyType: "dynamic",
  DataType,
  IsModifiable: true,
  ...extra,
});
const staticParam = (name: string, DataType: ClusterParameterSpec["DataType"], Description: string, extra: Partial<ClusterParameterSpec> = {}) =>
  dynamic(name, DataType, Description, { ApplyType: "static", ...extra });

const MYSQL_COMMON: ClusterParameterSpec[] = [
  dynamic("time_zone", "string", "The server's time zone", { AllowedValues: TIME_ZONES }),
  dynamic("character_set_server", "string", "The server's default character set.", { AllowedValues: CHARACTER_SETS }),
  dynamic("collation_server", "string", "The server's default collation.", {
    AllowedValues: "ascii_general_ci,binary,latin1_swedish_ci,utf8_general_ci,utf8mb4_0900_ai_ci,utf8mb4_bin,utf8mb4_general_ci,utf8mb4_unicode_ci",
  }),
  dynamic("require_secure_transport", "boolean", "Whether client connections to the server are required to use some form of secure transport.", { AllowedValues: BOOLEAN }),
  dynamic("binlog_row_image", "string", "Whether full or minimal rows are written to the binary log.", { AllowedValues: "full,minimal,noblob" }),
  staticParam("innodb_autoinc_lock_mode", "integer", "The lock mode to use for generating auto-increment values.", { AllowedValues: "0-2" }),
  staticParam("lower_case_table_names", "integer", "If set to 1, table names are stored in lowercase on disk and comparisons are not case sensitive.", { AllowedValues: "0-1" }),
  staticParam("basedir", "string", "The MySQL installation base directory.", { Source: "system", IsModifiable: false, ParameterValue: "/rdsdbbin/mysql" }),
];

const AURORA_MYSQL: ClusterParameterSpec[] = [
  staticParam("binlog_format", "string", "Binary logging format for replication", { AllowedValues: "ROW,STATEMENT,MIXED,OFF", ParameterValue: "OFF", Source: "system" }),
  dynamic("aurora_parallel_query", "boolean", "This parameter can be used to enable and disable Aurora Parallel Query.", { AllowedValues: BOOLEAN }),
  dynamic("server_audit_logging", "boolean", "Enables or disables the Advanced Auditing feature of Aurora MySQL.", { AllowedValues: BOOLEAN }),
  dynamic("server_audit_events", "list", "Specifies the types of events to log for Advanced Auditing.", { AllowedValues: "CONNECT,QUERY,QUERY_DCL,QUERY_DDL,QUERY_DML,QUERY_DML_NO_SELECT,TABLE" }),
  dynamic("aws_default_s3_role", "string", "IAM role ARN used to load data from and save data to Amazon S3."),
  ...MYSQL_COMMON.map((p) => (p.ParameterName === "basedir" ? { ...p, ParameterValue: "/rdsdbbin/oscar" } : p)),
];

const RDS_MYSQL: ClusterParameterSpec[] = [
  dynamic("binlog_format", "string", "Binary logging format for replication", { AllowedValues: "ROW,STATEMENT,MIXED", ParameterValue: "ROW", Source: "system" }),
  dynamic("max_connections", "integer", "The number of simultaneous client connections allowed.", { AllowedValues: "1-100000", ParameterValue: "{DBInstanceClassMemory/12582880}" }),
  dynamic("slow_query_log", "boolean", "Whether the slow query log is enabled.", { AllowedValues: BOOLEAN }),
  dynamic("general_log", "boolean", "Whether the general query log is enabled.", { AllowedValues: BOOLEAN }),
  ...MYSQL_COMMON,
];

const POSTGRES_COMMON: ClusterParameterSpec[] = [
  dynamic("rds.force_ssl", "boolean", "Force SSL connections.", {
    AllowedValues: BOOLEAN,
    ParameterValue: "0",
    // PostgreSQL 15 and later families turn it on by default.
    values: Object.fromEntries(["15", "16", "17"].flatMap((m) => [[`aurora-postgresql${m}`, "1"], [`postgres${m}`, "1"]])),
  }),
  dynamic("timezone", "string", "Sets the time zone for displaying and interpreting time stamps.", { AllowedValues: TIME_ZONES }),
  dynamic("log_statement", "string", "Sets the type of statements logged.", { AllowedValues: "none,ddl,mod,all" }),
  dynamic("log_min_duration_statement", "integer", "(ms) Sets the minimum execution time above which statements will be logged.", { AllowedValues: "-1-2147483647" }),
  dynamic("password_encryption", "string", "Encrypt passwords.", { AllowedValues: "md5,scram-sha-256" }),
  staticParam("shared_preload_libraries", "list", "Lists shared libraries to preload into server.", {
    AllowedValues: "auto_explain,orafce,pg_bigm,pg_cron,pg_hint_plan,pg_partman_bgw,pg_prewarm,pg_similarity,pg_stat_statements,pg_tle,pgaudit,pglogical,plprofiler",
    ParameterValue: "pg_stat_statements",
  }),
  staticParam("rds.logical_replication", "boolean", "Enables logical decoding.", { AllowedValues: BOOLEAN, ParameterValue: "0" }),
  staticParam("max_replication_slots", "integer", "Sets the maximum number of replication slots that the server can support.", { AllowedValues: "5-8388607", ParameterValue: "20" }),
  staticParam("ssl", "boolean", "Enables SSL connections.", { AllowedValues: BOOLEAN, ParameterValue: "1", Source: "system", IsModifiable: false }),
];

const RDS_POSTGRES: ClusterParameterSpec[] = [
  staticParam("max_connections", "integer", "Sets the maximum number of concurrent connections.", { AllowedValues: "6-8388607", ParameterValue: "LEAST({DBInstanceClassMemory/9531392},5000)" }),
  ...POSTGRES_COMMON,
];

/** Engine name -> its DB cluster parameters (the family is the engine name plus its major version). */
export const CLUSTER_PARAMETERS: Record<string, readonly ClusterParameterSpec[]> = {
  "aurora-mysql": AURORA_MYSQL,
  "aurora-postgresql": POSTGRES_COMMON,
  mysql: RDS_MYSQL,
  postgres: RDS_POSTGRES,
};
