import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { circles, importGraph, importsOf } from "../../scripts/check-circles.js";

let root: string | undefined;

/** A throwaway source tree: path -> file text. */
function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), "circles-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const named = (dir: string, found: string[][]) => found.map((c) => c.map((f) => f.slice(dir.length + 1)));

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe("scripts/check-circles.ts (npm run check:circles)", () => {
  it("reads every kind of relative import: import, import type, export from, import(), type queries, require", () => {
    const text = [
      `import { a } from "./a.js";`,
      `import type { B } from "./b.js";`,
      `export { c } from "./c.js";`,
      `export type * from "./d.js";`,
      `const e = await import("./e.js");`,
      `type F = import("./f.js").F;`,
      `import g = require("./g.js");`,
      `import { readFileSync } from "node:fs";`,
    ].join("\n");
    expect(importsOf("x.ts", text)).toEqual(["./a.js", "./b.js", "./c.js", "./d.js", "./e.js", "./f.js", "./g.js"]);
  });

  it("reports a circle closed by a type-only import, with its path", () => {
    const dir = tree({
      "core/service.ts": `import type { Ctx } from "./context.js";\nexport interface Service { ctx: Ctx }`,
      "core/context.ts": `import type { Service } from "./service.js";\nexport interface Ctx { svc: Service }`,
      "core/clock.ts": `export const now = () => 0;`,
    });
    expect(named(dir, circles(importGraph(dir)))).toEqual([["core/context.ts", "core/service.ts", "core/context.ts"]]);
  });

  it("names every file of a longer circle, through re-exports and index files", () => {
    const dir = tree({
      "a.ts": `export * from "./b.js";`,
      "b.ts": `import "./c/index.js";`,
      "c/index.ts": `export { a } from "../a.js";`,
      "d.ts": `import "./a.js";`,
    });
    const found = named(dir, circles(importGraph(dir)));
    expect(found).toEqual([["a.ts", "b.ts", "c/index.ts", "a.ts"]]);
  });

  it("finds none in a tree whose imports flow one way", () => {
    const dir = tree({ "a.ts": `import "./b.js";`, "b.ts": `import type { C } from "./c.js";`, "c.ts": `export type C = 1;` });
    expect(circles(importGraph(dir))).toEqual([]);
  });
});
