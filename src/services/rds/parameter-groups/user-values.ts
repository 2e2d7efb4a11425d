/**
 * The values a user sets in a parameter group, DB cluster or DB: Modify and Reset check every entry
 * of `Parameters` against the family's parameters before any value changes (a failed call changes
 * nothing), then replace the group's `UserParameters`. The two kinds of group differ only in their
 * families' tables, the unknown-parameter message and Reset's entry limit.
 */
import type { ApplyMethod, Parameter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { M } from "../messages/index.js";
import type { ClusterParameterSpec } from "./data.js";

export interface UserParameter {
  ParameterValue: string;
  ApplyMethod: ApplyMethod;
}

/** A group record as Modify and Reset see it. */
export interface UserValues {
  DBParameterGroupFamily?: string;
  UserParameters?: Record<string, UserParameter>;
}

/** Where a kind of group finds its family's parameters, and how it names an unknown one. */
export interface ParameterTable {
  specs(family: string): readonly ClusterParameterSpec[] | undefined;
  unknown(name: string, family: string): string;
  /** Reset's limit on listed entries (the DB group's reference states one; the cluster group's does not). */
  resetLimit?: number;
}

const APPLY_METHODS: readonly string[] = ["immediate", "pending-reboot"];
/** "A maximum of 20 parameters can be modified in a single request" (both Modify operations). */
export const MAX_MODIFY = 20;

/** Whether `value` fits the parameter's data type and allowed values. */
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

/**
 * One entry of `Parameters`: a known, modifiable parameter; an ApplyMethod a static parameter accepts
 * ("static parameters require pending-reboot"); with `withValue` (Modify) a value of its data type and
 * allowed values. Reset needs only names.
 */
function checkEntry(p: Parameter, family: string, withValue: boolean, table: ParameterTable): { spec: ClusterParameterSpec; method: ApplyMethod } {
  const name = p?.ParameterName;
  if (typeof name !== "string" || name === "") fail("InvalidParameterValue", M.parameterNameMissing());
  const spec = (table.specs(family) ?? []).find((s) => s.ParameterName === name);
  if (!spec) fail("InvalidParameterValue", table.unknown(name, family));
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

/** ModifyDB(Cluster)ParameterGroup: 1 to 20 entries, each with a value. */
export function modifyUserValues(group: UserValues, entries: readonly Parameter[] | undefined, operation: string, table: ParameterTable): void {
  const list = entries ?? [];
  if (list.length === 0) fail("MissingParameter", M.parametersMissing(operation));
  if (list.length > MAX_MODIFY) fail("InvalidParameterValue", M.parametersTooMany(MAX_MODIFY, list.length));
  const changes = list.map((p) => ({ ...checkEntry(p, group.DBParameterGroupFamily!, true, table), value: p.ParameterValue! }));
  const user = { ...group.UserParameters };
  for (const c of changes) user[c.spec.ParameterName] = { ParameterValue: c.value, ApplyMethod: c.method };
  group.UserParameters = user;
}

/** ResetDB(Cluster)ParameterGroup: ResetAllParameters, or the names listed; not both, not neither. */
export function resetUserValues(group: UserValues, entries: readonly Parameter[] | undefined, all: boolean, table: ParameterTable): void {
  const list = entries ?? [];
  // "You can't use this parameter if ..." both ways; naming neither resets nothing, so it is refused too.
  if (all && list.length > 0) fail("InvalidParameterCombination", M.resetBoth());
  if (!all && list.length === 0) fail("InvalidParameterCombination", M.resetNeither());
  if (all) {
    delete group.UserParameters;
    return;
  }
  if (table.resetLimit !== undefined && list.length > table.resetLimit) fail("InvalidParameterValue", M.parametersTooMany(table.resetLimit, list.length));
  // Reset needs only names, but a static parameter still resets with pending-reboot (documented).
  const names = list.map((p) => checkEntry(p, group.DBParameterGroupFamily!, false, table).spec.ParameterName);
  const user = { ...group.UserParameters };
  for (const n of names) delete user[n];
  if (Object.keys(user).length === 0) delete group.UserParameters;
  else group.UserParameters = user;
}
