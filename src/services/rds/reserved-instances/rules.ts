/**
 * The documented rules of reserved DB instances: the Duration and OfferingType filter values, the
 * filters both describe calls share, and the quota "Reserved DB instances: 40 per month" (RDS
 * quotas: reserved DB instances purchased per account and Region per month), counted as
 * DescribeAccountAttributes shows it.
 */
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { RM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";
import { DURATIONS, OFFERING_TYPES } from "./offerings.js";

/** The members both describe calls filter by, as one record shows them. */
export interface OfferingFields {
  DBInstanceClass?: string;
  Duration?: number;
  ProductDescription?: string;
  OfferingType?: string;
  MultiAZ?: boolean;
}

export interface OfferingFilters {
  DBInstanceClass?: string;
  Duration?: string;
  ProductDescription?: string;
  OfferingType?: string;
  MultiAZ?: boolean;
}

/** A predicate over the shared filters; invalid Duration / OfferingType values are InvalidParameterValue. */
export function offeringMatcher(input: OfferingFilters, partialProduct: boolean): (record: OfferingFields) => boolean {
  const duration = input.Duration === undefined ? undefined : DURATIONS[input.Duration];
  if (input.Duration !== undefined && duration === undefined) fail("InvalidParameterValue", RM.duration(input.Duration));
  if (input.OfferingType !== undefined && !(OFFERING_TYPES as readonly string[]).includes(input.OfferingType)) fail("InvalidParameterValue", RM.offeringType(input.OfferingType));
  const product = input.ProductDescription?.toLowerCase();
  return (r) =>
    (input.DBInstanceClass === undefined || r.DBInstanceClass === input.DBInstanceClass) &&
    (duration === undefined || r.Duration === duration) &&
    // Offerings: "The results show offerings that partially match the filter value."
    (product === undefined || (partialProduct ? (r.ProductDescription ?? "").toLowerCase().includes(product) : r.ProductDescription?.toLowerCase() === product)) &&
    (input.OfferingType === undefined || r.OfferingType === input.OfferingType) &&
    (input.MultiAZ === undefined || r.MultiAZ === input.MultiAZ);
}

/** The UTC calendar month `ms` falls in, as `yyyy-mm`. */
const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** DB instances reserved by purchases of the current calendar month (UTC) on the backend clock. */
export function reservedThisMonth(ctx: CallContext<RdsWorld>): number {
  const month = monthOf(ctx.now());
  return Object.values(ctx.world.reservedInstances ?? {})
    .filter((r) => monthOf(r.StartTime) === month)
    .reduce((sum, r) => sum + (r.DBInstanceCount ?? 1), 0);
}

export function checkReservationQuota(ctx: CallContext<RdsWorld>, count: number): void {
  if (count < 1) fail("InvalidParameterValue", RM.instanceCount(count));
  const limit = ctx.quota("reservedDBInstances");
  const used = reservedThisMonth(ctx);
  if (used + count > limit) fail("ReservedDBInstanceQuotaExceededFault", RM.reservationQuota(limit, used, count));
}
