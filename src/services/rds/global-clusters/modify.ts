/** ModifyGlobalCluster's rename and engine upgrade, applied to the global cluster and every member cluster. */
import type { ModifyGlobalClusterMessage } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { checkClusterState, membersOf as instancesOf } from "../clusters/members.js";
import { checkEngineVersion } from "../clusters/rules.js";
import { compareVersions, defaultOptionGroupName, engineSpec, familyOf, type EngineSpec } from "../engines/engines.js";
import { GCM } from "../messages/index.js";
import { defaultGroupName } from "../parameter-groups/operations.js";
import { beginCluster } from "../shared/resource-keys.js";
import type { GlobalClusterRecord, RdsWorld } from "../world.js";
import { membersOf } from "./members.js";
import { globalClusterArn, globalClusters } from "./resource.js";

export interface GlobalUpgrade {
  engine: EngineSpec;
  version: string;
  major: boolean;
}

/**
 * EngineVersion: never older; a new major version needs AllowMajorVersionUpgrade (API reference:
 * "Must be enabled if you specify a value for the EngineVersion parameter that's a different major
 * version"); every member cluster must be available, as it upgrades with the global cluster.
 */
export function checkGlobalUpgrade(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord, input: ModifyGlobalClusterMessage): GlobalUpgrade | undefined {
  if (input.EngineVersion === undefined) return undefined;
  const engine = engineSpec(g.Engine)!;
  const target = checkEngineVersion(engine, input.EngineVersion);
  const current = g.EngineVersion!;
  if (compareVersions(target, current) < 0) fail("InvalidParameterCombination", GCM.downgrade(current, target));
  if (target === current) return undefined;
  const major = engine.majorOf(target) !== engine.majorOf(current);
  if (major && input.AllowMajorVersionUpgrade !== true) fail("InvalidParameterCombination", GCM.majorUpgrade());
  for (const m of membersOf(ctx, g)) checkClusterState(m.cluster, "available");
  return { engine, version: target, major };
}

/**
 * Every member moves to the new version and shows `upgrading`. API reference: "If you upgrade the major
 * version of a global database, the cluster and DB instance parameter groups are set to the default
 * parameter groups for the new version."
 */
export function upgradeMembers(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord, upgrade: GlobalUpgrade): void {
  const { engine, version, major } = upgrade;
  const family = familyOf(engine, version);
  g.EngineVersion = version;
  for (const m of membersOf(ctx, g)) {
    m.cluster.EngineVersion = version;
    if (major) m.cluster.DBClusterParameterGroup = defaultGroupName(family);
    for (const instance of instancesOf(m.ctx, m.cluster)) {
      instance.EngineVersion = version;
      if (!major) continue;
      instance.DBParameterGroups = [{ DBParameterGroupName: defaultGroupName(family), ParameterApplyStatus: "in-sync" }];
      instance.OptionGroupMemberships = [{ OptionGroupName: defaultOptionGroupName(engine, version), Status: "in-sync" }];
    }
    beginCluster(m.ctx, m.cluster, "upgrade");
  }
}

/** NewGlobalClusterIdentifier: the key, ARN and writer endpoint follow, and so does each member's GlobalClusterIdentifier. */
export function renameGlobal(ctx: CallContext<RdsWorld>, home: CallContext<RdsWorld>, g: GlobalClusterRecord, newId: string): void {
  const oldId = g.GlobalClusterIdentifier;
  globalClusters.remove(home, oldId);
  g.GlobalClusterIdentifier = newId;
  g.GlobalClusterArn = globalClusterArn(ctx, newId);
  if (g.Endpoint !== undefined) g.Endpoint = `${newId}${g.Endpoint.slice(oldId.length)}`;
  globalClusters.insert(home, newId, g);
  for (const m of membersOf(ctx, g)) m.cluster.GlobalClusterIdentifier = newId;
}
