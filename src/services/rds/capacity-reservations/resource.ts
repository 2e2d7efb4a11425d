/**
 * DB capacity reservations: stored by DBCapacityReservationIdentifier (`dbcr-` and 17 hex digits), ARN
 * `db-capacity-reservation:<id>` (the IAM reference has no resource type for it yet: assumed form).
 * Every operation takes the identifier or the name; a name is unique among the reservations still
 * live, so a cancelled or expired reservation's name can be taken again.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { DCRM } from "../messages/index.js";
import type { CapacityReservationRecord, RdsWorld } from "../world.js";
import { stateAt } from "./shape.js";
import { NO_RECORDS } from "../shared/identifiers.js";

export const capacityReservations = defineResource<RdsWorld, CapacityReservationRecord>({
  name: "DB capacity reservation",
  // Dumps saved before reservations existed have no collection: the first create makes it.
  collection: (world) => world.capacityReservations ?? NO_RECORDS,
  key: (id) => id.toLowerCase(),
  arn: { service: "rds", type: "db-capacity-reservation" },
  notFound: (id) => fail("DBCapacityReservationNotFoundFault", DCRM.notFound(id)),
  alreadyExists: (name) => fail("DBCapacityReservationAlreadyExistsFault", DCRM.exists(name)),
  // Oldest first: the order the reservations were created in.
  sortKey: (id, r) => `${String(r.CreateDate).padStart(15, "0")}/${id}`,
  lifecycle: { kind: "capacityReservation", id: (r) => r.DBCapacityReservationIdentifier },
});

/** States that no longer hold capacity: their name is free again. */
export const ENDED = ["cancelled", "expired", "failed", "unsupported"];

export const isLive = (r: CapacityReservationRecord, now: number) => !ENDED.includes(stateAt(r, now));

/** The reservation an identifier (`dbcr-...`) or a name gives: the live one of that name, else its newest. */
export function findReservation(ctx: CallContext<RdsWorld>, identifier: string): CapacityReservationRecord | undefined {
  if (identifier.toLowerCase().startsWith("dbcr-")) return capacityReservations.find(ctx, identifier);
  const named = Object.values(ctx.world.capacityReservations ?? {})
    .filter((r) => r.DBCapacityReservationName === identifier)
    .sort((a, b) => Number(isLive(b, ctx.now())) - Number(isLive(a, ctx.now())) || b.CreateDate - a.CreateDate);
  return named[0];
}

export function getReservation(ctx: CallContext<RdsWorld>, identifier: string): CapacityReservationRecord {
  return findReservation(ctx, identifier) ?? capacityReservations.descriptor.notFound(identifier);
}

/** DBCapacityReservationAlreadyExists while a live reservation has the name. */
export function requireFreeName(ctx: CallContext<RdsWorld>, name: string): void {
  const taken = Object.values(ctx.world.capacityReservations ?? {}).some((r) => r.DBCapacityReservationName === name && isLive(r, ctx.now()));
  if (taken) capacityReservations.descriptor.alreadyExists!(name);
}
