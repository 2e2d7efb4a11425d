/** New option group records, the default group of every engine version, and an option as a group shows it. */
import type { Option, OptionSetting } from "@aws-sdk/client-rds";
import type { WorldScope } from "../../../core/service.js";
import type { OptionGroupRecord } from "../world.js";
import { defaultOptionGroupName, OPTION_GROUP_ENGINES, type OptionSpec } from "./catalog.js";
import { optionGroups } from "./resource.js";

export function optionGroupRecord(scope: WorldScope, name: string, engine: string, major: string, description: string): OptionGroupRecord {
  return {
    OptionGroupName: name,
    OptionGroupDescription: description,
    EngineName: engine,
    MajorEngineVersion: major,
    Options: [],
    AllowsVpcAndNonVpcInstanceMemberships: true,
    OptionGroupArn: optionGroups.arnOf(scope, name),
    TagList: [],
  };
}

export function defaultOptionGroups(scope: WorldScope): Record<string, OptionGroupRecord> {
  const out: Record<string, OptionGroupRecord> = {};
  for (const [engine, majors] of Object.entries(OPTION_GROUP_ENGINES)) {
    for (const major of majors) {
      const name = defaultOptionGroupName(engine, major);
      out[name] = optionGroupRecord(scope, name, engine, major, `Default option group for ${engine} ${major}`);
    }
  }
  return out;
}

/** An option of a group: its catalog flags, its port, and every setting with the value it holds. */
export function optionOf(spec: OptionSpec, port: number | undefined, values: Record<string, string>, vpcGroups: readonly string[]): Option {
  const settings: OptionSetting[] = spec.settings.map((s) => {
    const out: OptionSetting = {
      Name: s.name,
      Value: values[s.name] ?? s.defaultValue,
      DefaultValue: s.defaultValue,
      Description: s.description,
      ApplyType: s.applyType,
      DataType: s.dataType,
      AllowedValues: s.allowedValues,
      IsModifiable: true,
      IsCollection: s.isCollection === true,
    };
    for (const k of Object.keys(out) as (keyof OptionSetting)[]) if (out[k] === undefined) delete out[k];
    return out;
  });
  const option: Option = {
    OptionName: spec.name,
    OptionDescription: spec.description,
    Persistent: spec.persistent,
    Permanent: spec.permanent,
    OptionSettings: settings,
    DBSecurityGroupMemberships: [],
    VpcSecurityGroupMemberships: vpcGroups.map((id) => ({ VpcSecurityGroupId: id, Status: "active" })),
  };
  if (port !== undefined) option.Port = port;
  return option;
}
