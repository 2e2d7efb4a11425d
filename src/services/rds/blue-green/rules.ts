/**
 * The rules of CreateBlueGreenDeployment (RDS and Aurora User Guides, "Using Amazon RDS Blue/Green
 * Deployments for database updates" and "Limitations and considerations"; API reference):
 * - the source is a standalone DB instance of RDS for MySQL, MariaDB or PostgreSQL ("Blue/Green
 *   Deployments are supported for RDS for MariaDB, RDS for MySQL, and RDS for PostgreSQL only") or an
 *   Aurora MySQL / Aurora PostgreSQL DB cluster, of this account and Region, and available;
 * - not a read replica (nor a green database: it replicates from its blue), not a Multi-AZ DB cluster,
 *   not Aurora Serverless v1 nor a Limitless cluster, and no master password managed in Secrets Manager
 *   ("Blue/green deployments don't support managing master user passwords with AWS Secrets Manager");
 * - TargetEngineVersion is a catalog version of the source's engine, not lower than the source's;
 *   the target parameter groups exist and are of the green version's family;
 * - TargetDBInstanceClass and the storage settings apply to DB instances only ("This setting doesn't
 *   apply to Amazon Aurora blue/green deployments"); TargetStorageThroughput only to gp3.
 */
import type { CreateBlueGreenDeploymentCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { clusters } from "../clusters/resource.js";
import { checkInstanceClass } from "../clusters/rules.js";
import { checkInstanceGroup } from "../db-parameter-groups/rules.js";
import { compareVersions, engineSpec, familyOf, resolveVersion } from "../engines/engines.js";
import { catalogVersion, STANDALONE_ENGINES } from "../instances/engine-table.js";
import { instances } from "../instances/resource.js";
import { BGM, M } from "../messages/index.js";
import { findParameterGroup } from "../parameter-groups/resource.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";
import { deploymentOf } from "./resource.js";

type Ctx = CallContext<RdsWorld>;
type Input = CreateBlueGreenDeploymentCommandInput;
export type BlueSource = { type: "db"; record: InstanceRecord } | { type: "cluster"; record: ClusterRecord };

const INSTANCE_ENGINES = ["mysql", "mariadb", "postgres"];
const CLUSTER_ENGINES = ["aurora-mysql", "aurora-postgresql"];
const STORAGE_TYPES = ["gp2", "gp3", "io1", "io2"];
/** Settings that apply to a DB instance source only. */
const INSTANCE_ONLY = ["TargetDBInstanceClass", "TargetIops", "TargetStorageType", "TargetAllocatedStorage", "TargetStorageThroughput", "UpgradeTargetStorageConfig"] as const;

/** The source database the Source ARN names (not found: the declared not-found fault of its type). */
export function findSource(ctx: Ctx, source: string): BlueSource {
  const parts = source.split(":");
  if (parts.length !== 7 || parts[2] !== "rds" || (parts[5] !== "db" && parts[5] !== "cluster")) fail("InvalidParameterValue", BGM.sourceArn(source));
  if (parts[5] === "db") {
    const key = instances.keyFromArn(ctx, source);
    const record = key === undefined ? undefined : instances.find(ctx, key);
    return record ? { type: "db", record } : fail("DBInstanceNotFoundFault", M.instanceNotFound(source));
  }
  const key = clusters.keyFromArn(ctx, source);
  const record = key === undefined ? undefined : clusters.find(ctx, key);
  return record ? { type: "cluster", record } : fail("DBClusterNotFoundFault", M.clusterNotFound(source));
}

/** The documented source limitations, then the source's state (it must be available). */
export function checkSource(ctx: Ctx, source: BlueSource): void {
  const held = deploymentOf(ctx.world, source.type === "db" ? source.record.DbiResourceId : source.record.DbClusterResourceId);
  if (held) fail("BlueGreenDeploymentAlreadyExistsFault", BGM.sourceTaken(source.type === "db" ? source.record.DBInstanceIdentifier : source.record.DBClusterIdentifier, held.BlueGreenDeploymentIdentifier));
  if (source.type === "db") {
    const i = source.record;
    const why = i.DBClusterIdentifier !== undefined ? `it is a member of DB cluster ${i.DBClusterIdentifier} (use the cluster's ARN)`
      : !INSTANCE_ENGINES.includes(i.Engine ?? "") ? `engine ${i.Engine} (supported: ${INSTANCE_ENGINES.join(", ")})`
      : i.ReadReplicaSourceDBInstanceIdentifier !== undefined ? `it is a read replica of ${i.ReadReplicaSourceDBInstanceIdentifier}`
      : i.MasterUserSecret !== undefined ? "its master user password is managed in AWS Secrets Manager" : undefined;
    if (why) fail("SourceDatabaseNotSupportedFault", BGM.instanceNotSupported(i.DBInstanceIdentifier, why));
    if (i.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", M.instanceState(i.DBInstanceIdentifier, i.DBInstanceStatus, "available"));
    return;
  }
  const c = source.record;
  const why = !CLUSTER_ENGINES.includes(c.Engine ?? "") ? `engine ${c.Engine} (Multi-AZ DB clusters are not supported)`
    : c.EngineMode === "serverless" ? "Aurora Serverless v1"
    : c.ClusterScalabilityType === "limitless" ? "Aurora PostgreSQL Limitless Database"
    : c.ReplicationSourceIdentifier !== undefined ? `it replicates from ${c.ReplicationSourceIdentifier}`
    : c.MasterUserSecret !== undefined ? "its master user password is managed in AWS Secrets Manager" : undefined;
  if (why) fail("SourceClusterNotSupportedFault", BGM.clusterNotSupported(c.DBClusterIdentifier, why));
  if (c.Status !== "available") fail("InvalidDBClusterStateFault", M.clusterState(c.DBClusterIdentifier, c.Status, "available"));
  for (const m of c.DBClusterMembers ?? []) {
    const member = instances.find(ctx, m.DBInstanceIdentifier!);
    if (member && member.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", M.instanceState(member.DBInstanceIdentifier, member.DBInstanceStatus, "available"));
  }
}

/** The green version: TargetEngineVersion (a catalog version, never lower than the source's) or the source's. */
function targetVersion(engine: string, current: string, asked: string | undefined, resolve: (v: string) => string | undefined): string {
  if (asked === undefined) return current;
  const version = resolve(asked);
  if (version === undefined) fail("InvalidParameterValue", BGM.version(asked, engine));
  if (compareVersions(version, current) < 0) fail("InvalidParameterCombination", BGM.downgrade(version, current));
  return version;
}

/** The checked green settings of a DB instance source: version and family. */
export function checkInstanceTarget(ctx: Ctx, input: Input, source: InstanceRecord): { version: string; family: string; sameMajor: boolean } {
  if (input.TargetDBClusterParameterGroupName !== undefined) fail("InvalidParameterCombination", BGM.instanceOnly("TargetDBClusterParameterGroupName"));
  const engine = STANDALONE_ENGINES[source.Engine!];
  const version = targetVersion(source.Engine!, source.EngineVersion!, input.TargetEngineVersion, (v) => catalogVersion(source.Engine!, engine, v));
  const family = engine.family(engine.major(version));
  checkInstanceGroup(ctx, input.TargetDBParameterGroupName, family, "TargetDBParameterGroupName");
  if (input.TargetDBInstanceClass !== undefined) checkInstanceClass(input.TargetDBInstanceClass, "TargetDBInstanceClass");
  const type = input.TargetStorageType ?? source.StorageType ?? "gp3";
  if (input.TargetStorageType !== undefined && !STORAGE_TYPES.includes(type)) fail("InvalidParameterValue", BGM.storageType(type));
  if (input.TargetStorageThroughput !== undefined && type !== "gp3") fail("InvalidParameterCombination", BGM.throughput(type));
  if (input.TargetIops !== undefined && !["io1", "io2", "gp3"].includes(type)) fail("InvalidParameterCombination", BGM.iops(type));
  const storage = input.TargetAllocatedStorage;
  if (storage !== undefined && (storage < 20 || storage > 65536)) fail("InvalidParameterValue", BGM.storage(storage, source.AllocatedStorage ?? 0));
  return { version, family, sameMajor: engine.major(version) === engine.major(source.EngineVersion!) };
}

/** The checked green settings of an Aurora DB cluster source: version and family. */
export function checkClusterTarget(ctx: Ctx, input: Input, source: ClusterRecord): { version: string; family: string; sameMajor: boolean } {
  for (const member of INSTANCE_ONLY) if (input[member] !== undefined) fail("InvalidParameterCombination", BGM.auroraOnly(member));
  const engine = engineSpec(source.Engine)!;
  const version = targetVersion(engine.name, source.EngineVersion!, input.TargetEngineVersion, (v) => resolveVersion(engine, v));
  const family = familyOf(engine, version);
  if (input.TargetDBClusterParameterGroupName !== undefined) {
    const group = findParameterGroup(ctx, input.TargetDBClusterParameterGroupName);
    if (group.DBParameterGroupFamily !== family) fail("InvalidParameterCombination", BGM.clusterGroupFamily(group.DBClusterParameterGroupName, group.DBParameterGroupFamily!, family));
  }
  checkInstanceGroup(ctx, input.TargetDBParameterGroupName, family, "TargetDBParameterGroupName");
  return { version, family, sameMajor: engine.majorOf(version) === engine.majorOf(source.EngineVersion!) };
}
