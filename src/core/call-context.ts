/**
 * What a handler may use besides its input (`CallContext`), and the lifecycle part of it. Types only,
 * kept apart from service.ts and lifecycle.ts, which both refer to them: so neither imports the other
 * back. State never sees HTTP or middleware types.
 */
import type { Clock } from "./clock.js";
import type { IdSource } from "./ids.js";

export type LifecycleMode = "instant" | "timed";

/** What handlers use: start an event on a resource, or look at / cancel what is pending. */
export interface Lifecycle<World> {
  readonly mode: LifecycleMode;
  begin(kind: string, id: string, event: string): void;
  /**
   * Schedules `event` at a time on the clock (e.g. the next maintenance window), in either lifecycle:
   * a time is not a duration, so the `instant` lifecycle does not bring it forward. The status is left
   * as it is until the event settles.
   */
  beginAt?(kind: string, id: string, event: string, at: number): void;
  cancel(kind: string, id: string): void;
  /** Name of the event still pending on this resource, if any. */
  pending(kind: string, id: string): string | undefined;
  /** Settle a pending event now (used when a later call depends on it, e.g. a peer link). */
  settleNow(kind: string, id: string): void;
  /** World type marker (no runtime value). */
  readonly _world?: World;
}

export interface WorldScope {
  accountId: string;
  region: string;
}

export interface CallContext<World> {
  world: World;
  accountId: string;
  region: string;
  /** The same service's state in another Region (or account) of this backend. */
  worldOf(region: string, accountId?: string): World;
  /** The whole context of another Region (or account): its world, lifecycle and ids. */
  contextOf(region: string, accountId?: string): CallContext<World>;
  /** Whether the service already has state in that Region (or account): looking must not create it. */
  hasWorld?(region: string, accountId?: string): boolean;
  /** Virtual time in epoch milliseconds. */
  now(): number;
  clock: Clock;
  ids: IdSource;
  lifecycle: Lifecycle<World>;
  /** Effective quota: the backend option, else the service default. */
  quota(name: string): number;
  /** Backend options the service reads (`options.services[key]`), e.g. S3 buckets made unreadable. */
  settings: Record<string, unknown>;
}
