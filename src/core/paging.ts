/**
 * Opaque pagination over a keyed collection in its stored order. A token names the key where the
 * next page starts, so pages stay consistent while items are added or removed between calls.
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
 * One page of `entries` (already filtered, in order). `invalidToken` raises the service's own error
 * for a token it did not issue.
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
    start = entries.findIndex(([k]) => k >= key);
    if (start < 0) start = entries.length;
  }
  const slice = entries.slice(start, start + pageSize);
  const after = entries[start + pageSize];
  return { items: slice.map(([, v]) => v), next: after ? encodeToken(after[0]) : undefined };
}
