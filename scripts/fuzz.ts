/**
 * `npm run fuzz`: the fuzz suite's long run. A random seed (printed first) unless FUZZ_SEED is set,
 * FUZZ_RUNS runs per simulated command (default 1000). Every failing command prints its shrunk case
 * as a pasteable SDK reproduction; the exit code is 1 when any failed.
 *
 *   npm run fuzz
 *   FUZZ_SEED=123 npm run fuzz -- --service dsql --command CreateCluster --runs 5000
 *   npm run fuzz -- --stats      (also prints how often each command succeeded / failed with which error)
 *
 * `--stateful` runs the stateful model-based fuzzer instead (test/fuzz/stateful): `--sequences N`
 * sequences per service (default 2000) of up to `--steps M` steps (default 40), seed as above.
 *
 *   FUZZ_SEED=123 npm run fuzz -- --stateful --sequences 5000 --service rds
 */
import "../test/setup/no-network.js";
import { crossChecked } from "../test/fuzz/lib/cross-check.js";
import { createFuzzEnv } from "../test/fuzz/lib/env.js";
import { fuzzCommand, type CommandReport } from "../test/fuzz/lib/fuzz.js";
import { fuzzServices, operationOf, type ServiceKey } from "../test/fuzz/lib/model.js";
import { runStateful } from "../test/fuzz/stateful/long-run.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true"; // keep the output to the report

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const runs = Number(arg("runs") ?? process.env.FUZZ_RUNS ?? 1000);
  const onlyService = arg("service");
  const onlyCommand = arg("command");
  if (process.argv.includes("--stateful")) {
    return runStateful({ seed, sequences: Number(arg("sequences") ?? 2000), maxSteps: Number(arg("steps") ?? 40), service: onlyService });
  }
  console.log(`aws-db-mock fuzz: seed ${seed}, ${runs} runs per simulated command (replay: FUZZ_SEED=${seed} npm run fuzz)`);
  const started = performance.now();
  const reports: CommandReport[] = [];
  for (const svc of Object.values(fuzzServices)) {
    if (onlyService && svc.key !== (onlyService as ServiceKey)) continue;
    const env = await createFuzzEnv(svc);
    for (const command of svc.commands) {
      if (onlyCommand && operationOf(command) !== operationOf(onlyCommand)) continue;
      const report = await fuzzCommand(env, command, {
        baseSeed: seed,
        numRuns: runs,
        timeLimitMs: 5 * 60_000,
        replayHint: (c) => `FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz -- --service ${svc.key} --command ${operationOf(c)}`,
      });
      reports.push(report);
      const status = report.failure ? "FAIL" : "ok";
      if (report.simulated || report.failure) {
        console.log(`${status.padEnd(4)} ${svc.key} ${operationOf(command)}: ${report.runs} cases, ${report.calls} calls, ${(report.ms / 1000).toFixed(1)} s`);
      }
      if (process.argv.includes("--stats") && report.simulated) console.log(`     answers: ${JSON.stringify(report.outcomes)}`);
      if (report.failure) console.log(`\n${report.failure}\n`);
    }
  }
  const failed = reports.filter((r) => r.failure);
  const calls = reports.reduce((n, r) => n + r.calls, 0);
  console.log(
    `\n${reports.length} commands (${reports.filter((r) => r.simulated).length} simulated), ${calls} generated calls (${crossChecked.calls} answers cross-checked with the SDK's deserializer), ` +
      `${failed.length} failing, ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}`,
  );
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
