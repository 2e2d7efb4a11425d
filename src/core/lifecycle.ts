/**
 * Status lifecycles as data. A service declares, per resource kind, where its resources live, which
 * field holds the status and what each event does: the status shown while it runs (`during`), the
 * status it settles to (`then`, `null` = the resource is gone) and how long it takes in the `timed`
 * lifecycle. In the `instant` lifecycle every transition is due at once and settles before the next
 * call, so the response shows the transitional status and the next read the settled one.
 */
import type { Clock, ScheduledTask } from "./clock.js";
import type { CallContext, Lifecycle, LifecycleMode } from "./call-context.js";

export type { Lifecycle, LifecycleMode } from "./call-context.js";

export interface TransitionEvent<World> {
  during: string;
  then: string | null | ((resource: any, ctx: CallContext<World>) => string | null);
  /** For a `then` function: the statuses it can settle to (drawn in docs/lifecycles.md). */
  settlesTo?: readonly (string | null)[];
  /** Duration in the `timed` lifecycle, in milliseconds. */
  ms: number;
  /** Side effects when the event settles (after the status is set). */
  onSettle?: (resource: any, ctx: CallContext<World>) => void;
  /** Side effects when the event begins (after the `during` status is set): e.g. a service's event log. */
  onBegin?: (resource: any, ctx: CallContext<World>) => void;
}

export interface ResourceKind<World> {
  /** The map (id -> resource) the resources of this kind live in. */
  collection(world: World): Record<string, any>;
  /** Field holding the status; a dotted path for a nested one (`encryptionDetails.encryptionStatus`). */
  statusField: string;
  events: Record<string, TransitionEvent<World>>;
}

export type TransitionTable<World> = Record<string, ResourceKind<World>>;

export interface TransitionPayload {
  service: string;
  accountId: string;
  region: string;
  kind: string;
  id: string;
  event: string;
}

export function readPath(obj: any, path: string): unknown {
  if (!path.includes(".")) return obj?.[path];
  return path.split(".").reduce((o, k) => o?.[k], obj);
}

export function writePath(obj: any, path: string, value: unknown): void {
  const keys = path.split(".");
  let target = obj;
  for (const k of keys.slice(0, -1)) target = target[k] ??= {};
  target[keys[keys.length - 1]] = value;
}

export function taskKey(p: Omit<TransitionPayload, "event">): string {
  return `${p.service}/${p.accountId}/${p.region}/${p.kind}/${p.id}`;
}

/** Creates the lifecycle a handler sees for one service world. */
export function lifecycleFor<World>(
  mode: LifecycleMode,
  clock: Clock,
  table: TransitionTable<World>,
  scope: { service: string; accountId: string; region: string },
  getContext: () => CallContext<World>,
  settle: (task: ScheduledTask) => void,
): Lifecycle<World> {
  const prefix = `${scope.service}/${scope.accountId}/${scope.region}/`; // taskKey() of this scope, without a spread per call
  const key = (kind: string, id: string) => `${prefix}${kind}/${id}`;
  return {
    mode,
    begin(kind, id, event) {
      const spec = table[kind]?.events[event];
      if (!spec) throw new Error(`No transition '${event}' for resource kind '${kind}'`);
      const ctx = getContext();
      const resource = table[kind].collection(ctx.world)[id];
      writePath(resource, table[kind].statusField, spec.during);
      spec.onBegin?.(resource, ctx);
      const payload: TransitionPayload = { service: scope.service, accountId: scope.accountId, region: scope.region, kind, id, event };
      clock.schedule(key(kind, id), mode === "instant" ? 0 : spec.ms, payload);
    },
    beginAt(kind, id, event, at) {
      if (!table[kind]?.events[event]) throw new Error(`No transition '${event}' for resource kind '${kind}'`);
      const payload: TransitionPayload = { service: scope.service, accountId: scope.accountId, region: scope.region, kind, id, event };
      clock.schedule(key(kind, id), Math.max(0, at - clock.now()), payload);
    },
    cancel(kind, id) {
      clock.cancel(key(kind, id));
    },
    pending(kind, id) {
      return (clock.find(key(kind, id))?.payload as TransitionPayload | undefined)?.event;
    },
    settleNow(kind, id) {
      const task = clock.find(key(kind, id));
      if (!task) return;
      clock.cancel(task.key);
      settle(task);
    },
  };
}

/** Applies a due transition to its resource. Called by the backend's clock runner. */
export function applyTransition<World>(table: TransitionTable<World>, payload: TransitionPayload, ctx: CallContext<World>): void {
  const kind = table[payload.kind];
  const spec = kind?.events[payload.event];
  if (!spec) return;
  const collection = kind.collection(ctx.world);
  const resource = collection[payload.id];
  if (!resource) return; // removed meanwhile (renamed or deleted by a later call)
  const next = typeof spec.then === "function" ? spec.then(resource, ctx) : spec.then;
  if (next === null) delete collection[payload.id];
  else writePath(resource, kind.statusField, next);
  spec.onSettle?.(resource, ctx);
}
