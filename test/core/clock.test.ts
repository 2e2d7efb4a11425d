import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockBackend } from "../../src/index.js";

describe("backend.clock", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("starts at startTime and moves only when told (virtual)", () => {
    const backend = createMockBackend({ startTime: new Date("2031-05-01T12:00:00Z") });
    expect(backend.clock.now()).toBe(Date.parse("2031-05-01T12:00:00Z"));
    backend.clock.advance(1500);
    expect(backend.clock.date().toISOString()).toBe("2031-05-01T12:00:01.500Z");
    backend.clock.set(new Date("2031-06-01T00:00:00Z"));
    expect(backend.clock.date().toISOString()).toBe("2031-06-01T00:00:00.000Z");
  });

  it("runs scheduled tasks in time order, each at its own time", () => {
    const backend = createMockBackend({ startTime: 0 });
    const seen: [string, number][] = [];
    backend.clock.runner = (task) => seen.push([task.payload as string, backend.clock.now()]);
    backend.clock.schedule("b", 2000, "second");
    backend.clock.schedule("a", 1000, "first");
    backend.clock.schedule("c", 5000, "third");
    backend.clock.advance(2500);
    expect(seen).toEqual([
      ["first", 1000],
      ["second", 2000],
    ]);
    expect(backend.clock.now()).toBe(2500);
    backend.clock.runAll();
    expect(seen.at(-1)).toEqual(["third", 5000]);
    expect(backend.clock.pending()).toHaveLength(0);
  });

  it("scheduling the same key again replaces the earlier task", () => {
    const backend = createMockBackend({ startTime: 0 });
    const seen: unknown[] = [];
    backend.clock.runner = (task) => seen.push(task.payload);
    backend.clock.schedule("k", 1000, "old");
    backend.clock.schedule("k", 3000, "new");
    backend.clock.runAll();
    expect(seen).toEqual(["new"]);
  });

  it("rejects a negative or non-numeric advance", () => {
    const backend = createMockBackend();
    expect(() => backend.clock.advance(-1)).toThrow(RangeError);
    expect(() => backend.clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => backend.clock.set(new Date("not a date"))).toThrow(RangeError);
  });

  it("in system mode follows Date.now(), so fake timers drive it", () => {
    vi.useFakeTimers({ now: new Date("2032-01-01T00:00:00Z") });
    const backend = createMockBackend({ clock: "system" });
    expect(backend.clock.date().toISOString()).toBe("2032-01-01T00:00:00.000Z");
    vi.advanceTimersByTime(10_000);
    expect(backend.clock.date().toISOString()).toBe("2032-01-01T00:00:10.000Z");
    backend.clock.advance(5_000);
    expect(backend.clock.date().toISOString()).toBe("2032-01-01T00:00:15.000Z");
  });
});
