/**
 * What state code throws when a call must fail: AWS's error code, its message and the error's
 * modeled fields. Data only: the middleware turns it into the SDK's own exception class
 * (`core/sdk-exceptions.ts`), so services never touch SDK or HTTP types.
 */
export class AwsError extends Error {
  constructor(
    /** SDK exception class name (`DBClusterNotFoundFault`) or AWS error code (`InvalidParameterValue`). */
    readonly code: string,
    message: string,
    /** Modeled members of the error (`resourceId`, `reason`, `fieldList`, ...). */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AwsError";
  }
}

/** Throw the fault named by `code`. Typed `never` so handlers read as guard clauses. */
export function fail(code: string, message: string, fields?: Record<string, unknown>): never {
  throw new AwsError(code, message, fields);
}

/** Which fault a modeled or unmodeled error code answers with. */
export interface ErrorSpec {
  /** HTTP status of the response. */
  status: number;
  fault: "client" | "server";
  /** The wire code when it differs from the shape name (awsQuery `DBInstanceNotFound`). */
  code?: string;
  /** Throttling errors carry `$retryable: { throttling: true }`; other retryable errors `{}`. */
  retryable?: { throttling?: boolean };
}
