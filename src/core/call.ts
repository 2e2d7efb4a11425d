/**
 * One SDK command on its way through the backend, and the contracts around it: what the middleware
 * hands the backend (`Call`), what fault rules and overrides decide on (`InterceptedCall`), and the
 * part of the backend the middleware needs (`CallAnswerer`). Types only, so the middleware, fault
 * injection and overrides depend on this file rather than on backend.ts (which depends on them).
 */
import type { Clock } from "./clock.js";
import type { IamOptions } from "./iam/authorizer.js";
import type { LifecycleMode } from "./call-context.js";
import type { RetriesOption } from "./retry.js";
import type { ResourceMember } from "./service.js";

/** What the middleware knows about a call besides its names: recorded in the call log. */
export interface CallExtras {
  client?: object;
  commandType?: abstract new (...args: any[]) => unknown;
  attempt?: number;
  /** IAM options of the attached client (`backend.attach(client, { iam })`), over the backend's. */
  iam?: IamOptions;
  abortSignal?: AbortSignal;
}

/** One intercepted command, as the middleware hands it to `backend.handle(call)`. */
export interface Call {
  /** The SDK's client name: `RDSClient`. */
  client: string;
  /** As the SDK names it: `CreateClusterCommand`. */
  command: string;
  input: Record<string, unknown>;
  region: string;
  accountId: string;
  /** Sends the command for real: given only under `onUnhandled: 'passthrough'`. */
  passthrough?: () => Promise<Record<string, unknown>>;
  extras?: CallExtras;
}

/** What fault rules and overrides see of a call. */
export interface InterceptedCall {
  service: string;
  client: string;
  command: string;
  region: string;
  accountId: string;
  input: Record<string, unknown>;
  /** Builds the SDK exception for an AWS error code of this call's service. */
  errorFor(code: string, message?: string, fields?: Record<string, unknown>): Promise<Error>;
  /** The command's class, when the middleware could see it (tells same-named commands apart). */
  commandType?: abstract new (...args: any[]) => unknown;
  /** The SDK client that sent the call, when attached with `backend.attach`. */
  sdkClient?: object;
  /** The service's input members that name a call's resource (`ServiceDefinition.resourceMembers`). */
  resourceMembers?: readonly ResourceMember[];
  /** The call's `abortSignal` (`client.send(command, { abortSignal })`). */
  abortSignal?: AbortSignal;
}

/** What an interceptor decides: nothing (the simulation answers), an output, or an error. */
export type InterceptDecision = undefined | { output: Record<string, unknown> } | { error: unknown };

/** Decides the answer of a call before the simulation does (fault rules, per-call overrides). */
export interface CallInterceptor {
  /** `false` while the interceptor has nothing to do: the backend then skips it (keeps calls cheap). */
  readonly active?: boolean;
  intercept(call: InterceptedCall): InterceptDecision | Promise<InterceptDecision>;
  clear(): void;
}

/** The part of a backend the middleware answers from (`MockBackend` is one). */
export interface CallAnswerer {
  readonly region: string;
  readonly accountId: string;
  readonly lifecycle: LifecycleMode;
  readonly clock: Clock;
  readonly options: { onUnhandled?: unknown; retries?: RetriesOption };
  handle(call: Call): Promise<Record<string, unknown>>;
}
