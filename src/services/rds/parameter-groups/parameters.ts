/**
 * The parameters of DB cluster parameter groups: DescribeDBClusterParameters,
 * DescribeEngineDefaultClusterParameters, ModifyDBClusterParameterGroup, ResetDBClusterParameterGroup
 * and CopyDBClusterParameterGroup. A family's parameters come from a table (parameter-groups/data.ts);
 * a group record keeps only the values its user set (`UserParameters`), so a reset is a delete.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { Parameter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import type { CallContext } from "../../../core/service.js";
import { CLUSTER_PARAMETERS, type ClusterParameterSpec } from "./data.js";
import { ENGINES } from "../engines/engines.js";
import { filterPredicate, invalidMarker, pageSize, type FilterTable } from "../shared/filters.js";
import { checkIdentifier, idFromArn, own } from "../shared/identifiers.js";
import { M } from "../messages/index.js";
import { findParameterGroup, parameterGroups } from "./resource.js";
import { groupRecord, shapeGroup } from "./operations.js";
import { checkTags } from "../shared/tags.js";
import { modifyUserValues, resetUserValues, type ParameterTable, type UserParameter } from "./user-values.js";
import type { ClusterParameterGroupRecord, RdsWorld } from "../world.js";

/** A value its user set, with the method it was applied with. */

/** A group record with the values its user set (absent: none). */
export type ParameterizedGroup = ClusterParameterGroupRecord & { UserParameters?: Record<string, UserParameter> };

const SOURCES = ["user", "engine-default", "system"];
/** DB cluster parameter groups' families and their unknown-parameter message (user-values.ts). */
const CLUSTER_PARAMETERS_TABLE: ParameterTable = { specs: (family) => familyParameters(family), unknown: M.parameterUnknown };
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


/** A group that its user may change: found (DBParameterGroupNotFoundFault) and not a default group. */
function changeableGroup(ctx: CallContext<RdsWorld>, name: string): ParameterizedGroup {
  const group: ParameterizedGroup = findParameterGroup(ctx, name, "DBParameterGroupNotFoundFault");
  if (group.DBClusterParameterGroupName.startsWith("default.")) {
    fail("InvalidDBParameterGroupStateFault", M.parameterDefaultGroup(group.DBClusterParameterGroupName));
  }
  return group;
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
    modifyUserValues(group, input.Parameters, "ModifyDBClusterParameterGroup", CLUSTER_PARAMETERS_TABLE);
    return { DBClusterParameterGroupName: group.DBClusterParameterGroupName };
  },

  ResetDBClusterParameterGroup(input, ctx) {
    const group = changeableGroup(ctx, input.DBClusterParameterGroupName!);
    resetUserValues(group, input.Parameters, input.ResetAllParameters === true, CLUSTER_PARAMETERS_TABLE);
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
