/**
 * The rules of DB shard groups (Aurora User Guide, "Creating a DB cluster that uses Aurora PostgreSQL
 * Limitless Database" and "Working with DB shard groups"). Where AWS documents no number, the
 * choice is written next to the rule.
 */
import { fail } from "../../../core/aws-error.js";
import { checkRange } from "../clusters/rules.js";
import { HM } from "../messages/index.js";
import type { ClusterRecord } from "../world.js";

/**
 * The capacity of a whole shard group (routers and shards), in ACUs. The user guide's table of
 * maximum capacity starts at 16 ACUs and ends at 6,144; the mock takes that as MaxACU's range and
 * keeps MinACU within 16 and MaxACU (its default is 16). Half-ACU steps as in Serverless v2.
 */
export const SHARD_GROUP_ACU = { min: 16, max: 6144 } as const;

export function checkCapacity(maxAcu: number, minAcu: number): void {
  checkRange("MaxACU", maxAcu, SHARD_GROUP_ACU.min, SHARD_GROUP_ACU.max);
  checkRange("MinACU", minAcu, SHARD_GROUP_ACU.min, SHARD_GROUP_ACU.max);
  for (const [member, value] of [["MaxACU", maxAcu], ["MinACU", minAcu]] as const) {
    if (value * 2 !== Math.round(value * 2)) fail("InvalidParameterValue", HM.halfStep(member, value));
  }
  if (minAcu > maxAcu) fail("InvalidParameterValue", HM.minAboveMax(minAcu, maxAcu));
}

/** ComputeRedundancy: "0", "1" or "2" standby shards (API reference). */
export function checkRedundancy(value: number | undefined): void {
  checkRange("ComputeRedundancy", value, 0, 2);
}

/** "You must enable Aurora Limitless Database to create a DB shard group": an available Limitless cluster. */
export function checkLimitlessCluster(cluster: ClusterRecord): void {
  if (cluster.Engine !== "aurora-postgresql" || cluster.ClusterScalabilityType !== "limitless") {
    fail("InvalidDBClusterStateFault", HM.notLimitless(cluster.DBClusterIdentifier));
  }
  if (cluster.Status !== "available") fail("InvalidDBClusterStateFault", HM.clusterState(cluster.DBClusterIdentifier, cluster.Status));
}
