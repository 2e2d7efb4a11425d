/**
 * Tenant databases of RDS for Oracle CDB instances in the multi-tenant configuration:
 * Create/Modify/Delete/DescribeTenantDatabases. Status runs creating / modifying / deleting on the
 * clock. The CDB's first tenant is created with the instance (CreateDBInstance MultiTenant, DBName).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { newMasterUserSecret } from "../clusters/record.js";
import { findInstance } from "../instances/resource.js";
import { TDM } from "../messages/index.js";
import { describePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld, TenantDatabaseRecord } from "../world.js";
import { addTenant, findTenant, tenantDatabases, tenantsOf } from "./resource.js";
import { checkMultiTenant, checkTenantName, checkTenantPassword, checkTenantUsername, MAX_TENANTS } from "./rules.js";
import { shapeTenant } from "./shape.js";

type Ctx = CallContext<RdsWorld>;

export const tenantDatabaseTransitions: TransitionTable<RdsWorld> = {
  tenantDatabase: {
    collection: (w) => w.tenantDatabases ?? {},
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 10 * 60_000 },
      modify: { during: "modifying", then: "available", ms: 5 * 60_000 },
      delete: { during: "deleting", then: null, ms: 10 * 60_000 },
    },
  },
};

const TENANT_FILTERS: FilterTable<TenantDatabaseRecord> = {
  "tenant-db-name": (t) => [t.TenantDBName],
  "tenant-database-resource-id": (t) => [t.TenantDatabaseResourceId],
  "dbi-resource-id": (t) => [t.DbiResourceId],
};

/** The instance identifier a tenant shows: its instance's current one (found by DbiResourceId). */
function instanceIdOf(ctx: Ctx, tenant: TenantDatabaseRecord): string | undefined {
  return Object.values(ctx.world.instances).find((i) => i.DbiResourceId === tenant.DbiResourceId)?.DBInstanceIdentifier;
}

function getTenant(ctx: Ctx, instanceId: string, name: string) {
  const instance = findInstance(ctx, instanceId);
  const tenant = findTenant(ctx, instance, name);
  if (!tenant) fail("TenantDatabaseNotFoundFault", TDM.notFound(name, instance.DBInstanceIdentifier));
  return { instance, tenant };
}

export const tenantDatabaseOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateTenantDatabase(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    checkTenantName(input.TenantDBName!, "TenantDBName");
    checkTenantUsername(input.MasterUsername!);
    if ((input.MasterUserPassword === undefined) === (input.ManageMasterUserPassword !== true)) fail("InvalidParameterCombination", TDM.passwordChoice());
    checkTenantPassword(input.MasterUserPassword);
    checkKmsKey(ctx, input.MasterUserSecretKmsKeyId, "MasterUserSecretKmsKeyId");
    const tags = checkTags(input.Tags);
    checkMultiTenant(instance);
    if (findTenant(ctx, instance, input.TenantDBName!)) fail("TenantDatabaseAlreadyExistsFault", TDM.exists(input.TenantDBName!, instance.DBInstanceIdentifier));
    if (tenantsOf(ctx, instance).length >= MAX_TENANTS) fail("TenantDatabaseQuotaExceededFault", TDM.quota(MAX_TENANTS, instance.DBInstanceIdentifier));
    const secret = input.ManageMasterUserPassword === true ? newMasterUserSecret(ctx, input.MasterUserSecretKmsKeyId) : undefined;
    const record = addTenant(ctx, instance, { ...input, TenantDBName: input.TenantDBName!, MasterUserSecret: secret, TagList: tags });
    return { TenantDatabase: shapeTenant(record, instance.DBInstanceIdentifier) };
  },

  ModifyTenantDatabase(input, ctx) {
    const { instance, tenant } = getTenant(ctx, input.DBInstanceIdentifier!, input.TenantDBName!);
    if (input.NewTenantDBName === undefined && input.MasterUserPassword === undefined && input.ManageMasterUserPassword === undefined && input.RotateMasterUserPassword === undefined) {
      fail("InvalidParameterCombination", TDM.nothingToModify());
    }
    if (input.NewTenantDBName !== undefined) checkTenantName(input.NewTenantDBName, "NewTenantDBName");
    checkTenantPassword(input.MasterUserPassword);
    if (input.MasterUserPassword !== undefined && input.ManageMasterUserPassword === true) fail("InvalidParameterCombination", TDM.passwordChoice());
    checkKmsKey(ctx, input.MasterUserSecretKmsKeyId, "MasterUserSecretKmsKeyId");
    checkMultiTenant(instance);
    // No state fault of the tenant's own is declared: the instance's is the one for a tenant that is busy.
    if (tenant.Status !== "available") fail("InvalidDBInstanceStateFault", TDM.tenantState(tenant.TenantDBName, tenant.Status));
    const clash = input.NewTenantDBName === undefined ? undefined : findTenant(ctx, instance, input.NewTenantDBName);
    if (clash && clash !== tenant) fail("TenantDatabaseAlreadyExistsFault", TDM.exists(input.NewTenantDBName!, instance.DBInstanceIdentifier));
    if (input.NewTenantDBName !== undefined) tenant.TenantDBName = input.NewTenantDBName;
    if (input.ManageMasterUserPassword === true && !tenant.MasterUserSecret) tenant.MasterUserSecret = newMasterUserSecret(ctx, input.MasterUserSecretKmsKeyId);
    if (input.ManageMasterUserPassword === false) delete tenant.MasterUserSecret;
    tenantDatabases.begin(ctx, tenant, "modify");
    return { TenantDatabase: shapeTenant(tenant, instance.DBInstanceIdentifier) };
  },

  DeleteTenantDatabase(input, ctx) {
    const { instance, tenant } = getTenant(ctx, input.DBInstanceIdentifier!, input.TenantDBName!);
    if ((input.SkipFinalSnapshot === true) === (input.FinalDBSnapshotIdentifier !== undefined)) fail("InvalidParameterCombination", TDM.finalSnapshot());
    if (input.FinalDBSnapshotIdentifier !== undefined) checkIdentifier(input.FinalDBSnapshotIdentifier, "FinalDBSnapshotIdentifier", { maxLength: 255 });
    checkMultiTenant(instance);
    if (tenant.Status !== "available") fail("InvalidDBInstanceStateFault", TDM.tenantState(tenant.TenantDBName, tenant.Status));
    // "You can't delete a tenant database when it is the only tenant in the DB instance."
    if (tenantsOf(ctx, instance).filter((t) => t.Status !== "deleting").length <= 1) fail("InvalidDBInstanceStateFault", TDM.lastTenant(tenant.TenantDBName, instance.DBInstanceIdentifier));
    tenantDatabases.begin(ctx, tenant, "delete");
    return { TenantDatabase: shapeTenant(tenant, instance.DBInstanceIdentifier) };
  },

  DescribeTenantDatabases(input, ctx) {
    const instance = input.DBInstanceIdentifier === undefined ? undefined : findInstance(ctx, input.DBInstanceIdentifier);
    const keep = filterPredicate(input.Filters, TENANT_FILTERS);
    const wanted = input.TenantDBName?.toUpperCase();
    // Tenants of instances that no longer exist are gone with them.
    const live = new Set(Object.values(ctx.world.instances).map((i) => i.DbiResourceId));
    const page = describePage(
      ctx.world.tenantDatabases ?? {},
      input,
      (t) =>
        live.has(t.DbiResourceId) &&
        (instance === undefined || t.DbiResourceId === instance.DbiResourceId) &&
        (wanted === undefined || t.TenantDBName.toUpperCase() === wanted) &&
        keep(t),
      (_id, t) => `${String(t.TenantDatabaseCreateTime).padStart(15, "0")}/${t.TenantDatabaseResourceId}`,
    );
    return { TenantDatabases: page.items.map((t) => shapeTenant(t, instanceIdOf(ctx, t))), Marker: page.Marker };
  },
};
