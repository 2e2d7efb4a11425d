/**
 * Option groups: CreateOptionGroup, CopyOptionGroup, DescribeOptionGroups, DeleteOptionGroup and
 * DescribeOptionGroupOptions (the catalog). The default group of every engine version
 * (`default:mysql-8-0`) exists from the start. ModifyOptionGroup is option-groups/modify.ts.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { OptionGroupOption, OptionGroupOptionSetting } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { paginate } from "../../../core/paging.js";
import { GM } from "../messages/index.js";
import { describeResourcePage, invalidMarker, pageSize } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld } from "../world.js";
import { OPTION_GROUP_ENGINES, optionsOf, type OptionSpec } from "./catalog.js";
import { optionGroupRecord } from "./record.js";
import { optionGroups } from "./resource.js";
import { checkEngine, checkMajor, copySource, customOptionGroup, optionGroupUsedBy } from "./rules.js";
import { shapeOptionGroup } from "./shape.js";

/** Names: 1-255 letters, digits or hyphens, a letter first, no trailing hyphen or two hyphens; stored lowercase. */
const MAX_NAME = 255;

/** A catalog option as DescribeOptionGroupOptions shows it for one engine version. */
function optionGroupOption(spec: OptionSpec, engine: string, major: string): OptionGroupOption {
  const settings: OptionGroupOptionSetting[] = spec.settings.map((s) => ({
    SettingName: s.name,
    SettingDescription: s.description,
    ...(s.defaultValue === undefined ? {} : { DefaultValue: s.defaultValue }),
    ApplyType: s.applyType,
    ...(s.allowedValues === undefined ? {} : { AllowedValues: s.allowedValues }),
    IsModifiable: true,
    IsRequired: s.required === true,
  }));
  const out: OptionGroupOption = {
    Name: spec.name,
    Description: spec.description,
    EngineName: engine,
    MajorEngineVersion: major,
    PortRequired: spec.defaultPort !== undefined,
    OptionsDependedOn: [],
    OptionsConflictsWith: [],
    Persistent: spec.persistent,
    Permanent: spec.permanent,
    RequiresAutoMinorEngineVersionUpgrade: false,
    VpcOnly: false,
    OptionGroupOptionSettings: settings,
    OptionGroupOptionVersions: [],
  };
  if (spec.defaultPort !== undefined) out.DefaultPort = spec.defaultPort;
  return out;
}

export const optionGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateOptionGroup(input, ctx) {
    const name = checkIdentifier(input.OptionGroupName, "OptionGroupName", { maxLength: MAX_NAME });
    const engine = checkEngine(input.EngineName!);
    const major = checkMajor(engine, input.MajorEngineVersion!);
    const tags = checkTags(input.Tags);
    optionGroups.requireNew(ctx, name);
    const group = optionGroups.insert(ctx, name, optionGroupRecord(ctx, name, engine, major, input.OptionGroupDescription!));
    group.TagList = tags;
    return { OptionGroup: shapeOptionGroup(group) };
  },

  CopyOptionGroup(input, ctx) {
    const source = copySource(ctx, input.SourceOptionGroupIdentifier!);
    const name = checkIdentifier(input.TargetOptionGroupIdentifier, "TargetOptionGroupIdentifier", { maxLength: MAX_NAME });
    const tags = checkTags(input.Tags);
    optionGroups.requireNew(ctx, name);
    const copy = optionGroupRecord(ctx, name, source.EngineName!, source.MajorEngineVersion!, input.TargetOptionGroupDescription!);
    copy.Options = structuredClone(source.Options ?? []);
    copy.TagList = tags;
    optionGroups.insert(ctx, name, copy);
    return { OptionGroup: shapeOptionGroup(copy) };
  },

  DescribeOptionGroups(input, ctx) {
    // The API reference: Filters "isn't currently supported"; they are accepted and ignored.
    if (input.MajorEngineVersion !== undefined && input.EngineName === undefined) fail("InvalidParameterCombination", GM.optionGroupMajorNeedsEngine());
    if (input.OptionGroupName !== undefined) {
      return { OptionGroupsList: [shapeOptionGroup(optionGroups.get(ctx, input.OptionGroupName))] };
    }
    const engine = input.EngineName?.toLowerCase();
    const major = input.MajorEngineVersion;
    const page = describeResourcePage(optionGroups, ctx, input, (g) => (engine === undefined || g.EngineName === engine) && (major === undefined || g.MajorEngineVersion === major));
    return { OptionGroupsList: page.items.map(shapeOptionGroup), Marker: page.Marker };
  },

  DeleteOptionGroup(input, ctx) {
    const group = customOptionGroup(ctx, input.OptionGroupName!, "deleted");
    const name = group.OptionGroupName;
    // An option group can't be deleted while a DB instance or cluster is a member of it.
    const user = optionGroupUsedBy(ctx.world, name);
    if (user) fail("InvalidOptionGroupStateFault", GM.optionGroupInUse(name, user));
    optionGroups.remove(ctx, name);
    return {};
  },

  DescribeOptionGroupOptions(input) {
    const engine = checkEngine(input.EngineName!);
    const majors = input.MajorEngineVersion === undefined ? OPTION_GROUP_ENGINES[engine] : [checkMajor(engine, input.MajorEngineVersion)];
    const entries = majors.flatMap((major) => optionsOf(engine, major).map((o): [string, OptionGroupOption] => [`${major}/${o.name}`, optionGroupOption(o, engine, major)]));
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const page = paginate(entries, pageSize(input), input.Marker, invalidMarker);
    return page.next === undefined ? { OptionGroupOptions: page.items } : { OptionGroupOptions: page.items, Marker: page.next };
  },
};
