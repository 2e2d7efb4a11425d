/** Describe plumbing of the catalogs: page sizes with each operation's documented maximum, and unsupported Filters. */
import { fail } from "../../../core/aws-error.js";
import { CM } from "../messages/index.js";

/** MaxRecords from 20 to `max` (default 100), else InvalidParameterValue. */
export function pageSizeUpTo(maxRecords: number | undefined, max: number): number {
  const size = maxRecords ?? 100;
  if (size < 20 || size > max) fail("InvalidParameterValue", CM.maxRecords(size, max));
  return size;
}

/** The API reference says of these operations' Filters: "This parameter isn't currently supported." */
export function noFilters(filters: readonly { Name?: string }[] | undefined): void {
  if (filters && filters.length > 0) fail("InvalidParameterValue", CM.unsupportedFilter(filters[0]?.Name ?? ""));
}
