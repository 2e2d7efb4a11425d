/**
 * The parameters of DB cluster parameter groups: DescribeDBClusterParameters,
 * DescribeEngineDefaultClusterParameters, ModifyDBClusterParameterGroup, ResetDBClusterParameterGroup
 * and CopyDBClusterParameterGroup. A family's parameters come from a table (parameter-groups/data.ts);
 * a group record keeps only the values its user set (`UserParameters`), so a reset is a delete.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { ApplyMethod, Parameter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import type { CallContext } from "../../../core/service.js";
import { CLUSTER_PARAMETERS, type ClusterParameterSpec } from "./data.js";
import { ENGINES } from "../engines/engines.js";
import { filterPredicate, invalidMarker, pageSize, type FilterTable } from "../shared/filters.js";
import { checkIdentifier, idFromArn, own } from "../shared/identifiers.js";
import { M } from "../messages.js";
import { findParameterGroup, parameterGroups } from "./resource.js";
import { groupRecord, shapeGroup } from "./operations.js";
import { checkTags } from "../shared/tags.js";
import type { ClusterParameterGroupRecord, RdsWorld } from "../world.js";

/** A value its user set, with the method it was applied with. */
export interface UserParameter {
  ParameterValue: string;
  ApplyMethod: ApplyMethod;
}

/** A group record with the values its user set (absent: none). */
export type ParameterizedGroup = ClusterParameterGroupRecord & { UserParameters?: Record<string, UserParameter> };

const SOURCES = ["user", "engine-default", "system"];
const APPLY_METHODS: readonly string[] = ["immediate", "pending-reboot"];
/** ModifyDBClusterParameterGroup: "A maximum of 20 parameters can be modified in a single request." */
const MAX_MODIFY = 20;
const PARAMETER_FILTERS: FilterTable<Parameter> = { "parameter-name": (p) => [p.ParameterName] };

const ENGINE_OF_FAMILY: Record<string, string> = Object.fromEntries(
  Object.values(ENGINES).flatMap((e) => Object.values(e.majors).map((m) => [m.family, e.name])),
);

/** The parameter table of a family, or undefined when the family is unknown. */
function familyParameters(family: string): readonly ClusterParameterSpec[] | undefined {
  const engine = own(ENGINE_OF_FAMILY, family);
  return engine === undefined ? undefined : CLUSTER_PARAMETERS[engine];
}

/** A family's default of one parameter, as DescribeEngineDefaultClusterParameters shows it. */
export function defaultParameter(spec: ClusterParameterSpec, family: string): Parameter {
  const { values, ...rest } = spec;
  const value = (values && own(values, family)) ?? spec.ParameterValue;
  const out: Parameter = { ...rest, ApplyMethod: "pending-reboot" };
  if (value === undefined) delete out.ParameterValue;
  else out.ParameterValue = value;
  return out;
}

/** The parameters of a group: the family's defaults with the user's values over them, by name. */
function groupParameters(group: ParameterizedGroup): Parameter[] {
  const family = group.DBParameterGroupFamily!;
  return (familyParameters(family) ?? []).map((spec) => {
    const set = group.UserParameters && own(group.UserParameters, spec.ParameterName);
    const base = defaultParameter(spec, family);
    return set ? { ...base, Source: "user", ParameterValue: set.ParameterValue, ApplyMethod: set.ApplyMethod } : base;
  });
}

/** One page of parameters, in name order (MaxRecords 20-100, default 100). */
export function parameterPage(params: Parameter[], input: { MaxRecords?: number; Marker?: string }): { Parameters: Parameter[]; Marker?: string } {
  const size = pageSize(input);
  const entries = params.map((p): [string, Parameter] => [p.ParameterName!, p]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const page = paginate(entries, size, input.Marker, invalidMarker);
  return page.next === undefined ? { Parameters: page.items } : { Parameters: page.items, Marker: page.next };
}

/** Whether `value` is one of a parameter's allowed values (its data type and `AllowedValues`). */
export function allowed(spec: ClusterParameterSpec, value: string): boolean {
  const rule = spec.AllowedValues;
  if (spec.DataType === "integer") {
    if (!/^-?\d+$/.test(value)) return false;
    const range = rule === undefined ? undefined : /^(-?\d+)-(-?\d+)$/.exec(rule);
    return range === null || range === undefined || (Number(value) >= Number(range[1]) && Number(value) <= Number(range[2]));
  }
  if (rule === undefined) return true;
  const choices = rule.split(",");
  // A list parameter takes several of its choices, comma-separated; MySQL's choices match case-insensitively.
  const parts = spec.DataType === "list" ? value.split(",").map((v) => v.trim()) : [value];
  return parts.every((v) => choices.some((c) => c.toLowerCase() === v.toLowerCase()));
}

/** A group that its user may change: found (DBParameterGroupNotFoundFault) and not a default group. */
function changeableGroup(ctx: CallContext<RdsWorld>, name: string): ParameterizedGroup {
  const group: ParameterizedGroup = findParameterGroup(ctx, name, "DBParameterGroupNotFoundFault");
  if (group.DBClusterParameterGroupName.startsWith("default.")) {
    fail("InvalidDBParameterGroupStateFault", M.parameterDefaultGroup(group.DBClusterParameterGroupName));
  }
  return group;
}

/** Checks one entry of `Parameters` against the family's table; `withValue` for Modify (Reset needs names only). */
function checkEntry(p: Parameter, family: string, withValue: boolean): { spec: ClusterParameterSpec; method: ApplyMethod } {
  const name = p?.ParameterName;
  if (typeof name !== "string" || name === "") fail("InvalidParameterValue", M.parameterNameMissing());
  const spec = (familyParameters(family) ?? []).find((s) => s.ParameterName === name);
  if (!spec) fail("InvalidParameterValue", M.parameterUnknown(name, family));
  if (!spec.IsModifiable) fail("InvalidParameterValue", M.parameterNotModifiable(name));
  // Chosen: a missing ApplyMethod means immediate (what the console and Terraform send), so a static
  // parameter needs an explicit pending-reboot.
  const method = (p.ApplyMethod ?? "immediate") as ApplyMethod;
  if (!APPLY_METHODS.includes(method)) fail("InvalidParameterValue", M.oneOf("ApplyMethod", APPLY_METHODS, method));
  if (spec.ApplyType === "static" && method === "immediate") fail("InvalidParameterCombination", M.parameterStaticImmediate(name));
  if (withValue) {
    const value = p.ParameterValue;
    if (typeof value !== "string" || value === "") fail("InvalidParameterValue", M.parameterValueMissing(name));
    if (!allowed(spec, value)) fail("InvalidParameterValue", M.parameterValue(name, value, spec.AllowedValues ?? spec.DataType));
  }
  return { spec, method };
}

/** The source group of a copy, by name or by an ARN of this account and Region. */
function copySource(ctx: CallContext<RdsWorld>, value: string): ParameterizedGroup {
  const fromArn = value.startsWith("arn:") ? idFromArn(value, "cluster-pg", ctx.region, ctx.accountId) : value;
  if (fromArn === undefined) fail("DBParameterGroupNotFoundFault", M.parameterGroupNotFound(value));
  return findParameterGroup(ctx, fromArn, "DBParameterGroupNotFoundFault");
}

export const clusterParameterOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBClusterParameters(input, ctx) {
    const group: ParameterizedGroup = findParameterGroup(ctx, input.DBClusterParameterGroupName!, "DBParameterGroupNotFoundFault");
    const source: string | undefined = input.Source;
    if (source !== undefined && !SOURCES.includes(source)) fail("InvalidParameterValue", M.oneOf("Source", SOURCES, source));
    const keep = filterPredicate(input.Filters, PARAMETER_FILTERS);
    const params = groupParameters(group).filter((p) => keep(p) && (source === undefined || p.Source === source));
    return parameterPage(params, input);
  },

  DescribeEngineDefaultClusterParameters(input) {
    const family: string = input.DBParameterGroupFamily!;
    const specs = familyParameters(family);
    if (!specs) fail("InvalidParameterValue", M.parameterGroupFamily(family));
    // The API reference says Filters "isn't currently supported": the mock accepts and ignores them.
    const page = parameterPage(specs.map((s) => defaultParameter(s, family)), input);
    return { EngineDefaults: { DBParameterGroupFamily: family, ...page } };
  },

  ModifyDBClusterParameterGroup(input, ctx) {
    const group = changeableGroup(ctx, input.DBClusterParameterGroupName!);
    const entries: Parameter[] = input.Parameters ?? [];
    if (entries.length === 0) fail("MissingParameter", M.parametersMissing("ModifyDBClusterParameterGroup"));
    if (entries.length > MAX_MODIFY) fail("InvalidParameterValue", M.parametersTooMany(MAX_MODIFY, entries.length));
    const changes = entries.map((p) => ({ ...checkEntry(p, group.DBParameterGroupFamily!, true), value: p.ParameterValue! }));
    const user = { ...group.UserParameters };
    for (const c of changes) user[c.spec.ParameterName] = { ParameterValue: c.value, ApplyMethod: c.method };
    group.UserParameters = user;
    return { DBClusterParameterGroupName: group.DBClusterParameterGroupName };
  },

  ResetDBClusterParameterGroup(input, ctx) {
    const group = changeableGroup(ctx, input.DBClusterParameterGroupName!);
    const entries: Parameter[] = input.Parameters ?? [];
    const all = input.ResetAllParameters === true;
    // "You can't use this parameter if ..." both ways; naming neither resets nothing, so it is refused too.
    if (all && entries.length > 0) fail("InvalidParameterCombination", M.resetBoth());
    if (!all && entries.length === 0) fail("InvalidParameterCombination", M.resetNeither());
    if (all) {
      delete group.UserParameters;
    } else {
      const names = entries.map((p) => checkEntry(p, group.DBParameterGroupFamily!, false).spec.ParameterName);
      const user = { ...group.UserParameters };
      for (const n of names) delete user[n];
      if (Object.keys(user).length === 0) delete group.UserParameters;
      else group.UserParameters = user;
    }
    return { DBClusterParameterGroupName: group.DBClusterParameterGroupName };
  },

  CopyDBClusterParameterGroup(input, ctx) {
    const source = copySource(ctx, input.SourceDBClusterParameterGroupIdentifier!);
    // Documented: "You can't copy a default DB cluster parameter group" (create one of its family instead).
    if (source.DBClusterParameterGroupName.startsWith("default.")) fail("InvalidParameterValue", M.parameterCopyDefault(source.DBClusterParameterGroupName));
    const name = checkIdentifier(input.TargetDBClusterParameterGroupIdentifier, "TargetDBClusterParameterGroupIdentifier", { maxLength: 255 });
    const tags = checkTags(input.Tags);
    parameterGroups.requireNew(ctx, name);
    const copy: ParameterizedGroup = groupRecord(ctx, name, source.DBParameterGroupFamily!, input.TargetDBClusterParameterGroupDescription!);
    copy.TagList = tags;
    if (source.UserParameters) copy.UserParameters = JSON.parse(JSON.stringify(source.UserParameters));
    parameterGroups.insert(ctx, name, copy);
    return { DBClusterParameterGroup: shapeGroup(copy) };
  },
};
