/**
 * Interception by client class: `backend.attach(RDSClient)` reaches every RDSClient (and `RDS`, its
 * subclass), including module-level clients made before the test. The class's prototype gets an own
 * `send` that, on an instance's first send, adds the same initialize-step middleware `attach(instance)`
 * adds, then calls the inherited `send`: the SDK's own middleware stack still runs, in the client's
 * own Region. Detaching restores the prototype's exact descriptors and removes the middleware from every
 * instance it was added to.
 *
 * Which backend answers: several backends may intercept one class at once (concurrent tests). A call
 * goes to the backend the caller runs under (`backend.run(fn)`, or the test fixtures, which set it with
 * AsyncLocalStorage), when that backend intercepts the class; otherwise to the backend that attached the
 * class last.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { CallAnswerer } from "./call.js";
import { attachedBackend, classRouting, clientRegion, interceptingMiddleware, type InterceptTarget, type MockableClient } from "./middleware.js";
import type { IamOptions } from "./iam/authorizer.js";
import type { RetriesOption } from "./retry.js";

export const CLASS_MIDDLEWARE_NAME = "awsDbMockClassMiddleware";

/** A client class of AWS SDK v3: `RDSClient`, `RDS`, `SNSClient`, ... */
export type ClientClass<C extends MockableClient = MockableClient> = abstract new (...args: any[]) => C;

export interface ClassAttachOptions {
  accountId?: string;
  retries?: RetriesOption;
  /** IAM authorization for the calls of these clients: see docs/iam.md. */
  iam?: IamOptions;
}

type Send = (this: MockableClient, ...args: unknown[]) => unknown;

interface Attachment {
  backend: CallAnswerer;
  options: ClassAttachOptions;
  /** Attach order across all classes: the newest attachment answers calls made outside any `run`. */
  order: number;
}

interface ClassHook {
  proto: Record<string, unknown>;
  /** The `send` put on the prototype. */
  wrapper?: Send;
  /** The prototype's own `send` descriptor before patching (usually none: `send` is inherited). */
  original: PropertyDescriptor | undefined;
  attachments: Attachment[];
}

const hooks = new Map<ClientClass, ClassHook>();
const intercepted = new WeakSet<object>();
/** Instances that got the middleware, weakly held, so detach can take it off again. */
const instances = new Set<WeakRef<MockableClient>>();
const routing = new AsyncLocalStorage<CallAnswerer>();
let attachCount = 0;

classRouting.backendOf = (client) => (attachmentsFor(client).length > 0 ? route(client).backend : undefined);

/** Runs `fn` with class-intercepted calls made inside it (and in what it awaits) answered by `backend`. */
export function runWithBackend<T>(backend: CallAnswerer, fn: () => T): T {
  return routing.run(backend, fn);
}

/**
 * Routes class-intercepted calls of the rest of the current async flow to `backend` (the fixtures call
 * it at the start of a test, where they cannot wrap the test body).
 */
export function enterBackend(backend: CallAnswerer): void {
  routing.enterWith(backend);
}

export function isClientClass(value: unknown): value is ClientClass {
  return typeof value === "function" && typeof (value as { prototype?: { send?: unknown } }).prototype?.send === "function";
}

export function attachClass(backend: CallAnswerer, Class: ClientClass, options: ClassAttachOptions): void {
  let hook = hooks.get(Class);
  if (!hook) {
    const proto = Class.prototype as Record<string, unknown>;
    hook = { proto, original: Object.getOwnPropertyDescriptor(proto, "send"), attachments: [] };
    hooks.set(Class, hook);
    patchSend(hook);
  }
  hook.attachments = hook.attachments.filter((a) => a.backend !== backend);
  hook.attachments.push({ backend, options, order: ++attachCount });
}

export function detachClass(backend: CallAnswerer, Class: ClientClass): void {
  const hook = hooks.get(Class);
  if (!hook) return;
  hook.attachments = hook.attachments.filter((a) => a.backend !== backend);
  if (hook.attachments.length > 0) return;
  hooks.delete(Class);
  // Someone replaced `send` after us (aws-sdk-client-mock, say): leave theirs; ours, should they put it
  // back, only passes calls on now that its hook is gone.
  if (hook.proto.send === hook.wrapper) {
    if (hook.original) Object.defineProperty(hook.proto, "send", hook.original);
    else delete hook.proto.send;
  }
  // An instance still covered by another intercepted class (RDS and RDSClient both attached) keeps it.
  for (const ref of instances) {
    const client = ref.deref();
    if (!client) instances.delete(ref);
    else if (attachmentsFor(client).length === 0) {
      release(client);
      instances.delete(ref);
    }
  }
}

/** The classes `backend` intercepts. */
export function classesOf(backend: CallAnswerer): ClientClass[] {
  return [...hooks].filter(([, hook]) => hook.attachments.some((a) => a.backend === backend)).map(([Class]) => Class);
}

function patchSend(hook: ClassHook): void {
  const inherited = (client: MockableClient): Send => {
    const own = hook.original;
    if (own) return (own.value ?? own.get?.call(client)) as Send;
    return Reflect.get(Object.getPrototypeOf(hook.proto) as object, "send", client) as Send;
  };
  hook.wrapper = function send(this: MockableClient, ...args: unknown[]) {
    if (!intercepted.has(this) && hooks.has(hook.proto.constructor as ClientClass)) intercept(this);
    return inherited(this).apply(this, args);
  };
  Object.defineProperty(hook.proto, "send", { configurable: true, writable: true, enumerable: false, value: hook.wrapper });
}

/** Every attachment covering `client`'s class or one of its ancestors. */
function attachmentsFor(client: object): Attachment[] {
  const found: Attachment[] = [];
  for (let proto = Object.getPrototypeOf(client); proto; proto = Object.getPrototypeOf(proto)) {
    const hook = hooks.get((proto as { constructor: ClientClass }).constructor);
    if (hook && hook.proto === proto) found.push(...hook.attachments);
  }
  return found;
}

/** The attachment that answers a call of `client` now. */
function route(client: object): Attachment {
  const candidates = attachmentsFor(client);
  const current = routing.getStore();
  const mine = current && candidates.find((a) => a.backend === current);
  if (mine) return mine;
  const newest = candidates.reduce<Attachment | undefined>((a, b) => (a && a.order > b.order ? a : b), undefined);
  if (!newest) throw new Error(`aws-db-mock: ${client.constructor.name} is no longer intercepted (its class was detached)`);
  return newest;
}

function intercept(client: MockableClient): void {
  intercepted.add(client);
  instances.add(new WeakRef(client));
  let region: (() => string | Promise<string>) | undefined;
  const target: InterceptTarget = {
    backend: () => route(client).backend,
    region: () => (region ??= clientRegion(client, () => route(client).backend.region))(),
    get accountId() {
      return route(client).options.accountId;
    },
    get retries() {
      return route(client).options.retries;
    },
    get iam() {
      return route(client).options.iam;
    },
    client,
  };
  // After an instance attach, so `backend.attach(instance)` keeps its precedence: its middleware
  // answers and never calls on.
  client.middlewareStack.add(
    (next: any, context: any) => {
      const intercepting = interceptingMiddleware(target)(next, context);
      return (args: any) => (attachedBackend.has(client) ? next(args) : intercepting(args));
    },
    { name: CLASS_MIDDLEWARE_NAME, step: "initialize", priority: "high", tags: ["AWS_DB_MOCK"], override: true },
  );
  forgetCachedHandlers(client);
}

function release(client: MockableClient): void {
  client.middlewareStack.remove(CLASS_MIDDLEWARE_NAME);
  intercepted.delete(client);
  forgetCachedHandlers(client);
}

/** A client with `cacheMiddleware: true` keeps resolved handlers; they must see the changed stack. */
function forgetCachedHandlers(client: object): void {
  delete (client as { handlers?: unknown }).handlers;
}
