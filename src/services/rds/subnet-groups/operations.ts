/** DB subnet groups: create, describe, modify and delete, so clusters can name one. */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { M } from "../messages/index.js";
import { describeResourcePage } from "../shared/filters.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld } from "../world.js";
import { newSubnetGroup, subnets } from "./record.js";
import { subnetGroups } from "./resource.js";
import { checkGroupName, checkSubnetIds, usedBy } from "./rules.js";
import { shapeSubnetGroup } from "./shape.js";

export const subnetGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBSubnetGroup(input, ctx) {
    const name = checkGroupName(input.DBSubnetGroupName!);
    checkSubnetIds(input.SubnetIds!, ctx);
    const tags = checkTags(input.Tags);
    subnetGroups.requireNew(ctx, name);
    const group = subnetGroups.insert(ctx, name, newSubnetGroup(ctx, name, input.DBSubnetGroupDescription!, input.SubnetIds!, tags));
    return { DBSubnetGroup: shapeSubnetGroup(group) };
  },

  ModifyDBSubnetGroup(input, ctx) {
    const group = subnetGroups.get(ctx, input.DBSubnetGroupName!);
    checkSubnetIds(input.SubnetIds!, ctx);
    group.Subnets = subnets(input.SubnetIds!, ctx.region);
    if (input.DBSubnetGroupDescription !== undefined) group.DBSubnetGroupDescription = input.DBSubnetGroupDescription;
    return { DBSubnetGroup: shapeSubnetGroup(group) };
  },

  DescribeDBSubnetGroups(input, ctx) {
    if (input.DBSubnetGroupName !== undefined) {
      const group = subnetGroups.get(ctx, input.DBSubnetGroupName);
      return { DBSubnetGroups: [shapeSubnetGroup(group)] };
    }
    const page = describeResourcePage(subnetGroups, ctx, input);
    return { DBSubnetGroups: page.items.map(shapeSubnetGroup), Marker: page.Marker };
  },

  DeleteDBSubnetGroup(input, ctx) {
    const name = input.DBSubnetGroupName!.toLowerCase();
    if (name === "default") fail("InvalidDBSubnetGroupStateFault", M.subnetGroupDefault());
    subnetGroups.get(ctx, name);
    const user = usedBy(ctx.world, name);
    if (user) fail("InvalidDBSubnetGroupStateFault", M.subnetGroupInUse(name, user));
    subnetGroups.remove(ctx, name);
    return {};
  },
};
