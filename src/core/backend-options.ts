/**
 * What `createMockBackend(options)` takes, what `onUnhandled` is told, and what `backend.dump()`
 * gives (and `backend.load()` takes).
 */
import type { ClockMode, ClockState } from "./clock.js";
import type { IamOptions } from "./iam/authorizer.js";
import type { IdSourceState } from "./ids.js";
import type { LifecycleMode } from "./call-context.js";
import type { RetriesOption } from "./retry.js";

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
