/**
 * The RDS output copier (shared/copier.ts) must answer exactly what core `toOutput` answers (members,
 * order, Dates, absent members), whatever the record's layout, and share nothing with the record.
 */
import { describe, expect, it, vi } from "vitest";
import { toOutput } from "../../src/core/output.js";
import { outputCopier } from "../../src/services/rds/shared/copier.js";

const TS = new Set(["Created", "ValidTill"]);
/** Members in order, Dates as epoch ms: equal strings mean equal outputs, member order included. */
const text = (value: unknown) => JSON.stringify(value, (_k, v) => (v instanceof Date ? { date: v.getTime() } : v));

const records: Record<string, unknown>[] = [
  { Id: "a", Created: 5, Status: "available", Zones: ["x", "y"], Groups: [{ Id: "sg-1", Status: "active" }], Empty: [] },
  { Id: "b", Created: 6, Status: "available", Zones: ["x"], Groups: [], Empty: [] },
  // Another layout: a member more, one less, members in another order, nested timestamps and nulls.
  { Status: "creating", Id: "c", Cert: { ValidTill: 7, Name: "rds-ca" }, Created: undefined, Zones: [null, "z", undefined], Extra: null },
  { Id: "d", Created: [1, 2], Flag: false, Count: 0, Text: "" },
];

describe("RDS output copier", () => {
  it("answers what toOutput answers, for every layout and after a layout changes", () => {
    const copy = outputCopier(TS);
    for (let round = 0; round < 3; round++) {
      for (const record of records) expect(text(copy(record))).toBe(text(toOutput(record, TS)));
    }
  });

  it("shares nothing with the record", () => {
    const copy = outputCopier<any>(TS);
    const record = { Id: "a", Created: 5, Zones: ["x"], Groups: [{ Id: "sg-1" }] };
    const out = copy(record);
    out.Zones.push("y");
    out.Groups[0].Id = "changed";
    out.Created.setTime(0);
    expect(record).toEqual({ Id: "a", Created: 5, Zones: ["x"], Groups: [{ Id: "sg-1" }] });
  });

  it("copies a record holding __proto__ as an own member the way toOutput does", () => {
    const copy = outputCopier(TS);
    const record = JSON.parse('{"Id":"a","__proto__":{"Created":1}}');
    expect(text(copy(record))).toBe(text(toOutput(record, TS)));
  });

  it("falls back to the generic copy where code generation is refused", () => {
    const copy = outputCopier(TS);
    const spy = vi.spyOn(globalThis, "Function").mockImplementation(function () {
      throw new EvalError("code generation from strings disallowed");
    });
    try {
      for (const record of records) expect(text(copy(record))).toBe(text(toOutput(record, TS)));
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
