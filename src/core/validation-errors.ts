/**
 * Turns constraint violations into the error each protocol answers with. REST-JSON services
 * (DSQL, DocDB Elastic) answer `ValidationException` with `reason` and `fieldList` and AWS's
 * "N validation errors detected" message; the RDS query API answers `MissingParameter` for an
 * absent required parameter and `InvalidParameterValue` for any other broken rule.
 */
import { AwsError } from "./aws-error.js";
import type { ServiceDefinition } from "./service.js";
import type { Violation } from "./validation.js";

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

/** The REST-JSON service's `ValidationException` for one or more field violations. */
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

export function violationFault(protocol: ServiceDefinition["protocol"], violations: readonly Violation[]): AwsError {
  if (protocol === "restJson") return fieldValidationFault(violations);
  const missing = violations.find((v) => v.rule === "required");
  if (missing) return new AwsError("MissingParameter", `The request must contain the parameter ${missing.path}`);
  const blank = violations.find((v) => v.rule === "blank");
  if (blank) return new AwsError("InvalidParameterValue", `The parameter ${blank.path} must be provided and must not be blank.`);
  const v = violations[0];
  return new AwsError(
    "InvalidParameterValue",
    `Invalid value ${describeValue(v.value)} for parameter ${v.path}: ${v.constraint}`,
  );
}
