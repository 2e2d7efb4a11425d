/**
 * What a DB instance's logs are written from: its own events (events/table.ts), since it was created.
 * A start (created, restarted, started, patches finished) is the engine's "ready" line, a stop
 * (shutdown, stopped, patching) its shutdown line, anything else a note naming the event. The log text
 * is derived, never stored: it changes with the clock as events are recorded.
 */
import type { InstanceRecord, RdsWorld } from "../world.js";

export type EntryKind = "start" | "stop" | "note";

export interface LogEntry {
  at: number;
  kind: EntryKind;
  message: string;
}

/** Event message -> what the engine writes (anything else is a note). */
const KINDS: Record<string, EntryKind> = {
  "DB instance created": "start",
  "DB instance restarted": "start",
  "DB instance started": "start",
  "Finished applying off-line patches to DB instance": "start",
  "DB instance shutdown": "stop",
  "DB instance stopped": "stop",
  "Applying off-line patches to DB instance": "stop",
};

/** The instance's log entries, oldest first: its events since it was created (a namesake's are not its own). */
export function entriesOf(world: RdsWorld, instance: InstanceRecord): LogEntry[] {
  const since = instance.InstanceCreateTime ?? 0;
  const out: LogEntry[] = [];
  for (const e of world.events ?? []) {
    if (e.SourceType !== "db-instance" || e.SourceIdentifier !== instance.DBInstanceIdentifier || e.Date < since) continue;
    out.push({ at: e.Date, kind: Object.hasOwn(KINDS, e.Message) ? KINDS[e.Message] : "note", message: e.Message });
  }
  return out;
}
