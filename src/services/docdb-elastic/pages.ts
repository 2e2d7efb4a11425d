/** One page of a list operation, over entries already in key order. */
import { paginate, type Page } from "../../core/paging.js";
import { invalid } from "./faults.js";
import { constraint } from "./messages.js";

/** AWS's page size when `maxResults` is absent. */
export const DEFAULT_PAGE_SIZE = 100;

export function page<T>(entries: readonly [string, T][], maxResults: number | undefined, nextToken: string | undefined): Page<T> {
  return paginate(entries, maxResults ?? DEFAULT_PAGE_SIZE, nextToken, () => invalid("nextToken", nextToken, constraint.nextToken));
}
