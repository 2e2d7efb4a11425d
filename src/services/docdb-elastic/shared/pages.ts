/** List pages: the default size, creation order, and the answer to a token the service did not issue. */
import type { PageSizeFacts } from "../../../core/model-facts.js";
import { paginate, type Page } from "../../../core/paging.js";
import { invalid } from "../errors.js";
import { constraint } from "../messages.js";
import { docdbElasticModel } from "../model.generated.js";

export type ListOperation = keyof typeof docdbElasticModel.pagination;

/** The page size when `maxResults` is absent: the model's default, else its maximum (AWS answers pages of 100). */
function defaultSize(operation: ListOperation): number {
  const size: PageSizeFacts = docdbElasticModel.pagination[operation].pageSize;
  return size.default ?? size.max!;
}

/** Records keep their creation order in pages: `seq` grows with each new resource. */
export const bySeq = (_id: string, record: { seq: string }): string => record.seq;

/** A `nextToken` that no earlier call returned. */
function invalidToken(nextToken: string | undefined): never {
  invalid("nextToken", nextToken, constraint.nextToken);
}

/** What a resource's `page` needs from a list request (`maxResults`, `nextToken`). */
export function pageRequest(operation: ListOperation, input: { maxResults?: number; nextToken?: string }) {
  return { size: input.maxResults ?? defaultSize(operation), token: input.nextToken, invalidToken: () => invalidToken(input.nextToken) };
}

/** A page of entries already in key order (not a world collection). */
export function page<T>(operation: ListOperation, entries: readonly [string, T][], input: { maxResults?: number; nextToken?: string }): Page<T> {
  return paginate(entries, input.maxResults ?? defaultSize(operation), input.nextToken, () => invalidToken(input.nextToken));
}
