/**
 * DescribeEvents: the events of the last 14 days on the backend clock, oldest first. The window is
 * StartTime..EndTime (EndTime defaults to now); without StartTime it is the Duration minutes (default
 * 60) before EndTime, so a bare call answers the last hour (API reference, DescribeEvents).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { pageOf } from "../../../core/paging.js";
import { noFilters } from "../catalogs/describe.js";
import { EM } from "../messages/index.js";
import { invalidMarker, pageSize } from "../shared/filters.js";
import type { EventRecord, RdsWorld } from "../world.js";
import { derivedEvents } from "./derived.js";
import { eventsOf, oldestKept, RETENTION_MS } from "./record.js";

const MINUTE = 60_000;

/** An event as DescribeEvents answers it (a copy: the caller may keep it). */
function shapeEvent(e: EventRecord): Sdk.Event {
  return { ...e, EventCategories: [...e.EventCategories], Date: new Date(e.Date) };
}

/** The time window of the call, in epoch milliseconds. */
function window(input: Sdk.DescribeEventsCommandInput, now: number): [from: number, to: number] {
  const duration = input.Duration ?? 60;
  // The model types Duration as an integer; a negative span would be an empty window.
  if (duration < 0) fail("InvalidParameterValue", EM.duration(duration));
  const start = input.StartTime?.getTime();
  const end = input.EndTime?.getTime();
  if (start !== undefined && end !== undefined && start > end) fail("InvalidParameterCombination", EM.window());
  if (start !== undefined) return [start, end ?? now];
  const to = end ?? now;
  return [to - duration * MINUTE, to];
}

export const eventOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeEvents(input, ctx) {
    noFilters(input.Filters);
    // API reference: "If SourceIdentifier is supplied, SourceType must also be provided."
    if (input.SourceIdentifier !== undefined && input.SourceType === undefined) fail("InvalidParameterCombination", EM.sourceTypeRequired());
    // API reference: SourceIdentifier "Can't end with a hyphen or contain two consecutive hyphens."
    const given = input.SourceIdentifier;
    if (given !== undefined && !given.startsWith("arn:") && (given.endsWith("-") || given.includes("--"))) fail("InvalidParameterValue", EM.sourceIdentifier(given));
    const size = pageSize(input);
    const [from, to] = window(input, ctx.now());
    const id = input.SourceIdentifier?.toLowerCase();
    const categories = input.EventCategories && input.EventCategories.length > 0 ? new Set(input.EventCategories) : undefined;
    const oldest = ctx.now() - RETENTION_MS;
    const keep = (e: EventRecord) =>
      e.Date >= Math.max(from, oldest) &&
      e.Date <= to &&
      (input.SourceType === undefined || e.SourceType === input.SourceType) &&
      (id === undefined || e.SourceIdentifier.toLowerCase() === id || e.SourceArn === input.SourceIdentifier) &&
      (categories === undefined || e.EventCategories.some((c) => categories.has(c)));
    // Pages run in date order (stored events before derived ones of the same date, a stable sort),
    // keyed by date and rank among events of that date: keys that stay valid while older events drop
    // out (all events of one date go together).
    const stored = eventsOf(ctx.world);
    const events = [...stored.slice(oldestKept(stored, ctx.now())), ...derivedEvents(ctx)].sort((a, b) => a.Date - b.Date);
    const byTime: Record<string, EventRecord> = {};
    for (let i = 0, rank = 0; i < events.length; i++) {
      rank = i > 0 && events[i - 1].Date === events[i].Date ? rank + 1 : 0;
      byTime[`${String(events[i].Date).padStart(15, "0")}-${String(rank).padStart(6, "0")}`] = events[i];
    }
    const page = pageOf(byTime, { size, token: input.Marker, keep, invalidToken: invalidMarker });
    return { Events: page.items.map(shapeEvent), Marker: page.next };
  },
};
