/**
 * The errors of DocumentDB Elastic, each with its modeled fields: ValidationException (`reason`,
 * `fieldList`), ResourceNotFoundException and ConflictException (`resourceId`, `resourceType`),
 * ServiceQuotaExceededException. Typed `never` so rules read as guard clauses.
 */
import { fail } from "../../core/aws-error.js";
import { fieldValidationFault } from "../../core/protocols/rest-json.js";

/** `resourceType` values: the resource part of the ARN. */
export type ResourceType = "cluster" | "cluster-snapshot" | "pending-maintenance-action";

interface FieldProblem {
  path: string;
  value: unknown;
  constraint: string;
}

/** The problems each thrown ValidationException was made of, so `checkAll` can merge them. */
const problemsOf = new WeakMap<object, FieldProblem[]>();

function invalidFields(problems: FieldProblem[]): never {
  const fault = fieldValidationFault(problems);
  problemsOf.set(fault, problems);
  throw fault;
}

/** A documented rule the model's traits do not carry, broken by one input member. */
export function invalid(member: string, value: unknown, constraint: string): never {
  invalidFields([{ path: member, value, constraint }]);
}

/**
 * Runs every check (in the input's member order) and answers one ValidationException listing every
 * member that broke a rule, as the model's own constraints are reported; other errors pass through.
 */
export function checkAll(...checks: (() => void)[]): void {
  const found: FieldProblem[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      const problems = typeof error === "object" && error !== null ? problemsOf.get(error) : undefined;
      if (!problems) throw error;
      found.push(...problems);
    }
  }
  if (found.length > 0) invalidFields(found);
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
