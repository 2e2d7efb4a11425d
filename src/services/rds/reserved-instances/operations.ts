/**
 * Reserved DB instances: DescribeReservedDBInstancesOfferings (the Region's catalog, offerings.ts),
 * PurchaseReservedDBInstancesOffering and DescribeReservedDBInstances. A purchase is `payment-pending`,
 * then `active`; it shows `retired` once its term (Duration) has run out on the backend clock.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { paginate } from "../../../core/paging.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import { noFilters } from "../catalogs/describe.js";
import { RM } from "../messages/index.js";
import { describePage, invalidMarker, pageSize } from "../shared/filters.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld, ReservedInstanceRecord } from "../world.js";
import { offeringsOf } from "./offerings.js";
import { reservedInstances } from "./resource.js";
import { checkReservationQuota, offeringMatcher } from "./rules.js";
import { shapeReservation } from "./shape.js";

export const reservedInstanceTransitions: TransitionTable<RdsWorld> = {
  reservedInstance: {
    collection: (w) => w.reservedInstances ?? {},
    statusField: "State",
    events: { purchase: { during: "payment-pending", then: "active", ms: 60_000 } },
  },
};

/** `ri-` and the purchase time, then a short random part: two purchases in one millisecond get two ids. */
function generatedId(now: number, suffix: string): string {
  return `ri-${new Date(now).toISOString().slice(0, 19).replace(/[T:]/g, "-")}-${suffix}`;
}

export const reservedInstanceOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeReservedDBInstancesOfferings(input, ctx) {
    const size = pageSize(input);
    noFilters(input.Filters);
    const keep = offeringMatcher(input, true);
    const all = offeringsOf(ctx.region);
    if (input.ReservedDBInstancesOfferingId !== undefined && !all.some((o) => o.ReservedDBInstancesOfferingId === input.ReservedDBInstancesOfferingId)) {
      fail("ReservedDBInstancesOfferingNotFoundFault", RM.offeringNotFound(input.ReservedDBInstancesOfferingId));
    }
    const matches = all
      .map((o, i) => [String(i).padStart(6, "0"), o] as [string, (typeof all)[number]])
      .filter(([, o]) => (input.ReservedDBInstancesOfferingId === undefined || o.ReservedDBInstancesOfferingId === input.ReservedDBInstancesOfferingId) && keep(o));
    const page = paginate(matches, size, input.Marker, invalidMarker);
    return {
      ReservedDBInstancesOfferings: page.items.map((o) => ({ ...o, RecurringCharges: o.RecurringCharges?.map((c) => ({ ...c })) })),
      Marker: page.next,
    };
  },

  PurchaseReservedDBInstancesOffering(input, ctx) {
    const offering = offeringsOf(ctx.region).find((o) => o.ReservedDBInstancesOfferingId === input.ReservedDBInstancesOfferingId);
    if (!offering) fail("ReservedDBInstancesOfferingNotFoundFault", RM.offeringNotFound(input.ReservedDBInstancesOfferingId!));
    const tags = checkTags(input.Tags);
    const count = input.DBInstanceCount ?? 1;
    if (input.ReservedDBInstanceId !== undefined) reservedInstances.requireFree(ctx, input.ReservedDBInstanceId);
    checkReservationQuota(ctx, count);
    // Drawn only once every check has passed: a refused call must not move the id stream.
    const id = input.ReservedDBInstanceId ?? generatedId(ctx.now(), ctx.ids.lowerAlnum(4));
    const record: ReservedInstanceRecord = {
      ReservedDBInstanceId: id,
      ReservedDBInstancesOfferingId: offering.ReservedDBInstancesOfferingId,
      DBInstanceClass: offering.DBInstanceClass,
      StartTime: ctx.now(),
      Duration: offering.Duration,
      FixedPrice: offering.FixedPrice,
      UsagePrice: offering.UsagePrice,
      CurrencyCode: offering.CurrencyCode,
      DBInstanceCount: count,
      ProductDescription: offering.ProductDescription,
      OfferingType: offering.OfferingType,
      MultiAZ: offering.MultiAZ,
      State: "payment-pending",
      RecurringCharges: offering.RecurringCharges?.map((c) => ({ ...c })),
      ReservedDBInstanceArn: reservedInstances.arnOf(ctx, id),
      LeaseId: ctx.ids.uuid(),
      TagList: tags,
    };
    ctx.world.reservedInstances ??= {};
    reservedInstances.insert(ctx, id, record);
    reservedInstances.begin(ctx, record, "purchase");
    return { ReservedDBInstance: shapeReservation(record, ctx.now()) };
  },

  DescribeReservedDBInstances(input, ctx) {
    noFilters(input.Filters);
    const keep = offeringMatcher(input, false);
    if (input.ReservedDBInstanceId !== undefined) reservedInstances.get(ctx, input.ReservedDBInstanceId);
    const page = describePage(
      ctx.world.reservedInstances ?? {},
      input,
      (r) =>
        (input.ReservedDBInstanceId === undefined || r.ReservedDBInstanceId === input.ReservedDBInstanceId) &&
        (input.ReservedDBInstancesOfferingId === undefined || r.ReservedDBInstancesOfferingId === input.ReservedDBInstancesOfferingId) &&
        (input.LeaseId === undefined || r.LeaseId === input.LeaseId) &&
        keep(r),
    );
    return { ReservedDBInstances: page.items.map((r) => shapeReservation(r, ctx.now())), Marker: page.Marker };
  },
};
