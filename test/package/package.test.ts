/**
 * The package as its users get it: node runs small scripts that load the BUILT package by its own
 * name (`import ... from "aws-db-mock"` and `require("aws-db-mock")`, resolved through package.json
 * "exports"), use it with real SDK clients, and report what happened as JSON. Skipped when `dist/` is
 * missing (CI builds before testing; locally: `npm run build`).
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const fixtures = join(here, "fixtures");
const dist = (path: string) => join(repoRoot, "dist", path);
const distUrl = (path: string) => pathToFileURL(dist(path)).href;

const BUILT_FILES = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "testing/vitest.js", "testing/vitest.cjs", "testing/jest.js", "testing/jest.cjs"];
const missing = BUILT_FILES.filter((file) => !existsSync(dist(file)));
const built = missing.length === 0;
const title = built
  ? "the built package"
  : `the built package (SKIPPED: dist/ lacks ${missing.join(", ")}; run \`npm run build\` first)`;
if (!built) console.warn(`test/package: ${title}`);

/** Runs one fixture script under the network guard and parses the JSON it prints. */
async function probe(script: string): Promise<any> {
  const { stdout } = await run(process.execPath, ["--require", join(fixtures, "guard.cjs"), join(fixtures, script)], {
    cwd: repoRoot,
    timeout: 60_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!);
}

/**
 * Type-checks a consumer (ESM and CJS flavours) in a directory of its own, with the package installed
 * as a symlink to this repository: TypeScript reads package.json "exports" as it would for a user.
 */
async function typecheckConsumer(): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), "aws-db-mock-consumer-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(repoRoot, join(dir, "node_modules", "aws-db-mock"), "dir");
    for (const ext of ["mts", "cts"]) copyFileSync(join(fixtures, "consumer-types.txt"), join(dir, `consumer.${ext}`));
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: "node16", moduleResolution: "node16", types: [] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.mts", "consumer.cts"] }));
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    try {
      await run(process.execPath, [tsc, "-p", dir], { cwd: dir, timeout: 120_000 });
      return { ok: true, output: "" };
    } catch (error: any) {
      return { ok: false, output: String(error.stdout ?? error.message) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!built)(title, () => {
  describe.each([
    { style: "import", script: "esm-usage.mjs", ext: "js" },
    { style: "require", script: "cjs-usage.cjs", ext: "cjs" },
  ])("loaded with $style", ({ script, ext }) => {
    let result: any;
    const loaded = async () => (result ??= await probe(script));

    it(`resolves aws-db-mock, aws-db-mock/vitest and aws-db-mock/jest to the ${ext} files in dist/`, async () => {
      const { resolved, exports } = await loaded();
      expect(resolved).toEqual({ root: distUrl(`index.${ext}`), vitest: distUrl(`testing/vitest.${ext}`), jest: distUrl(`testing/jest.${ext}`) });
      expect(exports).toEqual(expect.arrayContaining(["createMockBackend", "mockMiddleware", "resetDefaultBackend", "MockBackend", "MockNotImplementedError"]));
    });

    it("fails an unsimulated command with the package's MockNotImplementedError", async () => {
      const { notSimulated } = await loaded();
      expect(notSimulated).toMatchObject({ thrown: true, name: "MockNotImplementedError", fault: "client", status: 501 });
      expect(notSimulated.instanceOf.MockNotImplementedError).toBe(true);
      expect(notSimulated.message).toContain("DescribeFutureThingsCommand");
    });

    it("throws exceptions that are instances of the SDK classes the script imported", async () => {
      const { dsqlError, dsqlErrorFields, rdsError } = await loaded();
      expect(dsqlError).toMatchObject({ thrown: true, name: "ResourceNotFoundException", fault: "client", message: "cluster not found" });
      expect(dsqlError.instanceOf).toEqual({ ResourceNotFoundException: true, DSQLServiceException: true });
      // The status codes are each service's business (tested there); here: an HTTP error status.
      expect(dsqlError.status).toBeGreaterThanOrEqual(400);
      expect(dsqlError.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(dsqlErrorFields).toEqual({ resourceId: "abc", resourceType: "cluster" });
      expect(rdsError).toMatchObject({ thrown: true, name: "DBClusterNotFoundFault", fault: "client" });
      expect(rdsError.status).toBeGreaterThanOrEqual(400);
      expect(rdsError.instanceOf).toEqual({ DBClusterNotFoundFault: true, RDSServiceException: true });
    });

    it("answers DSQL GetCluster with a malformed identifier with the SDK's ValidationException", async () => {
      const { invalidIdentifier } = await loaded();
      expect(invalidIdentifier).toMatchObject({ thrown: true, name: "ValidationException", fault: "client", status: 400 });
      expect(invalidIdentifier.instanceOf).toEqual({ ValidationException: true, DSQLServiceException: true, MockNotImplementedError: false });
      expect(invalidIdentifier.message).toContain("identifier");
    });

    it("creates and reads a DSQL cluster through attach, and records both calls", async () => {
      const { lifecycle, recorded } = await loaded();
      expect(lifecycle.created).toMatchObject({ status: "CREATING", httpStatusCode: 200 });
      expect(lifecycle.created.identifier).toMatch(/^[a-z0-9]{26}$/);
      expect(lifecycle.read).toEqual({ identifier: lifecycle.created.identifier, status: "ACTIVE", creationTimeIsDate: true });
      expect(recorded).toEqual(["dsql:CreateCluster", "dsql:GetCluster"]);
    });

    it("answers through onUnhandled and through the literal mockMiddleware, and opens no socket", async () => {
      const { onUnhandled, literalMiddleware, networkAttempts } = await loaded();
      expect(onUnhandled).toEqual({ DBProxies: [], answeredFor: "DescribeFutureThingsCommand" });
      expect(literalMiddleware).toEqual({ clusters: [], status: 200 });
      expect(networkAttempts).toEqual([]);
    });
  });

  it("gives every entry one MockBackend type (a backend from aws-db-mock/vitest or /jest is the root's MockBackend)", async () => {
    const { ok, output } = await typecheckConsumer();
    expect(output).toBe("");
    expect(ok).toBe(true);
  }, 120_000);

  it("keeps the SDK clients external: dist/ holds no copy of an SDK client", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(dist(file), "utf8");
      expect(code, file).toMatch(/["']@aws-sdk\/client-dsql["']/);
      expect(code, file).not.toMatch(/classBuilder\(\)|class DSQLServiceException/);
    }
  });

  it("has the testing entries load the root entry by name, so one backend module exists", () => {
    for (const file of ["testing/vitest.js", "testing/vitest.cjs", "testing/jest.js", "testing/jest.cjs"]) {
      const code = readFileSync(dist(file), "utf8");
      expect(code, file).toMatch(/["']aws-db-mock["']/);
      expect(code, file).not.toMatch(/class MockBackend/);
    }
  });
});
