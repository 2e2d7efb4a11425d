/**
 * Database activity streams of Aurora DB clusters. Starting one shows `starting` then `started` in the
 * cluster's ActivityStreamStatus, with the mode, KMS key and Kinesis stream (`aws-rds-das-` + the
 * cluster's resource id); stopping shows `stopping` then `stopped` and clears those members, as AWS
 * does. The stream's status has its own lifecycle kind so it never replaces a pending cluster event.
 * ModifyActivityStream applies to RDS for Oracle and SQL Server DB instances, which are not simulated.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import { parseArn, partitionOf } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { own } from "../shared/identifiers.js";
import { beginCluster, clustersByResourceId } from "../shared/resource-keys.js";
import { checkKmsKey, checkNotBlank } from "../cluster-snapshots/rules.js";
import { SM } from "../messages/index.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

export const STREAM_KIND = "clusterActivityStream" as const;
const MINUTE = 60_000;

/** Modes each engine supports (Aurora MySQL streams are asynchronous only). */
const MODES: Record<string, readonly string[]> = {
  "aurora-mysql": ["async"],
  "aurora-postgresql": ["sync", "async"],
};

function clearStream(cluster: ClusterRecord): void {
  delete cluster.ActivityStreamMode;
  delete cluster.ActivityStreamKmsKeyId;
  delete cluster.ActivityStreamKinesisStreamName;
}

export const activityStreamTransitions: TransitionTable<RdsWorld> = {
  [STREAM_KIND]: {
    collection: clustersByResourceId,
    statusField: "ActivityStreamStatus",
    events: {
      start: { during: "starting", then: "started", ms: 10 * MINUTE },
      stop: { during: "stopping", then: "stopped", ms: 10 * MINUTE, onSettle: clearStream },
    },
  },
};

/** The resource type and lowercase name of an RDS ARN of this partition, account and Region; else none. */
function localResource(ctx: CallContext<RdsWorld>, value: string): [kind?: string, name?: string] {
  const parsed = parseArn(value);
  const here =
    parsed !== undefined &&
    parsed.partition === partitionOf(ctx.region) &&
    parsed.service === "rds" &&
    parsed.region === ctx.region &&
    parsed.accountId === ctx.accountId;
  if (!here) return [];
  const [kind, ...rest] = parsed.resource.split(":");
  const name = rest.join(":").toLowerCase();
  return name === "" ? [] : [kind, name];
}

/**
 * The cluster a ResourceArn names. The rule: ResourceArn must be the ARN of a DB cluster of this
 * account and Region, ResourceNotFoundFault otherwise (an unknown or deleted cluster, another account or
 * Region, another resource type, a value that is no ARN). A DB instance ARN of this account and Region
 * is judged by the model's instance faults: DBInstanceNotFoundFault, or for an existing Aurora instance
 * InvalidParameterCombination (instance streams are for RDS for Oracle and SQL Server).
 */
function streamCluster(ctx: CallContext<RdsWorld>, resourceArn: string): ClusterRecord {
  const [kind, name] = localResource(ctx, resourceArn);
  if (kind === "db") {
    const instance = own(ctx.world.instances, name!);
    if (!instance) fail("DBInstanceNotFoundFault", SM.streamInstanceNotFound(resourceArn));
    fail("InvalidParameterCombination", SM.streamInstance(instance.DBInstanceIdentifier, instance.Engine ?? "unknown"));
  }
  const cluster = kind === "cluster" ? own(ctx.world.clusters, name!) : undefined;
  if (!cluster) fail("ResourceNotFoundFault", SM.streamResourceNotFound(resourceArn, ctx.region, ctx.accountId));
  return cluster;
}

function checkClusterAvailable(cluster: ClusterRecord): void {
  if (cluster.Status !== "available") fail("InvalidDBClusterStateFault", SM.streamClusterState(cluster.DBClusterIdentifier, cluster.Status));
}

/** Why a cluster cannot have an activity stream, if it cannot (documented: Aurora provisioned clusters only). */
function unsupported(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): string | undefined {
  if (!MODES[cluster.Engine ?? ""]) return `engine ${cluster.Engine} has no activity streams (Aurora MySQL and Aurora PostgreSQL do)`;
  if (cluster.EngineMode === "serverless") return "Aurora Serverless v1 clusters have no activity streams";
  const serverlessV2 = (cluster.DBClusterMembers ?? []).some(
    (m) => ctx.world.instances[m.DBInstanceIdentifier ?? ""]?.DBInstanceClass === "db.serverless",
  );
  return serverlessV2 ? "Aurora Serverless v2 (db.serverless) instances have no activity streams" : undefined;
}

export const activityStreamHandlers: Operations<typeof Sdk, RdsWorld> = {
  StartActivityStream(input, ctx) {
    const cluster = streamCluster(ctx, input.ResourceArn!);
    const id = cluster.DBClusterIdentifier;
    const why = unsupported(ctx, cluster);
    if (why) fail("InvalidParameterCombination", SM.streamEngine(id, why));
    const modes = MODES[cluster.Engine!];
    if (!modes.includes(input.Mode!)) fail("InvalidParameterCombination", SM.streamMode(cluster.Engine!, modes));
    checkClusterAvailable(cluster);
    // AWS answers a stream in the wrong state with InvalidParameterCombination (seen for StopActivityStream).
    const status = cluster.ActivityStreamStatus ?? "stopped";
    if (status !== "stopped") fail("InvalidParameterCombination", SM.streamState("stopped", status, id));
    // Documented: engine-native audit fields apply to RDS for Oracle and SQL Server DB instances only.
    if (input.EngineNativeAuditFieldsIncluded === true) fail("InvalidParameterCombination", SM.streamNativeAudit(id));
    checkNotBlank(input.KmsKeyId, "KmsKeyId");
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");

    cluster.ActivityStreamMode = input.Mode as ClusterRecord["ActivityStreamMode"];
    cluster.ActivityStreamKmsKeyId = input.KmsKeyId;
    cluster.ActivityStreamKinesisStreamName = `aws-rds-das-${cluster.DbClusterResourceId}`;
    // ApplyImmediately false would wait for the maintenance window; the mock starts at once either way.
    beginCluster(ctx, cluster, "start", STREAM_KIND);
    return {
      KmsKeyId: cluster.ActivityStreamKmsKeyId,
      KinesisStreamName: cluster.ActivityStreamKinesisStreamName,
      Status: cluster.ActivityStreamStatus,
      Mode: cluster.ActivityStreamMode,
      ...(input.EngineNativeAuditFieldsIncluded === undefined ? {} : { EngineNativeAuditFieldsIncluded: false }),
      ApplyImmediately: input.ApplyImmediately ?? false,
    };
  },

  StopActivityStream(input, ctx) {
    const cluster = streamCluster(ctx, input.ResourceArn!);
    const id = cluster.DBClusterIdentifier;
    checkClusterAvailable(cluster);
    const status = cluster.ActivityStreamStatus ?? "stopped";
    if (status !== "started") fail("InvalidParameterCombination", SM.streamState("started", status, id));
    beginCluster(ctx, cluster, "stop", STREAM_KIND);
    return {
      KmsKeyId: cluster.ActivityStreamKmsKeyId,
      KinesisStreamName: cluster.ActivityStreamKinesisStreamName,
      Status: cluster.ActivityStreamStatus,
    };
  },

  ModifyActivityStream(input, ctx) {
    const value = input.ResourceArn;
    if (value === undefined || value === "") fail("MissingParameter", SM.modifyStreamArnRequired());
    const [kind, name] = localResource(ctx, value);
    if (kind === "cluster" && own(ctx.world.clusters, name!)) fail("InvalidParameterValue", SM.modifyStreamCluster(value));
    if (kind === "db") {
      const instance = own(ctx.world.instances, name!);
      if (!instance) fail("DBInstanceNotFoundFault", SM.modifyStreamNotFound(value));
      // Only RDS for Oracle and SQL Server instances have modifiable audit policies; the mock has Aurora members only.
      fail("InvalidParameterCombination", SM.modifyStreamEngine(instance.DBInstanceIdentifier, instance.Engine ?? "unknown"));
    }
    return fail("ResourceNotFoundFault", SM.modifyStreamNotFound(value));
  },
};
