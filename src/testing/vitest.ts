/**
 * vitest entry point (`aws-db-mock/vitest`): registers the matchers and exports `test` with fixtures:
 * a fresh backend per test and clients attached to it, made only when a test asks for them.
 *
 *   import { test, expect } from "aws-db-mock/vitest";
 *   test("creates a cluster", async ({ dsql, backend }) => { ... });
 */
import { expect, test as base, type TestAPI } from "vitest";
import type { BackendState, MockBackend, MockBackendOptions } from "../index.js";
import { enterBackend } from "../index.js";
import { attachedClient, CLIENT_KINDS, followWaitersByDefault, interceptedClasses, loadInstalledSdks, loadSdk, newBackend, releaseClient, type ClientKind, type InterceptOption, type MockClients } from "./context.js";
import { runnerMatchers, type AwsDbMockMatchers } from "./matchers.js";

expect.extend(runnerMatchers());

declare module "vitest" {
  // The matchers return `void`, as vitest's own do. It must be `void`: vitest's Assertion also
  // extends the global `jest.Matchers<void, T>`, which aws-db-mock/jest augments with
  // AwsDbMockMatchers<R>; with any other return type a project that loads both entries fails with
  // TS2320 (the same method inherited with two types).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> extends AwsDbMockMatchers<void> {}
}

export interface AwsDbMockFixtures extends MockClients {
  /** Region of the clients: override with `test.override({ region: 'eu-west-1' })` (vitest 4) or `test.scoped` (vitest 3). */
  region: string;
  /** Options of each test's backend; the seed defaults to the test's name, so ids repeat run to run. */
  backendOptions: MockBackendOptions;
  /** Merged into every client's configuration: `{ maxAttempts: 5 }`. */
  clientConfig: Record<string, unknown>;
  /** State each test starts from (what `backend.dump()` produced), or `null` for an empty backend. */
  initialState: BackendState | null;
  /**
   * Intercept client classes for each test (default `false`): `'classes'` (every installed client class
   * of the three services) or a list (`[RDSClient]`). Reaches clients the code under test makes itself;
   * a test's calls go to its own backend, `test.concurrent` included. Set it with
   * `test.override({ intercept: 'classes' })` (vitest 4), `test.scoped` (vitest 3) or `test.extend`.
   */
  intercept: InterceptOption;
  /** A fresh backend for this test alone. */
  backend: MockBackend;
}

async function client<K extends ClientKind>(
  kind: K,
  ctx: { backend: MockBackend; region: string; clientConfig: Record<string, unknown> },
  use: (value: MockClients[K]) => Promise<void>,
): Promise<void> {
  const made = attachedClient(kind, await loadSdk(kind), ctx.backend, { region: ctx.region, clientConfig: ctx.clientConfig });
  try {
    await use(made);
  } finally {
    releaseClient(ctx.backend, made);
  }
}

/** The fixture of one client: vitest reads its destructured parameters to know what it depends on, so keep them literal. */
function clientFixture<K extends ClientKind>(kind: K) {
  return async ({ backend, region, clientConfig }: { backend: MockBackend; region: string; clientConfig: Record<string, unknown> }, use: (value: MockClients[K]) => Promise<void>) =>
    client(kind, { backend, region, clientConfig }, use);
}

/** One client fixture per service, named by its identity's fixture name (`dsql`, `rds`, `docdb`). */
const clientFixtures = Object.fromEntries(CLIENT_KINDS.map((kind) => [kind, clientFixture(kind)])) as { [K in ClientKind]: ReturnType<typeof clientFixture<K>> };

// vitest reads each fixture's destructured parameters to know what it depends on: keep them literal.
// The type is written out so the declarations name AwsDbMockFixtures (whose clients are `never` when
// their package is missing) instead of an expansion of it.
export const test: TestAPI<AwsDbMockFixtures> = base.extend<AwsDbMockFixtures>({
  region: "us-east-1",
  backendOptions: {},
  clientConfig: {},
  initialState: null,
  intercept: false,
  // Made for every test (auto), so `intercept` reaches code under test even when the test asks for
  // no fixture: a class left unintercepted would let its clients reach the network.
  backend: [
    async ({ backendOptions, initialState, intercept, task }, use) => {
      const backend = newBackend({ backend: backendOptions, state: initialState ?? undefined }, task.name);
      // Routing is set before the first await: the test body runs in the async flow it marks.
      if (intercept) enterBackend(backend);
      const stopFollowing = await followWaitersByDefault(backend);
      try {
        if (intercept) {
          const modules = intercept === "classes" ? await loadInstalledSdks() : {};
          for (const Class of interceptedClasses(intercept, modules)) backend.attach(Class);
        }
        await use(backend);
      } finally {
        stopFollowing();
        backend.detach();
        backend.reset();
      }
    },
    { auto: true },
  ],
  ...clientFixtures,
});

export { expect };
export { runnerMatchers as awsDbMockMatchers } from "./matchers.js";
export type { AwsDbMockMatchers } from "./matchers.js";
export { createMockContext, MockContext } from "./context.js";
export type { InterceptOption, MockClients, MockContextOptions } from "./context.js";
export { createMockBackend } from "../index.js";
