/** `npm run fuzz -- --stateful`: the long stateful run of every service, one report line each. */
import { docdbElasticModel } from "./docdb-elastic.js";
import { dsqlModel } from "./dsql.js";
import { fuzzStateful } from "./fuzz.js";
import { rdsModel } from "./rds.js";

export const statefulModels = [dsqlModel, rdsModel, docdbElasticModel];

export interface LongRunOptions {
  seed: number;
  sequences: number;
  maxSteps: number;
  /** Only this service (its key: dsql, rds, docdb-elastic). */
  service?: string;
}

/** Runs every service's sequences; prints each failure as a pasteable program. Exit code 1 on a failure. */
export async function runStateful(options: LongRunOptions): Promise<number> {
  const { seed, sequences, maxSteps } = options;
  console.log(`aws-db-mock stateful fuzz: seed ${seed}, ${sequences} sequences per service of up to ${maxSteps} steps`);
  let failed = 0;
  let total = { sequences: 0, steps: 0, ms: 0 };
  for (const svc of statefulModels) {
    if (options.service && svc.key !== options.service) continue;
    const replay = `FUZZ_SEED=${seed} npm run fuzz -- --stateful --service ${svc.key} --sequences ${sequences} --steps ${maxSteps}`;
    const report = await fuzzStateful(svc, { seed, numRuns: sequences, maxSteps, replay });
    total = { sequences: total.sequences + report.sequences, steps: total.steps + report.steps, ms: total.ms + report.ms };
    console.log(`${report.failure ? "FAIL" : "ok  "} ${svc.key}: ${report.sequences} sequences, ${report.steps} steps, ${(report.ms / 1000).toFixed(1)} s`);
    if (report.failure) {
      failed++;
      console.log(`\n${report.failure}\n`);
    }
  }
  console.log(`\n${total.sequences} sequences, ${total.steps} steps, ${failed} services failing, ${(total.ms / 1000).toFixed(1)} s, seed ${seed}`);
  return failed > 0 ? 1 : 0;
}
