/**
 * Database activity streams of Aurora DB clusters. Starting one shows `starting` then `started` in the
 * cluster's ActivityStreamStatus, with the mode, KMS key and Kinesis stream (`aws-rds-das-` + the
 * cluster's resource id); stopping shows `stopping` then `stopped` and clears those members, as AWS
 * does. The stream's status has its own lifecycle kind so it never replaces a pending cluster event.
 * ModifyActivityStream applies to RDS for Oracle and SQL Server DB instances, which are not simulated.
 */
import { fail } from "../../core/fault.js";
import type { TransitionTable } from "../../core/lifecycle.js";
import { parseArn } from "../../core/regions.js";
import type { CallContext, OperationHandler } from "../../core/service.js";
import { own } from "./identifiers.js";
import { checkKmsKey, checkNotBlank } from "./snapshot-rules.js";
import { SM } from "./snapshot-messages.js";
import type { ClusterRecord, RdsWorld } from "./world.js";

export const STREAM_KIND = "clusterActivityStream";
const MINUTE = 60_000;

/** Modes each engine supports (Aurora MySQL streams are asynchronous only). */
const MODES: Record<string, readonly string[]> = {
  "aurora-mysql": ["async"],
  "aurora-postgresql": ["sync", "async"],
};

interface StartInput {
  ResourceArn: string;
  Mode: string;
  KmsKeyId: string;
  ApplyImmediately?: boolean;
  EngineNativeAuditFieldsIncluded?: boolean;
}

function clearStream(cluster: ClusterRecord): void {
  delete cluster.ActivityStreamMode;
  delete cluster.ActivityStreamKmsKeyId;
  delete cluster.ActivityStreamKinesisStreamName;
}

export const activityStreamTransitions: TransitionTable<RdsWorld> = {
  [STREAM_KIND]: {
    collection: (w) => w.clusters,
    statusField: "ActivityStreamStatus",
    events: {
      start: { during: "starting", then: "started", ms: 10 * MINUTE },
      stop: { during: "stopping", then: "stopped", ms: 10 * MINUTE, onSettle: clearStream },
    },
  },
};

/**
 * The cluster a ResourceArn names. RDS resolves ResourceArn as a DB cluster identifier (its errors name
 * DBClusterIdentifier): a cluster ARN that names no cluster here is DBClusterNotFoundFault; a DB instance
 * ARN is DBInstanceNotFoundFault, or for an existing Aurora instance InvalidParameterCombination
 * (instance streams are for RDS for Oracle and SQL Server); anything else is not a usable ARN.
 */
function streamCluster(ctx: CallContext<RdsWorld>, resourceArn: string): ClusterRecord {
  const parsed = parseArn(resourceArn);
  const [kind, ...rest] = parsed && parsed.service === "rds" ? parsed.resource.split(":") : [];
  const name = rest.join(":").toLowerCase();
  if ((kind !== "cluster" && kind !== "db") || name === "") fail("InvalidParameterValue", SM.streamArn(resourceArn));
  const here = parsed!.region === ctx.region && parsed!.accountId === ctx.accountId;
  if (kind === "db") {
    const instance = here ? own(ctx.world.instances, name) : undefined;
    if (!instance) fail("DBInstanceNotFoundFault", SM.streamInstanceNotFound(resourceArn));
    fail("InvalidParameterCombination", SM.streamInstance(instance.DBInstanceIdentifier, instance.Engine ?? "unknown"));
  }
  const cluster = here ? own(ctx.world.clusters, name) : undefined;
  if (!cluster) fail("DBClusterNotFoundFault", SM.streamClusterNotFound(resourceArn));
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

export const activityStreamHandlers: Record<string, OperationHandler<RdsWorld>> = {
  StartActivityStream(input: StartInput, ctx) {
    const cluster = streamCluster(ctx, input.ResourceArn);
    const id = cluster.DBClusterIdentifier;
    const why = unsupported(ctx, cluster);
    if (why) fail("InvalidParameterCombination", SM.streamEngine(id, why));
    const modes = MODES[cluster.Engine!];
    if (!modes.includes(input.Mode)) fail("InvalidParameterCombination", SM.streamMode(cluster.Engine!, modes));
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
    ctx.lifecycle.begin(STREAM_KIND, id, "start");
    return {
      KmsKeyId: cluster.ActivityStreamKmsKeyId,
      KinesisStreamName: cluster.ActivityStreamKinesisStreamName,
      Status: cluster.ActivityStreamStatus,
      Mode: cluster.ActivityStreamMode,
      ...(input.EngineNativeAuditFieldsIncluded === undefined ? {} : { EngineNativeAuditFieldsIncluded: false }),
      ApplyImmediately: input.ApplyImmediately ?? false,
    };
  },

  StopActivityStream(input: { ResourceArn: string; ApplyImmediately?: boolean }, ctx) {
    const cluster = streamCluster(ctx, input.ResourceArn);
    const id = cluster.DBClusterIdentifier;
    checkClusterAvailable(cluster);
    const status = cluster.ActivityStreamStatus ?? "stopped";
    if (status !== "started") fail("InvalidParameterCombination", SM.streamState("started", status, id));
    ctx.lifecycle.begin(STREAM_KIND, id, "stop");
    return {
      KmsKeyId: cluster.ActivityStreamKmsKeyId,
      KinesisStreamName: cluster.ActivityStreamKinesisStreamName,
      Status: cluster.ActivityStreamStatus,
    };
  },

  ModifyActivityStream(input: { ResourceArn?: string; AuditPolicyState?: string }, ctx) {
    const value = input.ResourceArn;
    if (value === undefined || value === "") fail("MissingParameter", SM.modifyStreamArnRequired());
    const parsed = parseArn(value);
    const here = parsed && parsed.service === "rds" && parsed.region === ctx.region && parsed.accountId === ctx.accountId;
    const [kind, ...rest] = here ? parsed.resource.split(":") : [];
    const name = rest.join(":").toLowerCase();
    if (kind === "cluster" && ctx.world.clusters[name]) fail("InvalidParameterValue", SM.modifyStreamCluster(value));
    if (kind === "db") {
      const instance = ctx.world.instances[name];
      if (!instance) fail("DBInstanceNotFoundFault", SM.modifyStreamNotFound(value));
      // Only RDS for Oracle and SQL Server instances have modifiable audit policies; the mock has Aurora members only.
      fail("InvalidParameterCombination", SM.modifyStreamEngine(instance.DBInstanceIdentifier, instance.Engine ?? "unknown"));
    }
    return fail("ResourceNotFoundFault", SM.modifyStreamNotFound(value));
  },
};
