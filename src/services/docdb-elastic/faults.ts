/**
 * The errors of DocumentDB Elastic, each with its modeled fields: ValidationException (`reason`,
 * `fieldList`), ResourceNotFoundException and ConflictException (`resourceId`, `resourceType`),
 * ServiceQuotaExceededException. Typed `never` so rules read as guard clauses.
 */
import { fail } from "../../core/fault.js";
import { fieldValidationFault } from "../../core/validation-errors.js";

/** `resourceType` values: the resource part of the ARN. */
export type ResourceType = "cluster" | "cluster-snapshot" | "pending-maintenance-action";

/** A documented rule the model's traits do not carry, broken by one input member. */
export function invalid(member: string, value: unknown, constraint: string): never {
  throw fieldValidationFault([{ path: member, value, constraint }]);
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
