import { it, expect } from "vitest";
import { followWaiters } from "../../src/core/virtual-time.js";
it("probe", async () => {
  const c = { t: 0, advance(ms: number) { this.t += ms; } };
  const t0 = performance.now();
  const stop = await followWaiters(c);
  stop();
  console.log("probe ms", performance.now() - t0);
  expect(globalThis.setTimeout.name).toBe("setTimeout");
});
