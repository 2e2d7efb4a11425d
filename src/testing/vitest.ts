/**
 * vitest entry point (`aws-db-mock/vitest`): registers the matchers and exports `test` with fixtures:
 * a fresh backend per test and clients attached to it, made only when a test asks for them.
 *
 *   import { test, expect } from "aws-db-mock/vitest";
 *   test("creates a cluster", async ({ dsql, backend }) => { ... });
 */
import { expect, test as base, type TestAPI } from "vitest";
import type { BackendState, MockBackend, MockBackendOptions } from "../index.js";
import { attachedClient, followWaitersByDefault, loadSdk, newBackend, releaseClient, type ClientKind, type MockClients } from "./context.js";
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

// vitest reads each fixture's destructured parameters to know what it depends on: keep them literal.
// The type is written out so the declarations name AwsDbMockFixtures (whose clients are `never` when
// their package is missing) instead of an expansion of it.
export const test: TestAPI<AwsDbMockFixtures> = base.extend<AwsDbMockFixtures>({
  region: "us-east-1",
  backendOptions: {},
  clientConfig: {},
  initialState: null,
  backend: async ({ backendOptions, initialState, task }, use) => {
    const backend = newBackend({ backend: backendOptions, state: initialState ?? undefined }, task.name);
    const stopFollowing = await followWaitersByDefault(backend);
    try {
      await use(backend);
    } finally {
      stopFollowing();
      backend.reset();
    }
  },
  dsql: async ({ backend, region, clientConfig }, use) => client("dsql", { backend, region, clientConfig }, use),
  rds: async ({ backend, region, clientConfig }, use) => client("rds", { backend, region, clientConfig }, use),
  docdb: async ({ backend, region, clientConfig }, use) => client("docdb", { backend, region, clientConfig }, use),
});

export { expect };
export { runnerMatchers as awsDbMockMatchers } from "./matchers.js";
export type { AwsDbMockMatchers } from "./matchers.js";
export { createMockContext, MockContext } from "./context.js";
export type { MockClients, MockContextOptions } from "./context.js";
export { createMockBackend } from "../index.js";
