/**
 * The runner-neutral matcher core: which calls a client or backend received, and the failure
 * message that shows them. vitest and jest pass in their own `equals` (so asymmetric matchers such as
 * `expect.any(String)` work inside inputs) and printing helpers; nothing here imports a runner.
 */
import { backendOf, type CommandClass, type MockBackend, type RecordedCall } from "../index.js";
import { toBeAllowedBy, type IamMatchers } from "./iam-matcher.js";
import type { MatcherKit, MatcherOutcome } from "./matcher-kit.js";

/** An asymmetric matcher of either runner: `expect.any(String)`, `expect.objectContaining({...})`. */
export interface AsymmetricLike {
  asymmetricMatch(other: unknown): boolean;
}

/** A value as an expected input holds it: the value itself, with asymmetric matchers allowed anywhere. */
export type WithMatchers<T> = T extends readonly (infer U)[]
  ? WithMatchers<U>[] | AsymmetricLike
  : T extends Date | Uint8Array
    ? T | AsymmetricLike
    : T extends object
      ? { [K in keyof T]: WithMatchers<T[K]> } | AsymmetricLike
      : T | AsymmetricLike;

/** An expected input: some of the command's top-level members. */
export type InputMatch<I> = { [K in keyof I]?: WithMatchers<I[K]> };

/** The matchers' types, shared by the vitest and jest augmentations. `R` is the runner's return type. */
export interface AwsDbMockMatchers<R = unknown> extends IamMatchers<R> {
  /** The client (or backend) received at least one call of `command`. */
  toHaveReceivedCommand<I extends object>(command: CommandClass<I>): R;
  /** The client (or backend) received exactly `times` calls of `command` (each retry attempt counts). */
  toHaveReceivedCommandTimes<I extends object>(command: CommandClass<I>, times: number): R;
  /** Some call of `command` had an input containing `input` (top-level members; nest `expect.objectContaining` for deeper). */
  toHaveReceivedCommandWith<I extends object>(command: CommandClass<I>, input: InputMatch<I>): R;
  /** The `n`th call of `command` (1 = first) had an input containing `input`. */
  toHaveReceivedNthCommandWith<I extends object>(command: CommandClass<I>, n: number, input: InputMatch<I>): R;
  /** The last call of `command` had an input containing `input`. */
  toHaveReceivedLastCommandWith<I extends object>(command: CommandClass<I>, input: InputMatch<I>): R;
}

type Command = abstract new (...args: any[]) => unknown;

/** How many received calls a failure message lists (the newest), and how wide each input prints. */
const LISTED_CALLS = 20;
const INPUT_WIDTH = 200;

/** One line per input, JavaScript-like: `{ maxResults: 3, tags: { team: "a" } }`. */
export function compact(value: unknown, width = INPUT_WIDTH): string {
  const text = printValue(value, 0);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function printValue(value: unknown, depth: number): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return value.name || "function";
  if (typeof value !== "object" || value === null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  const asymmetric = value as { asymmetricMatch?: unknown; sample?: unknown; toString(): string };
  if (typeof asymmetric.asymmetricMatch === "function") {
    // expect.objectContaining({...}) and friends: their name, and what they were given.
    return "sample" in asymmetric ? `${asymmetric.toString()} ${printValue(asymmetric.sample, depth + 1)}` : asymmetric.toString();
  }
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength})`;
  if (depth >= 5) return Array.isArray(value) ? "[…]" : "{…}";
  if (Array.isArray(value)) return `[${value.map((v) => printValue(v, depth + 1)).join(", ")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  return `{ ${entries.map(([k, v]) => `${key(k)}: ${printValue(v, depth + 1)}`).join(", ")} }`;
}

interface Received {
  label: string;
  calls: RecordedCall[];
}

function isBackend(value: unknown): value is MockBackend {
  const v = value as MockBackend | undefined;
  return !!v && typeof v.calls === "function" && typeof v.attach === "function" && typeof v.handle === "function";
}

/** The calls of a backend, or of one client (its backend's calls that it sent). */
function receivedCalls(received: unknown): Received {
  if (isBackend(received)) return { label: "backend", calls: received.calls() };
  const backend = received && typeof received === "object" ? backendOf(received) : undefined;
  if (!backend) {
    throw new TypeError(
      "aws-db-mock matchers expect an SDK client attached to a mock backend (backend.attach(client)) or a MockBackend; " +
        `got ${describeValue(received)}`,
    );
  }
  const name = (received as object).constructor?.name ?? "client";
  return { label: name, calls: backend.calls().filter((c) => c.client === received) };
}

function commandName(command: Command): string {
  return command.name.endsWith("Command") ? command.name.slice(0, -7) : command.name;
}

function isCall(call: RecordedCall, command: Command): boolean {
  return call.commandType ? call.commandType === command : call.command === commandName(command);
}

function checkCommand(command: unknown): asserts command is Command {
  if (typeof command !== "function") throw new TypeError(`expected a command class such as CreateClusterCommand, got ${describeValue(command)}`);
}

/** Top-level "contains" (as `expect.objectContaining`), with the runner's equality for each member. */
function inputContains(kit: MatcherKit, input: Record<string, unknown>, expected: Record<string, unknown>): boolean {
  return Object.keys(expected).every((key) => kit.equals(input?.[key], expected[key]));
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "function") return `function ${value.name}`;
  if (typeof value === "object") return `an object (${value.constructor?.name ?? "Object"})`;
  return typeof value;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function outcomeOf(call: RecordedCall): string {
  if (call.error) return `failed: ${call.error.name}`;
  return "ok";
}

/** The list at the end of every message: what the client or backend actually received. */
function listCalls(received: Received): string {
  const { calls, label } = received;
  if (calls.length === 0) return `${label} received no calls.`;
  const shown = calls.slice(-LISTED_CALLS);
  const first = calls.length - shown.length;
  const lines = shown.map((c, i) => {
    const attempt = c.attempt && c.attempt > 1 ? ` (attempt ${c.attempt})` : "";
    return `  ${first + i + 1}. ${c.commandType?.name ?? `${c.command}Command`}${attempt} ${compact(c.input)} -> ${outcomeOf(c)}`;
  });
  const more = first > 0 ? [`  ... ${plural(first, "earlier call")} not shown`] : [];
  return [`Calls received by ${label} (${calls.length}):`, ...more, ...lines].join("\n");
}

function header(kit: MatcherKit, name: string, received: Received, expected: string): string {
  return kit.utils.matcherHint(name, received.label, expected, { isNot: kit.isNot });
}

function ofCommand(received: Received, command: Command): RecordedCall[] {
  return received.calls.filter((c) => isCall(c, command));
}

export function toHaveReceivedCommand(kit: MatcherKit, target: unknown, command: unknown): MatcherOutcome {
  checkCommand(command);
  const received = receivedCalls(target);
  const matching = ofCommand(received, command);
  const pass = matching.length > 0;
  return {
    pass,
    message: () =>
      [
        header(kit, "toHaveReceivedCommand", received, command.name),
        "",
        pass ? `Expected no ${command.name} call, received ${plural(matching.length, "call")}.` : `Expected a ${command.name} call, received none.`,
        "",
        listCalls(received),
      ].join("\n"),
  };
}

export function toHaveReceivedCommandTimes(kit: MatcherKit, target: unknown, command: unknown, times: unknown): MatcherOutcome {
  checkCommand(command);
  if (!(Number.isInteger(times) && (times as number) >= 0)) throw new TypeError(`expected a whole number of times, got ${String(times)}`);
  const received = receivedCalls(target);
  const matching = ofCommand(received, command);
  const pass = matching.length === times;
  return {
    pass,
    message: () =>
      [
        header(kit, "toHaveReceivedCommandTimes", received, `${command.name}, ${times}`),
        "",
        `Expected ${kit.isNot ? "not " : ""}${plural(times as number, `${command.name} call`)}, received ${matching.length}.`,
        "",
        listCalls(received),
      ].join("\n"),
  };
}

export function toHaveReceivedCommandWith(kit: MatcherKit, target: unknown, command: unknown, input: unknown): MatcherOutcome {
  checkCommand(command);
  const expected = checkInput(input);
  const received = receivedCalls(target);
  const matching = ofCommand(received, command);
  const hit = matching.findIndex((c) => inputContains(kit, c.input, expected));
  const pass = hit >= 0;
  return {
    pass,
    message: () =>
      [
        header(kit, "toHaveReceivedCommandWith", received, `${command.name}, input`),
        "",
        `Expected ${pass ? "no" : "a"} ${command.name} call whose input contains:`,
        `  ${compact(expected)}`,
        pass
          ? `Received: ${command.name} call ${hit + 1} of ${matching.length} matches.`
          : `Received: ${plural(matching.length, `${command.name} call`)}, none matching.`,
        "",
        listCalls(received),
      ].join("\n"),
  };
}

export function toHaveReceivedNthCommandWith(kit: MatcherKit, target: unknown, command: unknown, n: unknown, input: unknown): MatcherOutcome {
  checkCommand(command);
  if (!(Number.isInteger(n) && (n as number) >= 1)) throw new TypeError(`expected n to be a whole number from 1 (the first call), got ${String(n)}`);
  return nth(kit, "toHaveReceivedNthCommandWith", target, command, input, n as number);
}

export function toHaveReceivedLastCommandWith(kit: MatcherKit, target: unknown, command: unknown, input: unknown): MatcherOutcome {
  checkCommand(command);
  return nth(kit, "toHaveReceivedLastCommandWith", target, command, input, "last");
}

function nth(kit: MatcherKit, name: string, target: unknown, command: Command, input: unknown, n: number | "last"): MatcherOutcome {
  const expected = checkInput(input);
  const received = receivedCalls(target);
  const matching = ofCommand(received, command);
  const index = n === "last" ? matching.length - 1 : n - 1;
  const call = matching[index];
  const pass = !!call && inputContains(kit, call.input, expected);
  const which = n === "last" ? "the last" : `call ${n} of`;
  return {
    pass,
    message: () =>
      [
        header(kit, name, received, n === "last" ? `${command.name}, input` : `${command.name}, ${n}, input`),
        "",
        `Expected ${which} ${command.name} ${kit.isNot ? "not " : ""}to have an input containing:`,
        `  ${compact(expected)}`,
        call
          ? `Received input: ${compact(call.input)}`
          : `Received: ${plural(matching.length, `${command.name} call`)}, so there is no ${n === "last" ? "last" : `call ${n}`}.`,
        "",
        listCalls(received),
      ].join("\n"),
  };
}

function checkInput(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== "object") throw new TypeError(`expected the input to match as an object, got ${describeValue(input)}`);
  return input as Record<string, unknown>;
}

const CLIENT_MOCK_MATCHERS = Symbol.for("aws-db-mock.client-mock.matchers");
interface ClientMockMatchers {
  owns(value: unknown): boolean;
  matchers: Record<string, (this: unknown, received: unknown, ...args: any[]) => MatcherOutcome>;
}

/** The matchers as a runner's `expect.extend` takes them: `this` is the runner's matcher context. */
export function runnerMatchers(): Record<string, (this: any, received: unknown, ...args: any[]) => MatcherOutcome> {
  const core = {
    toHaveReceivedCommand,
    toHaveReceivedCommandTimes,
    toHaveReceivedCommandWith,
    toHaveReceivedNthCommandWith,
    toHaveReceivedLastCommandWith,
    toBeAllowedBy,
  } as Record<string, (kit: MatcherKit, target: unknown, ...args: any[]) => MatcherOutcome>;
  const out: Record<string, (this: any, received: unknown, ...args: any[]) => MatcherOutcome> = {};
  for (const [name, fn] of Object.entries(core)) {
    out[name] = function (this: MatcherKit, received: unknown, ...args: any[]) {
      // An aws-db-mock/client-mock stub goes to the client-mock matcher of the same name, whichever registered last.
      const clientMock = (globalThis as Record<symbol, ClientMockMatchers | undefined>)[CLIENT_MOCK_MATCHERS];
      if (clientMock?.owns(received) && clientMock.matchers[name]) return clientMock.matchers[name].call(this, received, ...args);
      return fn(this, received, ...args);
    };
  }
  return out;
}
