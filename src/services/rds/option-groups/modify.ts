/**
 * ModifyOptionGroup: adds or updates options (OptionsToInclude) and removes them (OptionsToRemove).
 * Documented: permanent options (Oracle TDE) can't be removed; persistent ones can't be removed while a
 * DB instance uses the group. Every entry is checked before the group changes: a failed call changes nothing.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Option } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { GM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";
import { optionOf } from "./record.js";
import { checkOption, customOptionGroup, optionGroupUsedBy } from "./rules.js";
import { shapeOptionGroup } from "./shape.js";

/** The setting values an option of the group holds now. */
function currentValues(option: Option): Record<string, string> {
  return Object.fromEntries((option.OptionSettings ?? []).filter((s) => s.Value !== undefined).map((s) => [s.Name!, s.Value!]));
}

export const optionGroupModifyOperations: Operations<typeof Sdk, RdsWorld> = {
  ModifyOptionGroup(input, ctx) {
    const group = customOptionGroup(ctx, input.OptionGroupName!, "modified");
    const held = new Map((group.Options ?? []).map((o) => [o.OptionName!, o]));
    const include = input.OptionsToInclude ?? [];
    const remove = input.OptionsToRemove ?? [];
    const seen = new Set<string>();
    for (const c of include) {
      if (seen.has(c.OptionName!)) fail("InvalidParameterValue", GM.optionDuplicate(c.OptionName!));
      seen.add(c.OptionName!);
      if (remove.includes(c.OptionName!)) fail("InvalidParameterCombination", GM.optionIncludedAndRemoved(c.OptionName!));
    }
    const checked = include.map((c) => {
      const existing = held.get(c.OptionName!);
      return checkOption(group, c, existing && currentValues(existing));
    });
    const user = optionGroupUsedBy(ctx.world, group.OptionGroupName);
    for (const name of remove) {
      const option = held.get(name);
      if (!option) fail("InvalidParameterValue", GM.optionNotInGroup(name, group.OptionGroupName));
      if (option.Permanent) fail("InvalidParameterValue", GM.optionPermanent(name));
      if (option.Persistent && user) fail("InvalidOptionGroupStateFault", GM.optionPersistentInUse(name, user));
    }
    for (const name of remove) held.delete(name);
    for (const c of checked) {
      const existing = held.get(c.spec.name);
      const vpc = c.vpcGroups.length > 0 ? c.vpcGroups : (existing?.VpcSecurityGroupMemberships ?? []).map((m) => m.VpcSecurityGroupId!);
      held.set(c.spec.name, optionOf(c.spec, c.port, c.values, vpc));
    }
    group.Options = [...held.values()];
    return { OptionGroup: shapeOptionGroup(group) };
  },
};
