import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { duration, LIFECYCLES_DOC, render } from "../../scripts/lifecycle-diagrams.js";
import { services } from "../../src/services/registry.js";

describe("docs/lifecycles.md", () => {
  it("is what the transition tables draw (npm run lifecycles)", () => {
    expect(readFileSync(LIFECYCLES_DOC, "utf8")).toBe(render());
  });

  it("draws every event of every resource kind with its simulated duration", () => {
    const doc = render();
    for (const svc of Object.values(services)) {
      for (const kind of Object.values(svc.transitions)) {
        for (const [name, event] of Object.entries(kind.events)) expect(doc).toContain(`: ${name}, ${duration(event.ms)}`);
      }
    }
    expect(doc).not.toContain("(computed)");
    expect(duration(90_000)).toBe("1 min 30 s");
  });
});
