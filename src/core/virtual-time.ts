/**
 * Sleeps that pass in simulated time, not real time. Two kinds of code sleep against the mock:
 *
 * - the mock's own retry loop, which runs the client's retry strategy: its backoff (a `setTimeout`
 *   inside the SDK's `refreshRetryTokenForRetry`) runs inside `inSimulatedTime(clock, fn)`, an
 *   AsyncLocalStorage scope, so the backoff advances the backend's clock and returns at once;
 * - the SDK's waiters (`@smithy/core/client` `runPolling`, or `@smithy/util-waiter`), which the user
 *   calls: while waiter time is on (`followWaiters(backend)`, the fixtures' default for `timed`
 *   backends), a waiter's `sleep` is recognised by its stack frame and queued on one virtual timeline;
 *   when nothing simulated is in flight the timeline jumps to the earliest queued wake-up and every
 *   following backend's clock advances by the same amount. The waiter's own `Date.now()` (its deadline,
 *   `maxWaitTime`) reads that timeline, so a waiter that cannot succeed times out after `maxWaitTime`
 *   of simulated time. Every other caller of `setTimeout` and `Date.now` gets the real ones.
 *
 * The global functions are replaced only while needed (a retry backoff, or a following backend),
 * and put back when the last user lets go, unless someone (fake timers) replaced them meanwhile.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** What advances in simulated time: a backend's clock. */
export interface AdvancingClock {
  advance(ms: number): void;
}

type TimerCallback = (...args: unknown[]) => void;

const scope = new AsyncLocalStorage<AdvancingClock>();

/** Calls beginning and ending in the middleware: the timeline never jumps while one is in flight. */
let inFlight = 0;
export function callStarted(): void {
  inFlight++;
}
export function callEnded(): void {
  inFlight--;
}

// ---- the patch of the globals, reference-counted ----------------------------------------------------

let users = 0;
// What was there before, captured at load: never lost, even if fake timers save and later put back our
// wrappers (which then pass every call through to these).
const realSetImmediate = setImmediate;
let previousSetTimeout: typeof setTimeout = globalThis.setTimeout;
let previousNow: () => number = Date.now;
let patchedDate: DateConstructor = globalThis.Date;

function acquire(): void {
  if (users++ > 0) return;
  if (globalThis.setTimeout !== (simulatedSetTimeout as unknown)) previousSetTimeout = globalThis.setTimeout;
  if (globalThis.Date.now !== simulatedNow) {
    patchedDate = globalThis.Date;
    previousNow = patchedDate.now;
  }
  globalThis.setTimeout = simulatedSetTimeout as typeof setTimeout;
  globalThis.Date.now = simulatedNow;
}

function release(): void {
  if (--users > 0) return;
  // Put back what was there, unless someone (fake timers) has since put their own in place.
  if (globalThis.setTimeout === (simulatedSetTimeout as unknown)) globalThis.setTimeout = previousSetTimeout;
  if (patchedDate.now === simulatedNow) patchedDate.now = previousNow;
}

function realNow(): number {
  return previousNow.call(patchedDate);
}

/** What a simulated sleep returns in place of a Node `Timeout` (nobody clears these sleeps). */
const SIMULATED_TIMER = { ref: () => SIMULATED_TIMER, unref: () => SIMULATED_TIMER, hasRef: () => false, refresh: () => SIMULATED_TIMER };

/** Runs `callback` on the next turn of the real event loop, whatever fake timers are installed. */
function nextTurn(callback: TimerCallback, args: unknown[]): unknown {
  realSetImmediate(() => callback(...args));
  return SIMULATED_TIMER;
}

function simulatedSetTimeout(this: unknown, callback: TimerCallback, ms?: number, ...args: unknown[]): unknown {
  const clock = scope.getStore();
  if (clock !== undefined && typeof callback === "function") {
    // A retry backoff of the mock's own retry loop: simulated time passes, the callback runs next turn.
    if (ms !== undefined && ms > 0) {
      // Whole milliseconds, as Node's timers count them: the clock's Dates stay exact.
      const whole = Math.ceil(ms);
      clock.advance(whole);
      waiters.skipped += whole;
    }
    return nextTurn(callback, args);
  }
  if (waiters.following.size > 0 && typeof callback === "function" && callerIs(WAITER_SLEEP, simulatedSetTimeout, 4)) {
    // At least 1 ms, as Node's timers: a waiter near its deadline sleeps 0 and must still see time pass.
    return waiters.sleep(callback, Math.max(1, Math.ceil(ms ?? 0)), args);
  }
  return previousSetTimeout.call(this as typeof globalThis, callback, ms, ...args);
}

function simulatedNow(): number {
  const now = realNow();
  // Until something has slept in simulated time, the simulated timeline and the real one are the same.
  if (waiters.skipped === 0) return now;
  // The retry strategy's own clock (the adaptive rate limiter's token bucket) reads simulated time.
  if (scope.getStore() !== undefined) return now + waiters.skipped;
  if (!callerIs(WAITER_CLOCK, simulatedNow, 1)) return now;
  if (waiters.probe) waiters.probe.read = true;
  return now + waiters.skipped;
}

/** Runs `fn` with every `setTimeout` it starts (however deep) passing in `clock`'s simulated time. */
export async function inSimulatedTime<T>(clock: AdvancingClock, fn: () => Promise<T>): Promise<T> {
  acquire();
  try {
    return await scope.run(clock, fn);
  } finally {
    release();
  }
}

// ---- recognising the SDK waiter's frames -------------------------------------------------------------

// The waiter's poller (`runPolling`, `exponentialBackoffWithJitter`) and its `sleep`, in @smithy/core's
// client submodule or the older @smithy/util-waiter package. Names of non-minified published code.
const WAITER_FILE = String.raw`[^)\n]*(?:util-waiter|@smithy[\\/]core[\\/]dist-(?:cjs|es)[\\/]submodules[\\/]client)`;
const WAITER_SLEEP = new RegExp(String.raw`\bat sleep \(${WAITER_FILE}`);
const WAITER_CLOCK = new RegExp(String.raw`\bat (?:async )?(?:runPolling|exponentialBackoffWithJitter) \(${WAITER_FILE}`);

function callerIs(pattern: RegExp, self: (...args: any[]) => unknown, frames: number): boolean {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = frames;
  Error.captureStackTrace(holder, self);
  Error.stackTraceLimit = limit;
  return pattern.test(holder.stack ?? "");
}

// ---- the waiters' timeline ---------------------------------------------------------------------------

interface Wake {
  at: number;
  seq: number;
  callback: TimerCallback;
  args: unknown[];
}

class WaiterTimeline {
  /**
   * Simulated milliseconds skipped so far (by waiters and retry backoffs): a waiter's (or a retry
   * strategy's) `Date.now()` is the real one plus this. It only grows: those clocks never go back.
   */
  skipped = 0;
  readonly following = new Set<AdvancingClock>();
  /** Set by the self-check: it proves the frames are recognised without advancing any backend. */
  probe: { slept: boolean; read: boolean } | undefined;
  private wakes: Wake[] = [];
  private seq = 0;
  private ticking = false;

  sleep(callback: TimerCallback, ms: number, args: unknown[]): unknown {
    if (this.probe) this.probe.slept = true;
    this.wakes.push({ at: this.skipped + ms, seq: this.seq++, callback, args });
    this.wakes.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.tick();
    return SIMULATED_TIMER;
  }

  private tick(): void {
    if (this.ticking) return;
    this.ticking = true;
    realSetImmediate(() => {
      this.ticking = false;
      // A simulated call is on its way (a poll, a latency fault): let it land before time jumps.
      if (inFlight > 0) return this.tick();
      const wake = this.wakes.shift();
      if (!wake) return;
      const delta = wake.at - this.skipped;
      if (delta > 0) {
        this.skipped = wake.at;
        if (!this.probe) for (const clock of this.following) clock.advance(delta);
      }
      if (this.wakes.length > 0) this.tick();
      wake.callback(...wake.args);
    });
  }
}

const waiters = new WaiterTimeline();

/** Whether SDK waiters polling `clock`'s backend sleep in simulated time. */
export function isFollowingWaiters(clock: AdvancingClock): boolean {
  return waiters.following.has(clock) && globalThis.setTimeout === (simulatedSetTimeout as unknown);
}

/**
 * Makes SDK waiters sleep in simulated time, advancing `clock` by what they sleep, until the returned
 * function is called. Rejects, saying what to do instead, when this SDK's waiter cannot be recognised.
 */
export async function followWaiters(clock: AdvancingClock): Promise<() => void> {
  await checkWaiterFrames();
  acquire();
  waiters.following.add(clock);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    waiters.following.delete(clock);
    release();
  };
}

const POLLER = new RegExp(String.raw`\bat (?:async )?runPolling \(${WAITER_FILE}`);
const warned = new WeakSet<AdvancingClock>();

/**
 * Called as a call to a `timed` backend with a virtual clock begins: when an SDK waiter is polling it
 * and its clock does not follow waiters, the waiter would sleep in real time while the clock stands
 * still, so say so (once per backend) and what to do. A warning, because a waiter's poll swallows errors.
 */
export function noticeUnfollowedWaiter(clock: AdvancingClock, hasPendingWork: boolean): void {
  if (!hasPendingWork || warned.has(clock) || isFollowingWaiters(clock)) return;
  if (!callerIs(POLLER, noticeUnfollowedWaiter, 16)) return;
  warned.add(clock);
  console.warn(
    "aws-db-mock: an SDK waiter is polling a backend with `lifecycle: 'timed'` whose virtual clock does not follow waiters, " +
      "so the waiter sleeps in real time while nothing settles. Use the fixtures (aws-db-mock/vitest, aws-db-mock/jest), which " +
      `follow waiters by default, or \`const stop = await backend.followWaiters()\`; or ${WAITER_TIME_HELP}.`,
  );
}

export const WAITER_TIME_HELP =
  "drive time yourself instead: create the backend with `clock: 'system'` and use fake timers " +
  "(vi.useFakeTimers() / jest.useFakeTimers(), then advance them), or call `backend.clock.advance(ms)` between polls " +
  "(docs/clock-lifecycles-waiters.md)";

let checked: Promise<void> | undefined;
const LEGACY_WAITER = "@smithy/util-waiter";

/** Runs the installed SDK's own `createWaiter` once, to prove its sleep and clock are recognised. */
function checkWaiterFrames(): Promise<void> {
  checked ??= (async () => {
    type Kit = { createWaiter: (o: Record<string, unknown>, i: unknown, c: () => Promise<{ state: string }>) => Promise<{ state: string }> };
    const kit = (await import("@smithy/core/client").catch(() => import(/* @vite-ignore */ LEGACY_WAITER))) as unknown as Kit;
    const probe = { slept: false, read: false };
    const abort = new AbortController();
    acquire();
    const dummy: AdvancingClock = { advance: () => {} };
    waiters.following.add(dummy);
    waiters.probe = probe;
    try {
      let polls = 0;
      // Three polls: the second proves the sleep was simulated, the third that the waiter read the
      // simulated time (its 403-warning check reads Date.now() between them).
      const run = kit.createWaiter({ client: {}, maxWaitTime: 7200, minDelay: 1800, maxDelay: 1800, abortSignal: abort.signal }, {}, async () => ({
        state: ++polls >= 3 ? "SUCCESS" : "RETRY",
      }));
      // The probe sleeps half an hour: unless recognised, it cannot end within a few turns.
      for (let i = 0; i < 50 && polls < 3; i++) await new Promise((r) => realSetImmediate(r));
      if (polls < 3) abort.abort();
      await run;
    } finally {
      waiters.probe = undefined;
      waiters.following.delete(dummy);
      release();
    }
    if (!probe.slept || !probe.read) {
      throw new Error(`aws-db-mock: cannot make this SDK's waiters sleep in simulated time (their sleep was not recognised); ${WAITER_TIME_HELP}`);
    }
  })();
  return checked;
}
