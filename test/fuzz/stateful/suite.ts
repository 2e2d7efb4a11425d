/**
 * The vitest side of the stateful fuzzer: per service, one bounded run with a fixed seed (FUZZ_SEED
 * overrides it, STATEFUL_RUNS the number of sequences) and a check that the same seed gives the same
 * sequences and the same trace. A failure prints the shrunk sequence as a pasteable program.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../../helpers.js";
import { fuzzStateful, sequenceArbitrary } from "./fuzz.js";
import { SequenceRunner } from "./runner.js";
import type { ServiceModel } from "./types.js";

/** The CI seed. Change it only on purpose: a new seed is a new set of sequences. */
export const STATEFUL_CI_SEED = 20_251_206;

export function defineStatefulSuite(svc: ServiceModel, options: { numRuns: number; maxSteps?: number }): void {
  const seed = Number(process.env.FUZZ_SEED ?? STATEFUL_CI_SEED);
  const numRuns = Number(process.env.STATEFUL_RUNS ?? options.numRuns);
  const file = `test/fuzz/stateful-${svc.key}.test.ts`;

  describe(`stateful fuzz ${svc.key}`, () => {
    it("same seed, same sequences, same trace", async () => {
      const first = fc.sample(sequenceArbitrary(svc, options.maxSteps ?? 40), { numRuns: 3, seed });
      const again = fc.sample(sequenceArbitrary(svc, options.maxSteps ?? 40), { numRuns: 3, seed });
      expect(again).toEqual(first);
      for (const seq of first) {
        const a = await new SequenceRunner(svc).run(seq);
        const b = await new SequenceRunner(svc).run(seq);
        expect(b.trace).toEqual(a.trace);
      }
    }, 120_000);

    it("keeps every invariant over generated sequences of calls", async () => {
      const report = await fuzzStateful(svc, {
        seed,
        numRuns,
        maxSteps: options.maxSteps,
        timeLimitMs: 20_000,
        replay: `FUZZ_SEED=${seed} STATEFUL_RUNS=${numRuns} npx vitest run ${file}`,
      });
      console.log(
        `stateful fuzz ${svc.key}: ${report.sequences} sequences, ${report.steps} steps, ${(report.ms / 1000).toFixed(1)} s (seed ${seed})${report.failure ? ", FAILED" : ""}`,
      );
      if (report.failure) expect.fail(`\n${report.failure}\n`);
      expect(networkAttempts()).toEqual([]);
    }, 180_000);
  });
}
