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
import type { MockBackend } from "./backend.js";

export const MOCK_MIDDLEWARE_NAME = "awsDbMockMiddleware";

/** Which backend each attached client answers from (matchers find a client's calls through it). */
export const attachedBackend = new WeakMap<object, MockBackend>();

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
  backend(): MockBackend;
  /** The client's Region (a string once known, else a promise of it). */
  region(): string | Promise<string>;
  accountId?: string;
}

export function interceptingMiddleware(target: InterceptTarget): InitializeMiddleware<any, any> {
  return (next, context: HandlerExecutionContext) =>
    async (args: InitializeHandlerArguments<any>): Promise<InitializeHandlerOutput<any>> => {
      const backend = target.backend();
      const region = target.region();
      const output = await backend.handle(
        context.clientName ?? "UnknownClient",
        context.commandName ?? "UnknownCommand",
        args.input,
        typeof region === "string" ? region : await region,
        target.accountId ?? backend.accountId,
        async () => (await next(args)).output,
      );
      return { output, response: undefined };
    };
}

/** A client-like object: anything with a Smithy middleware stack and a resolved config. */
export interface MockableClient {
  middlewareStack: { add(mw: any, options?: any): void; remove(toRemove: any): boolean };
  config: { region?: unknown };
}

/** Reads the client's own Region once; a client built without one answers in the fallback Region. */
export function clientRegion(client: MockableClient, fallback: string): () => string | Promise<string> {
  let known: string | undefined;
  let pending: Promise<string> | undefined;
  return () => {
    if (known) return known;
    pending ??= (async () => {
      try {
        const r = client.config?.region;
        const value = typeof r === "function" ? await r() : r;
        known = typeof value === "string" && value.length > 0 ? value : fallback;
      } catch {
        known = fallback; // the SDK would fail on a missing Region; a mock answers in its default one
      }
      return known;
    })();
    return pending;
  };
}

/** Smithy-style plugin: `client.middlewareStack.use(getMockPlugin(backend))` (answers in the backend's Region). */
export function getMockPlugin(backend: MockBackend, options: { region?: string; accountId?: string } = {}): Pluggable<any, any> {
  const region = options.region ?? backend.region;
  return {
    applyToStack(stack) {
      stack.add(interceptingMiddleware({ backend: () => backend, region: () => region, accountId: options.accountId }), mockMiddlewareOptions);
    },
  };
}
