/**
 * DB cluster parameter groups: the default group of every family (`default.aurora-mysql8.0`, ...)
 * exists from the start; create, describe and delete custom ones so clusters can name them.
 * Their parameters live in parameter-groups/parameters.ts (the values a user set are kept as `UserParameters`).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { DBClusterParameterGroup } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { WorldScope } from "../../../core/service.js";
import { CLUSTER_FAMILIES } from "../engines/engines.js";
import { describeResourcePage } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { findParameterGroup, parameterGroups } from "./resource.js";
import { M } from "../messages/index.js";
import { shapeParameterGroup } from "./shape.js";
import { checkTags } from "../shared/tags.js";
import type { ClusterParameterGroupRecord, RdsWorld } from "../world.js";

export function defaultGroupName(family: string): string {
  return `default.${family}`;
}

/** A new group record (no tags, no parameter values of its own). */
export function groupRecord(scope: WorldScope, name: string, family: string, description: string): ClusterParameterGroupRecord {
  return {
    DBClusterParameterGroupName: name,
    DBParameterGroupFamily: family,
    Description: description,
    DBClusterParameterGroupArn: parameterGroups.arnOf(scope, name),
    TagList: [],
  };
}

export function defaultClusterParameterGroups(scope: WorldScope): Record<string, ClusterParameterGroupRecord> {
  const out: Record<string, ClusterParameterGroupRecord> = {};
  for (const family of CLUSTER_FAMILIES) {
    const name = defaultGroupName(family);
    out[name] = groupRecord(scope, name, family, `Default cluster parameter group for ${family}`);
  }
  return out;
}

/** The output of a group: the SDK members only (not its tags or its user's parameter values). */
export function shapeGroup(group: ClusterParameterGroupRecord): DBClusterParameterGroup {
  const { UserParameters: _values, ...rest } = group as ClusterParameterGroupRecord & { UserParameters?: unknown };
  return shapeParameterGroup(rest);
}

function usedBy(world: RdsWorld, name: string): string | undefined {
  for (const id in world.clusters) if (world.clusters[id].DBClusterParameterGroup === name) return `DB cluster ${id}`;
  return undefined;
}

export const parameterGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBClusterParameterGroup(input, ctx) {
    const name = checkIdentifier(input.DBClusterParameterGroupName, "DBClusterParameterGroupName", { maxLength: 255 });
    const family: string = input.DBParameterGroupFamily!;
    if (!CLUSTER_FAMILIES.includes(family)) fail("InvalidParameterValue", M.parameterGroupFamily(family));
    const tags = checkTags(input.Tags);
    parameterGroups.requireNew(ctx, name);
    const group = parameterGroups.insert(ctx, name, groupRecord(ctx, name, family, input.Description!));
    group.TagList = tags;
    return { DBClusterParameterGroup: shapeGroup(group) };
  },

  DescribeDBClusterParameterGroups(input, ctx) {
    if (input.DBClusterParameterGroupName !== undefined) {
      const group = findParameterGroup(ctx, input.DBClusterParameterGroupName, "DBParameterGroupNotFoundFault");
      return { DBClusterParameterGroups: [shapeGroup(group)] };
    }
    const page = describeResourcePage(parameterGroups, ctx, input);
    return { DBClusterParameterGroups: page.items.map(shapeGroup), Marker: page.Marker };
  },

  DeleteDBClusterParameterGroup(input, ctx) {
    const group = findParameterGroup(ctx, input.DBClusterParameterGroupName!, "DBParameterGroupNotFoundFault");
    const name = group.DBClusterParameterGroupName;
    if (name.startsWith("default.")) fail("InvalidDBParameterGroupStateFault", M.parameterGroupDefault(name));
    const user = usedBy(ctx.world, name);
    if (user) fail("InvalidDBParameterGroupStateFault", M.parameterGroupInUse(name, user));
    parameterGroups.remove(ctx, name);
    return {};
  },
};
