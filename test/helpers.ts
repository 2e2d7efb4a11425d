/**
 * Shared test helpers, runner-neutral (vitest and jest's SWC transform both load this file): the
 * network guard's record, catching an SDK error, a failed assertion's message, a DSQL client on a
 * fresh backend, a meeting point for concurrent tests, and a command no client has yet.
 */
import { DSQLClient, type DSQLClientConfig } from "@aws-sdk/client-dsql";
import { DescribeDBProxiesCommand } from "@aws-sdk/client-rds";
import { createMockBackend, type MockBackendOptions } from "../src/index.js";

export function networkAttempts(): string[] {
  return (globalThis as any).__awsDbMockNetworkAttempts ?? [];
}

/** Awaits a promise that must reject and returns what it rejected with. */
export async function caught<E = any>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** The failure message of an assertion that must fail, without terminal colours. */
export function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message.replace(/\x1b\[[0-9;]*m/g, "");
  }
  throw new Error("expected the assertion to fail");
}

/** A backend (seed 1 unless `options` says otherwise) and a DSQL client in us-east-1 attached to it. */
export function dsqlSetup(options: MockBackendOptions = {}, clientConfig: DSQLClientConfig = {}) {
  const backend = createMockBackend({ seed: 1, ...options });
  const dsql = backend.attach(new DSQLClient({ region: "us-east-1", ...clientConfig }));
  return { backend, dsql };
}

/** A meeting point: each of `parties` concurrent tests awaits it, and all go on once the last arrives. */
export function rendezvous(parties: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    if (++arrived === parties) release();
    await all;
  };
}

/**
 * A command a newer SDK could add to RDSClient: DescribeDBProxies on the wire, under a command name the
 * mock has no handler for. Every command of today's three clients is simulated, so this is how a test
 * reaches the "not simulated" answer (MockNotImplementedError) a future command would get.
 */
export class FutureRdsCommand extends DescribeDBProxiesCommand {
  override resolveMiddlewareWithContext(...args: Parameters<DescribeDBProxiesCommand["resolveMiddlewareWithContext"]>) {
    const [stack, configuration, options, context] = args;
    return super.resolveMiddlewareWithContext(stack, configuration, options, { ...context, commandName: "DescribeFutureThingsCommand" });
  }
}
