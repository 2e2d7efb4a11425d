/** Fresh RDS state for one account and Region. */
import type { WorldScope } from "../../core/service.js";
import { defaultClusterParameterGroups } from "./parameter-groups/operations.js";
import { defaultDBParameterGroups } from "./db-parameter-groups/record.js";
import { defaultOptionGroups } from "./option-groups/record.js";
import { defaultSubnetGroup } from "./subnet-groups/record.js";
import type { RdsWorld } from "./world.js";

/** A fresh world: no clusters, the default DB subnet group and the default cluster parameter groups. */
export function createRdsWorld(scope: WorldScope = { accountId: "123456789012", region: "us-east-1" }): RdsWorld {
  const subnet = defaultSubnetGroup(scope);
  return {
    clusters: {},
    instances: {},
    clusterSnapshots: {},
    clusterSnapshotAttributes: {},
    subnetGroups: { [subnet.DBSubnetGroupName]: subnet },
    clusterParameterGroups: defaultClusterParameterGroups(scope),
    sharedClusterSnapshots: {},
    clusterEndpoints: {},
    clusterBacktracks: {},
    certificateOverride: {},
    events: [],
    eventSubscriptions: {},
    // Issue 13: DB parameter groups and option groups.
    dbParameterGroups: defaultDBParameterGroups(scope),
    optionGroups: defaultOptionGroups(scope),
    // --- DB snapshots ---
    dbSnapshots: {},
    dbSnapshotAttributes: {},
    sharedDbSnapshots: {},
    // --- end DB snapshots ---
    // --- Aurora global databases ---
    globalClusters: {},
    // --- end global databases ---
    // --- RDS Proxy ---
    dbProxies: {},
    dbProxyEndpoints: {},
    dbProxyTargetGroups: {},
    dbProxyTargets: {},
    // --- end RDS Proxy ---
  };
}
