/**
 * The same tests give the same results in vitest's `threads` and `forks` pools and with
 * `--sequence.concurrent` (tests of a file running at once): nothing depends on module-level state
 * shared between tests or on the order they run in. Runs a representative subset in child vitest
 * processes and compares every test's status.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

const FILES = ["test/robustness/isolation.test.ts", "test/fuzz/dsql.test.ts"];
const MODES: Record<string, string[]> = {
  threads: ["--pool=threads"],
  forks: ["--pool=forks"],
  "threads + sequence.concurrent": ["--pool=threads", "--sequence.concurrent"],
};

const dir = mkdtempSync(join(tmpdir(), "aws-db-mock-pools-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the files in a child vitest and returns each test's full name -> status. */
function runVitest(name: string, args: string[]): Promise<Record<string, string>> {
  const out = join(dir, `${name.replace(/\W+/g, "-")}.json`);
  // The child must not believe it is a worker of this run.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && !k.startsWith("TINYPOOL")));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["node_modules/vitest/vitest.mjs", "run", ...FILES, ...args, "--reporter=json", `--outputFile=${out}`],
      { cwd: process.cwd(), env: { ...env, FUZZ_RUNS: "10" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", reject);
    child.on("close", () => {
      try {
        const report = JSON.parse(readFileSync(out, "utf8"));
        const statuses: Record<string, string> = {};
        for (const file of report.testResults) {
          for (const t of file.assertionResults) statuses[`${file.name.split("/test/").pop()} > ${t.fullName}`] = t.status;
        }
        resolve(statuses);
      } catch (err) {
        reject(new Error(`vitest ${args.join(" ")} wrote no report: ${String(err)}\n${stderr.slice(-2000)}`));
      }
    });
  });
}

it("threads, forks and --sequence.concurrent give the same result for every test", async () => {
  const names = Object.keys(MODES);
  const results = await Promise.all(names.map((n) => runVitest(n, MODES[n])));
  const reference = results[0];
  expect(Object.keys(reference).length).toBeGreaterThan(30);
  results.forEach((r, i) => {
    expect({ mode: names[i], statuses: r }).toEqual({ mode: names[i], statuses: reference });
  });
}, 180_000);
