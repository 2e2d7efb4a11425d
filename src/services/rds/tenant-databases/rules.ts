/**
 * The rules of tenant databases (API reference, CreateTenantDatabase / ModifyTenantDatabase): names
 * as Oracle's DBName (1-8 alphanumerics, a letter first, not a reserved word), master usernames 1-16
 * letters, digits or underscores, passwords 8-30 printable ASCII without / " @ & ', and at most 30
 * tenants per CDB (RDS for Oracle user guide, multi-tenant configuration).
 */
import { fail } from "../../../core/aws-error.js";
import { TDM } from "../messages/index.js";
import type { InstanceRecord } from "../world.js";

export const MAX_TENANTS = 30;
/** Oracle words RDS refuses as names (the user guide's reserved words the mock knows of). */
const RESERVED = ["null", "sys", "system", "rdsadmin", "rdsdb", "select", "table", "cdb$root", "pdb$seed"];

export function checkTenantName(value: string, member: string): void {
  if (!/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(value) || RESERVED.includes(value.toLowerCase())) fail("InvalidParameterValue", TDM.name(member));
}

export function checkTenantUsername(value: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,15}$/.test(value) || RESERVED.includes(value.toLowerCase())) fail("InvalidParameterValue", TDM.username());
}

export function checkTenantPassword(value: string | undefined): void {
  if (value !== undefined && (!/^[\x20-\x7e]{8,30}$/.test(value) || /[/"@&' ]/.test(value))) fail("InvalidParameterValue", TDM.password());
}

/** A CDB instance in the multi-tenant configuration; its tenants change only while it is available. */
export function checkMultiTenant(instance: InstanceRecord): void {
  if (instance.MultiTenant !== true) fail("InvalidDBInstanceStateFault", TDM.notMultiTenant(instance.DBInstanceIdentifier));
  if (instance.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", TDM.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus));
}
