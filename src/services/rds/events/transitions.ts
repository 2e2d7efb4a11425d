/**
 * The one hook that records events: the service's transition table, with each transition named in
 * events/table.ts given an `onBegin` / `onSettle` that records its events (after the transition's own
 * side effects). Handlers record nothing themselves; a new transition gets events by a row in the table.
 */
import type { ResourceKind, TransitionEvent, TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import type { RdsWorld } from "../world.js";
import { recordEvent } from "./record.js";
import { EVENT_SOURCES, EVENTS, type EventSource, type EventSpec } from "./table.js";

type Hook = (resource: any, ctx: CallContext<RdsWorld>) => void;

function recording(own: Hook | undefined, source: EventSource, specs: readonly EventSpec[] | undefined): Hook | undefined {
  if (!specs || specs.length === 0) return own;
  return (resource, ctx) => {
    own?.(resource, ctx);
    for (const spec of specs) recordEvent(source.scope?.(resource, ctx) ?? ctx, source, resource, spec);
  };
}

/** A copy of `table` whose transitions record their events (the given table is left as it is). */
export function withEvents(table: TransitionTable<RdsWorld>): TransitionTable<RdsWorld> {
  const out: TransitionTable<RdsWorld> = {};
  for (const [kind, spec] of Object.entries(table)) {
    const source = Object.hasOwn(EVENT_SOURCES, kind) ? EVENT_SOURCES[kind] : undefined;
    if (!source) {
      out[kind] = spec;
      continue;
    }
    const events: Record<string, TransitionEvent<RdsWorld>> = {};
    for (const [name, event] of Object.entries(spec.events)) {
      const row = Object.hasOwn(EVENTS, `${kind}.${name}`) ? EVENTS[`${kind}.${name}`] : undefined;
      events[name] = row
        ? { ...event, onBegin: recording(event.onBegin, source, row.begin), onSettle: recording(event.onSettle, source, row.settle) }
        : event;
    }
    out[kind] = { ...spec, events } satisfies ResourceKind<RdsWorld>;
  }
  return out;
}
