/**
 * The documented rules of DB parameter groups (CreateDBParameterGroup, ModifyDBParameterGroup,
 * ResetDBParameterGroup, CopyDBParameterGroup and DeleteDBParameterGroup in the RDS API reference):
 * families, default groups, who uses a group, and each parameter's type, allowed values and apply type.
 */
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { GM, M } from "../messages/index.js";
import { MAX_MODIFY, type ParameterTable } from "../parameter-groups/user-values.js";
import { idFromArn } from "../shared/identifiers.js";
import type { DBParameterGroupRecord, RdsWorld } from "../world.js";
import { DB_FAMILIES, familyParameters } from "./families.js";
import { dbParameterGroups, isDefaultGroup } from "./resource.js";


/** DBParameterGroupFamily must be a family RDS has (families are case-sensitive: `mysql8.0`). */
export function checkFamily(family: string): string {
  if (!DB_FAMILIES.includes(family)) fail("InvalidParameterValue", GM.dbParameterGroupFamily(family));
  return family;
}

/** A group its user may change or delete: found, and not one of the `default.*` groups RDS provides. */
export function customGroup(ctx: CallContext<RdsWorld>, name: string, verb: string): DBParameterGroupRecord {
  const group = dbParameterGroups.get(ctx, name);
  // Documented: "You can't modify the parameter settings of a default DB parameter group."
  if (isDefaultGroup(group.DBParameterGroupName)) fail("InvalidDBParameterGroupStateFault", GM.dbParameterGroupDefault(group.DBParameterGroupName, verb));
  return group;
}

/** The DB instance using a group, for DeleteDBParameterGroup ("can't delete a group associated with a DB instance"). */
export function groupUsedBy(world: RdsWorld, name: string): string | undefined {
  for (const id in world.instances) {
    // Instances keep the name as given: compare lowercase.
    if ((world.instances[id].DBParameterGroups ?? []).some((g) => g.DBParameterGroupName?.toLowerCase() === name)) return `DB instance ${id}`;
  }
  return undefined;
}

/** The source of a copy: a name, or an ARN of this account and Region. */
export function copySource(ctx: CallContext<RdsWorld>, value: string): DBParameterGroupRecord {
  const name = value.startsWith("arn:") ? idFromArn(value, "pg", ctx.region, ctx.accountId) : value;
  if (name === undefined) fail("DBParameterGroupNotFoundFault", GM.dbParameterGroupNotFound(value));
  return dbParameterGroups.get(ctx, name);
}

/** DB parameter groups' families and messages for Modify and Reset (parameter-groups/user-values.ts). */
export const DB_PARAMETERS_TABLE: ParameterTable = {
  specs: (family) => familyParameters(family),
  unknown: GM.dbParameterUnknown,
  // ResetDBParameterGroup's Parameters: "A maximum of 20 parameters can be modified in a single request."
  resetLimit: MAX_MODIFY,
};

/**
 * A DB instance's DBParameterGroupName (CreateDBInstance, ModifyDBInstance; `member` names it, e.g.
 * ModifyDBCluster's DBInstanceParameterGroupName): the family's default group or a group of this
 * account and Region (DBParameterGroupNotFoundFault) of the instance's family (InvalidParameterCombination).
 */
export function checkInstanceGroup(ctx: CallContext<RdsWorld>, name: string | undefined, family: string, member = "DBParameterGroupName"): void {
  // The family's default group always resolves (a dump made before these groups existed has none stored).
  if (name === undefined || name.toLowerCase() === `default.${family}`) return;
  const group = dbParameterGroups.find(ctx, name);
  if (!group) fail("DBParameterGroupNotFoundFault", M.instanceParameterGroupNotFound(name, member));
  if (group.DBParameterGroupFamily !== family) fail("InvalidParameterCombination", GM.dbParameterWrongFamily(group.DBParameterGroupName, group.DBParameterGroupFamily!, family));
}
