/** A fresh DocumentDB Elastic world for one account and Region. */
import type { WorldScope } from "../../core/service.js";
import { hash17 } from "./shared/ids.js";
import type { DocdbWorld } from "./world.js";

export function createDocdbWorld(scope: WorldScope): DocdbWorld {
  return {
    clusters: {},
    snapshots: {},
    clusterNames: {},
    snapshotNames: {},
    pendingActions: {},
    clientTokens: {},
    defaultNetwork: defaultNetwork(scope),
    nextSeq: 1,
  };
}

/**
 * A default VPC per account and Region: three subnets and the default security group. Derived from
 * the scope (not the id stream), so making a world never moves the seeded identifiers.
 */
function defaultNetwork(scope: WorldScope): DocdbWorld["defaultNetwork"] {
  const id = (salt: string) => hash17(`${scope.accountId}/${scope.region}/${salt}`);
  return {
    subnetIds: [`subnet-${id("a")}`, `subnet-${id("b")}`, `subnet-${id("c")}`],
    vpcSecurityGroupIds: [`sg-${id("default-sg")}`],
  };
}
