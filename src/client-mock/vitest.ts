/**
 * `aws-db-mock/client-mock/vitest`: the matchers of aws-sdk-client-mock-jest's vitest entry
 * (`aws-sdk-client-mock-jest/vitest`), with its names and messages, for stubs made by
 * `aws-db-mock/client-mock`; plus `toHaveReceivedCommandOnce`, `toHaveReceivedCommandExactlyOnceWith`
 * and `toHaveReceivedLastCommandWith` worded as aws-sdk-client-mock-vitest words them. Importing it
 * registers them:
 *
 *   import "aws-db-mock/client-mock/vitest";
 *   expect(snsMock).toHaveReceivedCommandWith(PublishCommand, { Message: "hello world" });
 */
import type { MetadataBearer } from "@smithy/types";
import { expect } from "vitest";
import { createMatchers, type AnySpyCall, type MessageImpl, type MessageParams } from "./matchers.js";
import type { MatcherCommand, MatcherInput } from "./matcher-types.js";

/** `1st`, `2nd`, `3rd`, `4th`, ... `11th`, `21st`. */
export function ordinalOf(n: number): string {
  const j = n % 10;
  const k = n % 100;
  if (j === 1 && k !== 11) return `${n}st`;
  if (j === 2 && k !== 12) return `${n}nd`;
  if (j === 3 && k !== 13) return `${n}rd`;
  return `${n}th`;
}

/** chalk's gray at full colour level, as aws-sdk-client-mock-jest/vitest prints it. */
const gray = (text: string) => `\u001b[90m${text}\u001b[39m`;

interface VitestUtils {
  stringify(value: unknown, maxDepth?: number, options?: { printBasicPrototype?: boolean }): string;
  diff(a: unknown, b: unknown, options?: { omitAnnotationLines?: boolean; commonColor?: (s: string) => string }): string | undefined;
  printExpected(value: unknown): string;
}

function nthMessage(call: number, input: Record<string, unknown>) {
  return ({ cmd, client, data, notPrefix, ctxUtils, commandCalls }: MessageParams<{ received?: { input: unknown } }>) => {
    const utils = ctxUtils as VitestUtils;
    const beNthCalled = commandCalls.length >= call;
    const summary = `expected ${client} to ${notPrefix}receive ${ordinalOf(call)} ${cmd} with arguments [${utils.stringify(input, undefined, { printBasicPrototype: false })}]`;
    const msgWhenNotBeCalled = beNthCalled ? "" : `, but ${client} has only received ${cmd} ${commandCalls.length} times`;
    const diff = beNthCalled ? utils.diff(input, data.received?.input, { commonColor: gray }) : "";
    return [summary + msgWhenNotBeCalled, diff].join("\n\n");
  };
}

/** The calls under a message, as aws-sdk-client-mock-vitest lists them. */
function formatCalls(message: string, params: MessageParams<unknown>, input: Record<string, unknown> | undefined): string {
  const { diff, stringify } = params.ctxUtils as VitestUtils;
  const calls: AnySpyCall[] = params.commandCalls;
  if (calls.length === 0) return message;
  const indent = (text: string) =>
    text
      .split("\n")
      .map((line) => (line.length === 0 ? "" : `    ${line}`))
      .join("\n");
  return [
    message,
    "",
    "Received:",
    "",
    ...calls.flatMap((call, index) => [
      `   ${ordinalOf(index + 1)} ${params.cmd} call`,
      "",
      input ? diff(input, call.args[0].input, { omitAnnotationLines: true }) : indent(stringify(call.args[0].input)),
      "",
    ]).filter((line) => line !== undefined),
    `Number of calls: ${calls.length}`,
  ].join("\n");
}

export const vitestMessages: MessageImpl = {
  toHaveReceivedCommand: ({ client, cmd, notPrefix }) => `expected ${client} to ${notPrefix}receive ${cmd} at least once`,
  toHaveReceivedCommandTimes:
    (expectedCalls) =>
    ({ client, cmd, commandCalls, notPrefix }) =>
      [`expected ${client} to ${notPrefix}receive ${cmd} ${expectedCalls} times`, `but got ${commandCalls.length} times`].join(", "),
  toHaveReceivedCommandWith:
    (input) =>
    ({ client, cmd, notPrefix, ctxUtils, commandCalls }) => {
      const utils = ctxUtils as VitestUtils;
      return [
        `expected ${client} to ${notPrefix}receive ${cmd} with arguments [${utils.stringify(input, undefined, { printBasicPrototype: false })}]`,
        gray("Received:"),
        ...commandCalls.map((c, i) => `${gray(`  ${ordinalOf(i + 1)} call:`)}\n\n${utils.diff(input, c.args[0].input, { omitAnnotationLines: true, commonColor: gray })!}`),
        gray(`Number of calls: ${commandCalls.length}`),
      ].join("\n\n");
    },
  toHaveReceivedNthCommandWith: nthMessage,
  toHaveReceivedNthSpecificCommandWith: nthMessage,
  toHaveReceivedAnyCommand: ({ client, notPrefix }) => `expected ${client} to ${notPrefix}receive any command at least once`,
  toHaveReceivedCommandOnce: (params) =>
    formatCalls(
      params.notPrefix ? `expected "${params.cmd}" to not be called once` : `expected "${params.cmd}" to be called once, but got ${params.commandCalls.length} times`,
      params,
      undefined,
    ),
  toHaveReceivedCommandExactlyOnceWith: (input) => (params) => {
    const args = (params.ctxUtils as VitestUtils).printExpected(input);
    return formatCalls(
      params.notPrefix ? `expected "${params.cmd}" to not be called once with arguments: ${args}` : `expected "${params.cmd}" to be called once with arguments: ${args}`,
      params,
      input,
    );
  },
  toHaveReceivedLastCommandWith: (input) => (params) => {
    const args = (params.ctxUtils as VitestUtils).printExpected(input);
    return formatCalls(
      params.notPrefix ? `expected last "${params.cmd}" to not be called with arguments: ${args}` : `expected last "${params.cmd}" to be called with arguments: ${args}`,
      params,
      input,
    );
  },
};

expect.extend(createMatchers(vitestMessages, (sample) => expect.objectContaining(sample)));

declare module "vitest" {
  // Members in the body, not an `extends` clause: with aws-db-mock's own matchers (some names shared)
  // or another runner's augmentation in the same program, overloads merge where two base interfaces
  // would conflict (TS2320).
  interface Assertion<T = any> {
    toHaveReceivedCommand<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): T;
    toHaveReceivedCommandTimes<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, times: number): T;
    toHaveReceivedCommandOnce<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): T;
    toHaveReceivedCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toHaveReceivedCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, call: number, input: MatcherInput<I>): T;
    toHaveReceivedNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toHaveReceivedLastCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toReceiveCommand<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): T;
    toReceiveCommandTimes<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, times: number): T;
    toReceiveCommandOnce<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): T;
    toReceiveCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toReceiveCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, call: number, input: MatcherInput<I>): T;
    toReceiveNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toReceiveLastCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): T;
    toHaveReceivedAnyCommand(): T;
    toReceiveAnyCommand(): T;
  }
}

export type { ClientMockMatchers } from "./matcher-types.js";
