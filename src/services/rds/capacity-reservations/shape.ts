/**
 * A stored reservation -> the SDK's DBCapacityReservation, with the states that depend on dates read
 * from the clock: `active` from StartDate, `expired` from EndDate. Available capacity is reported only
 * while active and before EndDate (no DB instance uses a reservation in this mock yet).
 */
import type { DBCapacityReservation } from "@aws-sdk/client-rds";
import type { CapacityReservationRecord } from "../world.js";

export function stateAt(r: CapacityReservationRecord, now: number): string {
  if (r.State === "cancelled") return "cancelled";
  // "expired - The reservation passed its end date."
  if (r.EndDate !== undefined && now >= r.EndDate) return "expired";
  // A scheduled, future-dated reservation is active from its StartDate.
  if (r.State === "scheduled" && r.StartDate !== undefined && now >= r.StartDate) return "active";
  return r.State;
}

/** While the commitment of a future-dated reservation runs (from its acceptance to CommitmentEndDate). */
export const inCommitment = (r: CapacityReservationRecord, now: number) => r.CommitmentEndDate !== undefined && now < r.CommitmentEndDate;

export function shapeCapacityReservation(r: CapacityReservationRecord, now: number): DBCapacityReservation {
  const state = stateAt(r, now);
  const available = state === "active" ? r.ReservedCapacityPerAvailabilityZone : 0;
  const out: DBCapacityReservation = {
    DBCapacityReservationName: r.DBCapacityReservationName,
    DBInstanceClass: r.DBInstanceClass,
    Engine: r.Engine,
    ReservedCapacityPerAvailabilityZone: r.ReservedCapacityPerAvailabilityZone,
    AvailableCapacityPerAvailabilityZoneList: r.AvailabilityZones.map((AvailabilityZone) => ({ AvailabilityZone, AvailableCapacity: available })),
    CreateDate: new Date(r.CreateDate),
    State: state as DBCapacityReservation["State"],
    DBCapacityReservationArn: r.DBCapacityReservationArn,
    DBCapacityReservationIdentifier: r.DBCapacityReservationIdentifier,
    TagList: r.TagList.map((t) => ({ ...t })),
  };
  if (r.LicenseModel !== undefined) out.LicenseModel = r.LicenseModel;
  if (r.EndDate !== undefined) out.EndDate = new Date(r.EndDate);
  if (r.StartDate !== undefined) out.StartDate = new Date(r.StartDate);
  if (r.CommitmentEndDate !== undefined) {
    out.CommitmentInfo = { CommittedCapacityPerAvailabilityZone: r.CommittedCapacityPerAvailabilityZone, CommitmentEndDate: new Date(r.CommitmentEndDate) };
  }
  return out;
}
