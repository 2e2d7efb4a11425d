/**
 * `aws-db-mock/client-mock/jest`: aws-sdk-client-mock-jest's matchers, with its names and messages,
 * for stubs made by `aws-db-mock/client-mock`. Importing it registers them:
 *
 *   import "aws-db-mock/client-mock/jest";
 *   expect(snsMock).toHaveReceivedCommandWith(PublishCommand, { Message: "hello world" });
 */
import { expect } from "@jest/globals";
import { createMatchers, type AnySpyCall, type MessageImpl } from "./matchers.js";
import type { MetadataBearer } from "@smithy/types";
import type { MatcherCommand, MatcherInput } from "./matcher-types.js";

interface JestUtils {
  printReceived(value: unknown): string;
  printExpected(value: unknown): string;
  printDiffOrStringify(expected: unknown, received: unknown, expectedLabel: string, receivedLabel: string, expand: boolean): string;
}

/** The list of calls under each message, as aws-sdk-client-mock-jest prints it. */
function addCalls(ctxUtils: JestUtils, calls: AnySpyCall[], ...msgs: string[]): string {
  if (calls.length === 0) return msgs.join("\n");
  return [...msgs, "", "Calls:", ...calls.map((c, i) => `  ${i + 1}. ${c.args[0].constructor.name}: ${ctxUtils.printReceived(c.args[0].input)}`)].join("\n");
}

const nthMessage =
  (call: number, input: Record<string, unknown>) =>
  ({ cmd, client, data, notPrefix, ctxUtils, calls }: { cmd: string; client: string; data: { received?: { input: unknown; constructor: { name: string } } }; notPrefix: string; ctxUtils: JestUtils; calls: AnySpyCall[] }) =>
    addCalls(
      ctxUtils,
      calls,
      `Expected ${client} to ${notPrefix}receive ${call}. ${ctxUtils.printExpected(cmd)} with ${ctxUtils.printExpected(input)}`,
      ...(data.received
        ? [
            `${client} received ${ctxUtils.printReceived(data.received.constructor.name)} with input:`,
            ctxUtils.printDiffOrStringify(input, data.received.input, "Expected", "Received", false),
          ]
        : []),
    );

export const jestMessages: MessageImpl = {
  toHaveReceivedCommand: ({ client, cmd, notPrefix, calls, commandCalls, ctxUtils }) =>
    addCalls(
      ctxUtils,
      calls,
      `Expected ${client} to ${notPrefix}receive ${ctxUtils.printExpected(cmd)}`,
      `${client} received ${ctxUtils.printExpected(cmd)} ${ctxUtils.printReceived(commandCalls.length)} times`,
    ),
  toHaveReceivedCommandTimes:
    (expectedCalls) =>
    ({ calls, client, cmd, commandCalls, notPrefix, ctxUtils }) =>
      addCalls(
        ctxUtils,
        calls,
        `Expected ${client} to ${notPrefix}receive ${ctxUtils.printExpected(cmd)} ${ctxUtils.printExpected(expectedCalls)} times`,
        `${client} received ${ctxUtils.printExpected(cmd)} ${ctxUtils.printReceived(commandCalls.length)} times`,
      ),
  // Not in aws-sdk-client-mock-jest (aws-sdk-client-mock-vitest has it): worded as its neighbours.
  toHaveReceivedCommandOnce: ({ calls, client, cmd, commandCalls, notPrefix, ctxUtils }) =>
    addCalls(
      ctxUtils,
      calls,
      `Expected ${client} to ${notPrefix}receive ${ctxUtils.printExpected(cmd)} once`,
      `${client} received ${ctxUtils.printExpected(cmd)} ${ctxUtils.printReceived(commandCalls.length)} times`,
    ),
  toHaveReceivedCommandWith:
    (input) =>
    ({ client, cmd, notPrefix, data, calls, ctxUtils }) =>
      addCalls(
        ctxUtils,
        calls,
        `Expected ${client} to ${notPrefix}receive ${ctxUtils.printExpected(cmd)} with ${ctxUtils.printExpected(input)}`,
        `${client} received matching ${ctxUtils.printExpected(cmd)} ${ctxUtils.printReceived(data.matchCount)} times`,
      ),
  toHaveReceivedCommandExactlyOnceWith:
    (input) =>
    ({ client, cmd, notPrefix, data, calls, commandCalls, ctxUtils }) =>
      addCalls(
        ctxUtils,
        calls,
        `Expected ${client} to ${notPrefix}receive ${ctxUtils.printExpected(cmd)} exactly once with ${ctxUtils.printExpected(input)}`,
        `${client} received ${ctxUtils.printExpected(cmd)} ${ctxUtils.printReceived(commandCalls.length)} times, ${ctxUtils.printReceived(data.matchCount)} matching`,
      ),
  toHaveReceivedNthCommandWith: nthMessage,
  toHaveReceivedNthSpecificCommandWith: nthMessage,
  toHaveReceivedLastCommandWith: (input) => (params) => nthMessage(params.commandCalls.length, input)(params),
  toHaveReceivedAnyCommand: ({ client, notPrefix, calls, ctxUtils }) =>
    addCalls(ctxUtils, calls, `Expected ${client} to ${notPrefix}receive any command`, `${client} received any command ${ctxUtils.printReceived(calls.length)} times`),
};

expect.extend(createMatchers(jestMessages, (sample) => expect.objectContaining(sample)) as any);

declare module "expect" {
  // Members in the body, not an `extends` clause: with aws-db-mock's own matchers (some names shared)
  // or another runner's augmentation in the same program, overloads merge where two base interfaces
  // would conflict (TS2320).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> {
    toHaveReceivedCommand<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
    toHaveReceivedCommandTimes<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, times: number): R;
    toHaveReceivedCommandOnce<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
    toHaveReceivedCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toHaveReceivedCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, call: number, input: MatcherInput<I>): R;
    toHaveReceivedNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toHaveReceivedLastCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toReceiveCommand<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
    toReceiveCommandTimes<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, times: number): R;
    toReceiveCommandOnce<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
    toReceiveCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toReceiveCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, call: number, input: MatcherInput<I>): R;
    toReceiveNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toReceiveLastCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
    toHaveReceivedAnyCommand(): R;
    toReceiveAnyCommand(): R;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
    interface Matchers<R, T = {}> {
      toHaveReceivedCommand<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
      toHaveReceivedCommandTimes<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, times: number): R;
      toHaveReceivedCommandOnce<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
      toHaveReceivedCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toHaveReceivedCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, call: number, input: MatcherInput<I>): R;
      toHaveReceivedNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toHaveReceivedLastCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toReceiveCommand<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
      toReceiveCommandTimes<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, times: number): R;
      toReceiveCommandOnce<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>): R;
      toReceiveCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toReceiveCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, call: number, input: MatcherInput<I>): R;
      toReceiveNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toReceiveLastCommandWith<I extends object, O extends MetadataBearer>(command: MatcherCommand<I, O>, input: MatcherInput<I>): R;
      toHaveReceivedAnyCommand(): R;
      toReceiveAnyCommand(): R;
    }
  }
}

export type { ClientMockMatchers } from "./matcher-types.js";
