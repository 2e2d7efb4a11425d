/** One page of a list operation: over a world collection in creation (`seq`) order, or over entries already in key order. */
import { pageOf, paginate, type Page } from "../../core/paging.js";
import { invalid } from "./errors.js";
import { constraint } from "./messages.js";

/** AWS's page size when `maxResults` is absent. */
export const DEFAULT_PAGE_SIZE = 100;

export function page<T>(entries: readonly [string, T][], maxResults: number | undefined, nextToken: string | undefined): Page<T> {
  return paginate(entries, maxResults ?? DEFAULT_PAGE_SIZE, nextToken, () => invalid("nextToken", nextToken, constraint.nextToken));
}

/** Records keep their creation order in pages: `seq` grows with each new resource. */
const bySeq = (_id: string, record: { seq: string }) => record.seq;

export function pageOfCollection<T extends { seq: string }>(
  collection: Record<string, T>,
  maxResults: number | undefined,
  nextToken: string | undefined,
  keep?: (record: T) => boolean,
): Page<T> {
  return pageOf(collection, {
    size: maxResults ?? DEFAULT_PAGE_SIZE,
    token: nextToken,
    invalidToken: () => invalid("nextToken", nextToken, constraint.nextToken),
    keep,
    sortKey: bySeq,
  });
}
