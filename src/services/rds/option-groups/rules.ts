/**
 * The documented rules of option groups (CreateOptionGroup, ModifyOptionGroup, DeleteOptionGroup and
 * CopyOptionGroup in the RDS API reference; "Working with option groups" in the user guide): engines
 * and major versions, default groups, who uses a group, and each option's port and settings.
 */
import type { OptionConfiguration, OptionSetting } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { GM } from "../messages/index.js";
import { idFromArn } from "../shared/identifiers.js";
import type { OptionGroupRecord, RdsWorld } from "../world.js";
import { OPTION_GROUP_ENGINES, optionsOf, type OptionSettingSpec, type OptionSpec } from "./catalog.js";
import { isDefaultOptionGroup, optionGroups } from "./resource.js";

/** EngineName must be an engine with option groups (case-insensitive, stored lowercase). */
export function checkEngine(value: string): string {
  const engine = value.toLowerCase();
  if (!Object.hasOwn(OPTION_GROUP_ENGINES, engine)) fail("InvalidParameterValue", GM.optionGroupEngine(value));
  return engine;
}

/** MajorEngineVersion must be a major version of the engine (`8.0`, `19`, `16.00`). */
export function checkMajor(engine: string, major: string): string {
  const valid = OPTION_GROUP_ENGINES[engine];
  if (!valid.includes(major)) fail("InvalidParameterCombination", GM.optionGroupMajor(engine, major, valid));
  return major;
}

/** A group its user may change or delete: found, and not one of the `default:*` groups RDS provides. */
export function customOptionGroup(ctx: CallContext<RdsWorld>, name: string, verb: string): OptionGroupRecord {
  const group = optionGroups.get(ctx, name);
  if (isDefaultOptionGroup(group.OptionGroupName)) fail("InvalidOptionGroupStateFault", GM.optionGroupDefault(group.OptionGroupName, verb));
  return group;
}

/** The DB instance or cluster that is a member of a group (delete and persistent-option rules). */
export function optionGroupUsedBy(world: RdsWorld, name: string): string | undefined {
  for (const id in world.instances) {
    if ((world.instances[id].OptionGroupMemberships ?? []).some((m) => m.OptionGroupName === name)) return `DB instance ${id}`;
  }
  for (const id in world.clusters) {
    if ((world.clusters[id].DBClusterOptionGroupMemberships ?? []).some((m) => m.DBClusterOptionGroupName === name)) return `DB cluster ${id}`;
  }
  return undefined;
}

/** The source of a copy: a name, or an ARN of this account and Region. */
export function copySource(ctx: CallContext<RdsWorld>, value: string): OptionGroupRecord {
  const name = value.startsWith("arn:") ? idFromArn(value, "og", ctx.region, ctx.accountId) : value;
  if (name === undefined) fail("OptionGroupNotFoundFault", GM.optionGroupNotFound(value));
  return optionGroups.get(ctx, name);
}

/** Whether a setting's value is one it allows (integer ranges, choices, several for a collection). */
function settingAllows(spec: OptionSettingSpec, value: string): boolean {
  const rule = spec.allowedValues;
  if (spec.dataType === "INTEGER") {
    if (!/^\d+$/.test(value)) return false;
    const r = rule && /^(\d+)-(\d+)$/.exec(rule);
    return !r || (Number(value) >= Number(r[1]) && Number(value) <= Number(r[2]));
  }
  if (rule === undefined) return value !== "";
  const parts = spec.isCollection ? value.split(",") : [value];
  return parts.every((v) => rule.split(",").includes(v));
}

/** One checked entry of OptionsToInclude: its catalog option, port and setting values. */
export interface CheckedOption {
  spec: OptionSpec;
  port: number | undefined;
  values: Record<string, string>;
  vpcGroups: string[];
}

/**
 * An OptionsToInclude entry checked against the engine version's catalog: a known option, a Port only
 * for options that listen on one (its DefaultPort when omitted), known settings with allowed values,
 * and the required settings of an option the group does not hold yet (`current`: its values if it does).
 */
export function checkOption(group: OptionGroupRecord, config: OptionConfiguration, current: Record<string, string> | undefined): CheckedOption {
  const engine = group.EngineName!;
  const major = group.MajorEngineVersion!;
  const spec = optionsOf(engine, major).find((o) => o.name === config.OptionName);
  if (!spec) fail("InvalidParameterValue", GM.optionUnknown(String(config.OptionName), engine, major));
  if (config.Port !== undefined && spec.defaultPort === undefined) fail("InvalidParameterValue", GM.optionNoPort(spec.name));
  if (config.Port !== undefined && (config.Port < 1150 || config.Port > 65535)) fail("InvalidParameterValue", GM.optionPort(spec.name, config.Port));
  const values: Record<string, string> = { ...current };
  for (const s of config.OptionSettings ?? ([] as OptionSetting[])) {
    const settingSpec = spec.settings.find((x) => x.name === s.Name);
    if (!settingSpec) fail("InvalidParameterValue", GM.optionSettingUnknown(String(s.Name), spec.name));
    const value = s.Value ?? "";
    if (!settingAllows(settingSpec, value)) fail("InvalidParameterValue", GM.optionSettingValue(settingSpec.name, value, settingSpec.allowedValues ?? settingSpec.dataType));
    values[settingSpec.name] = value;
  }
  for (const s of spec.settings) if (s.required && values[s.name] === undefined) fail("InvalidParameterValue", GM.optionSettingRequired(s.name, spec.name));
  const port = spec.defaultPort === undefined ? undefined : (config.Port ?? spec.defaultPort);
  return { spec, port, values, vpcGroups: [...(config.VpcSecurityGroupMemberships ?? [])] };
}
