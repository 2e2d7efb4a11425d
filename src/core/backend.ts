/**
 * MockBackend: the simulated AWS. State lives in worlds keyed by service, then account and Region;
 * each intercepted call settles what is due on the clock, validates its input against the model,
 * runs the service's handler and is recorded in the call log.
 */
import { CallLog, copyOfInput, type RecordedCall } from "./call-log.js";
import { withTrackedCollections } from "./collections.js";
import { Clock, type ClockMode, type ClockState, type ScheduledTask } from "./clock.js";
import { buildSdkError, responseMetadata, toSdkError } from "./sdk-exceptions.js";
import { AwsError } from "./aws-error.js";
import { FaultInjector } from "./fault-injection.js";
import { IdSource, type IdSourceState } from "./ids.js";
import { applyTransition, lifecycleFor, type LifecycleMode, type TransitionPayload } from "./lifecycle.js";
import type { MockableClient } from "./middleware.js";
import { attachTo, detachFrom } from "./attachments.js";
import { isClientClass, runWithBackend, type ClassAttachOptions, type ClientClass } from "./class-intercept.js";
import { MockNotImplementedError } from "./not-implemented.js";
import { isCommand, operationName, Overrides, type CommandClass, type OverrideBehavior } from "./overrides.js";
import type { RetriesOption } from "./retry.js";
import type { CallContext, ResourceMember, ServiceDefinition } from "./service.js";
import type { MetadataBearer } from "@smithy/types";
import { validateInput } from "./validation.js";
import { asSent } from "./input.js";
import { violationFault } from "./validation-errors.js";
import { forgetFreshOutput, isFreshOutput } from "./output.js";
import { compileIamOptions, IamRecorder, type IamOptions } from "./iam/authorizer.js";
import { followWaiters } from "./virtual-time.js";

/** What `onUnhandled` is told about a command the mock does not simulate. */
export interface UnhandledCall {
  client: string;
  command: string;
  region: string;
  input: Record<string, unknown>;
}

export interface MockBackendOptions {
  /** Account of every ARN (default `'123456789012'`). */
  accountId?: string;
  /** Region used where the client's own Region cannot be seen: the literal `mockMiddleware` (default `'us-east-1'`). */
  region?: string;
  /** Makes identifiers, request ids and fault probabilities reproducible. */
  seed?: number | string;
  /** `'instant'` (default): transitions settle before the next call. `'timed'`: they take AWS-like durations on the clock. */
  lifecycle?: LifecycleMode;
  /** `'virtual'` (default): time moves only by `clock.advance/set`. `'system'`: follows `Date.now()` (fake timers drive it). */
  clock?: ClockMode;
  /** Where the clock starts (default: the real time when the backend is made). */
  startTime?: Date | number;
  /**
   * A command that is not simulated: `'error'` (default) throws `MockNotImplementedError`;
   * `'passthrough'` lets the SDK send it for real (the only way anything reaches the network);
   * a function answers with the output it returns, or throws.
   */
  onUnhandled?: "error" | "passthrough" | ((call: UnhandledCall) => Record<string, unknown>);
  /** Per-service quota overrides: `{ dsql: { singleRegionClusters: 50 }, rds: { dbClusters: 100 } }`. */
  quotas?: Record<string, Record<string, number>>;
  /** Per-service settings the simulations read (documented in each service guide, docs/*.md). */
  settings?: Record<string, Record<string, unknown>>;
  /**
   * The fixtures (aws-db-mock/vitest and /jest) only: whether SDK waiters polling this backend sleep in
   * simulated time (`backend.followWaiters()`). Default: `true` with `lifecycle: 'timed'`.
   */
  waiterTime?: boolean;
  /** How many calls `calls()` keeps, newest last (default 1000; 0 keeps none). */
  callLogLimit?: number;
  /**
   * The client's own retries, for attached clients (default on): a retryable answer (an injected
   * throttle, a 5xx, a latency past the client's timeout) is retried by the client's own retry strategy
   * (`maxAttempts`, `retryMode`, a custom `retryStrategy`), its backoff passing on the backend's clock
   * instead of in real time. `{ delay: false }` keeps the clock still; `false`: every call is one attempt.
   */
  retries?: RetriesOption;
  /**
   * IAM authorization before every simulated call (off by default): the caller's `principal`, its
   * identity-based `policies`, an optional `permissionsBoundary` and `serviceControlPolicies`.
   * Without `policies` nothing is enforced and every request is only recorded (`backend.iam.requests()`).
   */
  iam?: IamOptions;
}

export interface BackendState {
  version: 1;
  clock: ClockState;
  /** The identifier generator's position, so ids continue after a load. Request ids are not state. */
  ids: { resources: IdSourceState };
  /** service key -> `account/region` -> that service's world. */
  worlds: Record<string, Record<string, unknown>>;
}

/** Decides the answer of a call before the simulation does (fault rules, per-call overrides). */
export interface CallInterceptor {
  /** `false` while the interceptor has nothing to do: the backend then skips it (keeps calls cheap). */
  readonly active?: boolean;
  intercept(call: InterceptedCall): undefined | { output: Record<string, unknown> } | { error: unknown } | Promise<undefined | { output: Record<string, unknown> } | { error: unknown }>;
  clear(): void;
}

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

/** What the middleware knows about a call besides its names: recorded in the call log. */
export interface CallExtras {
  client?: object;
  commandType?: abstract new (...args: any[]) => unknown;
  attempt?: number;
  /** IAM options of the attached client (`backend.attach(client, { iam })`), over the backend's. */
  iam?: IamOptions;
  abortSignal?: AbortSignal;
}

/** One call on its way through `handle`: what the interceptors, the simulation and `onUnhandled` read. */
interface Dispatch {
  svc: ServiceDefinition | undefined;
  client: string;
  /** As the SDK names it (`CreateClusterCommand`); `operation` is the name without `Command`. */
  command: string;
  operation: string;
  input: Record<string, unknown>;
  region: string;
  accountId: string;
  passthrough: (() => Promise<Record<string, unknown>>) | undefined;
  extra: CallExtras | undefined;
}

export type ServiceRegistry = Record<string, ServiceDefinition<any>>;
export type SdkLoaders = Record<string, () => Promise<Record<string, unknown>>>;

const DEFAULT_ACCOUNT = "123456789012";
const DEFAULT_REGION = "us-east-1";

export class MockBackend {
  readonly accountId: string;
  readonly region: string;
  readonly clock: Clock;
  readonly lifecycle: LifecycleMode;
  private readonly seed: string;
  private resourceIds: IdSource;
  private requestIds: IdSource;
  private worlds: Record<string, Record<string, unknown>> = {};
  private contexts = new Map<string, CallContext<unknown>>();
  /** The context the last call used: most calls of a test go to one service, account and Region. */
  private lastContext: { svc: ServiceDefinition<any>; accountId: string; region: string; ctx: CallContext<unknown> } | undefined;
  private readonly log: CallLog;
  private readonly startTime: number;
  /** Consulted in order before the simulation; the toolkit adds fault rules and overrides here. */
  readonly interceptors: CallInterceptor[] = [];
  /** Fault rules: `backend.faults.inject({ command: 'CreateCluster', error: 'ThrottlingException', times: 1 })`. */
  readonly faults: FaultInjector;
  /** The rules made by `on()`; `overrides.clear()` drops them all. */
  readonly overrides = new Overrides();
  /** Authorization decisions (`requests()`), the least-privilege policy they need, `check(policy)`. */
  readonly iam = new IamRecorder();

  constructor(
    private readonly services: ServiceRegistry,
    private readonly sdkLoaders: SdkLoaders,
    readonly options: MockBackendOptions = {},
  ) {
    this.accountId = options.accountId ?? DEFAULT_ACCOUNT;
    this.region = options.region ?? DEFAULT_REGION;
    this.lifecycle = options.lifecycle ?? "instant";
    this.seed = String(options.seed ?? Math.floor(Math.random() * 2 ** 32));
    this.resourceIds = new IdSource(`${this.seed}/resources`);
    this.requestIds = new IdSource(`${this.seed}/requests`);
    this.startTime = options.startTime === undefined ? Date.now() : new Date(options.startTime).getTime();
    this.clock = new Clock(options.clock ?? "virtual", this.startTime);
    this.clock.runner = (task) => this.runTask(task);
    this.log = new CallLog(options.callLogLimit ?? 1000);
    this.faults = new FaultInjector(
      () => this.randomStream("faults"),
      () => Object.values(this.services),
    );
    // Faults come first: a throttled call fails even when an override would have answered it.
    this.interceptors.push(this.faults, this.overrides);
    // A bad principal or policy fails here, where it was written, not in the first call.
    if (options.iam) compileIamOptions(options.iam, this.accountId);
  }

  /**
   * Answers calls of `command` (whose input contains `input`, when given) with what you say; every
   * other call stays simulated. Typed by the command: `resolves()` only takes that command's output.
   * The newest matching rule wins; `backend.reset()` drops them all.
   */
  on<I extends object, O extends MetadataBearer>(command: CommandClass<I, O>, input?: Partial<I>): OverrideBehavior<I, O> {
    return this.overrides.on(command, input);
  }

  /**
   * Intercepts every command of `client` with this backend, in the client's own Region. Returns the
   * client. Attaching again (to this or another backend) replaces the earlier interception.
   * Given a client class (`RDSClient`), intercepts every instance of it and of its subclasses, made
   * before or after (see core/class-intercept.ts for which backend answers when several attach one class).
   */
  attach<C extends MockableClient>(client: C, options?: ClassAttachOptions): C;
  attach<K extends ClientClass>(Class: K, options?: ClassAttachOptions): K;
  attach(target: MockableClient | ClientClass, options: ClassAttachOptions = {}): unknown {
    if (options.iam) compileIamOptions(options.iam, options.accountId ?? this.accountId);
    return attachTo(this, target, options);
  }

  /**
   * Intercepts every client class of the simulated services that is installed (`DSQLClient`,
   * `RDSClient`, `DocDBElasticClient`, with their aggregated subclasses); a missing package is skipped.
   * Resolves to the classes attached.
   */
  async attachAll(options: ClassAttachOptions = {}): Promise<ClientClass[]> {
    const attached: ClientClass[] = [];
    for (const [clientName, load] of Object.entries(this.sdkLoaders)) {
      const Class = await load().then((module) => module[clientName], () => undefined);
      if (isClientClass(Class)) attached.push(this.attach(Class, options));
    }
    return attached;
  }

  /**
   * Undoes `attach` for a client or a client class (the class is left exactly as it was); with no
   * argument, undoes everything this backend attached.
   */
  detach<C extends MockableClient | ClientClass>(target: C): C;
  detach(): void;
  detach(target?: MockableClient | ClientClass): unknown {
    return detachFrom(this, target);
  }

  /**
   * Runs `fn` with the calls of class-intercepted clients made inside it (and whatever it awaits)
   * answered by this backend, when several backends intercept the same class (concurrent tests).
   */
  run<T>(fn: () => T): T {
    return runWithBackend(this, fn);
  }

  /** Whether commands of the client named `clientName` (`RDSClient`) are simulated. */
  simulates(clientName: string): boolean {
    return Object.hasOwn(this.services, clientName);
  }

  /**
   * Makes the SDK's waiters (and this library's DocDB Elastic waiters) sleep in simulated time while
   * they poll: the clock advances by what they sleep, no real time passes, and a waiter's `maxWaitTime`
   * counts simulated time. The fixtures do this for every `timed` backend. Returns the undo. Rejects,
   * saying what to do instead, where the installed SDK's waiter cannot be driven this way.
   */
  followWaiters(): Promise<() => void> {
    return followWaiters(this.clock);
  }

  /** A random stream derived from the backend's seed (fault probabilities use one). */
  randomStream(name: string): IdSource {
    return new IdSource(`${this.seed}/${name}`);
  }

  /**
   * Every intercepted call, oldest first (each retry attempt is a call). With a command class, only
   * that command's calls, typed by its input and output: `backend.calls(CreateClusterCommand)`.
   */
  calls(): RecordedCall[];
  calls<I extends object, O extends MetadataBearer>(command: CommandClass<I, O>): RecordedCall<I, O>[];
  calls(command?: CommandClass): RecordedCall[] {
    const all = this.log.all();
    return command === undefined ? all : all.filter((c) => isCommand(c, command));
  }

  /** Empties all state, the call log, fault rules and overrides; the clock returns to its start. */
  reset(): void {
    this.worlds = {};
    this.contexts.clear();
    this.lastContext = undefined;
    this.clock.clear();
    this.clock.set(this.startTime);
    this.resourceIds = new IdSource(`${this.seed}/resources`);
    this.requestIds = new IdSource(`${this.seed}/requests`);
    this.log.clear();
    this.iam.clear();
    for (const i of this.interceptors) i.clear();
  }

  /** All simulated state as JSON-safe data; `load(dump())` restores it exactly. */
  dump(): BackendState {
    return JSON.parse(
      JSON.stringify({
        version: 1,
        clock: this.clock.dump(),
        ids: { resources: this.resourceIds.getState() },
        worlds: this.changedWorlds(),
      }),
    );
  }

  /** Worlds that differ from a fresh one: merely looking at a Region is not state. */
  private changedWorlds(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [key, byScope] of Object.entries(this.worlds)) {
      const svc = this.serviceByKey(key);
      for (const [scope, world] of Object.entries(byScope)) {
        const [accountId, region] = scope.split("/");
        const pristine = svc && JSON.stringify(world) === JSON.stringify(svc.createWorld({ accountId, region }));
        if (!pristine) (out[key] ??= {})[scope] = world;
      }
    }
    return out;
  }

  load(state: BackendState): void {
    if (state?.version !== 1 || typeof state.worlds !== "object") {
      throw new TypeError("backend.load(state) expects an object produced by backend.dump() (version 1)");
    }
    const copy = JSON.parse(JSON.stringify(state)) as BackendState;
    for (const byScope of Object.values(copy.worlds)) {
      for (const scope of Object.keys(byScope)) byScope[scope] = withTrackedCollections(byScope[scope]);
    }
    this.worlds = copy.worlds;
    this.contexts.clear();
    this.lastContext = undefined;
    this.clock.load(copy.clock);
    this.resourceIds.setState(copy.ids.resources);
  }

  /** Runs one intercepted command. `next` sends it for real (used only by `onUnhandled: 'passthrough'`). */
  async handle(
    client: string,
    command: string,
    input: Record<string, unknown>,
    region: string,
    accountId: string,
    passthrough?: () => Promise<Record<string, unknown>>,
    extra?: CallExtras,
  ): Promise<Record<string, unknown>> {
    this.clock.runDue();
    const time = this.clock.now();
    const svc = this.services[client];
    const operation = operationName(command);
    // `time` is filled in by the call log when `calls()` hands the record out (a Date per call is waste).
    const record: RecordedCall = { service: svc?.key ?? client, command: operation, region, accountId, input: copyOfInput(input), time: undefined as unknown as Date };
    if (extra !== undefined) {
      if (extra.client) record.client = extra.client;
      if (extra.commandType) record.commandType = extra.commandType;
      record.attempt = extra.attempt ?? 1;
    }
    const call: Dispatch = { svc, client, command, operation, input: input ?? {}, region, accountId, passthrough, extra };
    try {
      // No interceptor at work (the common case): the simulation answers synchronously, no promise in between.
      const answered = this.intercepting() ? this.answer(call) : this.simulate(call);
      const output = answered instanceof Promise ? await answered : answered;
      record.output = output;
      return output;
    } catch (error) {
      record.error = error instanceof AwsError && svc ? await this.sdkError(svc, error) : (error as Error);
      throw record.error;
    } finally {
      this.log.push(record, time);
    }
  }

  /** The state of one service in one account and Region (created on first use). */
  world<World>(svc: ServiceDefinition<World>, accountId: string, region: string): World {
    const byScope = (this.worlds[svc.key] ??= {});
    const scope = `${accountId}/${region}`;
    return (byScope[scope] ??= withTrackedCollections(svc.createWorld({ accountId, region }))) as World;
  }

  /** Whether any interceptor has work to do (a loop, not `some()`: this runs on every call). */
  private intercepting(): boolean {
    const list = this.interceptors;
    for (let i = 0; i < list.length; i++) if (list[i].active !== false) return true;
    return false;
  }

  private async answer(call: Dispatch): Promise<Record<string, unknown>> {
    const decided = await this.intercept(call);
    if (decided) {
      if ("error" in decided) throw decided.error;
      return withMetadata(decided.output, this.requestIds.uuid());
    }
    return this.simulate(call);
  }

  /** The simulation's answer: synchronous, except for a command it does not simulate (`onUnhandled`). */
  private simulate(call: Dispatch): Record<string, unknown> | Promise<Record<string, unknown>> {
    const { svc, operation, input } = call;
    const handler = svc?.operations[operation];
    if (!svc || !handler) return this.unhandled(call);
    const violations = validateInput(svc.constraints, operation, input);
    if (violations.length > 0) throw violationFault(svc.protocol, violations);
    // Handlers see what the SDK would have sent: modeled members only, no nulls (see core/input.ts).
    const sent = asSent(svc.constraints, operation, input);
    const ctx = this.context(svc, call.accountId, call.region);
    // Authorization comes after the model's own checks (an ARN needs well-formed identifiers) and
    // before everything the handler checks: documented rules, lookups, state. Denied: nothing changed.
    const iam = call.extra?.iam ?? this.options.iam;
    if (iam !== undefined && svc.iam !== undefined) {
      this.iam.authorize({ service: svc.key, command: operation, iam: svc.iam, input: sent, ctx, now: this.clock.now() }, iam);
    }
    forgetFreshOutput();
    const out = handler(sent, ctx);
    const metadata = responseMetadata(200, this.requestIds.uuid());
    // A handler's own `toOutput` result is a fresh object nobody else holds: $metadata goes onto it.
    // Any other answer may be shared (a constant, a stored object), so the caller gets a copy.
    if (isFreshOutput(out)) {
      (out as Record<string, unknown>).$metadata = metadata;
      return out as Record<string, unknown>;
    }
    return withOwnMembers(out as Record<string, unknown>, metadata);
  }

  private async intercept({ svc, client, operation, input, region, accountId, extra }: Dispatch) {
    const call: InterceptedCall = {
      service: svc?.key ?? client,
      client,
      command: operation,
      region,
      accountId,
      input,
      commandType: extra?.commandType,
      sdkClient: extra?.client,
      resourceMembers: svc?.resourceMembers,
      abortSignal: extra?.abortSignal,
      errorFor: async (code, message, fields) => {
        if (!svc) return Object.assign(new Error(message ?? code), { name: code });
        return this.sdkError(svc, new AwsError(code, message ?? code, fields));
      },
    };
    for (const interceptor of this.interceptors) {
      if (interceptor.active === false) continue;
      const decided = await interceptor.intercept(call);
      if (decided) return decided;
    }
    return undefined;
  }

  private async unhandled({ client, command, input, region, passthrough }: Dispatch): Promise<Record<string, unknown>> {
    const policy = this.options.onUnhandled ?? "error";
    if (policy === "passthrough" && passthrough) return passthrough();
    if (typeof policy === "function") return withMetadata(policy({ client, command, region, input }), this.requestIds.uuid());
    throw new MockNotImplementedError(client, command);
  }

  private async sdkError(svc: ServiceDefinition, fault: AwsError): Promise<Error> {
    if (!svc.sdk) svc.sdk = await this.sdkLoaders[svc.clientName]();
    return toSdkError(svc, fault, this.requestIds.uuid());
  }

  /** Builds an SDK exception of a service by client name (fault injection uses it). */
  async buildError(client: string, code: string, message: string, fields: Record<string, unknown> = {}): Promise<Error> {
    const svc = this.services[client];
    if (!svc) return Object.assign(new Error(message), { name: code });
    if (!svc.sdk) svc.sdk = await this.sdkLoaders[svc.clientName]();
    return buildSdkError(svc, code, message, fields, this.requestIds.uuid());
  }

  private context<World>(svc: ServiceDefinition<World>, accountId: string, region: string): CallContext<World> {
    const last = this.lastContext;
    if (last !== undefined && last.svc === svc && last.accountId === accountId && last.region === region) return last.ctx as CallContext<World>;
    const key = `${svc.key}/${accountId}/${region}`;
    let ctx = this.contexts.get(key) as CallContext<World> | undefined;
    if (ctx) {
      this.lastContext = { svc, accountId, region, ctx };
      return ctx;
    }
    const world = this.world(svc, accountId, region);
    const quotas = this.options.quotas?.[svc.key] ?? {};
    const scope = { service: svc.key, accountId, region };
    ctx = {
      world,
      accountId,
      region,
      worldOf: (otherRegion, otherAccount = accountId) => this.world(svc, otherAccount, otherRegion),
      now: () => this.clock.now(),
      clock: this.clock,
      ids: this.resourceIds,
      lifecycle: lifecycleFor(this.lifecycle, this.clock, svc.transitions, scope, () => ctx!, (task) => this.runTask(task)),
      quota: (name) => quotas[name] ?? svc.quotas?.[name] ?? Infinity,
      settings: this.options.settings?.[svc.key] ?? {},
      contextOf: (otherRegion, otherAccount = accountId) => this.context(svc, otherAccount, otherRegion),
      hasWorld: (otherRegion, otherAccount = accountId) => this.worlds[svc.key]?.[`${otherAccount}/${otherRegion}`] !== undefined,
    } as CallContext<World>;
    this.contexts.set(key, ctx as CallContext<unknown>);
    this.lastContext = { svc, accountId, region, ctx };
    return ctx;
  }

  private serviceByKey(key: string): ServiceDefinition | undefined {
    return Object.values(this.services).find((s) => s.key === key);
  }

  private runTask(task: ScheduledTask): void {
    const p = task.payload as TransitionPayload;
    const svc = this.serviceByKey(p.service);
    if (!svc) return;
    applyTransition(svc.transitions, p, this.context(svc, p.accountId, p.region));
  }
}

/**
 * `{ ...output, $metadata }` for a handler's answer (a plain object of model members), member by
 * member: on Node 20 a spread followed by another member is about 1 µs slower per call. A member
 * whose value is undefined (`Marker` on a last page) is left out, as the SDK's deserializer never
 * builds a key for a member the response lacks.
 */
function withOwnMembers(output: Record<string, unknown>, $metadata: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(output);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (output[k] === undefined) continue;
    // As a spread does, a `__proto__` member stays an own data member.
    if (k === "__proto__") Object.defineProperty(copy, k, { value: output[k], enumerable: true, writable: true, configurable: true });
    else copy[k] = output[k];
  }
  copy.$metadata = $metadata;
  return copy;
}

/** A copy of an answer someone else holds (an override's, `onUnhandled`'s) with `$metadata` last. */
function withMetadata(output: Record<string, unknown>, requestId: string): Record<string, unknown> {
  return { ...output, $metadata: responseMetadata(200, requestId) };
}
