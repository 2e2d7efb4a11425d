import { MockBackend, type MockBackendOptions } from "./core/backend.js";
import { answererOf, interceptingMiddleware } from "./core/middleware.js";
import { sdkLoaders, services } from "./services/registry.js";

/** A new, empty simulated AWS. Give each test its own, or share one and `reset()` it. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  return new MockBackend(services, sdkLoaders, options);
}

let shared: MockBackend | undefined;

/** The backend that the literal `mockMiddleware` answers from (created on first use). */
export function defaultBackend(): MockBackend {
  return (shared ??= createMockBackend());
}

/** Empties the default backend; with options, replaces it with a new one made from them. */
export function resetDefaultBackend(options?: MockBackendOptions): MockBackend {
  if (options || !shared) shared = createMockBackend(options);
  else shared.reset();
  return shared;
}

/**
 * Add it as written: `client.middlewareStack.add(mockMiddleware)`. It answers from `defaultBackend()`.
 * A middleware added this way cannot see its client's configuration, so every call is answered in the
 * default backend's Region (`'us-east-1'` unless `resetDefaultBackend({ region })` chose another).
 * Use `backend.attach(client)` to answer in each client's own Region.
 */
export const mockMiddleware = interceptingMiddleware({
  backend: defaultBackend,
  region: () => defaultBackend().region,
});

/**
 * The backend answering `client` (attached to it, or routed to it by a class interception), if any.
 * Only a `MockBackend` ever attaches a client, so the middleware's answerer is one.
 */
export function backendOf(client: object): MockBackend | undefined {
  return answererOf(client) as MockBackend | undefined;
}
