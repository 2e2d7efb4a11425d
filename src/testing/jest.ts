/**
 * jest entry point (`aws-db-mock/jest`): registers the matchers and offers `useMockBackend()`, which
 * gives each test a fresh backend and clients attached to it (beforeEach / afterEach).
 *
 *   import { useMockBackend } from "aws-db-mock/jest";
 *   const mock = useMockBackend({ region: "eu-west-1" });
 *   test("creates a cluster", async () => { await mock.dsql.send(...); expect(mock.dsql).toHaveReceivedCommand(...) });
 */
import { afterEach, beforeAll, beforeEach, expect } from "@jest/globals";
import type { MockBackend } from "../index.js";
import { CLIENT_KINDS, loadInstalledSdks, MockContext, type MockClients, type MockContextOptions, type SdkModules } from "./context.js";
import { runnerMatchers, type AwsDbMockMatchers } from "./matchers.js";

expect.extend(runnerMatchers() as any);

declare module "expect" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends AwsDbMockMatchers<R> {}
}

declare global {
  // For projects typed by @types/jest (the `jest` namespace) rather than @jest/globals.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends AwsDbMockMatchers<R> {}
  }
}

/** The handle `useMockBackend` returns: each property is the current test's. */
export interface MockBackendHandle extends MockClients {
  readonly backend: MockBackend;
  readonly region: string;
}

/**
 * Registers hooks that give every test of the enclosing file or `describe` its own backend, and
 * clients attached to it in `options.region`, made on first use and detached after the test.
 * jest's `test.concurrent` does not run hooks around each test: there, use `createMockContext()`.
 */
export function useMockBackend(options: MockContextOptions = {}): MockBackendHandle {
  let modules: SdkModules = {};
  let current: MockContext | undefined;
  beforeAll(async () => {
    modules = await loadInstalledSdks();
  });
  beforeEach(async () => {
    current = await new MockContext(options, modules, expect.getState().currentTestName).start();
  });
  afterEach(() => {
    current?.dispose();
    current = undefined;
  });
  const now = (): MockContext => {
    if (!current) throw new Error("aws-db-mock: useMockBackend() values are available inside tests and their hooks only");
    return current;
  };
  const handle = {
    get backend(): MockBackend {
      return now().backend;
    },
    get region(): string {
      return now().region;
    },
  } as MockBackendHandle;
  // One getter per client fixture (`dsql`, `rds`, `docdb`), named by the services' identities.
  for (const kind of CLIENT_KINDS) Object.defineProperty(handle, kind, { get: () => now().client(kind), enumerable: true });
  return handle;
}

export { runnerMatchers as awsDbMockMatchers } from "./matchers.js";
export type { AwsDbMockMatchers } from "./matchers.js";
export { createMockContext, MockContext } from "./context.js";
export type { InterceptOption, MockClients, MockContextOptions } from "./context.js";
export { createMockBackend } from "../index.js";
