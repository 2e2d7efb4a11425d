/**
 * REST-JSON (DSQL, DocDB Elastic): a failed input check is one `ValidationException` with `reason`
 * and `fieldList` and AWS's "N validation errors detected" message; an error's body is a JSON object
 * of its members, its code in the `x-amzn-errortype` header.
 */
import { AwsError } from "../aws-error.js";
import { describeValue, encoder, type Protocol } from "./protocol.js";

/** The `ValidationException` for one or more field violations (DocDB Elastic raises its own with it too). */
export function fieldValidationFault(violations: readonly { path: string; value: unknown; constraint: string }[]): AwsError {
  const count = violations.length;
  const detail = violations
    .map((v) => `Value ${describeValue(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`)
    .join("; ");
  return new AwsError("ValidationException", `${count} validation error${count === 1 ? "" : "s"} detected: ${detail}`, {
    reason: "fieldValidationFailed",
    fieldList: violations.map((v) => ({ name: v.path, message: v.constraint })),
  });
}

export const restJson: Protocol = {
  name: "restJson",
  commonErrors: {
    ThrottlingException: { status: 429, fault: "client", retryable: { throttling: true } },
    InternalServerException: { status: 500, fault: "server", retryable: {} },
    ServiceUnavailableException: { status: 503, fault: "server", retryable: {} },
    AccessDeniedException: { status: 403, fault: "client" },
    UnrecognizedClientException: { status: 403, fault: "client" },
    SerializationException: { status: 400, fault: "client" },
    ExpiredTokenException: { status: 403, fault: "client" },
    IncompleteSignature: { status: 403, fault: "client" },
    InternalFailure: { status: 500, fault: "server", retryable: {} },
    RequestExpired: { status: 400, fault: "client" },
    RequestTimeoutException: { status: 408, fault: "client" },
    ServiceUnavailable: { status: 503, fault: "server", retryable: {} },
    UnknownOperationException: { status: 404, fault: "client" },
  },
  validationError: fieldValidationFault,
  envelope: () => ({}),
  // The JSON body's members: the error's own fields.
  modeledBody: (e) => e.fields,
  unmodeledBody: (e) => ({ message: e.message, ...e.fields }),
  unmodeledMembers: () => undefined,
  errorResponse(e, exception) {
    const members: Record<string, unknown> = {};
    for (const key of Object.keys(exception)) {
      if (key[0] !== "$" && key !== "name" && exception[key] !== undefined) members[key] = exception[key];
    }
    return {
      statusCode: e.status,
      headers: { "content-type": "application/json", "x-amzn-requestid": e.requestId, "x-amzn-errortype": e.code },
      body: encoder.encode(JSON.stringify({ ...members, message: e.message })),
    };
  },
};
