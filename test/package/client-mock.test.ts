/**
 * aws-db-mock/client-mock as users get it: node loads the BUILT entry by its name (package.json
 * "exports"), mocks an SNS client and a simulated RDS client. Skipped when `dist/` lacks it.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const dist = (path: string) => join(repoRoot, "dist", path);
const FILES = ["index", "vitest", "jest"].flatMap((f) => [`client-mock/${f}.js`, `client-mock/${f}.cjs`, `client-mock/${f}.d.ts`, `client-mock/${f}.d.cts`]);
const built = FILES.every((f) => existsSync(dist(f)));

describe.skipIf(!built)("the built aws-db-mock/client-mock", () => {
  it.each([
    ["import", "client-mock-usage.mjs", "js"],
    ["require", "client-mock-usage.cjs", "cjs"],
  ])("loaded with %s: mocks any client, simulates the three services, restores", async (_style, script, ext) => {
    const fixtures = join(here, "fixtures");
    const { stdout } = await run(process.execPath, ["--require", join(fixtures, "guard.cjs"), join(fixtures, script)], { cwd: repoRoot, timeout: 60_000 });
    const out = JSON.parse(stdout.trim().split("\n").at(-1)!);
    expect(out.resolved).toBe(pathToFileURL(dist(`client-mock/index.${ext}`)).href);
    expect(out.sns).toEqual({ messageId: "m-1", unanswered: true, calls: 2, isStub: true });
    expect(out.rds).toEqual({ arn: "arn:aws:rds:eu-west-1:123456789012:cluster:c1", notFound: { name: "DBClusterNotFoundFault", instanceOf: true }, calls: 1 });
    expect(out.restored).toBe(true);
    expect(out.networkAttempts).toEqual([]);
  }, 60_000);

  it("has the runner entries load the root and client-mock entries by name (one AwsStub class), and no @aws-sdk type in its declarations", () => {
    for (const file of ["client-mock/vitest.js", "client-mock/vitest.cjs", "client-mock/jest.js", "client-mock/jest.cjs"]) {
      const code = readFileSync(dist(file), "utf8");
      expect(code, file).toMatch(/["']aws-db-mock\/client-mock["']/);
      expect(code, file).not.toMatch(/class AwsStub/);
    }
    for (const file of ["client-mock/index.d.ts", "client-mock/vitest.d.ts", "client-mock/jest.d.ts"]) {
      expect(readFileSync(dist(file), "utf8"), file).not.toMatch(/@aws-sdk\//);
    }
  });
});
