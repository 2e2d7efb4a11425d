/**
 * FailoverDBCluster, StopDBCluster, StartDBCluster and PromoteReadReplicaDBCluster: the state machine
 * moves of a cluster, each allowed only from the statuses AWS documents (the error names them).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import { findCluster } from "./resource.js";
import { engineSpec } from "../engines/engines.js";
import { own } from "../shared/identifiers.js";
import { detachFromSource } from "./operations.js";
import { availableMembers, checkClusterState, membersOf, nextWriter, setWriter, writerOf } from "./members.js";
import { M } from "../messages/index.js";
import { beginCluster, beginInstance } from "../shared/resource-keys.js";
import { shapeCluster } from "./shape.js";
import type { ClusterRecord, RdsWorld } from "../world.js";

/**
 * StopDBCluster and StartDBCluster "only apply to Aurora DB clusters", and the Aurora User Guide rules out
 * Aurora Serverless v1, multi-master, parallel query and global clusters. AWS answers a cluster that is not
 * eligible with InvalidParameterCombination ("... are not eligible for stopping and starting").
 */
const NOT_STOPPABLE_MODES = ["serverless", "multimaster", "parallelquery", "global"];

function checkStoppable(cluster: ClusterRecord): void {
  const id = cluster.DBClusterIdentifier;
  if (engineSpec(cluster.Engine)?.kind !== "aurora") fail("InvalidParameterCombination", M.notStoppable(id, `${cluster.Engine} Multi-AZ DB clusters cannot be stopped`));
  if (NOT_STOPPABLE_MODES.includes(cluster.EngineMode ?? "provisioned")) {
    fail("InvalidParameterCombination", M.notStoppable(id, `it is in the ${cluster.EngineMode} engine mode`));
  }
}

export const clusterActionOperations: Operations<typeof Sdk, RdsWorld> = {
  FailoverDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkClusterState(cluster, "available");
    // Documented: the target is not supported for RDS for MySQL Multi-AZ DB clusters.
    if (input.TargetDBInstanceIdentifier !== undefined && cluster.Engine === "mysql") fail("InvalidParameterCombination", M.failoverTargetEngine("mysql"));
    const members = membersOf(ctx, cluster);
    if (members.length < 2) fail("InvalidDBClusterStateFault", M.failoverNeedsReader(cluster.DBClusterIdentifier));
    const writer = writerOf(cluster);
    let target: string | undefined;
    if (input.TargetDBInstanceIdentifier !== undefined) {
      target = input.TargetDBInstanceIdentifier.toLowerCase();
      if (target === writer || !members.some((m) => m.DBInstanceIdentifier === target)) {
        fail("InvalidParameterValue", M.failoverTarget(input.TargetDBInstanceIdentifier, cluster.DBClusterIdentifier));
      }
    } else {
      target = nextWriter(ctx, cluster);
    }
    const instance = own(ctx.world.instances, target!);
    if (!instance) fail("InvalidDBClusterStateFault", M.failoverNeedsReader(cluster.DBClusterIdentifier));
    if (instance.DBInstanceStatus !== "available") {
      fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, "available"));
    }
    setWriter(cluster, target!);
    beginCluster(ctx, cluster, "failover");
    return { DBCluster: shapeCluster(cluster, ctx.now()) };
  },

  StopDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkStoppable(cluster);
    checkClusterState(cluster, "available");
    const members = availableMembers(ctx, cluster);
    beginCluster(ctx, cluster, "stop");
    for (const m of members) beginInstance(ctx, m, "stop");
    return { DBCluster: shapeCluster(cluster, ctx.now()) };
  },

  StartDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkStoppable(cluster);
    checkClusterState(cluster, "stopped");
    const members = membersOf(ctx, cluster);
    beginCluster(ctx, cluster, "start");
    for (const m of members) if (m.DBInstanceStatus === "stopped") beginInstance(ctx, m, "start");
    return { DBCluster: shapeCluster(cluster, ctx.now()) };
  },

  PromoteReadReplicaDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    if (!cluster.ReplicationSourceIdentifier) fail("InvalidDBClusterStateFault", M.notReplica(cluster.DBClusterIdentifier));
    checkClusterState(cluster, "available");
    detachFromSource(ctx, cluster);
    delete cluster.ReplicationSourceIdentifier;
    beginCluster(ctx, cluster, "promote");
    return { DBCluster: shapeCluster(cluster, ctx.now()) };
  },
};
