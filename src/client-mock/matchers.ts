/**
 * The runner-neutral core of the client-mock matchers, as aws-sdk-client-mock-jest builds them: each
 * matcher checks the stub's calls and asks the runner's entry for its message (jest and vitest word
 * them differently, as aws-sdk-client-mock-jest and its `/vitest` entry do).
 */
import assert from "node:assert";
import { runnerMatchers } from "../testing/matchers.js";
// The entry, not ./stub.js: built, the runner entries import it as `aws-db-mock/client-mock`, so
// `instanceof AwsStub` sees the one class users make stubs with.
import { AwsStub } from "./index.js";
import type { SpyCall } from "./spy.js";

type AnyCommand = { input: any; constructor: { name: string } };
export type AnySpyCall = SpyCall<[AnyCommand]>;
type CommandType = new (...args: any[]) => any;

export interface MessageParams<Data = undefined> {
  cmd: string;
  client: string;
  commandCalls: AnySpyCall[];
  calls: AnySpyCall[];
  data: Data;
  notPrefix: string;
  ctxUtils: any;
}

type Message<Data = undefined> = (params: MessageParams<Data>) => string;

/** How each runner words each matcher's failure. */
export interface MessageImpl {
  toHaveReceivedCommandTimes: (expectedCalls: number) => Message;
  toHaveReceivedCommand: Message;
  toHaveReceivedCommandWith: (input: Record<string, unknown>) => Message<{ matchCount: number }>;
  toHaveReceivedNthCommandWith: (call: number, input: Record<string, unknown>) => Message<{ received?: AnyCommand }>;
  toHaveReceivedNthSpecificCommandWith: (call: number, input: Record<string, unknown>) => Message<{ received?: AnyCommand }>;
  toHaveReceivedAnyCommand: Message;
  toHaveReceivedCommandOnce: Message;
  toHaveReceivedCommandExactlyOnceWith: (input: Record<string, unknown>) => Message<{ matchCount: number }>;
  toHaveReceivedLastCommandWith: (input: Record<string, unknown>) => Message<{ received?: AnyCommand }>;
}

export interface ExpectationResult {
  pass: boolean;
  message: () => string;
}

type MatcherFn = (this: any, received: unknown, ...args: any[]) => ExpectationResult;
type ObjectContaining = (sample: Record<string, unknown>) => { asymmetricMatch(other: unknown): boolean };

interface Check<Data> {
  ctx: { isNot?: boolean; utils: unknown };
  mockClient: unknown;
  command?: CommandType;
  check(calls: { calls: AnySpyCall[]; commandCalls: AnySpyCall[] }): { pass: boolean; data: Data };
  message: Message<Data>;
}

function processMatch<Data>({ ctx, mockClient, command, check, message }: Check<Data>): ExpectationResult {
  assert(mockClient instanceof AwsStub, "The actual must be a client mock instance");
  if (command) {
    assert(typeof command === "function" && typeof command.name === "string" && command.name.length > 0, "Command must be valid AWS SDK Command");
  }
  const calls = mockClient.calls() as AnySpyCall[];
  const commandCalls = command ? (mockClient.commandCalls(command) as AnySpyCall[]) : [];
  const { pass, data } = check({ calls, commandCalls });
  const msg = () =>
    message({ client: mockClient.clientName(), cmd: command?.name ?? "Any Command", data, calls, commandCalls, notPrefix: ctx.isNot ? "not " : "", ctxUtils: ctx.utils });
  return { pass, message: msg };
}

const ensureNoOtherArgs = (args: unknown[]): void => assert(args.length === 0, "Too many matcher arguments");

function nthCheck(input: Record<string, unknown>, which: (calls: AnySpyCall[]) => AnySpyCall | undefined, command: CommandType, objectContaining: ObjectContaining) {
  return (calls: AnySpyCall[]) => {
    const received = which(calls)?.args[0];
    const pass = received instanceof command && objectContaining(input).asymmetricMatch(received!.input);
    return { pass, data: { received } };
  };
}

/** The matchers (with aws-sdk-client-mock-jest's aliases), worded by `messages`. */
export function createMatchers(messages: MessageImpl, objectContaining: ObjectContaining): Record<string, MatcherFn> {
  const matching = (commandCalls: AnySpyCall[], input: Record<string, unknown>) =>
    commandCalls.filter((c) => objectContaining(input).asymmetricMatch(c.args[0].input)).length;
  const base: Record<string, MatcherFn> = {
    toHaveReceivedCommand(mockClient, command: CommandType, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({ ctx: this, mockClient, command, check: ({ commandCalls }) => ({ pass: commandCalls.length > 0, data: undefined }), message: messages.toHaveReceivedCommand });
    },
    toHaveReceivedCommandTimes(mockClient, command: CommandType, expectedCalls: number, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({
        ctx: this,
        mockClient,
        command,
        check: ({ commandCalls }) => ({ pass: commandCalls.length === expectedCalls, data: undefined }),
        message: messages.toHaveReceivedCommandTimes(expectedCalls),
      });
    },
    toHaveReceivedCommandOnce(mockClient, command: CommandType, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({ ctx: this, mockClient, command, check: ({ commandCalls }) => ({ pass: commandCalls.length === 1, data: undefined }), message: messages.toHaveReceivedCommandOnce });
    },
    toHaveReceivedCommandWith(mockClient, command: CommandType, input: Record<string, unknown>, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({
        ctx: this,
        mockClient,
        command,
        check: ({ commandCalls }) => {
          const matchCount = matching(commandCalls, input);
          return { pass: matchCount > 0, data: { matchCount } };
        },
        message: messages.toHaveReceivedCommandWith(input),
      });
    },
    toHaveReceivedCommandExactlyOnceWith(mockClient, command: CommandType, input: Record<string, unknown>, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({
        ctx: this,
        mockClient,
        command,
        check: ({ commandCalls }) => {
          const matchCount = matching(commandCalls, input);
          return { pass: commandCalls.length === 1 && matchCount === 1, data: { matchCount } };
        },
        message: messages.toHaveReceivedCommandExactlyOnceWith(input),
      });
    },
    toHaveReceivedNthCommandWith(mockClient, first: unknown, second: unknown, input: Record<string, unknown>, ...other) {
      ensureNoOtherArgs(other);
      // aws-sdk-client-mock-jest's order is (call, Command, input); aws-sdk-client-mock-vitest's is (Command, call, input).
      if (typeof first === "function" && typeof second === "number") return specific.call(this, mockClient, second, first as CommandType, input);
      const call = first as number;
      const command = second as CommandType;
      assert(call && typeof call === "number" && call > 0, "Call number must be a number greater than 0");
      return processMatch({
        ctx: this,
        mockClient,
        command,
        check: ({ calls }) => nthCheck(input, (all) => all[call - 1], command, objectContaining)(calls),
        message: messages.toHaveReceivedNthCommandWith(call, input),
      });
    },
    toHaveReceivedNthSpecificCommandWith(mockClient, call: number, command: CommandType, input: Record<string, unknown>, ...other) {
      ensureNoOtherArgs(other);
      return specific.call(this, mockClient, call, command, input);
    },
    toHaveReceivedLastCommandWith(mockClient, command: CommandType, input: Record<string, unknown>, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({
        ctx: this,
        mockClient,
        command,
        check: ({ commandCalls }) => nthCheck(input, (all) => all[all.length - 1], command, objectContaining)(commandCalls),
        message: messages.toHaveReceivedLastCommandWith(input),
      });
    },
    toHaveReceivedAnyCommand(mockClient, ...other) {
      ensureNoOtherArgs(other);
      return processMatch({ ctx: this, mockClient, check: ({ calls }) => ({ pass: calls.length > 0, data: undefined }), message: messages.toHaveReceivedAnyCommand });
    },
  };
  function specific(this: any, mockClient: unknown, call: number, command: CommandType, input: Record<string, unknown>): ExpectationResult {
    assert(call && typeof call === "number" && call > 0, "Call number must be a number greater than 0");
    return processMatch({
      ctx: this,
      mockClient,
      command,
      check: ({ commandCalls }) => nthCheck(input, (all) => all[call - 1], command, objectContaining)(commandCalls),
      message: messages.toHaveReceivedNthSpecificCommandWith(call, input),
    });
  }
  const aliases: Record<string, MatcherFn> = {};
  for (const [name, fn] of Object.entries(base)) aliases[name.replace(/^toHaveReceived/, "toReceive")] = fn;
  return sharingNames({ ...base, ...aliases });
}

const SLOT = Symbol.for("aws-db-mock.client-mock.matchers");

/**
 * `aws-db-mock/vitest` (and `/jest`) have matchers of the same names for attached clients and backends:
 * whichever entry registers last, each matcher hands the other kind of value to the other's matcher.
 */
function sharingNames(matchers: Record<string, MatcherFn>): Record<string, MatcherFn> {
  const library = runnerMatchers();
  (globalThis as Record<symbol, unknown>)[SLOT] = { owns: (value: unknown) => value instanceof AwsStub, matchers };
  const out: Record<string, MatcherFn> = {};
  for (const [name, fn] of Object.entries(matchers)) {
    const other = library[name];
    out[name] = other
      ? function (this: any, received: unknown, ...args: any[]) {
          return (received instanceof AwsStub ? fn : other).call(this, received, ...args);
        }
      : fn;
  }
  return out;
}
