/**
 * The record of `send` calls, shaped as aws-sdk-client-mock exposes it (a Sinon stub's spy API) without
 * depending on Sinon: `calls()`, `call(n)`, and on `mock.send` the usual `callCount`, `getCall(n)`, ...
 */

/** One call of the mocked `send`: `call.args[0]` is the command, `call.args[0].input` its input. */
export interface SpyCall<TArgs extends any[] = any[], TReturn = any> {
  /** The arguments `send` got: the command first. */
  readonly args: TArgs;
  /** The client `send` was called on. */
  readonly thisValue: any;
  /** What `send` returned: the promise of the answer. */
  readonly returnValue: TReturn;
  /** What `send` threw synchronously (never, for a mocked client: failures reject the promise). */
  readonly exception: unknown;
  /** Increasing across all mocks, in call order. */
  readonly callId: number;
  readonly firstArg: TArgs[0];
  readonly lastArg: any;
}

/** The mocked `send` itself, with the spy members aws-sdk-client-mock users read from `mock.send`. */
export interface SendSpy<TArgs extends any[] = any[], TReturn = any> {
  (...args: TArgs): TReturn;
  readonly callCount: number;
  readonly called: boolean;
  readonly notCalled: boolean;
  readonly calledOnce: boolean;
  readonly calledTwice: boolean;
  readonly calledThrice: boolean;
  // As Sinon types them: `null` before such a call.
  readonly firstCall: SpyCall<TArgs, TReturn>;
  readonly secondCall: SpyCall<TArgs, TReturn>;
  readonly thirdCall: SpyCall<TArgs, TReturn>;
  readonly lastCall: SpyCall<TArgs, TReturn>;
  /** Each call's arguments. */
  readonly args: TArgs[];
  readonly thisValues: any[];
  readonly returnValues: TReturn[];
  getCalls(): SpyCall<TArgs, TReturn>[];
  /** The `n`th call (0 first; negative counts from the end); `null` past the end (typed as Sinon types it). */
  getCall(n: number): SpyCall<TArgs, TReturn>;
  resetHistory(): void;
  /** Puts the client's own `send` back. */
  restore(): void;
}

let nextCallId = 0;

/** Turns `fn` into a spy: each call is recorded, then answered by `fn`. */
export function createSpy<TArgs extends any[], TReturn>(fn: (thisValue: any, args: TArgs) => TReturn, restore: () => void): SendSpy<TArgs, TReturn> {
  let calls: SpyCall<TArgs, TReturn>[] = [];
  const spy = function send(this: unknown, ...args: TArgs): TReturn {
    const call = { args, thisValue: this, returnValue: undefined as TReturn, exception: undefined as unknown, callId: nextCallId++, firstArg: args[0], lastArg: args[args.length - 1] };
    calls.push(call);
    try {
      call.returnValue = fn(this, args);
    } catch (error) {
      call.exception = error;
      throw error;
    }
    return call.returnValue;
  };
  const nth = (n: number) => (n < 0 ? calls[calls.length + n] : calls[n]) ?? null;
  const getters: Record<string, () => unknown> = {
    callCount: () => calls.length,
    called: () => calls.length > 0,
    notCalled: () => calls.length === 0,
    calledOnce: () => calls.length === 1,
    calledTwice: () => calls.length === 2,
    calledThrice: () => calls.length === 3,
    firstCall: () => nth(0),
    secondCall: () => nth(1),
    thirdCall: () => nth(2),
    lastCall: () => nth(-1),
    args: () => calls.map((c) => c.args),
    thisValues: () => calls.map((c) => c.thisValue),
    returnValues: () => calls.map((c) => c.returnValue),
  };
  for (const [name, get] of Object.entries(getters)) Object.defineProperty(spy, name, { get, enumerable: false });
  Object.assign(spy, {
    getCalls: () => [...calls],
    getCall: nth,
    resetHistory: () => {
      calls = [];
    },
    restore,
  });
  return spy as unknown as SendSpy<TArgs, TReturn>;
}
