/**
 * AwsStub: aws-sdk-client-mock's API over a simulated AWS. `send` of the mocked client (its prototype,
 * for a class) is replaced by a spy that answers, in this order: the newest rule matching the command
 * (`on`, `onAnyCommand`, `resolves`, ...), with its once-answers first; otherwise, for a client of a
 * simulated service, the simulation (the client's own `send`, with the stub's backend attached to it, so
 * the SDK's middleware stack runs); otherwise `undefined`, as aws-sdk-client-mock answers.
 */
import type { Client, MetadataBearer } from "@smithy/types";
import { backendOf, type MockableClient, type MockBackend } from "../index.js";
import { inputMatches } from "./match.js";
import { createSpy, type SendSpy, type SpyCall } from "./spy.js";
import type { AwsCommand, AwsError, CommandConstructor, CommandResponse, FakeFn } from "./types.js";

export interface AwsStubOptions {
  backend: MockBackend;
  simulate: boolean;
}

type SendFn = (this: unknown, ...args: unknown[]) => unknown;
type Answer = (command: AwsCommand<any, any>, getClient: () => any) => unknown;

interface Rule {
  command?: abstract new (...args: any[]) => unknown;
  input?: object;
  strict: boolean;
  /** Calls that matched this rule so far (as a Sinon fake counts them, answered by it or not). */
  calls: number;
  once: (Answer | undefined)[];
  always?: Answer;
}

const spies = new WeakSet<object>();

function normalizeError(error: unknown): Error {
  if (typeof error === "string") return new Error(error);
  if (!(error instanceof Error)) return Object.assign(new Error(), error);
  return error;
}

function fake(fn: FakeFn<any, any, any>): Answer {
  return (command, getClient) => {
    try {
      return fn(command.input, getClient);
    } catch (error) {
      return Promise.reject(normalizeError(error));
    }
  };
}

export interface Behavior<TInput extends object, TOutput extends MetadataBearer, TCommandOutput extends TOutput, TConfiguration> {
  onAnyCommand<TCmdInput extends TInput>(input?: Partial<TCmdInput>, strict?: boolean): Behavior<TInput, TOutput, TOutput, TConfiguration>;
  on<TCmdInput extends TInput, TCmdOutput extends TOutput>(
    command: CommandConstructor<TCmdInput, TCmdOutput>,
    input?: Partial<TCmdInput>,
    strict?: boolean,
  ): Behavior<TInput, TOutput, TCmdOutput, TConfiguration>;
  resolves(response: CommandResponse<TCommandOutput>): AwsStub<TInput, TOutput, TConfiguration>;
  resolvesOnce(response: CommandResponse<TCommandOutput>): Behavior<TInput, TOutput, TCommandOutput, TConfiguration>;
  rejects(error?: string | Error | AwsError): AwsStub<TInput, TOutput, TConfiguration>;
  rejectsOnce(error?: string | Error | AwsError): Behavior<TInput, TOutput, TCommandOutput, TConfiguration>;
  callsFake(fn: FakeFn<TInput, TOutput, TConfiguration>): AwsStub<TInput, TOutput, TConfiguration>;
  callsFakeOnce(fn: FakeFn<TInput, TOutput, TConfiguration>): Behavior<TInput, TOutput, TCommandOutput, TConfiguration>;
}

/** `AwsStub` typed by the client: `let snsMock: AwsClientStub<SNSClient>`. */
export type AwsClientStub<TClient> = TClient extends Client<infer TInput, infer TOutput, infer TConfiguration> ? AwsStub<TInput, TOutput, TConfiguration> : never;
export type AwsClientBehavior<TClient> = TClient extends Client<infer TInput, infer TOutput, infer TConfiguration> ? Behavior<TInput, TOutput, TOutput, TConfiguration> : never;

export class AwsStub<TInput extends object, TOutput extends MetadataBearer, TConfiguration> implements Behavior<TInput, TOutput, TOutput, TConfiguration> {
  /** The mocked `send` (what `Client#send` is while mocked), with a Sinon-like spy API. */
  send!: SendSpy<[AwsCommand<TInput, TOutput>], Promise<TOutput>>;
  /** The simulated AWS answering commands no rule answers; `reset()` empties it. */
  readonly backend: MockBackend;
  private rules: Rule[] = [];
  /** The rule of `onAnyCommand()` without input: one, reused (as Sinon reuses `withArgs(match.any)`). */
  private anyRule: Rule | undefined;
  private readonly simulate: boolean;
  /** Clients the stub attached its backend to, for `restore()`. */
  private attached = new Set<WeakRef<MockableClient>>();

  constructor(
    private readonly client: object,
    options: AwsStubOptions,
  ) {
    this.backend = options.backend;
    this.simulate = options.simulate;
    this.install();
  }

  /** The class name of the mocked client. */
  clientName(): string {
    return (this.client as { constructor: { name: string } }).constructor.name;
  }

  /** Forgets every behaviour and the call history, and empties the backend; the client stays mocked. */
  reset(): this {
    this.send.restore();
    this.rules = [];
    this.anyRule = undefined;
    this.backend.reset();
    this.install();
    return this;
  }

  /** Forgets the call history only. */
  resetHistory(): this {
    this.send.resetHistory();
    return this;
  }

  /** Puts the client's own `send` back and detaches the backend from the clients it answered. */
  restore(): void {
    this.send.restore();
  }

  calls(): SpyCall<[AwsCommand<TInput, TOutput>], Promise<TOutput>>[] {
    return this.send.getCalls();
  }

  call(n: number): SpyCall<[AwsCommand<TInput, TOutput>], Promise<TOutput>> {
    return this.send.getCall(n);
  }

  /** The calls of `commandType` (whose input contains `input`, or equals it when `strict`). */
  commandCalls<TCmd extends AwsCommand<any, any>, TCmdInput extends TCmd extends AwsCommand<infer TIn, any> ? TIn : never, TCmdOutput extends TCmd extends AwsCommand<any, infer TOut> ? TOut : never>(
    commandType: new (input: TCmdInput) => TCmd,
    input?: Partial<TCmdInput>,
    strict?: boolean,
  ): SpyCall<[TCmd], Promise<TCmdOutput>>[] {
    return this.send.getCalls().filter((call) => call.args[0] instanceof commandType && inputMatches(call.args[0], input, strict)) as any;
  }

  /** The `n`th call of `commandType` (negative counts from the end), or `null`. */
  commandCall<TCmd extends AwsCommand<any, any>, TCmdInput extends TCmd extends AwsCommand<infer TIn, any> ? TIn : never, TCmdOutput extends TCmd extends AwsCommand<any, infer TOut> ? TOut : never>(
    n: number,
    commandType: new (input: TCmdInput) => TCmd,
    input?: Partial<TCmdInput>,
    strict?: boolean,
  ): SpyCall<[TCmd], Promise<TCmdOutput>> {
    const calls = this.commandCalls(commandType, input, strict);
    const i = n < 0 ? n + calls.length : n;
    return (calls[i] ?? null) as SpyCall<[TCmd], Promise<TCmdOutput>>;
  }

  onAnyCommand<TCmdInput extends TInput>(input?: Partial<TCmdInput>, strict = false): CommandBehavior<TInput, TOutput, TOutput, TConfiguration> {
    if (input === undefined) return new CommandBehavior(this, (this.anyRule ??= this.addRule({ strict })));
    return new CommandBehavior(this, this.addRule({ input, strict }));
  }

  on<TCmdInput extends TInput, TCmdOutput extends TOutput>(
    command: CommandConstructor<TCmdInput, TCmdOutput>,
    input?: Partial<TCmdInput>,
    strict = false,
  ): CommandBehavior<TInput, TOutput, TCmdOutput, TConfiguration> {
    return new CommandBehavior(this, this.addRule({ command, input, strict }));
  }

  resolves(response: CommandResponse<TOutput>): AwsStub<TInput, TOutput, TConfiguration> {
    return this.onAnyCommand().resolves(response);
  }

  resolvesOnce(response: CommandResponse<TOutput>): CommandBehavior<TInput, TOutput, TOutput, TConfiguration> {
    return this.onAnyCommand().resolvesOnce(response);
  }

  rejects(error?: string | Error | AwsError): AwsStub<TInput, TOutput, TConfiguration> {
    return this.onAnyCommand().rejects(error);
  }

  rejectsOnce(error?: string | Error | AwsError): CommandBehavior<TInput, TOutput, TOutput, TConfiguration> {
    return this.onAnyCommand().rejectsOnce(error);
  }

  callsFake(fn: FakeFn<TInput, TOutput, TConfiguration>): AwsStub<TInput, TOutput, TConfiguration> {
    return this.onAnyCommand().callsFake(fn);
  }

  callsFakeOnce(fn: FakeFn<TInput, TOutput, TConfiguration>): CommandBehavior<TInput, TOutput, TOutput, TConfiguration> {
    return this.onAnyCommand().callsFakeOnce(fn);
  }

  private addRule(rule: Omit<Rule, "calls" | "once">): Rule {
    const full: Rule = { ...rule, calls: 0, once: [] };
    this.rules.push(full);
    return full;
  }

  /** Replaces `send` where aws-sdk-client-mock does: on the instance, or on the class's prototype. */
  private install(): void {
    const target = this.client as Record<string, unknown>;
    const current = Object.getOwnPropertyDescriptor(target, "send");
    if (current && spies.has(current.value as object)) (current.value as SendSpy).restore(); // mocked again: the newest mock wins
    const original = Object.getOwnPropertyDescriptor(target, "send");
    const own = (client: object) => (original ? (original.value as SendFn) : (Reflect.get(Object.getPrototypeOf(target) as object, "send", client) as SendFn));
    const spy = createSpy(
      (thisValue: MockableClient, args: unknown[]) => this.answer(thisValue, args, own(thisValue)),
      () => {
        if (target.send === spy) {
          if (original) Object.defineProperty(target, "send", original);
          else delete target.send;
        }
        for (const ref of this.attached) {
          const c = ref.deref();
          if (c) this.backend.detach(c);
        }
        this.attached.clear();
      },
    );
    spies.add(spy);
    Object.defineProperty(target, "send", { value: spy, configurable: true, writable: true, enumerable: false });
    this.send = spy as unknown as SendSpy<[AwsCommand<TInput, TOutput>], Promise<TOutput>>;
  }

  private answer(client: MockableClient, args: unknown[], own: SendFn): unknown {
    const command = args[0] as AwsCommand<any, any>;
    let rule: Rule | undefined;
    for (const r of this.rules) {
      if ((r.command && !(command instanceof r.command)) || !inputMatches(command, r.input, r.strict)) continue;
      r.calls++;
      rule = r;
    }
    const answer = rule && (rule.once[rule.calls - 1] ?? rule.always);
    if (answer) return answer(command, () => client);
    if (!this.simulate || !this.simulates(client)) return undefined;
    // A client attached to a backend of its own (`backend.attach(client)`) keeps answering from it.
    if (backendOf(client) === undefined) {
      this.backend.attach(client);
      this.attached.add(new WeakRef(client));
    }
    return own.apply(client, args);
  }

  /** Whether the client (or a class it extends: `RDS` extends `RDSClient`) is of a simulated service. */
  private simulates(client: object): boolean {
    for (let p = Object.getPrototypeOf(client); p; p = Object.getPrototypeOf(p)) {
      if (this.backend.simulates((p as { constructor: { name: string } }).constructor.name)) return true;
    }
    return false;
  }
}

export class CommandBehavior<TInput extends object, TOutput extends MetadataBearer, TCommandOutput extends TOutput, TConfiguration>
  implements Behavior<TInput, TOutput, TCommandOutput, TConfiguration>
{
  /** Which call the next `*Once()` answers (per behaviour object, as in aws-sdk-client-mock). */
  private nextChainableCallNumber = 0;

  constructor(
    private readonly clientStub: AwsStub<TInput, TOutput, TConfiguration>,
    private readonly rule: Rule,
  ) {}

  /** @deprecated as in aws-sdk-client-mock: a `.on()` not followed by `resolves`/`rejects`/`callsFake`. */
  onAnyCommand<TCmdInput extends TInput>(input?: Partial<TCmdInput>, strict?: boolean): CommandBehavior<TInput, TOutput, TOutput, TConfiguration> {
    return this.clientStub.onAnyCommand(input, strict);
  }

  /** @deprecated as in aws-sdk-client-mock: a `.on()` not followed by `resolves`/`rejects`/`callsFake`. */
  on<TCmdInput extends TInput, TCmdOutput extends TOutput>(
    command: CommandConstructor<TCmdInput, TCmdOutput>,
    input?: Partial<TCmdInput>,
    strict = false,
  ): CommandBehavior<TInput, TOutput, TCmdOutput, TConfiguration> {
    return this.clientStub.on(command, input, strict);
  }

  resolves(response: CommandResponse<TCommandOutput>): AwsStub<TInput, TOutput, TConfiguration> {
    this.rule.always = () => Promise.resolve(response);
    return this.clientStub;
  }

  resolvesOnce(response: CommandResponse<TCommandOutput>): this {
    this.rule.once[this.nextChainableCallNumber++] = () => Promise.resolve(response);
    return this;
  }

  rejects(error?: string | Error | AwsError): AwsStub<TInput, TOutput, TConfiguration> {
    const e = normalizeError(error);
    this.rule.always = () => Promise.reject(e);
    return this.clientStub;
  }

  rejectsOnce(error?: string | Error | AwsError): this {
    const e = normalizeError(error);
    this.rule.once[this.nextChainableCallNumber++] = () => Promise.reject(e);
    return this;
  }

  callsFake(fn: FakeFn<TInput, TOutput, TConfiguration>): AwsStub<TInput, TOutput, TConfiguration> {
    this.rule.always = fake(fn);
    return this.clientStub;
  }

  callsFakeOnce(fn: FakeFn<TInput, TOutput, TConfiguration>): this {
    this.rule.once[this.nextChainableCallNumber++] = fake(fn);
    return this;
  }
}
