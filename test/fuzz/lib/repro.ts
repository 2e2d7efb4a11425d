/**
 * Prints a failing case as a test a developer can paste: the backend options, the seeding calls,
 * the generated calls (earlier ones tolerated to fail as they did), and the failing call with what
 * was observed.
 */
import type { FuzzCase } from "./cases.js";
import { BACKEND_SEED, PRIMARY_REGION, START_TIME, type FuzzEnv } from "./env.js";
import type { CaseResult } from "./run-case.js";
import { jsLiteral } from "./values.js";

/** How to replay the run that found the case (a shell command line). */
export type ReplayHint = string;

export function formatRepro(env: FuzzEnv, c: FuzzCase, result: CaseResult, replay?: ReplayHint): string {
  const { svc } = env;
  const world = env.worlds[c.lifecycle];
  const failed = result.failedStep ?? c.steps.length - 1;
  const steps = c.steps.slice(0, failed + 1);
  const commands = new Set([...world.seedLog.map((s) => s.command), ...steps.map((s) => s.command)]);
  const clientOf = (region: string) => (region === PRIMARY_REGION ? svc.clientVar : `${svc.clientVar}_${region.replace(/-/g, "_")}`);
  const regions = new Set([PRIMARY_REGION, ...steps.map((s) => s.region)]);
  const lines: string[] = [];
  const problems = result.outcomes[failed]?.problems ?? [];
  lines.push(`// aws-db-mock fuzz: ${svc.key} ${c.steps[failed].command} (${c.steps[failed].note})`);
  for (const p of problems) lines.push(`//   PROBLEM: ${p}`);
  if (replay) lines.push(`// replay: ${replay}`);
  lines.push(`import { createMockBackend } from "aws-db-mock";`);
  lines.push(`import { ${svc.clientName}, ${[...commands].sort().join(", ")} } from "${svc.packageName}";`);
  lines.push("");
  lines.push(`const backend = createMockBackend({ seed: ${BACKEND_SEED}, startTime: ${START_TIME}, lifecycle: "${c.lifecycle}" });`);
  for (const r of regions) lines.push(`const ${clientOf(r)} = backend.attach(new ${svc.clientName}({ region: "${r}" }));`);
  lines.push("// the fuzz world (test/fuzz/lib/seed-world.ts):");
  for (const s of world.seedLog) {
    const call = `await ${svc.clientVar}.send(new ${s.command}(${jsLiteral(s.input)}))`;
    lines.push(s.ok ? `${call};` : `${call}.catch(() => {}); // failed while seeding`);
    lines.push("backend.clock.runAll();");
  }
  lines.push("// the generated calls:");
  steps.forEach((s, i) => {
    if (s.advance !== undefined) lines.push(`backend.clock.advance(${s.advance});`);
    const call = `${clientOf(s.region)}.send(new ${s.command}(${jsLiteral(s.input)}))`;
    const outcome = result.outcomes[i]?.result ?? "?";
    if (i < failed) lines.push(outcome === "ok" ? `await ${call};` : `await ${call}.catch(() => {}); // ${outcome}`);
    else lines.push(`await ${call}; // <- ${outcome === "ok" ? "resolved" : `rejected with ${outcome}`}; see PROBLEM above`);
  });
  return lines.join("\n");
}
