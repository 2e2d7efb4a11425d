/**
 * FailoverGlobalCluster, SwitchoverGlobalCluster and RemoveFromGlobalCluster: the writer role moves to
 * a secondary (when the transition settles, transitions.ts), or a member leaves the global database.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkClusterState } from "../clusters/members.js";
import { clusterArnParts } from "../clusters/resource.js";
import { GCM } from "../messages/index.js";
import { own } from "../shared/identifiers.js";
import { beginCluster } from "../shared/resource-keys.js";
import type { GlobalClusterRecord, RdsWorld } from "../world.js";
import { dropMember, memberByArn, membersOf, writerOf, type Member } from "./members.js";
import { checkGlobalAvailable, getGlobal, homeContext } from "./resource.js";
import { shapeGlobalCluster } from "./shape.js";
import { beginGlobal } from "./transitions.js";

/** The member a DB cluster ARN (or an identifier in the call's Region) names; DBClusterNotFoundFault otherwise. */
function memberNamed(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord, value: string): Member {
  const arn = value.startsWith("arn:") ? value : (own(ctx.world.clusters, value.toLowerCase())?.DBClusterArn ?? "");
  const member = arn === "" || !clusterArnParts(ctx, arn) ? undefined : memberByArn(ctx, g, arn);
  return member ?? fail("DBClusterNotFoundFault", GCM.notMember(value, g.GlobalClusterIdentifier));
}

/**
 * A failover (AllowDataLoss: the primary may be down, unreplicated writes are lost) or a switchover
 * (planned: the primary must be available and every member on its engine version, no data lost).
 */
function changeRoles(ctx: CallContext<RdsWorld>, input: { GlobalClusterIdentifier?: string; TargetDbClusterIdentifier?: string }, dataLoss: boolean) {
  const g = getGlobal(ctx, input.GlobalClusterIdentifier!);
  const target = memberNamed(ctx, g, input.TargetDbClusterIdentifier!);
  if (target.link.IsWriter) fail("InvalidDBClusterStateFault", GCM.targetIsWriter(target.cluster.DBClusterIdentifier));
  checkGlobalAvailable(g);
  checkClusterState(target.cluster, "available");
  const writer = writerOf(ctx, g);
  if (!dataLoss && writer) {
    checkClusterState(writer.cluster, "available");
    // Aurora user guide (switchover): "the engine versions of the primary and secondary clusters must match".
    for (const m of membersOf(ctx, g)) {
      if (m.cluster.EngineVersion !== writer.cluster.EngineVersion) {
        fail("InvalidDBClusterStateFault", GCM.switchoverVersions(m.cluster.DBClusterIdentifier, m.cluster.EngineVersion!, writer.cluster.EngineVersion!));
      }
    }
  }
  // Every check has passed: from here on, state changes.
  g.FailoverState = {
    Status: (dataLoss ? "failing-over" : "switching-over") as "failing-over",
    FromDbClusterArn: writer?.cluster.DBClusterArn,
    ToDbClusterArn: target.cluster.DBClusterArn,
    IsDataLossAllowed: dataLoss,
  };
  beginGlobal(homeContext(ctx), g, dataLoss ? "failover" : "switchover");
  return { GlobalCluster: shapeGlobalCluster(ctx, g) };
}

export const globalRoleOperations: Operations<typeof Sdk, RdsWorld> = {
  /**
   * API reference: "Failing over - Specify the AllowDataLoss parameter and don't specify the Switchover
   * parameter. Switching over - Specify the Switchover parameter or omit it, but don't specify the AllowDataLoss parameter."
   */
  FailoverGlobalCluster(input, ctx) {
    if (input.AllowDataLoss === true && input.Switchover === true) fail("InvalidParameterCombination", GCM.dataLossAndSwitchover());
    return changeRoles(ctx, input, input.AllowDataLoss === true);
  },

  SwitchoverGlobalCluster: (input, ctx) => changeRoles(ctx, input, false),

  /**
   * The detached secondary becomes a standalone cluster (it shows `promoting`, then `available`); the
   * primary can leave only as the last member (Aurora user guide, "Removing a cluster from an Aurora global database").
   */
  RemoveFromGlobalCluster(input, ctx) {
    const g = getGlobal(ctx, input.GlobalClusterIdentifier!);
    const member = memberNamed(ctx, g, input.DbClusterIdentifier!);
    checkGlobalAvailable(g);
    if (member.link.IsWriter && membersOf(ctx, g).length > 1) fail("InvalidGlobalClusterStateFault", GCM.removePrimary(g.GlobalClusterIdentifier));
    checkClusterState(member.cluster, "available");
    // Every check has passed: from here on, state changes.
    const secondary = !member.link.IsWriter;
    dropMember(g, member);
    if (secondary) beginCluster(member.ctx, member.cluster, "promote");
    return { GlobalCluster: shapeGlobalCluster(ctx, g) };
  },
};
