/**
 * Per-call overrides, for users coming from aws-sdk-client-mock: `backend.on(Command, partialInput?)`
 * answers matching calls with a given output or error; every other call stays simulated. Types come
 * from the command constructor, so `resolves()` only accepts that command's output shape.
 */
import type { Command, MetadataBearer } from "@smithy/types";
import type { CallInterceptor, InterceptedCall } from "./call.js";
import { isCommand, type CommandSelector } from "./command-names.js";
import { injectedError } from "./fault-injection.js";

export { isCommand, operationName, type CommandSelector } from "./command-names.js";

/** A command class of an SDK v3 client: `CreateClusterCommand`. */
export type CommandClass<I extends object = any, O extends MetadataBearer = any> = new (input: I) => Command<any, I, any, O, any>;

/** Input type of a command class. */
export type CommandInput<C> = C extends new (input: infer I) => any ? I : never;

/**
 * Deep partial match, as aws-sdk-client-mock's non-strict `on(Command, input)`: every member given in
 * `expected` must be in `actual` with a matching value; objects match recursively, arrays item by item.
 */
export function partialMatch(actual: unknown, expected: unknown): boolean {
  if (expected === actual) return true;
  if (expected instanceof Date) return actual instanceof Date && actual.getTime() === expected.getTime();
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => partialMatch(actual[i], e));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return false;
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) continue; // an absent member and an undefined one are the same input
      if (!partialMatch((actual as Record<string, unknown>)[key], value)) return false;
    }
    return true;
  }
  return false;
}

/** An error to answer with: an AWS error code (built by the service's own factory) or an Error. */
export type OverrideError = string | Error;

/** Chainable answers for the calls an `on()` rule matches. `Once` answers are used first, in order. */
export interface OverrideBehavior<I extends object, O extends MetadataBearer> {
  /** Every matching call succeeds with this output (a fresh copy each time; `$metadata` is added). */
  resolves(output: Partial<O> | ((input: I) => Partial<O> | Promise<Partial<O>>)): this;
  /** The next matching call succeeds with this output. */
  resolvesOnce(output: Partial<O> | ((input: I) => Partial<O> | Promise<Partial<O>>)): this;
  /**
   * Every matching call fails: `rejects('ThrottlingException', 'Rate exceeded')` builds the SDK's
   * exception (its required members filled in, as fault rules do); an Error is thrown as given;
   * nothing: a plain `Error`, as aws-sdk-client-mock's `rejects()`.
   */
  rejects(error?: OverrideError, message?: string): this;
  /** The next matching call fails. */
  rejectsOnce(error?: OverrideError, message?: string): this;
  /** Every matching call is answered by `fn` (return an output, or throw). */
  callsFake(fn: (input: I) => Partial<O> | Promise<Partial<O>>): this;
  /** Drops this rule: matching calls are simulated again. */
  remove(): void;
}

type Answer =
  | { kind: "output"; value: unknown }
  | { kind: "error"; error: OverrideError | undefined; message?: string };

interface OverrideRule {
  command: CommandSelector;
  input?: Record<string, unknown>;
  once: Answer[];
  always?: Answer;
}

/** The interceptor behind `backend.on()`; `clear()` drops every rule (`backend.reset()` calls it). */
export class Overrides implements CallInterceptor {
  private rules: OverrideRule[] = [];

  get active(): boolean {
    return this.rules.length > 0;
  }

  on<I extends object, O extends MetadataBearer>(command: CommandClass<I, O>, input?: Partial<I>): OverrideBehavior<I, O> {
    if (typeof command !== "function") throw new TypeError("backend.on(Command) needs a command class, such as CreateClusterCommand");
    const rule: OverrideRule = { command, input: input as Record<string, unknown> | undefined, once: [] };
    this.rules.push(rule);
    const behavior: OverrideBehavior<I, O> = {
      resolves: (output) => ((rule.always = { kind: "output", value: output }), behavior),
      resolvesOnce: (output) => (rule.once.push({ kind: "output", value: output }), behavior),
      rejects: (error, message) => ((rule.always = { kind: "error", error, message }), behavior),
      rejectsOnce: (error, message) => (rule.once.push({ kind: "error", error, message }), behavior),
      callsFake: (fn) => ((rule.always = { kind: "output", value: fn }), behavior),
      remove: () => {
        this.rules = this.rules.filter((r) => r !== rule);
      },
    };
    return behavior;
  }

  intercept(call: InterceptedCall) {
    // The newest matching rule with an answer left wins (as msw's `use()`); an exhausted `Once`
    // rule lets the call fall through to older rules and then to the simulation.
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i];
      if (!isCommand(call, rule.command)) continue;
      if (rule.input && !partialMatch(call.input, rule.input)) continue;
      const answer = rule.once.shift() ?? rule.always;
      if (answer) return this.answer(answer, call);
    }
    return undefined;
  }

  clear(): void {
    this.rules = [];
  }

  private async answer(answer: Answer, call: InterceptedCall): Promise<{ output: Record<string, unknown> } | { error: unknown }> {
    if (answer.kind === "error") {
      if (typeof answer.error === "string") return { error: await injectedError(call, answer.error, answer.message) };
      return { error: answer.error ?? new Error(answer.message ?? `${call.command} rejected by an aws-db-mock on() override`) };
    }
    try {
      const value = typeof answer.value === "function" ? await answer.value(call.input) : answer.value;
      return { output: freshCopy(value ?? {}) as Record<string, unknown> };
    } catch (error) {
      return { error };
    }
  }
}

/** A caller mutating an output must not change what the next call gets. */
function freshCopy(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return { ...(value as object) }; // holds something structuredClone refuses (a function): share it
  }
}
