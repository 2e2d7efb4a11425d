/**
 * The client's own retries. The mock answers in the initialize step, before the SDK's retry middleware
 * (finalizeRequest step) would run, so the intercepting middleware runs the attempts itself, through
 * the CLIENT's OWN retry strategy exactly as that middleware does: the SDK's error classification
 * (`isThrottlingError`, `isTransientError`, `isServerError` from the user's installed @smithy/core),
 * the strategy's `maxAttempts`, retry quota and backoff (standard, adaptive, or the client's custom
 * `retryStrategy`), and `$metadata.attempts` / `totalRetryDelay` set the same way. The backoff passes
 * in simulated time (core/virtual-time.ts): the backend's clock advances by it, no real time passes.
 */
import { inSimulatedTime, type AdvancingClock } from "./virtual-time.js";

export interface RetryOptions {
  /**
   * `true` (default): the backoff advances the backend's clock. `false`: the clock stays where it is
   * (the strategy still decides, and `totalRetryDelay` still reports, the backoff it chose).
   */
  delay?: boolean;
}

/** `true` (the default) is `{ delay: true }`; `false`: every call is one attempt, as the mock answered it. */
export type RetriesOption = boolean | RetryOptions;

/** The part of a client the retry loop reads: its resolved retry configuration. */
export interface RetryingClient {
  config: { retryStrategy?: () => Promise<unknown>; maxAttempts?: () => Promise<number> };
}

export type ErrorType = "THROTTLING" | "TRANSIENT" | "SERVER_ERROR" | "CLIENT_ERROR";

interface Classifiers {
  isThrottlingError(error: any): boolean;
  isTransientError(error: any): boolean;
  isServerError(error: any): boolean;
}

interface Token {
  getRetryCount(): number;
  getRetryDelay(): number;
  $retryLog?: { acquisitionDelay?: number };
}

interface StrategyV2 {
  acquireInitialRetryToken(scope: string): Promise<Token>;
  refreshRetryTokenForRetry(token: Token, info: { errorType: ErrorType; error: unknown }): Promise<Token>;
  recordSuccess(token: Token): void;
}

type Attempt = (attempt: number) => Promise<Record<string, any>>;

// The SDK's own classification helpers, from the user's installed @smithy packages (loaded on the first
// failed call): `@smithy/core/retry` today, `@smithy/service-error-classification` in older SDKs.
let classifiers: Promise<Classifiers> | undefined;
const LEGACY_CLASSIFICATION = "@smithy/service-error-classification";

function loadClassifiers(): Promise<Classifiers> {
  classifiers ??= import("@smithy/core/retry")
    .then((m) => m as Classifiers)
    .catch(() => import(/* @vite-ignore */ LEGACY_CLASSIFICATION) as Promise<Classifiers>);
  return classifiers;
}

/** The retry middleware's classification (`getRetryErrorType` in @smithy/core, which it does not export). */
export async function retryErrorType(error: unknown): Promise<ErrorType> {
  const c = await loadClassifiers();
  if (c.isThrottlingError(error)) return "THROTTLING";
  if (c.isTransientError(error)) return "TRANSIENT";
  if (c.isServerError(error)) return "SERVER_ERROR";
  return "CLIENT_ERROR";
}

const ON: RetryOptions = { delay: true };
const STILL: AdvancingClock = { advance: () => {} };

/** The options in force: retries are on unless `false`. */
export function retryOptions(option: RetriesOption | undefined): RetryOptions | undefined {
  if (option === false) return undefined;
  if (option === undefined || option === true) return ON;
  return { delay: option.delay ?? true };
}

/**
 * Runs `attempt` until it succeeds or the client's retry strategy refuses another try. Not `async`:
 * the common case (the standard strategy, a first attempt that succeeds) costs one promise more
 * than a plain call.
 */
export function withClientRetries(
  client: RetryingClient,
  attempt: Attempt,
  options: RetryOptions,
  clock: AdvancingClock,
  abortSignal?: AbortSignal,
): Promise<Record<string, any>> {
  const strategy = strategies.get(client);
  if (strategy === undefined) return strategyOf(client).then((found) => (found ? withClientRetries(client, attempt, options, clock, abortSignal) : attempt(1)));
  const time = options.delay === false ? STILL : clock;
  if (!isV2(strategy)) return withPreSraStrategy(strategy, attempt, time);
  // The adaptive strategy's rate limiter may wait (and reads the time) before any attempt and on success.
  if ((strategy as { rateLimiter?: unknown }).rateLimiter !== undefined) return withRateLimiter(strategy, attempt, time, abortSignal);
  // The first attempt runs while the token (which the standard strategy makes without waiting) is
  // acquired; a success is recorded with it a turn later, as the SDK records it.
  const acquiring = strategy.acquireInitialRetryToken("");
  return attempt(1).then(
    (output) => {
      acquiring.then((token) => strategy.recordSuccess(token), () => {});
      return output;
    },
    async (error) => retryAfterFirst(strategy, await race(acquiring, abortSignal), error, attempt, time, abortSignal),
  );
}

/** A pre-SRA strategy (`retry(next, args)`) runs the loop and its waits itself, as the SDK lets it. */
async function withPreSraStrategy(strategy: any, attempt: Attempt, time: AdvancingClock): Promise<Record<string, any>> {
  let n = 0;
  const run = () => strategy.retry(async () => ({ output: await attempt(++n), response: undefined }), {});
  return ((await inSimulatedTime(time, run)) as { output: Record<string, any> }).output;
}

async function withRateLimiter(strategy: StrategyV2, attempt: Attempt, time: AdvancingClock, abortSignal?: AbortSignal): Promise<Record<string, any>> {
  const token = await race(inSimulatedTime(time, () => strategy.acquireInitialRetryToken("")), abortSignal);
  try {
    const output = await attempt(1);
    await inSimulatedTime(time, async () => strategy.recordSuccess(token));
    return output;
  } catch (error) {
    return retryAfterFirst(strategy, token, error, attempt, time, abortSignal, true);
  }
}

/** The loop after a failed first attempt, as the SDK's retry middleware runs it. */
async function retryAfterFirst(
  strategy: StrategyV2,
  initial: Token,
  firstError: unknown,
  attempt: Attempt,
  time: AdvancingClock,
  abortSignal: AbortSignal | undefined,
  limited = false,
): Promise<Record<string, any>> {
  let token = initial;
  let failure: unknown = firstError;
  let attempts = 0;
  let totalRetryDelay = 0;
  for (;;) {
    if (abortSignal?.aborted) throw withAttempts(failure, attempts + 1, totalRetryDelay);
    try {
      const info = { errorType: await retryErrorType(failure), error: failure };
      // The SDK's strategy waits inside refreshRetryTokenForRetry (and the adaptive one's rate
      // limiter before it): in simulated time.
      token = await race(
        inSimulatedTime(time, () => strategy.refreshRetryTokenForRetry(token, info)),
        abortSignal,
      );
    } catch (refused) {
      if (abortSignal?.aborted && (refused as Error)?.name === "AbortError") throw refused;
      throw withAttempts(failure, attempts + 1, totalRetryDelay);
    }
    attempts = token.getRetryCount();
    // A 2026-style strategy waits inside refreshRetryTokenForRetry and logs the wait; an older one
    // returns the delay for the caller to wait.
    const delay = token.getRetryDelay();
    totalRetryDelay += (token.$retryLog?.acquisitionDelay ?? 0) + delay;
    if (delay > 0) time.advance(delay);
    try {
      const output = await attempt(attempts + 1);
      if (limited) await inSimulatedTime(time, async () => strategy.recordSuccess(token));
      else strategy.recordSuccess(token);
      // As the SDK's retry middleware does: onto the answer's own (fresh) $metadata.
      const $metadata = (output.$metadata ??= {});
      $metadata.attempts = attempts + 1;
      $metadata.totalRetryDelay = totalRetryDelay;
      return output;
    } catch (error) {
      failure = error;
    }
  }
}

/** The client's resolved retry strategy, kept per client (the SDK resolves it once too). */
const strategies = new WeakMap<RetryingClient, any>();


async function strategyOf(client: RetryingClient): Promise<any> {
  const strategy = await client.config.retryStrategy?.();
  if (strategy) strategies.set(client, strategy);
  return strategy;
}

function withAttempts(error: unknown, attempts: number, totalRetryDelay: number): unknown {
  if (error && typeof error === "object") {
    const e = error as { $metadata?: Record<string, unknown> };
    e.$metadata ??= {};
    e.$metadata.attempts = attempts;
    e.$metadata.totalRetryDelay = totalRetryDelay;
  }
  return error;
}

function isV2(strategy: any): strategy is StrategyV2 {
  return (
    typeof strategy?.acquireInitialRetryToken === "function" &&
    typeof strategy.refreshRetryTokenForRetry === "function" &&
    typeof strategy.recordSuccess === "function"
  );
}

/** Rejects with an `AbortError` when the call's abort signal fires first (as the SDK's `race`). */
function race<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  let cleanup = () => {};
  const aborted = new Promise<never>((_, reject) => {
    const abort = () => reject(Object.assign(new Error("Request aborted"), { name: "AbortError" }));
    if (signal.aborted) abort();
    else {
      signal.addEventListener("abort", abort, { once: true });
      cleanup = () => signal.removeEventListener("abort", abort);
    }
  });
  return Promise.race([promise, aborted]).finally(cleanup);
}
