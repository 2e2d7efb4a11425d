/**
 * Opaque pagination over a keyed collection in key order. A token names the key where the next page
 * starts, so pages stay consistent while items are added or removed between calls.
 */
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
  let start = 0;
  if (token !== undefined && token !== "") {
    const key = decodeToken(token);
    if (key === undefined) invalidToken();
    start = lowerBound(entries, key);
  }
  const slice = entries.slice(start, start + pageSize);
  const after = entries[start + pageSize];
  return { items: slice.map(([, v]) => v), next: after ? encodeToken(after[0]) : undefined };
}

/** Index of the first entry whose key is `>= key` (`entries.length` when none is): O(log n). */
export function lowerBound(entries: readonly (readonly [string, unknown])[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid][0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
