/** A stored reservation -> the SDK's ReservedDBInstance: `retired` once its term has run out on the clock. */
import type { ReservedDBInstance } from "@aws-sdk/client-rds";
import type { ReservedInstanceRecord } from "../world.js";

export function stateAt(record: ReservedInstanceRecord, now: number): string {
  return now >= record.StartTime + record.Duration * 1000 ? "retired" : record.State;
}

export function shapeReservation(record: ReservedInstanceRecord, now: number): ReservedDBInstance {
  const { TagList: _tags, StartTime, RecurringCharges, ...rest } = record;
  return { ...rest, StartTime: new Date(StartTime), RecurringCharges: RecurringCharges?.map((c) => ({ ...c })), State: stateAt(record, now) };
}
