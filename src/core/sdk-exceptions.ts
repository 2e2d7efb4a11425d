/**
 * The one factory for exceptions: it builds what the real SDK hands the caller for an error
 * response, from the user's own installed client module so `instanceof` holds against the classes
 * the user imports. A modeled error becomes its exported class; any other AWS error code becomes
 * the service's base exception with `name` set to the code, as the SDK's deserializer does.
 */
import type { ErrorSpec, ServiceDefinition } from "./service.js";
import type { AwsError } from "./aws-error.js";
import { errorResponse } from "./error-response.js";

type ExceptionCtor = new (opts: Record<string, unknown>) => Error & Record<string, unknown>;

/**
 * Error codes services answer that their models do not declare, per protocol: the AWS "Common Errors"
 * of each API reference (RDS: query API, HTTP 400 for throttling; DSQL and DocDB Elastic: JSON APIs),
 * plus the validation codes the RDS simulation answers. Status, fault and retryable from those pages:
 * a 5xx is a server fault (the SDK retries it as transient), throttling codes are retryable throttles.
 */
const UNMODELED: Record<ServiceDefinition["protocol"], Record<string, ErrorSpec>> = {
  awsQuery: {
    InvalidParameterValue: { status: 400, fault: "client" },
    InvalidParameterCombination: { status: 400, fault: "client" },
    MissingParameter: { status: 400, fault: "client" },
    ValidationError: { status: 400, fault: "client" },
    AccessDeniedException: { status: 400, fault: "client" },
    // What RDS answers when IAM denies a call ("User: ... is not authorized to perform: rds:..."), HTTP 403.
    AccessDenied: { status: 403, fault: "client" },
    IncompleteSignature: { status: 400, fault: "client" },
    InvalidAction: { status: 400, fault: "client" },
    InvalidClientTokenId: { status: 403, fault: "client" },
    NotAuthorized: { status: 400, fault: "client" },
    OptInRequired: { status: 403, fault: "client" },
    RequestExpired: { status: 400, fault: "client" },
    // The RDS API reference lists ThrottlingException; RDS answers `Throttling` ("Rate exceeded") too.
    Throttling: { status: 400, fault: "client", retryable: { throttling: true } },
    ThrottlingException: { status: 400, fault: "client", retryable: { throttling: true } },
    InternalFailure: { status: 500, fault: "server", retryable: {} },
    ServiceUnavailable: { status: 503, fault: "server", retryable: {} },
  },
  restJson: {
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
};

/** Codes any operation of a service may answer although its model does not declare them. */
export function commonErrorCodes(svc: ServiceDefinition): string[] {
  return Object.keys(UNMODELED[svc.protocol]);
}

export function errorSpec(svc: ServiceDefinition, code: string): ErrorSpec {
  return svc.errors[code] ?? UNMODELED[svc.protocol][code] ?? { status: 400, fault: "client" };
}

export interface ResponseMetadata {
  httpStatusCode: number;
  requestId: string;
  extendedRequestId?: string;
  cfId?: string;
  attempts: number;
  totalRetryDelay: number;
}

export function responseMetadata(httpStatusCode: number, requestId: string): ResponseMetadata {
  return { httpStatusCode, requestId, extendedRequestId: undefined, cfId: undefined, attempts: 1, totalRetryDelay: 0 };
}

/** Builds the SDK exception for a fault raised by a service's state code. */
export function toSdkError(svc: ServiceDefinition, fault: AwsError, requestId: string): Error {
  return buildSdkError(svc, fault.code, fault.message, fault.fields, requestId);
}

/**
 * Builds the exception exactly as the SDK's protocol deserializer does for such a response, step by
 * step (`handleError` of @aws-sdk/core's AwsQueryProtocol / AwsRestJsonProtocol, then
 * `decorateServiceException` and the deserializer middleware), so own keys, their order and
 * enumerability, `message` (own, enumerable) and `$response` (own, hidden) are the SDK's.
 */
export function buildSdkError(
  svc: ServiceDefinition,
  code: string,
  message: string,
  fields: Record<string, unknown>,
  requestId: string,
): Error {
  const spec = errorSpec(svc, code);
  const sdk = svc.sdk ?? {};
  const Base = sdk[svc.baseException] as ExceptionCtor;
  const Modeled = sdk[code] as ExceptionCtor | undefined;
  const schema = sdk[`${code}$`];
  const members = Array.isArray(schema) && schema[0] === -3 && Array.isArray(schema[4]) ? (schema[4] as string[]) : undefined;
  const $metadata = responseMetadata(spec.status, requestId);
  // The deserializer's first guess of $fault is by status; a modeled error's own trait then wins.
  const byStatus = spec.status < 500 ? "client" : "server";
  const wireCode = spec.code ?? code;
  const query = svc.protocol === "awsQuery";
  const Type = spec.fault === "server" ? "Receiver" : "Sender";
  let error: Error & Record<string, unknown>;
  const modeled = typeof Modeled === "function" && Modeled.prototype instanceof Base;
  if (modeled && !members) {
    // An SDK older than static schemas: its class, constructed as its own deserializer did.
    error = new Modeled({ message, $metadata, ...fields });
    Object.defineProperty(error, "message", { value: message, enumerable: true, writable: true, configurable: true });
    if (query) Object.assign(error, { Type, Code: wireCode, Error: { Type, Code: wireCode, Message: message } });
  } else if (modeled && members) {
    error = new Modeled({});
    const output: Record<string, unknown> = query ? { Type, Code: wireCode, Error: { Type, Code: wireCode, Message: message } } : {};
    for (const member of members) output[member] = member === "message" ? message : fields[member];
    Object.assign(error, { $metadata, $fault: byStatus }, { $fault: spec.fault, message }, output);
    // Then the parsed body's own keys: an awsQuery `<ErrorResponse>` adds its RequestId and xmlns.
    if (query) decorate(error, { RequestId: requestId, xmlns: svc.xmlNamespace });
    else decorate(error, fields);
  } else {
    error = new Base({ name: wireCode });
    Object.assign(error, { $metadata, $fault: byStatus });
    const body: Record<string, unknown> = query
      ? { Type, Code: wireCode, Message: message, message, Error: { Type, Code: wireCode, Message: message } }
      : { message, ...fields };
    decorate(error, body);
    if (query) Object.assign(error, fields);
  }
  Object.defineProperty(error, "$response", { value: errorResponse(svc, wireCode, Type, message, error, requestId, spec.status), enumerable: false, writable: false, configurable: false });
  return error;
}

/** `decorateServiceException` of @smithy/core: fills members still unset, then settles `message`. */
function decorate(error: Record<string, unknown>, additions: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(additions)) {
    if (v !== undefined && (error[k] == undefined || error[k] === "")) error[k] = v;
  }
  error.message = error.message || error.Message || "UnknownError";
  delete error.Message;
}
