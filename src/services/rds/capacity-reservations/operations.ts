/**
 * DB capacity reservations: Create/Modify/Cancel/DescribeDBCapacityReservations. An immediate
 * reservation is `pending`, then `active`; a future-dated one is `assessing`, then `scheduled`, and
 * active from its StartDate on the clock (shape.ts). A capacity change of an active reservation is
 * `pending` while RDS applies it. ModifyDBInstance's DBCapacityReservationIdentifier (a DB instance
 * using a reservation) is not part of this folder.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { DCRM } from "../messages/index.js";
import { describeResourcePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import { checkTags } from "../shared/tags.js";
import type { CapacityReservationRecord, RdsWorld } from "../world.js";
import { capacityReservations, getReservation, isLive, requireFreeName } from "./resource.js";
import { checkAzs, checkCapacity, checkEngineAndClass, checkFutureDated, checkName, licenseModelFor, timeOf } from "./rules.js";
import { inCommitment, shapeCapacityReservation, stateAt } from "./shape.js";

type Ctx = CallContext<RdsWorld>;

export const capacityReservationTransitions: TransitionTable<RdsWorld> = {
  capacityReservation: {
    collection: (w) => w.capacityReservations ?? {},
    statusField: "State",
    events: {
      create: { during: "pending", then: "active", ms: 5 * 60_000 },
      assess: { during: "assessing", then: "scheduled", ms: 10 * 60_000 },
      modify: { during: "pending", then: "active", ms: 5 * 60_000 },
    },
  },
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * "This value multiplied by the number of Availability Zones counts against the DB instances quota ...
 * Your existing DB instances, and the unused capacity of your other reservations, count against the same quota."
 */
function checkInstanceQuota(ctx: Ctx, adding: number, except?: CapacityReservationRecord): void {
  const reserved = Object.values(ctx.world.capacityReservations ?? {})
    .filter((r) => r !== except && isLive(r, ctx.now()))
    .reduce((n, r) => n + r.ReservedCapacityPerAvailabilityZone * r.AvailabilityZones.length, 0);
  const wanted = Object.keys(ctx.world.instances).length + reserved + adding;
  const limit = ctx.quota("dbInstances");
  if (wanted > limit) fail("InstanceQuotaExceededFault", DCRM.quota(limit, wanted));
}

const FILTERS: FilterTable<{ r: CapacityReservationRecord; state: string }> = {
  "db-capacity-reservation-name": ({ r }) => [r.DBCapacityReservationName],
  state: ({ state }) => [state],
  engine: ({ r }) => [r.Engine],
  "db-instance-class": ({ r }) => [r.DBInstanceClass],
  "availability-zone": ({ r }) => r.AvailabilityZones,
};

/** States a reservation can be modified in; the others are being set up, or have ended. */
const MODIFIABLE = ["active", "scheduled", "delayed"];
/** States a reservation can be cancelled in (an active one only after its commitment). */
const CANCELLABLE = ["active", "scheduled", "delayed", "unsupported"];

export const capacityReservationOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBCapacityReservation(input, ctx) {
    const name = input.DBCapacityReservationName!;
    const cls = input.DBInstanceClass!;
    checkName(name);
    const engine = checkEngineAndClass(input.Engine!, cls, ctx.region);
    const license = licenseModelFor(engine, cls, input.LicenseModel);
    const capacity = input.CapacityPerAvailabilityZone!;
    checkCapacity("CapacityPerAvailabilityZone", capacity);
    const azs = input.AvailabilityZones!;
    checkAzs(azs, ctx.region);
    const now = ctx.now();
    const end = input.EndDate === undefined ? undefined : timeOf(input.EndDate, "EndDate");
    if (end !== undefined && end <= now) fail("InvalidParameterValue", DCRM.endDatePast(iso(end)));
    const future = checkFutureDated({ StartDate: input.StartDate, CommitmentDuration: input.CommitmentDuration, EndDate: end }, cls, capacity, now);
    const tags = checkTags(input.Tags);
    requireFreeName(ctx, name);
    checkInstanceQuota(ctx, capacity * azs.length);
    // Drawn only once every check has passed: a refused call must not move the id stream.
    const id = `dbcr-${ctx.ids.hex(17)}`;
    const record: CapacityReservationRecord = {
      DBCapacityReservationIdentifier: id,
      DBCapacityReservationName: name,
      DBCapacityReservationArn: capacityReservations.arnOf(ctx, id),
      DBInstanceClass: cls,
      Engine: engine,
      LicenseModel: license,
      ReservedCapacityPerAvailabilityZone: capacity,
      AvailabilityZones: [...azs],
      CreateDate: now,
      StartDate: future?.start,
      EndDate: end,
      // RDS grants the whole commitment asked for (it "can grant a shorter" one; the mock never does).
      CommittedCapacityPerAvailabilityZone: future ? capacity : undefined,
      CommitmentEndDate: future?.commitmentEnd,
      State: future ? "assessing" : "pending",
      TagList: tags,
    };
    if (record.LicenseModel === undefined) delete record.LicenseModel;
    for (const k of ["StartDate", "EndDate", "CommittedCapacityPerAvailabilityZone", "CommitmentEndDate"] as const) if (record[k] === undefined) delete record[k];
    ctx.world.capacityReservations ??= {};
    capacityReservations.insert(ctx, id, record);
    capacityReservations.begin(ctx, record, future ? "assess" : "create");
    return { DBCapacityReservation: shapeCapacityReservation(record, now) };
  },

  ModifyDBCapacityReservation(input, ctx) {
    const r = getReservation(ctx, input.DBCapacityReservationIdentifier!);
    const now = ctx.now();
    const { CapacityPerAvailabilityZone: capacity, EndDateType: type } = input;
    const end = input.EndDate === undefined ? undefined : timeOf(input.EndDate, "EndDate");
    if (type !== undefined && type !== "limited" && type !== "unlimited") fail("InvalidParameterValue", DCRM.endDateType(type));
    if (end !== undefined && type === undefined) fail("InvalidParameterCombination", DCRM.endDateNeedsType());
    if (type === "limited" && end === undefined) fail("MissingParameter", DCRM.limitedNeedsDate());
    if (type === "unlimited" && end !== undefined) fail("InvalidParameterCombination", DCRM.unlimitedWithDate());
    if (capacity === undefined && type === undefined) fail("InvalidParameterCombination", DCRM.noChange());
    const state = stateAt(r, now);
    if (!MODIFIABLE.includes(state)) fail("InvalidDBCapacityReservationStateFault", DCRM.state(r.DBCapacityReservationIdentifier, state, "modified"));
    if (capacity !== undefined) {
      checkCapacity("CapacityPerAvailabilityZone", capacity);
      // "During a capacity commitment, can't be less than CommittedCapacityPerAvailabilityZone."
      if (inCommitment(r, now) && capacity < r.CommittedCapacityPerAvailabilityZone!) {
        fail("InvalidParameterValue", DCRM.belowCommitment(capacity, r.CommittedCapacityPerAvailabilityZone!, iso(r.CommitmentEndDate!)));
      }
    }
    if (end !== undefined) {
      if (end <= now) fail("InvalidParameterValue", DCRM.endDatePast(iso(end)));
      // "During a capacity commitment, must be at or after CommitmentEndDate."
      if (inCommitment(r, now) && end < r.CommitmentEndDate!) fail("InvalidParameterValue", DCRM.endBeforeCommitment(iso(end), iso(r.CommitmentEndDate!)));
    }
    // "Amazon RDS checks the quota only when you increase the value."
    if (capacity !== undefined && capacity > r.ReservedCapacityPerAvailabilityZone) checkInstanceQuota(ctx, capacity * r.AvailabilityZones.length, r);
    if (type === "unlimited") delete r.EndDate;
    else if (end !== undefined) r.EndDate = end;
    if (capacity !== undefined && capacity !== r.ReservedCapacityPerAvailabilityZone) {
      r.ReservedCapacityPerAvailabilityZone = capacity;
      // "A reservation reports the pending state while Amazon RDS modifies it" (a scheduled one waits as it is).
      if (state === "active") capacityReservations.begin(ctx, r, "modify");
    }
    return { DBCapacityReservation: shapeCapacityReservation(r, now) };
  },

  CancelDBCapacityReservation(input, ctx) {
    const r = getReservation(ctx, input.DBCapacityReservationIdentifier!);
    const now = ctx.now();
    const state = stateAt(r, now);
    if (!CANCELLABLE.includes(state)) fail("InvalidDBCapacityReservationStateFault", DCRM.state(r.DBCapacityReservationIdentifier, state, "cancelled"));
    // "Amazon RDS rejects a request to cancel a reservation in the active state" during the commitment.
    if (state === "active" && inCommitment(r, now)) fail("InvalidDBCapacityReservationStateFault", DCRM.committed(r.DBCapacityReservationIdentifier, iso(r.CommitmentEndDate!)));
    r.State = "cancelled";
    return { DBCapacityReservation: shapeCapacityReservation(r, now) };
  },

  DescribeDBCapacityReservations(input, ctx) {
    const now = ctx.now();
    // "The state filter doesn't accept expired."
    if (input.Filters?.some((f) => f.Name === "state" && f.Values?.includes("expired"))) fail("InvalidParameterValue", DCRM.stateFilter());
    const matches = filterPredicate(input.Filters, FILTERS);
    const only = input.DBCapacityReservationIdentifier === undefined ? undefined : getReservation(ctx, input.DBCapacityReservationIdentifier);
    const page = describeResourcePage(capacityReservations, ctx, input, (r) => (only === undefined || r === only) && matches({ r, state: stateAt(r, now) }));
    return { DBCapacityReservations: page.items.map((r) => shapeCapacityReservation(r, now)), Marker: page.Marker };
  },
};
