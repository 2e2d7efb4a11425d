/**
 * Types for any subset of the SDK clients (issue 16): the packed package installed in a consumer
 * project beside exactly one client (each of the three in turn) and both runners, type-checked
 * strict with `skipLibCheck: false` by every TypeScript version the suite carries (5.x, 6, 7). The
 * project's files (templates in test/package/consumers/) use every entry of the package, the
 * vitest and jest ones in the same program, and assert that the installed client's types are exact
 * (no `any`) and an absent client's are `never`. Skipped when `dist/` is missing (CI builds before
 * testing; locally: `npm run build`).
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENTS, compilers, ConsumerProject, repoRoot } from "./consumers.js";

const BUILT_FILES = ["index.d.ts", "testing/vitest.d.ts", "testing/jest.d.ts"];
const missing = BUILT_FILES.filter((file) => !existsSync(join(repoRoot, "dist", file)));
const title = missing.length === 0
  ? "a consumer with one SDK client installed"
  : `a consumer with one SDK client installed (SKIPPED: dist/ lacks ${missing.join(", ")}; run \`npm run build\` first)`;
if (missing.length > 0) console.warn(`test/package: ${title}`);

const MINUTE = 60_000;

describe.skipIf(missing.length > 0).sequential(title, () => {
  let project: ConsumerProject;
  beforeAll(async () => {
    project = await ConsumerProject.create();
  }, 5 * MINUTE);
  afterAll(() => {
    if (project) rmSync(project.dir, { recursive: true, force: true });
  }, MINUTE);

  for (const client of CLIENTS) {
    it(`${client.pkg} alone: every entry type-checks under ${compilers().map((c) => c.name).join(", ")}`, async () => {
      const files = await project.useClient(client);
      expect(project.installedClients()).toEqual([client.pkg]);
      expect(files).toEqual(expect.arrayContaining(["root.ts", "vitest.ts", "jest.ts"]));
      // The compilers run side by side; each reports its own errors.
      const results = await Promise.all(compilers().map(async (compiler) => ({ compiler: compiler.name, errors: await project.typecheck(compiler) })));
      expect(results).toEqual(compilers().map((compiler) => ({ compiler: compiler.name, errors: "" })));
    }, 8 * MINUTE);
  }
});
