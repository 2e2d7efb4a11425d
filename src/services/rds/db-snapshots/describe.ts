/**
 * DescribeDBSnapshots and DescribeDBSnapshotTenantDatabases: own manual and automated snapshots,
 * plus those other accounts share (IncludeShared / SnapshotType shared) or made public
 * (IncludePublic / public; listed when also shared with this account: there is no index of every
 * account's public snapshots). Filters, MaxRecords and Marker as the other describe calls.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Filter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { DSM } from "../messages/index.js";
import { describePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import { idFromArn } from "../shared/identifiers.js";
import type { DBSnapshotRecord, RdsWorld } from "../world.js";
import { sharedDbSnapshots } from "./attributes.js";
import { allAutomatedDbSnapshots } from "./automated.js";
import { findDbSnapshot, findSourceDbSnapshot, restoreValues } from "./rules.js";
import { shapeDbSnapshot, shapeTenantDatabase } from "./shape.js";

interface DescribeInput {
  DBInstanceIdentifier?: string;
  DBSnapshotIdentifier?: string;
  SnapshotType?: string;
  Filters?: Filter[];
  IncludeShared?: boolean;
  IncludePublic?: boolean;
  DbiResourceId?: string;
}

/** SnapshotType values (API reference); `awsbackup` lists nothing here (no AWS Backup). */
const SNAPSHOT_TYPES = ["automated", "manual", "shared", "public", "awsbackup"] as const;

/** A snapshot a describe call sees; `_shared` marks one shared by another account (never shaped). */
type Visible = DBSnapshotRecord & { _shared?: boolean };

const FILTERS: FilterTable<Visible> = {
  "db-instance-id": (s) => [s.DBInstanceIdentifier, instanceArnOf(s)],
  "db-snapshot-id": (s) => [s.DBSnapshotIdentifier, s.DBSnapshotArn],
  "dbi-resource-id": (s) => [s.DbiResourceId],
  "snapshot-type": (s) => [s._shared ? "shared" : s.SnapshotType],
  engine: (s) => [s.Engine],
};

type Tenant = NonNullable<DBSnapshotRecord["TenantDatabases"]>[number];
/** DescribeDBSnapshotTenantDatabases filters (API reference). */
const TENANT_FILTERS: FilterTable<{ s: Visible; t: Tenant }> = {
  "tenant-db-name": ({ t }) => [t.TenantDBName],
  "tenant-database-resource-id": ({ t }) => [t.TenantDatabaseResourceId],
  "dbi-resource-id": ({ s }) => [s.DbiResourceId],
  "db-instance-id": ({ s }) => [s.DBInstanceIdentifier, instanceArnOf(s)],
  "db-snapshot-id": ({ s }) => [s.DBSnapshotIdentifier, s.DBSnapshotArn],
  "snapshot-type": ({ s }) => [s._shared ? "shared" : s.SnapshotType],
};

/** The instance ARN a snapshot's ARN implies (same Region and account). */
function instanceArnOf(s: DBSnapshotRecord): string | undefined {
  const cut = s.DBSnapshotArn?.indexOf(":snapshot:") ?? -1;
  return cut > 0 && s.DBInstanceIdentifier ? `${s.DBSnapshotArn!.slice(0, cut)}:db:${s.DBInstanceIdentifier}` : undefined;
}

/** Identifier filters match case-insensitively, like the identifiers themselves. */
function normalizeFilters(filters: Filter[] | undefined): Filter[] | undefined {
  return filters?.map((f) =>
    f.Name === "db-instance-id" || f.Name === "db-snapshot-id" ? { ...f, Values: f.Values?.map((v) => (v.startsWith("arn:") ? v : v.toLowerCase())) } : f,
  );
}

function visibleSnapshots(ctx: CallContext<RdsWorld>, input: DescribeInput): Record<string, Visible> {
  const type = input.SnapshotType;
  const out: Record<string, Visible> = {};
  if (input.DBSnapshotIdentifier !== undefined) {
    const value = input.DBSnapshotIdentifier;
    const parsed = value.startsWith("arn:") ? value.split(":") : undefined;
    const foreign = parsed && parsed[3] === ctx.region && parsed[4] !== ctx.accountId;
    const record: Visible = foreign
      ? { ...findSourceDbSnapshot(ctx, value, "DBSnapshotIdentifier").record, _shared: true }
      : findDbSnapshot(ctx, value, "DBSnapshotIdentifier");
    out[record.DBSnapshotIdentifier] = record;
    return out;
  }
  const isPublic = (s: DBSnapshotRecord) => restoreValues(ctx, s.DBSnapshotIdentifier).includes("all");
  if (type === undefined || type === "manual" || type === "public") {
    const own = ctx.world.dbSnapshots ?? {};
    for (const id in own) if (type !== "public" || isPublic(own[id])) out[id] = own[id];
  }
  if (type === undefined || type === "automated") Object.assign(out, allAutomatedDbSnapshots(ctx));
  // IncludeShared / IncludePublic apply only when no SnapshotType is given (API reference).
  const shared = type === "shared" || (type === undefined && input.IncludeShared === true);
  const publicOnes = type === "public" || (type === undefined && input.IncludePublic === true);
  if (shared || publicOnes) {
    for (const ref of sharedDbSnapshots(ctx)) {
      if (shared || ref.isPublic) out[ref.record.DBSnapshotArn!] = { ...ref.record, _shared: true };
    }
  }
  return out;
}

/** The rules both describe calls share: the instance/snapshot combination and the SnapshotType value. */
function checkDescribe(input: DescribeInput): void {
  if (input.DBInstanceIdentifier !== undefined && input.DBSnapshotIdentifier !== undefined) fail("InvalidParameterCombination", DSM.instanceAndSnapshot());
  if (input.SnapshotType !== undefined && !(SNAPSHOT_TYPES as readonly string[]).includes(input.SnapshotType)) {
    fail("InvalidParameterValue", DSM.snapshotType(input.SnapshotType, SNAPSHOT_TYPES));
  }
}

/** The request's own members that narrow the list (an instance identifier or ARN, a resource id). */
function narrowing(ctx: CallContext<RdsWorld>, input: DescribeInput): (s: Visible) => boolean {
  const value = input.DBInstanceIdentifier;
  const instanceId = value === undefined ? undefined : (idFromArn(value, "db", ctx.region, ctx.accountId) ?? value).toLowerCase();
  return (s) =>
    (instanceId === undefined || s.DBInstanceIdentifier === instanceId) && (input.DbiResourceId === undefined || s.DbiResourceId === input.DbiResourceId);
}

export const dbSnapshotDescribeOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBSnapshots(input, ctx) {
    checkDescribe(input);
    const keep = filterPredicate(normalizeFilters(input.Filters), FILTERS);
    const narrow = narrowing(ctx, input);
    const page = describePage(visibleSnapshots(ctx, input), input, (s) => narrow(s) && keep(s));
    return { DBSnapshots: page.items.map((s) => shapeDbSnapshot(s, ctx.now())), ...(page.Marker ? { Marker: page.Marker } : {}) };
  },

  /** Tenant databases of Oracle multitenant CDB snapshots; other snapshots have none (an empty list). */
  DescribeDBSnapshotTenantDatabases(input, ctx) {
    checkDescribe(input);
    const keep = filterPredicate(normalizeFilters(input.Filters), TENANT_FILTERS);
    const narrow = narrowing(ctx, input);
    const rows: Record<string, { s: Visible; t: Tenant }> = {};
    for (const [key, s] of Object.entries(visibleSnapshots(ctx, input))) {
      if (!narrow(s)) continue;
      for (const t of s.TenantDatabases ?? []) rows[`${key}/${t.TenantDatabaseResourceId}`] = { s, t };
    }
    const page = describePage(rows, input, keep);
    return {
      DBSnapshotTenantDatabases: page.items.map(({ s, t }) => shapeTenantDatabase(s, t)),
      ...(page.Marker ? { Marker: page.Marker } : {}),
    };
  },
};
