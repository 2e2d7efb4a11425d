/** List pages: the default size, creation order, and the answer to a token the service did not issue. */
import { paginate, type Page } from "../../../core/paging.js";
import { invalid } from "../errors.js";
import { constraint } from "../messages.js";

/** AWS's page size when `maxResults` is absent. */
export const DEFAULT_PAGE_SIZE = 100;

/** Records keep their creation order in pages: `seq` grows with each new resource. */
export const bySeq = (_id: string, record: { seq: string }): string => record.seq;

/** A `nextToken` that no earlier call returned. */
function invalidToken(nextToken: string | undefined): never {
  invalid("nextToken", nextToken, constraint.nextToken);
}

/** What a resource's `page` needs from a list request (`maxResults`, `nextToken`). */
export function pageRequest(input: { maxResults?: number; nextToken?: string }) {
  return { size: input.maxResults ?? DEFAULT_PAGE_SIZE, token: input.nextToken, invalidToken: () => invalidToken(input.nextToken) };
}

/** A page of entries already in key order (not a world collection). */
export function page<T>(entries: readonly [string, T][], maxResults: number | undefined, nextToken: string | undefined): Page<T> {
  return paginate(entries, maxResults ?? DEFAULT_PAGE_SIZE, nextToken, () => invalidToken(nextToken));
}
