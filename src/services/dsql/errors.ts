/**
 * The DSQL errors with their modeled members: ResourceNotFoundException and ConflictException carry
 * `resourceId`/`resourceType`, ValidationException `reason`/`fieldList`, and
 * ServiceQuotaExceededException (HTTP 402) `resourceId`/`resourceType`/`serviceCode`/`quotaCode`.
 */
import { fail } from "../../core/aws-error.js";

/** Resource types named in errors (lowercase, as the API's resource names). */
export type ResourceType = "cluster" | "stream" | "policy";

export type ValidationReason = "fieldValidationFailed" | "deletionProtectionEnabled" | "other";

export function notFound(resourceType: ResourceType, resourceId: string, message: string): never {
  return fail("ResourceNotFoundException", message, { resourceId, resourceType });
}

export function conflict(resourceType: ResourceType, resourceId: string, message: string): never {
  return fail("ConflictException", message, { resourceId, resourceType });
}

/** A ValidationException naming the one member that broke a rule. */
export function invalid(field: string, message: string, reason: ValidationReason = "fieldValidationFailed"): never {
  return fail("ValidationException", message, { reason, fieldList: [{ name: field, message }] });
}

/**
 * `quotaCode` is the mock's quota name (the key of `createMockBackend({ quotas: { dsql } })`), so the
 * error says which option raises it; AWS's own Service Quotas codes are not published in the model.
 */
export function quotaExceeded(resourceType: ResourceType, resourceId: string, quotaCode: string, message: string): never {
  return fail("ServiceQuotaExceededException", message, { resourceId, resourceType, serviceCode: "dsql", quotaCode });
}
