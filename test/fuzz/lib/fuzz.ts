/**
 * Fuzzes one command with fast-check: a seeded, bounded run of generated cases; the first failing
 * case is shrunk by fast-check and returned printed as a pasteable SDK reproduction.
 * Used by the vitest suite (fixed seed) and by `scripts/fuzz.ts` (random seed, longer).
 */
import fc from "fast-check";
import { caseArbitrary, type FuzzCase } from "./cases.js";
import type { FuzzEnv } from "./env.js";
import { operationOf } from "./model.js";
import { formatRepro } from "./repro.js";
import { runCase } from "./run-case.js";

export interface FuzzSettings {
  /** Base seed of the whole run; each command's seed is derived from it and its name. */
  baseSeed: number;
  /** Runs for a simulated command (a command that is not simulated gets 3). */
  numRuns: number;
  /** fast-check replay path of a known counterexample. */
  path?: string;
  /** Stop generating (and shrinking) after this long, in ms. */
  timeLimitMs?: number;
  /** A shell line that replays this run, for the printed reproduction. */
  replayHint?: (command: string) => string;
}

export interface CommandReport {
  command: string;
  simulated: boolean;
  runs: number;
  calls: number;
  ms: number;
  /** How the command under test answered, over all cases: `ok` or the error name -> count. */
  outcomes: Record<string, number>;
  /** Printed reproduction of the shrunk failing case. */
  failure?: string;
}

/** FNV-1a of the command name mixed with the base seed: runs of different commands are independent. */
export function commandSeed(baseSeed: number, command: string): number {
  let h = 0x811c9dc5 ^ (baseSeed | 0);
  for (let i = 0; i < command.length; i++) h = Math.imul(h ^ command.charCodeAt(i), 0x01000193);
  return h | 0;
}

export const NOT_SIMULATED_RUNS = 3;

export async function fuzzCommand(env: FuzzEnv, command: string, settings: FuzzSettings): Promise<CommandReport> {
  const started = performance.now();
  const simulated = env.simulated(operationOf(command));
  let calls = 0;
  let runs = 0;
  const outcomes: Record<string, number> = {};
  const property = fc.asyncProperty(caseArbitrary(env, command), async (c: FuzzCase) => {
    runs++;
    const result = await runCase(env, c);
    calls += result.calls;
    if (result.outcomes.length === c.steps.length) {
      const last = result.outcomes[result.outcomes.length - 1].result;
      outcomes[last] = (outcomes[last] ?? 0) + 1;
    }
    if (!result.ok) {
      // A defect in an earlier (state-setting) call belongs to that command's own test: skip the case.
      fc.pre(result.failedStep === c.steps.length - 1);
      const step = result.outcomes[result.failedStep!];
      throw new Error(step.problems.join("; "));
    }
  });
  const details = await fc.check(property, {
    seed: commandSeed(settings.baseSeed, command),
    numRuns: simulated ? settings.numRuns : Math.min(settings.numRuns, NOT_SIMULATED_RUNS),
    path: settings.path,
    interruptAfterTimeLimit: settings.timeLimitMs,
    markInterruptAsFailure: false,
  });
  const report: CommandReport = { command, simulated, runs, calls, ms: 0, outcomes };
  if (details.failed && details.counterexample) {
    const c = details.counterexample[0] as FuzzCase;
    const result = await runCase(env, c);
    const hint = settings.replayHint?.(command);
    const replay = hint ? `${hint}${details.counterexamplePath ? ` (fast-check path ${details.counterexamplePath})` : ""}` : undefined;
    report.failure = result.ok
      ? `flaky: the shrunk case passed when run again (${String(details.errorInstance ?? "")})`
      : formatRepro(env, c, result, replay);
  }
  report.ms = performance.now() - started;
  return report;
}
