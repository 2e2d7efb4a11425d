/**
 * fast-check wiring: sequences of up to `maxSteps` steps (calls, concurrent batches of 2-3 calls,
 * clock advances: to exactly the next scheduled transition's end, to 1 ms before it, or by a fixed
 * amount) in the instant or the timed lifecycle, run by the SequenceRunner; a failure is shrunk and
 * printed as a pasteable program.
 */
import fc from "fast-check";
import type { MockBackend } from "../../../src/index.js";
import { formatSequence } from "./print.js";
import { SequenceRunner, type Sequence } from "./runner.js";
import type { ServiceModel, Step } from "./types.js";

const MINUTE = 60_000;

export function sequenceArbitrary(svc: ServiceModel, maxSteps: number): fc.Arbitrary<Sequence> {
  const advance: fc.Arbitrary<Step> = fc.oneof(
    fc.constant<Step>({ kind: "advance", to: "due" }),
    fc.constant<Step>({ kind: "advance", to: "before-due" }),
    fc.constantFrom(1000, 30_000, MINUTE, 5 * MINUTE, 20 * MINUTE).map((ms): Step => ({ kind: "advance", ms })),
  );
  const step: fc.Arbitrary<Step> = fc.oneof(
    { arbitrary: svc.call.map((call): Step => ({ kind: "call", call })), weight: 12 },
    { arbitrary: fc.array(svc.call, { minLength: 2, maxLength: 3 }).map((calls): Step => ({ kind: "batch", calls })), weight: 1 },
    { arbitrary: advance, weight: 3 },
  );
  return fc.record({
    lifecycle: fc.constantFrom("instant" as const, "timed" as const),
    steps: fc.array(step, { minLength: 1, maxLength: maxSteps, size: "max" }),
  });
}

export interface StatefulOptions {
  seed: number;
  /** Sequences to generate (shrinking runs come on top). */
  numRuns: number;
  maxSteps?: number;
  /** Stop generating new sequences after this long (the report says how many ran). */
  timeLimitMs?: number;
  /** How to replay the run (printed with a failure). */
  replay?: string;
  /** Sets up each new backend (the harness's tests plant a defect). */
  prepare?: (backend: MockBackend) => void;
}

export interface StatefulReport {
  service: string;
  /** Sequences run (without the reruns of shrinking) and their steps. */
  sequences: number;
  steps: number;
  ms: number;
  /** The shrunk failing sequence, printed as a program; undefined when every sequence held. */
  failure?: string;
}

export async function fuzzStateful(svc: ServiceModel, options: StatefulOptions): Promise<StatefulReport> {
  const runner = new SequenceRunner(svc, options.prepare);
  const started = performance.now();
  let sequences = 0;
  let steps = 0;
  let shrinking = false;
  const property = fc.asyncProperty(sequenceArbitrary(svc, options.maxSteps ?? 40), async (seq) => {
    const result = await runner.run(seq);
    if (!shrinking) {
      sequences++;
      steps += result.ran.length;
    }
    if (result.failure) shrinking = true;
    return result.failure === undefined;
  });
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns: options.numRuns,
    interruptAfterTimeLimit: options.timeLimitMs,
    markInterruptAsFailure: false,
  });
  const report: StatefulReport = { service: svc.key, sequences, steps, ms: performance.now() - started };
  if (details.failed) {
    if (details.counterexample) {
      const [seq] = details.counterexample;
      try {
        const result = await runner.run(seq);
        report.failure = result.failure ? formatSequence(svc, seq, result, options.replay) : `flaky: the shrunk sequence passed on a rerun\n${JSON.stringify(seq)}`;
      } catch (err) {
        report.failure = `the runner threw on the shrunk sequence: ${(err as Error)?.stack ?? String(err)}\n${JSON.stringify(seq)}`;
      }
    } else report.failure = `fast-check failed without a counterexample: ${String(details.errorInstance)}`;
  }
  report.ms = performance.now() - started;
  return report;
}
