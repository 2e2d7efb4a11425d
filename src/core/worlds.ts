/**
 * The simulated state of every service, by account and Region, and the handler contexts over it.
 * A world is made on first use; its context (world, clock, ids, lifecycle, quotas, settings) is made
 * once and kept, the last one used at hand, as most calls of a test go to one service and Region.
 */
import type { CallContext } from "./call-context.js";
import { withTrackedCollections } from "./collections.js";
import type { Clock, ScheduledTask } from "./clock.js";
import type { IdSource } from "./ids.js";
import { applyTransition, lifecycleFor, type LifecycleMode, type TransitionPayload } from "./lifecycle.js";
import type { ServiceDefinition, ServiceRegistry } from "./service.js";

/** What the worlds need from their backend. */
export interface WorldsEnvironment {
  services: ServiceRegistry;
  clock: Clock;
  lifecycle: LifecycleMode;
  /** The backend's identifier source now (a reset replaces it). */
  ids(): IdSource;
  quotas?: Record<string, Record<string, number>>;
  settings?: Record<string, Record<string, unknown>>;
}

export class Worlds {
  /** service key -> `account/region` -> that service's world. */
  private byService: Record<string, Record<string, unknown>> = {};
  private contexts = new Map<string, CallContext<unknown>>();
  private last: { svc: ServiceDefinition<any>; accountId: string; region: string; ctx: CallContext<unknown> } | undefined;

  constructor(private readonly env: WorldsEnvironment) {}

  /** All state as it is (service key -> scope -> world): for `dump()` and the fuzz harness's fingerprints. */
  get state(): Record<string, Record<string, unknown>> {
    return this.byService;
  }

  /** The state of one service in one account and Region (created on first use). */
  world<World>(svc: ServiceDefinition<World>, accountId: string, region: string): World {
    const byScope = (this.byService[svc.key] ??= {});
    const scope = `${accountId}/${region}`;
    return (byScope[scope] ??= withTrackedCollections(svc.createWorld({ accountId, region }))) as World;
  }

  /** What a handler of `svc` sees in that account and Region. */
  context<World>(svc: ServiceDefinition<World>, accountId: string, region: string): CallContext<World> {
    const last = this.last;
    if (last !== undefined && last.svc === svc && last.accountId === accountId && last.region === region) return last.ctx as CallContext<World>;
    const key = `${svc.key}/${accountId}/${region}`;
    let ctx = this.contexts.get(key) as CallContext<World> | undefined;
    if (ctx === undefined) {
      ctx = this.newContext(svc, accountId, region);
      this.contexts.set(key, ctx as CallContext<unknown>);
    }
    this.last = { svc, accountId, region, ctx: ctx as CallContext<unknown> };
    return ctx;
  }

  private newContext<World>(svc: ServiceDefinition<World>, accountId: string, region: string): CallContext<World> {
    const { clock } = this.env;
    const quotas = this.env.quotas?.[svc.key] ?? {};
    const scope = { service: svc.key, accountId, region };
    const ctx: CallContext<World> = {
      world: this.world(svc, accountId, region),
      accountId,
      region,
      worldOf: (otherRegion, otherAccount = accountId) => this.world(svc, otherAccount, otherRegion),
      now: () => clock.now(),
      clock,
      ids: this.env.ids(),
      lifecycle: lifecycleFor(this.env.lifecycle, clock, svc.transitions, scope, () => ctx, (task) => this.settle(task)),
      quota: (name) => quotas[name] ?? svc.quotas?.[name] ?? Infinity,
      settings: this.env.settings?.[svc.key] ?? {},
      contextOf: (otherRegion, otherAccount = accountId) => this.context(svc, otherAccount, otherRegion),
      hasWorld: (otherRegion, otherAccount = accountId) => this.byService[svc.key]?.[`${otherAccount}/${otherRegion}`] !== undefined,
    };
    return ctx;
  }

  /** Settles a scheduled transition in the world it belongs to (the clock's runner). */
  settle(task: ScheduledTask): void {
    const p = task.payload as TransitionPayload;
    const svc = this.serviceByKey(p.service);
    if (!svc) return;
    applyTransition(svc.transitions, p, this.context(svc, p.accountId, p.region));
  }

  /** Worlds that differ from a fresh one: merely looking at a Region is not state. */
  changed(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [key, byScope] of Object.entries(this.byService)) {
      const svc = this.serviceByKey(key);
      for (const [scope, world] of Object.entries(byScope)) {
        const [accountId, region] = scope.split("/");
        const pristine = svc && JSON.stringify(world) === JSON.stringify(svc.createWorld({ accountId, region }));
        if (!pristine) (out[key] ??= {})[scope] = world;
      }
    }
    return out;
  }

  /** Replaces all state with `worlds` (a copy the caller gives up): service key -> scope -> world. */
  replace(worlds: Record<string, Record<string, unknown>>): void {
    for (const byScope of Object.values(worlds)) {
      for (const scope of Object.keys(byScope)) byScope[scope] = withTrackedCollections(byScope[scope]);
    }
    this.byService = worlds;
    this.contexts.clear();
    this.last = undefined;
  }

  clear(): void {
    this.replace({});
  }

  private serviceByKey(key: string): ServiceDefinition | undefined {
    return Object.values(this.env.services).find((s) => s.key === key);
  }
}
