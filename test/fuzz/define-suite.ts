/**
 * The vitest side of the fuzz suite: one test per SDK command of a service, each a bounded fast-check
 * run with a fixed seed (FUZZ_SEED overrides it, FUZZ_RUNS the number of runs, FUZZ_PATH replays one
 * counterexample). A failing test prints the shrunk case as a pasteable SDK reproduction.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { caseArbitrary } from "./lib/cases.js";
import { modelsDir } from "./lib/aws-model.js";
import { crossChecked } from "./lib/cross-check.js";
import { createFuzzEnv, type FuzzEnv } from "./lib/env.js";
import { fuzzCommand, type CommandReport } from "./lib/fuzz.js";
import { fuzzServices, operationOf, type ServiceKey } from "./lib/model.js";
import { runCase } from "./lib/run-case.js";

/** The CI seed. Change it only on purpose: a new seed is a new set of cases. */
export const CI_SEED = 20_250_101;

export interface SuiteOptions {
  /** Runs per simulated command (FUZZ_RUNS overrides). */
  numRuns: number;
  /** Which commands this file covers (a large service is split over files to use both cores). */
  include?: (command: string) => boolean;
  /** Label of this file in the summary line. */
  label?: string;
}

export function defineFuzzSuite(key: ServiceKey, options: SuiteOptions): void {
  const svc = fuzzServices[key];
  const baseSeed = Number(process.env.FUZZ_SEED ?? CI_SEED);
  const numRuns = Number(process.env.FUZZ_RUNS ?? options.numRuns);
  const commands = svc.commands.filter(options.include ?? (() => true));
  const file = `test/fuzz/${options.label ?? key}.test.ts`;
  let env: FuzzEnv;
  const reports: CommandReport[] = [];
  const started = performance.now();

  beforeAll(async () => {
    env = await createFuzzEnv(svc);
  }, 120_000);

  afterAll(() => {
    const simulated = reports.filter((r) => r.simulated).length;
    const runs = reports.reduce((n, r) => n + r.runs, 0);
    const calls = reports.reduce((n, r) => n + r.calls, 0);
    const failed = reports.filter((r) => r.failure).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz ${options.label ?? key}: ${reports.length} commands (${simulated} simulated), ${runs} cases, ${calls} generated calls (${crossChecked.calls} answers cross-checked with the SDK's deserializer), ${failed} failing, ${seconds} s (seed ${baseSeed}, ${numRuns} runs per simulated command)`,
    );
  });

  describe(`fuzz ${key}`, () => {
    // The declared-error check and the SDK cross-check read the AWS models beside the repository;
    // CI always has them (a clone without ../shared skips both checks, like `generate:check`).
    it.runIf(process.env.CI)("finds the AWS models (declared errors, wire shapes)", () => {
      expect(modelsDir()).toBeDefined();
    });

    it("seeds its world: every seeding call of a simulated command succeeds", () => {
      const failedSeeds = env.worlds.instant.seedLog.filter((s) => !s.ok && env.simulated(operationOf(s.command)));
      expect(failedSeeds.map((s) => `${s.command} ${JSON.stringify(s.input)}`)).toEqual([]);
    });

    it("replays: the same case gives the same answers, call for call", async () => {
      const differing: string[] = [];
      for (const command of commands.filter((c) => env.simulated(operationOf(c)))) {
        for (const c of fc.sample(caseArbitrary(env, command), { numRuns: 5, seed: baseSeed })) {
          const first = (await runCase(env, c)).outcomes.map((o) => o.digest);
          const second = (await runCase(env, c)).outcomes.map((o) => o.digest);
          if (JSON.stringify(first) !== JSON.stringify(second)) differing.push(`${command}: ${JSON.stringify(first)} then ${JSON.stringify(second)}`);
        }
      }
      expect(differing).toEqual([]);
    }, 120_000);

    it.each(commands)("%s", async (command) => {
      const report = await fuzzCommand(env, command, {
        baseSeed,
        numRuns,
        path: process.env.FUZZ_PATH,
        timeLimitMs: 60_000,
        replayHint: (c) => `FUZZ_SEED=${baseSeed} FUZZ_RUNS=${numRuns} npx vitest run ${file} -t "${c}"`,
      });
      reports.push(report);
      if (report.failure) expect.fail(`\n${report.failure}\n`);
      expect(networkAttempts()).toEqual([]);
    }, 120_000);
  });
}
