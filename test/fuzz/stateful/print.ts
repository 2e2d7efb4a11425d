/**
 * Prints a (shrunk) failing sequence as a program a developer can paste: the backend the runner made,
 * every call as it was sent (identifiers are the ones the seeded backend generates, so they replay),
 * earlier failures tolerated as they happened, batches as `Promise.all`, clock advances, and the
 * problems found after the last step.
 */
import { jsLiteral } from "../lib/values.js";
import { REGION, STATEFUL_SEED, STATEFUL_START, type Sequence, type SequenceResult } from "./runner.js";
import type { SentCall, ServiceModel } from "./types.js";

function callText(svc: ServiceModel, c: SentCall): string {
  const call = `${svc.clientVar}.send(new ${c.command}(${jsLiteral(c.input)}))`;
  return c.ok ? call : `${call}.catch(() => {}) /* ${c.error} */`;
}

export function formatSequence(svc: ServiceModel, seq: Sequence, result: SequenceResult, replay?: string): string {
  const failed = result.failure?.step ?? result.ran.length - 1;
  const ran = result.ran.slice(0, failed + 1);
  const commands = new Set<string>();
  for (const s of ran) for (const c of s.kind === "call" ? [s.call] : s.kind === "batch" ? s.calls : []) commands.add(c.command);
  const lines: string[] = [];
  lines.push(`// aws-db-mock stateful fuzz: ${svc.key}, ${seq.lifecycle} lifecycle, ${ran.length} steps; the reads after the last one break an invariant`);
  for (const p of result.failure?.problems ?? []) lines.push(`//   PROBLEM: ${p}`);
  if (replay) lines.push(`// replay: ${replay}`);
  lines.push(`import { createMockBackend } from "aws-db-mock";`);
  lines.push(`import { ${svc.clientName}, ${[...commands].sort().join(", ")} } from "${svc.packageName}";`);
  lines.push("");
  lines.push(`const backend = createMockBackend({ seed: ${STATEFUL_SEED}, startTime: ${STATEFUL_START}, lifecycle: "${seq.lifecycle}" });`);
  lines.push(`const ${svc.clientVar} = backend.attach(new ${svc.clientName}({ region: "${REGION}" }));`);
  for (const s of ran) {
    if (s.kind === "advance") lines.push(`backend.clock.advance(${s.ms});`);
    else if (s.kind === "call") lines.push(`await ${callText(svc, s.call)};`);
    else {
      const order = s.order ? ` // took effect in the order ${s.order.map((j) => j + 1).join(", ")}` : " // no serial order explains it";
      lines.push(`await Promise.all([${order}`);
      for (const c of s.calls) lines.push(`  ${callText(svc, c)},`);
      lines.push("]);");
    }
  }
  lines.push("// <- now read the state back (Describe/Get/List, ListTagsForResource): see PROBLEM above");
  return lines.join("\n");
}
