/**
 * The event log of one account and Region: events are appended oldest first, on the backend clock,
 * and kept 14 days ("Amazon RDS keeps events for 14 days", DescribeEvents); older ones are dropped
 * whenever one is recorded and never answered.
 */
import type { CallContext } from "../../../core/service.js";
import type { EventRecord, RdsWorld } from "../world.js";
import type { EventSource, EventSpec } from "./table.js";

export const RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

/** The world's events (a world from an older dump has none yet). */
export function eventsOf(world: RdsWorld): EventRecord[] {
  return (world.events ??= []);
}

/** The first event still within the retention window at `now`. */
export function oldestKept(events: readonly EventRecord[], now: number): number {
  let i = 0;
  while (i < events.length && events[i].Date < now - RETENTION_MS) i++;
  return i;
}

/** Records one event about `resource` (its spec's `when` permitting), dropping those past retention. */
export function recordEvent(ctx: CallContext<RdsWorld>, source: EventSource, resource: unknown, spec: EventSpec): void {
  if (spec.when && !spec.when(resource)) return;
  const events = eventsOf(ctx.world);
  const now = ctx.now();
  const stale = oldestKept(events, now);
  if (stale > 0) events.splice(0, stale);
  const event: EventRecord = {
    SourceIdentifier: source.id(resource, ctx),
    SourceType: source.type,
    Message: typeof spec.message === "string" ? spec.message : spec.message(resource, ctx),
    EventCategories: [...spec.categories],
    Date: now,
  };
  const arn = source.arn(resource, ctx);
  if (arn !== undefined) event.SourceArn = arn;
  events.push(event);
}
