/**
 * What each engine allows of read replicas, as data (RDS user guide, "Working with DB instance read
 * replicas" and the per-engine pages; API reference, CreateDBInstanceReadReplica):
 * - "Each DB instance can have up to 15 read replicas, except ... Db2 - up to three replicas. Oracle -
 *   up to five read replicas. SQL Server - up to five read replicas." (SourceDBInstanceIdentifier)
 * - Cascading: MySQL and MariaDB "can create a series of up to three read replicas in a chain"; PostgreSQL
 *   the same "as of version 14.1" ("You can't create a read replica from another read replica if your
 *   RDS for PostgreSQL DB instance is running a PostgreSQL version earlier than 14.1"). Oracle, SQL Server
 *   and Db2 replicas have no replicas of their own.
 * - "Oracle replicas are supported only for Oracle Enterprise Edition (EE)"; SQL Server read replicas are
 *   Enterprise Edition only, on a Multi-AZ source with Always On availability groups.
 * - ReplicaMode "is only supported for Db2 DB instances and Oracle DB instances".
 * - "Amazon Aurora doesn't support this operation."
 */
import { fail } from "../../../core/aws-error.js";
import { compareVersions } from "../engines/engines.js";
import { RRM } from "../messages/index.js";
import type { InstanceRecord } from "../world.js";

export interface ReplicaEngineRule {
  /** Read replicas per source DB instance. */
  limit: number;
  /** Longest chain of replicas below a source that is no replica (1: no replica of a replica). */
  depth: (version: string) => number;
  /** ReplicaMode (open-read-only / mounted) may be given. */
  replicaMode: boolean;
  /** The source must be a Multi-AZ DB instance (SQL Server: Always On availability groups). */
  multiAzSource: boolean;
  /** AllocatedStorage may not be given (API reference: "This setting isn't valid for RDS for SQL Server"). */
  fixedStorage: boolean;
  /** OptionGroupName must be the source's (API reference: "For SQL Server, you must use the option group associated with the source"). */
  sourceOptionGroup: boolean;
}

const chain3 = () => 3;
const single = () => 1;
const COMMUNITY: ReplicaEngineRule = { limit: 15, depth: chain3, replicaMode: false, multiAzSource: false, fixedStorage: false, sourceOptionGroup: false };

/** Engines whose DB instances can have read replicas; any other engine (Oracle SE2, SQL Server SE/Web/Express, Aurora) cannot. */
export const REPLICA_ENGINES: Record<string, ReplicaEngineRule> = {
  mysql: COMMUNITY,
  mariadb: COMMUNITY,
  postgres: { ...COMMUNITY, depth: (v) => (compareVersions(v, "14.1") >= 0 ? 3 : 1) },
  "oracle-ee": { limit: 5, depth: single, replicaMode: true, multiAzSource: false, fixedStorage: false, sourceOptionGroup: false },
  "oracle-ee-cdb": { limit: 5, depth: single, replicaMode: true, multiAzSource: false, fixedStorage: false, sourceOptionGroup: false },
  "sqlserver-ee": { limit: 5, depth: single, replicaMode: false, multiAzSource: true, fixedStorage: true, sourceOptionGroup: true },
  "db2-ae": { limit: 3, depth: single, replicaMode: true, multiAzSource: false, fixedStorage: false, sourceOptionGroup: false },
  "db2-se": { limit: 3, depth: single, replicaMode: true, multiAzSource: false, fixedStorage: false, sourceOptionGroup: false },
};

/** SwitchoverReadReplica: "Switches over an Oracle standby database in an Oracle Data Guard environment". */
export const SWITCHOVER_ENGINES: readonly string[] = ["oracle-ee", "oracle-ee-cdb"];

/** The engine's replica rule, or InvalidParameterCombination for an engine without read replicas. */
export function replicaRule(source: InstanceRecord): ReplicaEngineRule {
  const engine = source.Engine ?? "";
  if (source.DBClusterIdentifier !== undefined || engine.startsWith("aurora")) fail("InvalidParameterCombination", RRM.auroraSource(source.DBInstanceIdentifier));
  const rule = Object.hasOwn(REPLICA_ENGINES, engine) ? REPLICA_ENGINES[engine] : undefined;
  if (!rule) fail("InvalidParameterCombination", RRM.engineWithoutReplicas(engine));
  return rule;
}

export const isReplica = (i: InstanceRecord) => i.ReadReplicaSourceDBInstanceIdentifier !== undefined || i.ReadReplicaSourceDBClusterIdentifier !== undefined;

/** "The specified DB instance must have automatic backups enabled" and be available (AWS's own messages). */
export function checkSourceReady(source: InstanceRecord): void {
  if (source.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", RRM.sourceNotAvailable(source.DBInstanceIdentifier));
  if ((source.BackupRetentionPeriod ?? 0) === 0) fail("InvalidDBInstanceStateFault", RRM.backupsDisabled());
}
