/**
 * Fault rules: `backend.faults.inject(rule)` makes matching calls fail (or answer late) before the
 * simulation runs, so a failed call changes no state. Errors named by code come from the same factory
 * as the services' own errors: the SDK's class, HTTP status and `$retryable` AWS would give.
 */
import type { CallInterceptor, InterceptedCall } from "./backend.js";
import type { IdSource } from "./ids.js";
import { isCommand, type CommandSelector } from "./overrides.js";

/** What a rule's predicates and error functions see besides the input. */
export interface FaultCall {
  /** Service key (`dsql`, `rds`, `docdb-elastic`). */
  service: string;
  /** Command name without `Command`: `CreateCluster`. */
  command: string;
  region: string;
  accountId: string;
}

/** An AWS error code (`ThrottlingException`, `InternalServerException`, `Throttling`), or the Error to throw. */
export type FaultError = string | Error;

export interface FaultRule {
  /** Service key(s) the rule applies to: `dsql`, `rds`, `docdb-elastic` (default: every service). */
  service?: string | readonly string[];
  /** Command(s): the class (exact), or the name with or without `Command` (default: every command). */
  command?: CommandSelector | readonly CommandSelector[];
  /** Only calls whose input (and call) satisfy this. */
  match?: (input: Record<string, any>, call: FaultCall) => boolean;
  /** The error to answer with; a function may return `undefined` to let that call through. */
  error?: FaultError | ((input: Record<string, any>, call: FaultCall) => FaultError | undefined);
  /** Message of an error named by code (default names the code and says it was injected). */
  message?: string;
  /** Modeled members of an error named by code: `{ reason: 'ACCESS_DENIED' }`. */
  fields?: Record<string, unknown>;
  /** How many calls the rule hits, then it is removed (default: unlimited). */
  times?: number;
  /** Chance in [0, 1] that a matching call is hit; drawn from the backend's seed, so reproducible. */
  probability?: number;
  /** Milliseconds the call waits (through `setTimeout`, so fake timers control it) before answering. */
  latencyMs?: number;
}

/** Returned by `inject`: undoes the rule. */
export interface FaultHandle {
  remove(): void;
  /** How many calls the rule has hit so far. */
  readonly hits: number;
}

interface ActiveRule {
  rule: FaultRule;
  hits: number;
}

/** `backend.faults`: the interceptor holding the fault rules, consulted before per-call overrides. */
export class FaultInjector implements CallInterceptor {
  private rules: ActiveRule[] = [];
  private random: IdSource;

  constructor(private readonly randomStream: () => IdSource) {
    this.random = randomStream();
  }

  get active(): boolean {
    return this.rules.length > 0;
  }

  inject(rule: FaultRule): FaultHandle {
    checkRule(rule);
    const active: ActiveRule = { rule: { ...rule }, hits: 0 };
    this.rules.push(active);
    return {
      remove: () => this.drop(active),
      get hits() {
        return active.hits;
      },
    };
  }

  /** Removes every rule; the probability stream starts again from the seed. */
  clear(): void {
    this.rules = [];
    this.random = this.randomStream();
  }

  /** Rules apply in the order injected: each hit waits its latency; the first error answers. */
  async intercept(call: InterceptedCall): Promise<{ error: unknown } | undefined> {
    const info: FaultCall = { service: call.service, command: call.command, region: call.region, accountId: call.accountId };
    for (const active of this.rules.slice()) {
      const { rule } = active;
      // Removed while this call waited on an earlier rule's latency (spent `times`, remove(), clear()).
      if (!this.rules.includes(active)) continue;
      if (!this.applies(rule, call, info)) continue;
      const error = typeof rule.error === "function" ? rule.error(call.input, info) : rule.error;
      if (rule.error !== undefined && error === undefined && rule.latencyMs === undefined) continue;
      active.hits++;
      if (rule.times !== undefined && active.hits >= rule.times) this.drop(active);
      if (rule.latencyMs) await sleep(rule.latencyMs);
      if (error === undefined) continue;
      if (typeof error === "string") {
        return { error: await call.errorFor(error, rule.message ?? `${error} injected by an aws-db-mock fault rule`, rule.fields) };
      }
      return { error };
    }
    return undefined;
  }

  private applies(rule: FaultRule, call: InterceptedCall, info: FaultCall): boolean {
    if (rule.service !== undefined && !asList(rule.service).includes(call.service)) return false;
    if (rule.command !== undefined && !asList(rule.command).some((c) => isCommand(call, c))) return false;
    if (rule.match && !rule.match(call.input, info)) return false;
    // Drawn last, and only for calls the rule is about: other traffic does not shift the sequence.
    if (rule.probability !== undefined && !(this.random.next() < rule.probability)) return false;
    return true;
  }

  private drop(active: ActiveRule): void {
    this.rules = this.rules.filter((r) => r !== active);
  }
}

function asList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? value : [value as T];
}

function checkRule(rule: FaultRule): void {
  if (!rule || typeof rule !== "object") throw new TypeError("faults.inject(rule) needs a rule object");
  if (rule.error === undefined && rule.latencyMs === undefined) {
    throw new TypeError("a fault rule needs an `error` (an AWS error code, an Error or a function) or a `latencyMs`");
  }
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) {
    throw new RangeError(`fault rule \`times\` must be a whole number above 0, got ${rule.times}`);
  }
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
    throw new RangeError(`fault rule \`probability\` must be between 0 and 1, got ${rule.probability}`);
  }
  if (rule.latencyMs !== undefined && !(rule.latencyMs >= 0)) {
    throw new RangeError(`fault rule \`latencyMs\` must be a number of milliseconds >= 0, got ${rule.latencyMs}`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
