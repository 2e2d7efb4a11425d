/**
 * The error for a command the mock does not simulate: loud, named, and never a network call.
 * Carries `$fault` and `$metadata` like an SDK error, so generic error handling sees a failure.
 */
export class MockNotImplementedError extends Error {
  readonly $fault = "client" as const;
  readonly $metadata: { httpStatusCode: number; requestId?: string; attempts: number; totalRetryDelay: number };

  constructor(
    /** The SDK client: `DSQLClient`, `RDSClient`, `DocDBElasticClient`, or any other. */
    readonly client: string,
    /** The command name: `DescribeDBProxiesCommand`. */
    readonly command: string,
  ) {
    super(
      `aws-db-mock: ${command} of ${client} is not simulated. ` +
        `Answer it in your test with backend.on(${command}).resolves({...}), ` +
        `or choose another policy with createMockBackend({ onUnhandled }). ` +
        `See docs/coverage.md for the commands that are simulated.`,
    );
    this.name = "MockNotImplementedError";
    this.$metadata = { httpStatusCode: 501, attempts: 1, totalRetryDelay: 0 };
  }
}
