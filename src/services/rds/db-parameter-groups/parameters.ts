/**
 * The parameters of DB parameter groups: DescribeDBParameters, DescribeEngineDefaultParameters,
 * ModifyDBParameterGroup and ResetDBParameterGroup. A family's parameters come from a table
 * (families.ts); a group keeps only the values its user set (`UserParameters`), so a reset is a delete.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Parameter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { GM, M } from "../messages/index.js";
import { defaultParameter, parameterPage } from "../parameter-groups/parameters.js";
import { filterPredicate, type FilterTable } from "../shared/filters.js";
import { own } from "../shared/identifiers.js";
import type { DBParameterGroupRecord, RdsWorld } from "../world.js";
import { familyParameters } from "./families.js";
import { dbParameterGroups } from "./resource.js";
import { customGroup, DB_PARAMETERS_TABLE } from "./rules.js";
import { modifyUserValues, resetUserValues } from "../parameter-groups/user-values.js";

const SOURCES = ["user", "engine-default", "system"];
const PARAMETER_FILTERS: FilterTable<Parameter> = { "parameter-name": (p) => [p.ParameterName] };

/** A group's parameters: the family's defaults with its user's values over them, by name. */
function groupParameters(group: DBParameterGroupRecord): Parameter[] {
  const family = group.DBParameterGroupFamily!;
  return (familyParameters(family) ?? []).map((spec) => {
    const set = group.UserParameters && own(group.UserParameters, spec.ParameterName);
    const base = defaultParameter(spec, family);
    return set ? { ...base, Source: "user", ParameterValue: set.ParameterValue, ApplyMethod: set.ApplyMethod } : base;
  });
}

export const dbParameterOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBParameters(input, ctx) {
    const group = dbParameterGroups.get(ctx, input.DBParameterGroupName!);
    const source: string | undefined = input.Source;
    if (source !== undefined && !SOURCES.includes(source)) fail("InvalidParameterValue", M.oneOf("Source", SOURCES, source));
    const keep = filterPredicate(input.Filters, PARAMETER_FILTERS);
    return parameterPage(groupParameters(group).filter((p) => keep(p) && (source === undefined || p.Source === source)), input);
  },

  DescribeEngineDefaultParameters(input) {
    const family: string = input.DBParameterGroupFamily!;
    const specs = familyParameters(family);
    if (!specs) fail("InvalidParameterValue", GM.dbParameterGroupFamily(family));
    // The API reference's Filters "isn't currently supported" here: accepted and ignored.
    const page = parameterPage(specs.map((s) => defaultParameter(s, family)), input);
    return { EngineDefaults: { DBParameterGroupFamily: family, ...page } };
  },

  ModifyDBParameterGroup(input, ctx) {
    const group = customGroup(ctx, input.DBParameterGroupName!, "modified");
    modifyUserValues(group, input.Parameters, "ModifyDBParameterGroup", DB_PARAMETERS_TABLE);
    return { DBParameterGroupName: group.DBParameterGroupName };
  },

  ResetDBParameterGroup(input, ctx) {
    const group = customGroup(ctx, input.DBParameterGroupName!, "reset");
    resetUserValues(group, input.Parameters, input.ResetAllParameters === true, DB_PARAMETERS_TABLE);
    return { DBParameterGroupName: group.DBParameterGroupName };
  },
};
