/**
 * The errors of DocumentDB Elastic, each with its modeled fields: ValidationException (`reason`,
 * `fieldList`), ResourceNotFoundException and ConflictException (`resourceId`, `resourceType`),
 * ServiceQuotaExceededException. Typed `never` so rules read as guard clauses.
 *
 * A documented rule on an input member does not throw: it returns a `Problem` (or none), and
 * `reject` answers one ValidationException listing every problem found, as the model's own
 * constraints are reported.
 */
import { fail } from "../../core/aws-error.js";
import { fieldValidationFault } from "../../core/protocols/rest-json.js";

/** `resourceType` values: the resource part of the ARN. */
export type ResourceType = "cluster" | "cluster-snapshot" | "pending-maintenance-action";

/** One input member that breaks a documented rule. */
export interface Problem {
  path: string;
  value: unknown;
  constraint: string;
}

/** What a check returns: no problem, one, or several (a check of two members). */
export type Found = Problem | readonly Problem[] | undefined;

export function problem(path: string, value: unknown, constraint: string): Problem {
  return { path, value, constraint };
}

/** Throws one ValidationException listing every problem found (in the checks' order); nothing when none. */
export function reject(...found: Found[]): void {
  const problems: Problem[] = [];
  for (const f of found) {
    if (f === undefined) continue;
    if (Array.isArray(f)) problems.push(...(f as readonly Problem[]));
    else problems.push(f as Problem);
  }
  if (problems.length > 0) throw fieldValidationFault(problems);
}

/** One problem, thrown at once. */
export function invalid(path: string, value: unknown, constraint: string): never {
  throw fieldValidationFault([problem(path, value, constraint)]);
}

/** A ValidationException with `reason: "other"`: a state rule of an operation that declares no ConflictException. */
export function invalidState(message: string): never {
  fail("ValidationException", message, { reason: "other" });
}

export function notFound(resourceType: ResourceType, resourceId: string, message: string): never {
  fail("ResourceNotFoundException", message, { resourceId, resourceType });
}

export function conflict(resourceType: ResourceType, resourceId: string, message: string): never {
  fail("ConflictException", message, { resourceId, resourceType });
}

export function quotaExceeded(message: string): never {
  fail("ServiceQuotaExceededException", message);
}
