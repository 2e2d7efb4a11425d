/**
 * Retry realism. The mock answers in the initialize step, before the SDK's own retry middleware
 * (finalizeRequest step) would run, so without help no call is ever retried. With `retries` on, the
 * intercepting middleware runs the attempts itself through the CLIENT's OWN retry strategy, exactly
 * as the SDK's retry middleware does: same error classification, same `maxAttempts`, same retry quota,
 * and `$metadata.attempts` / `totalRetryDelay` set the same way. Waits go through `setTimeout`, so fake
 * timers control them.
 */

export interface RetryOptions {
  /**
   * `true` (default): wait the strategy's backoff between attempts (through `setTimeout`; with fake
   * timers, advance them). `false`: retry at once, never touching timers: the mock applies the
   * standard decision itself (a throttling or transient error, by the SDK's own classification, is
   * retried up to the client's `maxAttempts`) and `totalRetryDelay` stays 0.
   */
  delay?: boolean;
}

/** `retries: true` is `{ delay: true }`. */
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

// The SDK's own classification helpers, from the user's installed @smithy packages (loaded only when
// retries are on): `@smithy/core/retry` today, `@smithy/service-error-classification` in older SDKs.
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

export function retryOptions(option: RetriesOption | undefined): RetryOptions | undefined {
  if (!option) return undefined;
  return option === true ? { delay: true } : { delay: option.delay ?? true };
}

/** Runs `attempt` until it succeeds or the client's retry strategy refuses another try. */
export async function withClientRetries(client: RetryingClient, attempt: Attempt, options: RetryOptions, abortSignal?: AbortSignal): Promise<Record<string, any>> {
  const strategy = (await client.config.retryStrategy?.()) as any;
  if (options.delay === false || !strategy) return withoutDelay(client, strategy, attempt);
  if (!isV2(strategy)) {
    // A pre-SRA strategy (`retry(next, args)`) runs the loop itself, as the SDK lets it.
    let n = 0;
    const { output } = await strategy.retry(async () => ({ output: await attempt(++n), response: undefined }), {});
    return output;
  }
  let token = await race(strategy.acquireInitialRetryToken(""), abortSignal);
  let attempts = 0;
  let totalRetryDelay = 0;
  for (;;) {
    try {
      const output = await attempt(attempts + 1);
      strategy.recordSuccess(token);
      output.$metadata = { ...output.$metadata, attempts: attempts + 1, totalRetryDelay };
      return output;
    } catch (error) {
      try {
        token = await race(strategy.refreshRetryTokenForRetry(token, { errorType: await retryErrorType(error), error }), abortSignal);
      } catch (refused) {
        if (abortSignal?.aborted && (refused as Error)?.name === "AbortError") throw refused;
        throw withAttempts(error, attempts + 1, totalRetryDelay);
      }
      attempts = token.getRetryCount();
      // A 2026-style strategy waits inside refreshRetryTokenForRetry and logs the wait; an older one
      // returns the delay for the caller to wait.
      const delay = token.getRetryDelay();
      totalRetryDelay += (token.$retryLog?.acquisitionDelay ?? 0) + delay;
      if (delay > 0) await race(new Promise((resolve) => setTimeout(resolve, delay)), abortSignal);
    }
  }
}

/** `delay: false`: the standard decision, with no timer at all (works the same under fake timers). */
async function withoutDelay(client: RetryingClient, strategy: any, attempt: Attempt): Promise<Record<string, any>> {
  const maxAttempts = await maxAttemptsOf(client, strategy);
  for (let n = 1; ; n++) {
    try {
      const output = await attempt(n);
      output.$metadata = { ...output.$metadata, attempts: n, totalRetryDelay: 0 };
      return output;
    } catch (error) {
      const type = await retryErrorType(error);
      if (n >= maxAttempts || (type !== "THROTTLING" && type !== "TRANSIENT")) throw withAttempts(error, n, 0);
    }
  }
}

async function maxAttemptsOf(client: RetryingClient, strategy: any): Promise<number> {
  const inner = strategy?.standardRetryStrategy ?? strategy;
  const provider = typeof inner?.maxAttemptsProvider === "function" ? inner.maxAttemptsProvider : client.config.maxAttempts;
  try {
    const n = await provider?.();
    return typeof n === "number" && n >= 1 ? n : 3;
  } catch {
    return 3; // the SDK's DEFAULT_MAX_ATTEMPTS, as its strategy falls back to
  }
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
