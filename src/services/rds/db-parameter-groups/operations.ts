/**
 * DB parameter groups: CreateDBParameterGroup, CopyDBParameterGroup, DescribeDBParameterGroups and
 * DeleteDBParameterGroup. The default group of every family (`default.mysql8.0`) exists from the start.
 * Their parameters are db-parameter-groups/parameters.ts.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { GM } from "../messages/index.js";
import { describeResourcePage } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld } from "../world.js";
import { dbParameterGroupRecord } from "./record.js";
import { dbParameterGroups, isDefaultGroup } from "./resource.js";
import { checkFamily, copySource, customGroup, groupUsedBy } from "./rules.js";
import { shapeDBParameterGroup } from "./shape.js";

/** Names: 1-255 letters, digits or hyphens, a letter first, no trailing hyphen or two hyphens; stored lowercase. */
const MAX_NAME = 255;

export const dbParameterGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBParameterGroup(input, ctx) {
    const name = checkIdentifier(input.DBParameterGroupName, "DBParameterGroupName", { maxLength: MAX_NAME });
    const family = checkFamily(input.DBParameterGroupFamily!);
    const tags = checkTags(input.Tags);
    dbParameterGroups.requireNew(ctx, name);
    const group = dbParameterGroups.insert(ctx, name, dbParameterGroupRecord(ctx, name, family, input.Description!));
    group.TagList = tags;
    return { DBParameterGroup: shapeDBParameterGroup(group) };
  },

  CopyDBParameterGroup(input, ctx) {
    const source = copySource(ctx, input.SourceDBParameterGroupIdentifier!);
    // Documented: "You can't copy a default DB parameter group" (create a custom group of its family instead).
    if (isDefaultGroup(source.DBParameterGroupName)) fail("InvalidParameterValue", GM.dbParameterGroupCopyDefault(source.DBParameterGroupName));
    const name = checkIdentifier(input.TargetDBParameterGroupIdentifier, "TargetDBParameterGroupIdentifier", { maxLength: MAX_NAME });
    const tags = checkTags(input.Tags);
    dbParameterGroups.requireNew(ctx, name);
    const copy = dbParameterGroupRecord(ctx, name, source.DBParameterGroupFamily!, input.TargetDBParameterGroupDescription!);
    copy.TagList = tags;
    if (source.UserParameters) copy.UserParameters = structuredClone(source.UserParameters);
    dbParameterGroups.insert(ctx, name, copy);
    return { DBParameterGroup: shapeDBParameterGroup(copy) };
  },

  DescribeDBParameterGroups(input, ctx) {
    // The API reference: Filters "isn't currently supported"; they are accepted and ignored.
    if (input.DBParameterGroupName !== undefined) {
      return { DBParameterGroups: [shapeDBParameterGroup(dbParameterGroups.get(ctx, input.DBParameterGroupName))] };
    }
    const page = describeResourcePage(dbParameterGroups, ctx, input);
    return { DBParameterGroups: page.items.map(shapeDBParameterGroup), Marker: page.Marker };
  },

  DeleteDBParameterGroup(input, ctx) {
    const group = customGroup(ctx, input.DBParameterGroupName!, "deleted");
    const name = group.DBParameterGroupName;
    // Documented: "The specified DB parameter group can't be associated with any DB instances."
    const user = groupUsedBy(ctx.world, name);
    if (user) fail("InvalidDBParameterGroupStateFault", GM.dbParameterGroupInUse(name, user));
    dbParameterGroups.remove(ctx, name);
    return {};
  },
};
