/**
 * The Smithy middleware that answers commands from a backend. It sits in the initialize step, the
 * first step of the SDK's stack, so nothing is serialized or signed, no credentials are looked up and
 * no socket is opened: the simulated answer comes back up the stack as the command's output.
 */
import type {
  AbsoluteLocation,
  HandlerExecutionContext,
  InitializeHandlerArguments,
  InitializeHandlerOptions,
  InitializeHandlerOutput,
  InitializeMiddleware,
  Pluggable,
} from "@smithy/types";
import type { Call, CallAnswerer, CallExtras } from "./call.js";
import { abortError } from "./latency.js";
import { retryOptions, withClientRetries, type RetriesOption, type RetryingClient } from "./retry.js";
import type { IamOptions } from "./iam/authorizer.js";
import { callEnded, callStarted, noticeUnfollowedWaiter } from "./virtual-time.js";

export const MOCK_MIDDLEWARE_NAME = "awsDbMockMiddleware";

/** Which backend each attached client answers from (matchers find a client's calls through it). */
export const attachedBackend = new WeakMap<object, CallAnswerer>();

/** How a client of an intercepted class finds its backend (filled in by core/class-intercept.ts). */
export const classRouting: { backendOf?: (client: object) => CallAnswerer | undefined } = {};

/**
 * The backend answering a client: the one it was attached to with `backend.attach(client)`, else the
 * one its class's interception routes it to now (`backend.attach(RDSClient)`), if any. Public as
 * `backendOf` (create-backend.ts), typed there as the `MockBackend` it always is.
 */
export function answererOf(client: object): CallAnswerer | undefined {
  return attachedBackend.get(client) ?? classRouting.backendOf?.(client);
}

// Where the SDK puts the command instance and the abort signal in the handler context
// (`SMITHY_CONTEXT_KEY` of @smithy/types, spelled out so no runtime import of it is needed).
const SMITHY_CONTEXT_KEY = "__smithy_context";

/** Options of the named middleware that `attach` adds: first in the stack, replacing an earlier one. */
export const mockMiddlewareOptions: InitializeHandlerOptions & AbsoluteLocation & { name: string; override: true } = {
  name: MOCK_MIDDLEWARE_NAME,
  step: "initialize",
  priority: "high",
  tags: ["AWS_DB_MOCK"],
  override: true,
};

/** Where an intercepted call is answered: which backend, Region and account. */
export interface InterceptTarget {
  backend(): CallAnswerer;
  /** The client's Region (a string once known, else a promise of it). */
  region(): string | Promise<string>;
  accountId?: string;
  /** The client attached (`backend.attach`): recorded with each call, and its retry strategy used. */
  client?: object;
  /** The client's own retries; undefined: the backend's `retries` option (on unless `false`). */
  retries?: RetriesOption;
  /** IAM authorization for this client's calls; undefined: the backend's `iam` option. */
  iam?: IamOptions;
}

const POLL = /^(?:Describe|Get)/;

export function interceptingMiddleware(target: InterceptTarget): InitializeMiddleware<any, any> {
  return (next, context: HandlerExecutionContext) => {
    // Once per resolved handler: per send with a default client, once per command class with `cacheMiddleware`.
    const clientName = context.clientName ?? "UnknownClient";
    const commandName = context.commandName ?? "UnknownCommand";
    const smithy = (context as Record<string, any>)[SMITHY_CONTEXT_KEY];
    const ctor = smithy?.commandInstance?.constructor;
    const commandType = typeof ctor === "function" ? (ctor as CallExtras["commandType"]) : undefined;
    const abortSignal: AbortSignal | undefined = smithy?.abortSignal;
    const firstAttempt: CallExtras = { client: target.client, commandType, attempt: 1, abortSignal };
    if (target.iam) firstAttempt.iam = target.iam;
    const labels = uriLabels(smithy?.operationSchema);
    return async (args: InitializeHandlerArguments<any>): Promise<InitializeHandlerOutput<any>> => {
      const backend = target.backend();
      // Waiters poll with Describe*/Get*: only those calls are looked at.
      if (backend.lifecycle === "timed" && backend.clock.mode === "virtual" && POLL.test(commandName)) {
        noticeUnfollowedWaiter(backend.clock, backend.clock.pending().length > 0);
      }
      const region = target.region();
      const resolvedRegion = typeof region === "string" ? region : await region;
      if (target.client && refusable(labels, args.input)) await serializerRefusal(target.client, smithy.operationSchema, args.input);
      const accountId = target.accountId ?? backend.accountId;
      // As the request handler does: an aborted call is not sent.
      if (abortSignal?.aborted) throw abortError(abortSignal);
      // Only the 'passthrough' policy ever sends a command for real: no closure per call otherwise.
      const passthrough = backend.options.onUnhandled === "passthrough" ? async () => (await next(args)).output : undefined;
      const retries = target.client ? retryOptions(target.retries ?? backend.options.retries) : undefined;
      callStarted();
      try {
        const call: Call = { client: clientName, command: commandName, input: args.input, region: resolvedRegion, accountId, passthrough, extras: firstAttempt };
        const output = retries
          ? await withClientRetries(target.client as RetryingClient, (n) => backend.handle(n === 1 ? call : { ...call, extras: { ...firstAttempt, attempt: n } }), retries, backend.clock, abortSignal)
          : await backend.handle(call);
        return { output, response: undefined };
      } finally {
        callEnded();
      }
    };
  };
}

/** The URI labels of an operation (`/cluster/{identifier}`), from its schema's `http` trait; cached per schema. */
const labelsOf = new WeakMap<object, string[]>();

function uriLabels(operationSchema: unknown): string[] {
  if (!Array.isArray(operationSchema)) return [];
  let labels = labelsOf.get(operationSchema);
  if (!labels) {
    const uri = (operationSchema[3] as { http?: unknown[] } | undefined)?.http?.[1];
    labels = typeof uri === "string" ? [...uri.matchAll(/\{(\w+)\+?\}/g)].map((m) => m[1]) : [];
    labelsOf.set(operationSchema, labels);
  }
  return labels;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string with a UTF-16 code unit the SDK's URI encoding refuses (a surrogate without its pair). */
function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (depth > 32 || typeof value !== "object" || value === null) return false;
  for (const key in value) if (hasLoneSurrogate((value as Record<string, unknown>)[key], depth + 1) || LONE_SURROGATE.test(key)) return true;
  return false;
}

/** Whether the SDK's serializer may refuse this input: a URI label is missing, or a string cannot be URI-encoded. */
function refusable(labels: string[], input: Record<string, unknown> | undefined): boolean {
  for (const label of labels) if (input?.[label] == null) return true;
  return hasLoneSurrogate(input);
}

/**
 * What the SDK refuses before sending stays the SDK's: a missing URI label ("No value provided for
 * input HTTP label: identifier.", a plain `Error`) or a string it cannot URI-encode (`URIError`).
 * For such an input the client's own protocol serializes it, and its error is the answer.
 */
async function serializerRefusal(client: object, operationSchema: unknown[], input: Record<string, unknown> | undefined): Promise<void> {
  const config = (client as { config?: Record<string, any> }).config;
  const protocol = config?.protocol;
  if (typeof protocol?.serializeRequest !== "function") return;
  const [, namespace, name, traits, inputSchema, output] = operationSchema;
  // A fixed endpoint: the serializer needs one, and resolving the client's would need its Region.
  const endpoint = async () => ({ protocol: "https:", hostname: "aws-db-mock.invalid", path: "/" });
  await protocol.serializeRequest({ namespace, name, traits, input: inputSchema, output }, input ?? {}, { ...config, endpoint });
}

/** A client-like object: anything with a Smithy middleware stack and a resolved config. */
export interface MockableClient {
  middlewareStack: { add(mw: any, options?: any): void; remove(toRemove: any): boolean };
  config: { region?: unknown };
}

/**
 * Reads the client's own Region once. A client whose Region provider fails (built without a Region,
 * none in the environment or config files) fails as the real client fails, with the SDK's own error
 * ("Region is missing"), before anything is answered or recorded; it is asked again on the next call.
 * Only a client-like object with no Region provider at all answers in the fallback Region.
 */
export function clientRegion(client: MockableClient, fallback: string | (() => string)): () => string | Promise<string> {
  let known: string | undefined;
  let pending: Promise<string> | undefined;
  return () => {
    if (known) return known;
    pending ??= (async () => {
      try {
        const r = client.config?.region;
        const value = typeof r === "function" ? await r() : r;
        known = typeof value === "string" && value.length > 0 ? value : fallbackRegion(fallback);
        return known;
      } catch (error) {
        pending = undefined;
        throw error;
      }
    })();
    return pending;
  };
}

function fallbackRegion(fallback: string | (() => string)): string {
  return typeof fallback === "function" ? fallback() : fallback;
}

/** Smithy-style plugin: `client.middlewareStack.use(getMockPlugin(backend))` (answers in the backend's Region). */
export function getMockPlugin(backend: CallAnswerer, options: { region?: string; accountId?: string } = {}): Pluggable<any, any> {
  const region = options.region ?? backend.region;
  return {
    applyToStack(stack) {
      stack.add(interceptingMiddleware({ backend: () => backend, region: () => region, accountId: options.accountId }), mockMiddlewareOptions);
    },
  };
}
