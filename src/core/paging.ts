/**
 * Opaque pagination over a keyed collection in key order. A token names the key where the next page
 * starts, so pages stay consistent while items are added or removed between calls.
 */
import { sortedIndex, type SortKey } from "./collections.js";

export interface Page<T> {
  items: T[];
  /** Absent when this is the last page. */
  next?: string;
}

export function encodeToken(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), "utf8").toString("base64url");
}

/** The key a token points at, or undefined when the token is not one of ours. */
export function decodeToken(token: string): string | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    return typeof parsed?.k === "string" ? parsed.k : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of `entries` (already filtered, in ascending key order: the order of `<` on strings,
 * which is what the callers sort by). The page starts at the first key at or after the token's
 * key, found by binary search. `invalidToken` raises the service's own error for a token it did not issue.
 */
export function paginate<T>(
  entries: readonly [string, T][],
  pageSize: number,
  token: string | undefined,
  invalidToken: () => never,
): Page<T> {
  const start = startOf(token, invalidToken, entries.length, (i) => entries[i][0]);
  const slice = entries.slice(start, start + pageSize);
  const after = entries[start + pageSize];
  return { items: slice.map(([, v]) => v), next: after ? encodeToken(after[0]) : undefined };
}

/** Index of the first entry whose key is `>= key` (`entries.length` when none is): O(log n). */
export function lowerBound(entries: readonly (readonly [string, unknown])[], key: string): number {
  return lowerBoundBy(entries.length, (i) => entries[i][0], key);
}

/** Where a page starts: no token, the first position; else the first key at or after the token's. */
function startOf(token: string | undefined, invalidToken: () => never, length: number, keyAt: (i: number) => string): number {
  if (token === undefined || token === "") return 0;
  const key = decodeToken(token);
  if (key === undefined) invalidToken();
  return lowerBoundBy(length, keyAt, key);
}

function lowerBoundBy(length: number, keyAt: (i: number) => string, key: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface PageRequest<T> {
  size: number;
  token: string | undefined;
  /** Raises the service's own error for a token it did not issue. */
  invalidToken: () => never;
  /** Keeps only the records it accepts (filters). */
  keep?: (record: T) => boolean;
  /** Order of the pages (default: the record's id in the collection). */
  sortKey?: SortKey<T>;
}

/**
 * One page of a world collection, straight from its sorted index: the token's position by binary
 * search, then only as many records as the page needs (more when `keep` turns some away). With no
 * filter, a page costs the same whatever the collection's size.
 */
export function pageOf<T>(collection: Record<string, T>, request: PageRequest<T>): Page<T> {
  const { sortKeys, ids } = sortedIndex(collection, request.sortKey);
  let i = startOf(request.token, request.invalidToken, sortKeys.length, (n) => sortKeys[n]);
  const items: T[] = [];
  for (; i < ids.length; i++) {
    const record = collection[ids[i]];
    if (request.keep && !request.keep(record)) continue;
    if (items.length === request.size) return { items, next: encodeToken(sortKeys[i]) };
    items.push(record);
  }
  return { items };
}
