/**
 * MockBackend: the simulated AWS. State lives in worlds keyed by service, then account and Region
 * (core/worlds.ts); each intercepted call (one `Call`, core/call.ts) settles what is due on the clock,
 * goes past the interceptors, has its input validated against the model, runs the service's handler
 * and is recorded in the call log.
 */
import type { BackendState, MockBackendOptions } from "./backend-options.js";
import type { Call, CallAnswerer, CallInterceptor, InterceptDecision, InterceptedCall } from "./call.js";
import { CallLog, copyOfInput, type RecordedCall } from "./call-log.js";
import { Clock } from "./clock.js";
import { isCommand, operationName } from "./command-names.js";
import { buildSdkError, responseMetadata, toSdkError } from "./sdk-exceptions.js";
import { AwsError } from "./aws-error.js";
import { FaultInjector } from "./fault-injection.js";
import { IdSource } from "./ids.js";
import type { LifecycleMode } from "./call-context.js";
import type { MockableClient } from "./middleware.js";
import { attachTo, detachFrom } from "./attachments.js";
import { isClientClass, runWithBackend, type ClassAttachOptions, type ClientClass } from "./class-intercept.js";
import { MockNotImplementedError } from "./not-implemented.js";
import { Overrides, type CommandClass, type OverrideBehavior } from "./overrides.js";
import type { CallContext, ServiceDefinition, ServiceRegistry } from "./service.js";
import type { MetadataBearer } from "@smithy/types";
import { validateInput } from "./validation.js";
import { asSent } from "./input.js";
import { isFreshOutput, withResponseMetadata } from "./output.js";
import { compileIamOptions, IamRecorder } from "./iam/authorizer.js";
import { followWaiters } from "./virtual-time.js";
import { Worlds } from "./worlds.js";

export type { BackendState, MockBackendOptions, UnhandledCall } from "./backend-options.js";
export type { Call, CallExtras, CallInterceptor, InterceptedCall } from "./call.js";
export type { ServiceRegistry } from "./service.js";
export type SdkLoaders = Record<string, () => Promise<Record<string, unknown>>>;

const DEFAULT_ACCOUNT = "123456789012";
const DEFAULT_REGION = "us-east-1";

export class MockBackend implements CallAnswerer {
  readonly accountId: string;
  readonly region: string;
  readonly clock: Clock;
  readonly lifecycle: LifecycleMode;
  private readonly seed: string;
  private resourceIds: IdSource;
  private requestIds: IdSource;
  /** Every service's state by account and Region, and the handlers' contexts over it. */
  private readonly worlds: Worlds;
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
    this.worlds = new Worlds({
      services,
      clock: this.clock,
      lifecycle: this.lifecycle,
      ids: () => this.resourceIds,
      quotas: options.quotas,
      settings: options.settings,
    });
    this.clock.runner = (task) => this.worlds.settle(task);
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
    this.worlds.clear();
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
        worlds: this.worlds.changed(),
      }),
    );
  }

  load(state: BackendState): void {
    if (state?.version !== 1 || typeof state.worlds !== "object") {
      throw new TypeError("backend.load(state) expects an object produced by backend.dump() (version 1)");
    }
    const copy = JSON.parse(JSON.stringify(state)) as BackendState;
    this.worlds.replace(copy.worlds);
    this.clock.load(copy.clock);
    this.resourceIds.setState(copy.ids.resources);
  }

  /** Runs one intercepted command (`call.passthrough` sends it for real, for `onUnhandled: 'passthrough'` only). */
  async handle(call: Call): Promise<Record<string, unknown>> {
    this.clock.runDue();
    const time = this.clock.now();
    const svc = this.services[call.client];
    const operation = operationName(call.command);
    // `time` is filled in by the call log when `calls()` hands the record out (a Date per call is waste).
    const record: RecordedCall = { service: svc?.key ?? call.client, command: operation, region: call.region, accountId: call.accountId, input: copyOfInput(call.input), time: undefined as unknown as Date };
    const extras = call.extras;
    if (extras !== undefined) {
      if (extras.client) record.client = extras.client;
      if (extras.commandType) record.commandType = extras.commandType;
      record.attempt = extras.attempt ?? 1;
    }
    try {
      // No interceptor at work (the common case): the simulation answers synchronously, no promise in between.
      const answered = this.intercepting() ? this.answer(svc, operation, call) : this.simulate(svc, operation, call);
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
    return this.worlds.world(svc, accountId, region);
  }

  /** Whether any interceptor has work to do (a loop, not `some()`: this runs on every call). */
  private intercepting(): boolean {
    const list = this.interceptors;
    for (let i = 0; i < list.length; i++) if (list[i].active !== false) return true;
    return false;
  }

  private async answer(svc: ServiceDefinition | undefined, operation: string, call: Call): Promise<Record<string, unknown>> {
    const decided = await this.intercept(svc, operation, call);
    if (decided) {
      if ("error" in decided) throw decided.error;
      return { ...decided.output, $metadata: this.metadata() };
    }
    return this.simulate(svc, operation, call);
  }

  /** The simulation's answer: synchronous, except for a command it does not simulate (`onUnhandled`). */
  private simulate(svc: ServiceDefinition | undefined, operation: string, call: Call): Record<string, unknown> | Promise<Record<string, unknown>> {
    const handler = svc?.operations[operation];
    if (!svc || !handler) return this.unhandled(call);
    const input = call.input ?? {};
    const violations = validateInput(svc.constraints, operation, input);
    if (violations.length > 0) throw svc.protocol.validationError(violations);
    // Handlers see what the SDK would have sent: modeled members only, no nulls (see core/input.ts).
    const sent = asSent(svc.constraints, operation, input);
    const ctx = this.context(svc, call.accountId, call.region);
    // Authorization comes after the model's own checks (an ARN needs well-formed identifiers) and
    // before everything the handler checks: documented rules, lookups, state. Denied: nothing changed.
    const iam = call.extras?.iam ?? this.options.iam;
    if (iam !== undefined && svc.iam !== undefined) {
      this.iam.authorize({ service: svc.key, command: operation, iam: svc.iam, input: sent, ctx, now: this.clock.now() }, iam);
    }
    const out = handler(sent, ctx) as Record<string, unknown>;
    const metadata = this.metadata();
    // A fresh `toOutput` copy is the caller's: $metadata goes onto it. Any other answer may be shared
    // (a constant, a stored object), so the caller gets a copy of its members.
    if (isFreshOutput(out)) {
      out.$metadata = metadata;
      return out;
    }
    return withResponseMetadata(out, metadata);
  }

  private async intercept(svc: ServiceDefinition | undefined, operation: string, call: Call): Promise<InterceptDecision> {
    const seen: InterceptedCall = {
      service: svc?.key ?? call.client,
      client: call.client,
      command: operation,
      region: call.region,
      accountId: call.accountId,
      input: call.input ?? {},
      commandType: call.extras?.commandType,
      sdkClient: call.extras?.client,
      resourceMembers: svc?.resourceMembers,
      abortSignal: call.extras?.abortSignal,
      errorFor: async (code, message, fields) => {
        if (!svc) return Object.assign(new Error(message ?? code), { name: code });
        return this.sdkError(svc, new AwsError(code, message ?? code, fields));
      },
    };
    for (const interceptor of this.interceptors) {
      if (interceptor.active === false) continue;
      const decided = await interceptor.intercept(seen);
      if (decided) return decided;
    }
    return undefined;
  }

  private async unhandled({ client, command, input, region, passthrough }: Call): Promise<Record<string, unknown>> {
    const policy = this.options.onUnhandled ?? "error";
    if (policy === "passthrough" && passthrough) return passthrough();
    if (typeof policy === "function") return { ...policy({ client, command, region, input: input ?? {} }), $metadata: this.metadata() };
    throw new MockNotImplementedError(client, command);
  }

  /** A successful answer's `$metadata`, with a new request id. */
  private metadata() {
    return responseMetadata(200, this.requestIds.uuid());
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

  /** The context a handler of `svc` gets (bench/breakdown.ts reads it too). */
  private context<World>(svc: ServiceDefinition<World>, accountId: string, region: string): CallContext<World> {
    return this.worlds.context(svc, accountId, region);
  }
}
