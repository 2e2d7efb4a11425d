/**
 * Types of the client-mock matchers (aws-sdk-client-mock-jest's names), as one interface for code that
 * wants the set. The runner entries augment vitest's and jest's interfaces with the same members
 * written in the interface body: five names are also matchers of `aws-db-mock/vitest` and `/jest`, and
 * body members merge as overloads where two base interfaces would conflict.
 */
import type { MetadataBearer } from "@smithy/types";
import type { InputMatch } from "../testing/matchers.js";
import type { AwsCommand } from "./types.js";

type Cmd<I extends object, O extends MetadataBearer> = new (input: I) => AwsCommand<I, O>;
/** Some of the input's members; any value may be an asymmetric matcher (`expect.any(String)`). */
type InputOf<I> = InputMatch<I>;

/** The matchers whose names only the client-mock entries use. */
export interface ClientMockOnlyMatchers<R> {
  /** The nth command of this type the mock received (1 first) had an input containing `input`. */
  toHaveReceivedNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: Cmd<I, O>, input: InputOf<I>): R;
  /** The mock received at least one command. */
  toHaveReceivedAnyCommand(): R;
  /** The mock received exactly one command of this type. */
  toHaveReceivedCommandOnce<I extends object, O extends MetadataBearer>(command: Cmd<I, O>): R;
  /** The mock received exactly one command of this type, and its input contains `input`. */
  toHaveReceivedCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, input: InputOf<I>): R;
  toReceiveCommandTimes<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, times: number): R;
  toReceiveCommand<I extends object, O extends MetadataBearer>(command: Cmd<I, O>): R;
  toReceiveCommandWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, input: InputOf<I>): R;
  toReceiveNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: Cmd<I, O>, input: InputOf<I>): R;
  toReceiveNthSpecificCommandWith<I extends object, O extends MetadataBearer>(call: number, command: Cmd<I, O>, input: InputOf<I>): R;
  toReceiveAnyCommand(): R;
  toReceiveCommandOnce<I extends object, O extends MetadataBearer>(command: Cmd<I, O>): R;
  toReceiveCommandExactlyOnceWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, input: InputOf<I>): R;
  toReceiveLastCommandWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, input: InputOf<I>): R;
}

/** Every client-mock matcher, for code that wants the whole set as one type. */
export interface ClientMockMatchers<R> extends ClientMockOnlyMatchers<R> {
  toHaveReceivedCommand<I extends object, O extends MetadataBearer>(command: Cmd<I, O>): R;
  toHaveReceivedCommandTimes<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, times: number): R;
  toHaveReceivedCommandWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, input: InputOf<I>): R;
  /** The nth command the mock received (1 first) was this command with an input containing `input`. */
  toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(call: number, command: Cmd<I, O>, input: InputOf<I>): R;
  /** aws-sdk-client-mock-vitest's order: the nth command of this type (as `toHaveReceivedNthSpecificCommandWith`). */
  toHaveReceivedNthCommandWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, call: number, input: InputOf<I>): R;
  toHaveReceivedLastCommandWith<I extends object, O extends MetadataBearer>(command: Cmd<I, O>, input: InputOf<I>): R;
}

export type { Cmd as MatcherCommand, InputOf as MatcherInput };
