/** Shared test helpers: the network guard's record, and catching an SDK error for assertions. */
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
