/**
 * Tenant databases (pluggable databases) of RDS for Oracle CDB instances in the multi-tenant
 * configuration: keyed by TenantDatabaseResourceId, ARN `tenant-database:<resource id>`, linked to
 * their instance by its DbiResourceId (so an instance renamed keeps its tenants, and one deleted and
 * re-created under its name starts without them). Names are unique within their instance.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { TDM } from "../messages/index.js";
import type { InstanceRecord, RdsWorld, TenantDatabaseRecord } from "../world.js";
import { NO_RECORDS } from "../shared/identifiers.js";

export const tenantDatabases = defineResource<RdsWorld, TenantDatabaseRecord>({
  name: "tenant database",
  // Dumps saved before tenant databases existed have no collection: the first create makes it.
  collection: (world) => world.tenantDatabases ?? NO_RECORDS,
  arn: { service: "rds", type: "tenant-database" },
  notFound: (id) => fail("TenantDatabaseNotFoundFault", TDM.notFound(id, "")),
  sortKey: (_id, t) => `${String(t.TenantDatabaseCreateTime).padStart(15, "0")}/${t.TenantDatabaseResourceId}`,
  lifecycle: { kind: "tenantDatabase", id: (t) => t.TenantDatabaseResourceId },
});

/** The tenant databases of an instance, oldest first. */
export function tenantsOf(ctx: CallContext<RdsWorld>, instance: InstanceRecord): TenantDatabaseRecord[] {
  return Object.values(ctx.world.tenantDatabases ?? {})
    .filter((t) => t.DbiResourceId === instance.DbiResourceId)
    .sort((a, b) => a.TenantDatabaseCreateTime - b.TenantDatabaseCreateTime);
}

/** The tenant named `name` (any case) in `instance`, or undefined. */
export function findTenant(ctx: CallContext<RdsWorld>, instance: InstanceRecord, name: string): TenantDatabaseRecord | undefined {
  const wanted = name.toUpperCase();
  return tenantsOf(ctx, instance).find((t) => t.TenantDBName.toUpperCase() === wanted);
}

/** A new tenant database of `instance` (stored, status `creating`): also the initial tenant a multi-tenant CDB gets. */
export function addTenant(
  ctx: CallContext<RdsWorld>,
  instance: InstanceRecord,
  params: { TenantDBName: string; MasterUsername?: string; CharacterSetName?: string; NcharCharacterSetName?: string; MasterUserSecret?: TenantDatabaseRecord["MasterUserSecret"]; TagList?: TenantDatabaseRecord["TagList"] },
): TenantDatabaseRecord {
  const id = `tdb-${ctx.ids.upperAlnum(26)}`;
  const record: TenantDatabaseRecord = {
    TenantDatabaseCreateTime: ctx.now(),
    DBInstanceIdentifier: instance.DBInstanceIdentifier,
    TenantDBName: params.TenantDBName,
    Status: "creating",
    MasterUsername: params.MasterUsername ?? instance.MasterUsername,
    DbiResourceId: instance.DbiResourceId!,
    TenantDatabaseResourceId: id,
    TenantDatabaseARN: tenantDatabases.arnOf(ctx, id),
    // "If you don't specify a value, the character set name defaults to AL32UTF8."
    CharacterSetName: params.CharacterSetName ?? "AL32UTF8",
    NcharCharacterSetName: params.NcharCharacterSetName ?? "AL16UTF16",
    DeletionProtection: instance.DeletionProtection ?? false,
    MasterUserSecret: params.MasterUserSecret,
    TagList: params.TagList ?? [],
  };
  ctx.world.tenantDatabases ??= {};
  tenantDatabases.insert(ctx, id, record);
  tenantDatabases.begin(ctx, record, "create");
  return record;
}
