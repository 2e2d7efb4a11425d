/**
 * ModifyCurrentDBClusterCapacity: sets the capacity of an Aurora Serverless v1 DB cluster (EngineMode
 * `serverless`). The mock has no workload, so a scaling point is always found at once: the cluster's
 * `Capacity` is the new value as soon as the call returns (a paused cluster, capacity 0, resumes),
 * and the answer shows the capacity before (CurrentCapacity) and after (PendingCapacity).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { findCluster } from "../clusters/resource.js";
import { checkRange } from "../clusters/rules.js";
import { engineSpec } from "../engines/engines.js";
import { XM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

/** API reference, TimeoutAction: "either ForceApplyCapacityChange or RollbackCapacityChange"; the former is the default. */
const TIMEOUT_ACTIONS = ["ForceApplyCapacityChange", "RollbackCapacityChange"];

export const capacityOperations: Operations<typeof Sdk, RdsWorld> = {
  ModifyCurrentDBClusterCapacity(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    // "This operation only applies to Aurora Serverless v1 DB clusters." Of the declared errors, the
    // state fault is the one that fits a cluster of another engine mode (the mock's choice).
    if (cluster.EngineMode !== "serverless") fail("InvalidDBClusterStateFault", XM.capacityEngineMode(cluster.DBClusterIdentifier, cluster.EngineMode ?? "provisioned"));
    // SecondsBeforeTimeout: "Specify a value between 10 and 600 seconds."
    checkRange("SecondsBeforeTimeout", input.SecondsBeforeTimeout, 10, 600);
    if (input.TimeoutAction !== undefined && !TIMEOUT_ACTIONS.includes(input.TimeoutAction)) {
      fail("InvalidParameterValue", XM.capacityTimeoutAction(input.TimeoutAction, TIMEOUT_ACTIONS.join(", ")));
    }
    // Capacity: Aurora MySQL 1, 2, 4, ... 256; Aurora PostgreSQL 2, 4, 8, 16, 32, 64, 192, 384 (engines/engines.ts).
    const valid = engineSpec(cluster.Engine)?.serverlessV1Capacities ?? [];
    if (input.Capacity !== undefined && !valid.includes(input.Capacity)) {
      fail("InvalidDBClusterCapacityFault", XM.capacityValue(input.Capacity, cluster.Engine ?? "", valid.join(", ")));
    }
    if (cluster.Status !== "available") fail("InvalidDBClusterStateFault", XM.capacityState(cluster.DBClusterIdentifier, cluster.Status));
    const current = cluster.Capacity ?? 0;
    // Without Capacity nothing is asked to change (the member is optional): the answer shows the cluster as it is.
    if (input.Capacity !== undefined) cluster.Capacity = input.Capacity;
    return {
      DBClusterIdentifier: cluster.DBClusterIdentifier,
      CurrentCapacity: current,
      PendingCapacity: input.Capacity,
      SecondsBeforeTimeout: input.SecondsBeforeTimeout ?? 300,
      TimeoutAction: input.TimeoutAction ?? "ForceApplyCapacityChange",
    };
  },
};
