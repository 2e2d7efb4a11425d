/**
 * Describe-call plumbing shared by clusters, instances and groups: MaxRecords (20-100, default 100),
 * Marker pages in identifier order, and `Filters` checked against the names each operation supports.
 */
import type { Filter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { SortKey } from "../../../core/collections.js";
import { pageOf } from "../../../core/paging.js";
import type { Resource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";

export interface RdsPage<T> {
  items: T[];
  Marker?: string;
}

/** The page size a describe call asks for: MaxRecords 20-100 (default 100), else InvalidParameterValue. */
export function pageSize(input: { MaxRecords?: number }): number {
  const size = input.MaxRecords ?? 100;
  if (size < 20 || size > 100) fail("InvalidParameterValue", M.maxRecords(size));
  return size;
}

/** The answer to a Marker this service did not issue. */
export function invalidMarker(): never {
  return fail("InvalidParameterValue", M.marker());
}

/** One page of a collection (id -> record), in identifier order (or `sortKey`'s), keeping the records that `keep` accepts. */
export function describePage<T>(
  collection: Record<string, T>,
  input: { MaxRecords?: number; Marker?: string },
  keep?: (record: T) => boolean,
  sortKey?: SortKey<T>,
): RdsPage<T> {
  const page = pageOf(collection, { size: pageSize(input), token: input.Marker, keep, sortKey, invalidToken: invalidMarker });
  return page.next === undefined ? { items: page.items } : { items: page.items, Marker: page.next };
}

/** Filter name -> the values a record shows for it (a record matches when any value is listed). */
export type FilterTable<T> = Record<string, (record: T) => readonly (string | undefined)[]>;

/**
 * The filters of a describe call that also names one resource (DBInstanceIdentifier, DBClusterIdentifier):
 * AWS adds the identifier to the `idFilter` filter's values (one is added when none is given) rather than
 * looking it up first, so the call answers not-found only when nothing matches. The caller's filters
 * are checked first, so an empty value list is still refused. An identifier is matched lowercase, an ARN as given.
 */
export function withIdFilter<T>(filters: readonly Filter[] | undefined, idFilter: string, id: string | undefined, table: FilterTable<T>): Filter[] | undefined {
  if (id === undefined) return filters as Filter[] | undefined;
  filterPredicate(filters, table);
  const value = id.startsWith("arn:") ? id : id.toLowerCase();
  const list = (filters ?? []).map((f) => ({ ...f, Values: [...(f.Values ?? [])] }));
  const existing = list.find((f) => f.Name === idFilter);
  if (existing) existing.Values.push(value);
  else list.push({ Name: idFilter, Values: [value] });
  return list;
}

/** Checks the filters and returns a predicate; unknown names are InvalidParameterValue, empty value lists InvalidParameterCombination. */
export function filterPredicate<T>(filters: readonly Filter[] | undefined, table: FilterTable<T>): (record: T) => boolean {
  if (!filters || filters.length === 0) return () => true;
  const checks = filters.map((f) => {
    const name = f.Name ?? "";
    const read = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!read) fail("InvalidParameterValue", M.filter(name, Object.keys(table)));
    // AWS answers a filter without values with InvalidParameterCombination.
    if (!f.Values || f.Values.length === 0) fail("InvalidParameterCombination", M.filterValues(name));
    return { read, values: new Set(f.Values) };
  });
  return (record) => checks.every(({ read, values }) => read(record).some((v) => v !== undefined && values.has(v)));
}

/** One describe page of a resource (its descriptor's collection and order), as `describePage` answers it. */
export function describeResourcePage<World, T>(
  resource: Resource<World, T>,
  ctx: CallContext<World>,
  input: { MaxRecords?: number; Marker?: string },
  keep?: (record: T) => boolean,
): RdsPage<T> {
  const page = resource.page(ctx, { size: pageSize(input), token: input.Marker, keep, invalidToken: invalidMarker });
  return page.next === undefined ? { items: page.items } : { items: page.items, Marker: page.next };
}
