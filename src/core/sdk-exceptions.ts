/**
 * The one factory for exceptions: it builds what the real SDK hands the caller for an error
 * response, from the user's own installed client module so `instanceof` holds against the classes
 * the user imports. A modeled error becomes its exported class; any other AWS error code becomes
 * the service's base exception with `name` set to the code, as the SDK's deserializer does.
 */
import type { AwsError, ErrorSpec } from "./aws-error.js";
import type { WireError } from "./protocols/protocol.js";
import type { ServiceDefinition } from "./service.js";

type ExceptionCtor = new (opts: Record<string, unknown>) => Error & Record<string, unknown>;

/** Codes any operation of a service may answer although its model does not declare them. */
export function commonErrorCodes(svc: ServiceDefinition): string[] {
  return Object.keys(svc.protocol.commonErrors);
}

export function errorSpec(svc: ServiceDefinition, code: string): ErrorSpec {
  return svc.errors[code] ?? svc.protocol.commonErrors[code] ?? { status: 400, fault: "client" };
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
  const { protocol } = svc;
  const sdk = svc.sdk ?? {};
  const Base = sdk[svc.baseException] as ExceptionCtor;
  const Modeled = sdk[code] as ExceptionCtor | undefined;
  const schema = sdk[`${code}$`];
  const members = Array.isArray(schema) && schema[0] === -3 && Array.isArray(schema[4]) ? (schema[4] as string[]) : undefined;
  const $metadata = responseMetadata(spec.status, requestId);
  // The deserializer's first guess of $fault is by status; a modeled error's own trait then wins.
  const byStatus = spec.status < 500 ? "client" : "server";
  const wire: WireError = { code: spec.code ?? code, fault: spec.fault, status: spec.status, message, fields, requestId, xmlNamespace: svc.xmlNamespace };
  let error: Error & Record<string, unknown>;
  const modeled = typeof Modeled === "function" && Modeled.prototype instanceof Base;
  if (modeled && !members) {
    // An SDK older than static schemas: its class, constructed as its own deserializer did.
    error = new Modeled({ message, $metadata, ...fields });
    Object.defineProperty(error, "message", { value: message, enumerable: true, writable: true, configurable: true });
    Object.assign(error, protocol.envelope(wire));
  } else if (modeled && members) {
    error = new Modeled({});
    const output = protocol.envelope(wire);
    for (const member of members) output[member] = member === "message" ? message : fields[member];
    Object.assign(error, { $metadata, $fault: byStatus }, { $fault: spec.fault, message }, output);
    decorate(error, protocol.modeledBody(wire));
  } else {
    error = new Base({ name: wire.code });
    Object.assign(error, { $metadata, $fault: byStatus });
    decorate(error, protocol.unmodeledBody(wire));
    const extra = protocol.unmodeledMembers(wire);
    if (extra) Object.assign(error, extra);
  }
  Object.defineProperty(error, "$response", { value: protocol.errorResponse(wire, error), enumerable: false, writable: false, configurable: false });
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
