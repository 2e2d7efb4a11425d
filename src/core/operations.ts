/**
 * Handlers typed by the SDK's own types: a service's operations table is checked against the client
 * module's `XCommand` classes, so each handler's input is `XCommandInput` and its answer must be the
 * command's output (without `$metadata`, which the backend adds). Types only: nothing here runs.
 *
 *   import type * as Sdk from "@aws-sdk/client-dsql";
 *   export const clusterOperations: Operations<typeof Sdk, DsqlWorld> = { GetCluster(input, ctx) { ... } };
 */
import type { CallContext, OperationHandler } from "./service.js";

/** The operation names of an SDK client module: `CreateCluster` for its `CreateClusterCommand` class. */
export type OperationName<Sdk> = {
  [K in keyof Sdk]: K extends `${infer N}Command` ? (Sdk[K] extends abstract new (...args: any[]) => { input: unknown } ? N : never) : never;
}[keyof Sdk];

type CommandOf<Sdk, N extends string> = Sdk[`${N}Command` & keyof Sdk];

/** What the SDK's `NCommand` takes: `NCommandInput`. */
export type InputOf<Sdk, N extends string> = CommandOf<Sdk, N> extends abstract new (...args: any[]) => { input: infer I } ? I : never;

/** What the SDK's `NCommand` resolves to, less `$metadata` (the backend adds it). */
export type OutputOf<Sdk, N extends string> =
  CommandOf<Sdk, N> extends abstract new (...args: any[]) => { resolveMiddleware(...args: any[]): (...args: any[]) => Promise<{ output: infer O }> }
    ? Omit<O, "$metadata">
    : never;

/**
 * An SDK output in state form, as a service's shapes build it: timestamps as epoch ms, not `Date`
 * (`toOutput` makes the `Date`s). Lets a shape be checked against the command's own output type.
 */
export type StateForm<T> = T extends Date
  ? number
  : T extends readonly (infer U)[]
    ? StateForm<U>[]
    : T extends object
      ? { [K in keyof T]: StateForm<T[K]> }
      : T;

/** One typed handler: synchronous, so one call is atomic. */
export type Operation<Sdk, World, N extends string> = (input: InputOf<Sdk, N>, ctx: CallContext<World>) => OutputOf<Sdk, N>;

/** A table of typed handlers: any subset of the client's operations (a resource folder's share). */
export type Operations<Sdk, World> = { [N in OperationName<Sdk>]?: Operation<Sdk, World, N & string> };

/** The service's whole table, from its resource folders' typed tables (a later table wins a name). */
export function operationTable<World>(...tables: object[]): Record<string, OperationHandler<World>> {
  return Object.assign({}, ...tables) as Record<string, OperationHandler<World>>;
}
