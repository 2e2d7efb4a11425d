/**
 * A wire protocol as an object: what differs between REST-JSON (DSQL, DocDB Elastic) and the awsQuery
 * API (RDS) once a call fails. Each owns its common errors, its answer to a failed input check, what
 * its SDK deserializer puts on an exception and the HTTP response the error came in. The core calls
 * these and never asks which protocol it has.
 */
import type { AwsError, ErrorSpec } from "../aws-error.js";
import type { Violation } from "../validation.js";

/** One error answer as it goes on the wire. */
export interface WireError {
  /** The code on the wire (awsQuery `DBInstanceNotFound` for the `DBInstanceNotFoundFault` class). */
  code: string;
  fault: ErrorSpec["fault"];
  status: number;
  message: string;
  /** The error's modeled members (`resourceId`, `reason`, `fieldList`, ...). */
  fields: Record<string, unknown>;
  requestId: string;
  /** awsQuery: the `xmlns` of the service's XML responses. */
  xmlNamespace?: string;
}

/** The HTTP response an error came in, as the SDK leaves it on `err.$response` (hidden). */
export interface ErrorHttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface Protocol {
  /** `restJson` or `awsQuery`: how tools and messages name it. */
  readonly name: "restJson" | "awsQuery";
  /**
   * Codes any operation may answer although its model does not declare them (the AWS "Common Errors"
   * of the API reference), with status, fault and retryability from those pages.
   */
  readonly commonErrors: Readonly<Record<string, ErrorSpec>>;
  /** The error a call answers when its input breaks the model's constraints. */
  validationError(violations: readonly Violation[]): AwsError;
  /** Members a modeled exception gets from the error body's envelope, before its own members. */
  envelope(error: WireError): Record<string, unknown>;
  /** Body members the deserializer then fills in where a modeled exception left them unset. */
  modeledBody(error: WireError): Record<string, unknown>;
  /** The parsed body an error without a class of its own is decorated with. */
  unmodeledBody(error: WireError): Record<string, unknown>;
  /** Members then set outright on such an error (undefined: none). */
  unmodeledMembers(error: WireError): Record<string, unknown> | undefined;
  /** The HTTP response (status, headers with the request id, body bytes) the error came in. */
  errorResponse(error: WireError, exception: Record<string, unknown>): ErrorHttpResponse;
}

/** A value as AWS quotes it in a validation message: `'abc'`, `null`, `'{"a":1}'` (cut at 100 characters). */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return "null";
  // An invalid Date has no ISO form (toISOString throws a RangeError).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "'Invalid Date'" : `'${value.toISOString()}'`;
  if (typeof value === "string") return `'${value.length > 100 ? `${value.slice(0, 100)}...` : value}'`;
  if (typeof value === "object") {
    try {
      const json = JSON.stringify(value);
      return `'${json.length > 100 ? `${json.slice(0, 100)}...` : json}'`;
    } catch {
      return "'[object]'";
    }
  }
  return `'${String(value)}'`;
}

export const encoder = new TextEncoder();
