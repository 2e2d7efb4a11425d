/**
 * Where the mock's own time goes in one call: the sections of `backend.handle()` timed one by one, on
 * the state the per-call figures use. A diagnostic for core work, so it reaches one private member
 * (`backend.context`, the handler's CallContext); when that is renamed the handler row shows "-".
 */
import { responseMetadata } from "../src/core/sdk-exceptions.js";
import { IdSource } from "../src/core/ids.js";
import { asSent } from "../src/core/input.js";
import { isFreshOutput, withResponseMetadata } from "../src/core/output.js";
import { validateInput } from "../src/core/validation.js";
import { services } from "../src/services/registry.js";
import { REGION, type ServiceCase } from "./cases.js";
import { compare, type HarnessOptions, type Task } from "./harness.js";
import type { PreparedRead } from "./scenarios.js";

export const SECTIONS = ["clock: runDue + now", "validateInput", "asSent", "handler (with its output copy)", "request id (uuid)", "$metadata (onto the output, or a copy)"] as const;

export interface Breakdown {
  total: number;
  sections: Partial<Record<(typeof SECTIONS)[number], number>>;
  /** total - the sections: async plumbing, call log, lookups. */
  rest: number;
}

export async function measureBreakdown(c: ServiceCase, prepared: PreparedRead, options: HarnessOptions): Promise<Breakdown> {
  const backend = prepared.backend as any;
  const svc = services[c.clientName];
  const operation = c.read.name.replace(/Command$/, "");
  const input = prepared.input;
  const ids = new IdSource("bench");
  const metadata = () => responseMetadata(200, "00000000-0000-4000-8000-000000000000");

  const tasks: Record<string, Task> = {
    total: () => backend.handle({ client: c.clientName, command: c.read.name, input, region: REGION, accountId: backend.accountId }),
    "clock: runDue + now": () => {
      backend.clock.runDue();
      return backend.clock.now();
    },
    validateInput: () => validateInput(svc.constraints, operation, input),
    asSent: () => asSent(svc.constraints, operation, input),
    "request id (uuid)": () => ids.uuid(),
  };
  const handler = svc.operations[operation];
  if (prepared.mode === "simulated" && handler && typeof backend.context === "function") {
    const ctx = backend.context(svc, backend.accountId, REGION);
    tasks["handler (with its output copy)"] = () => handler(input, ctx);
    // As the backend does: a fresh `toOutput` answer gets $metadata assigned, any other is copied.
    const sample = handler(input, ctx) as Record<string, unknown>;
    tasks["$metadata (onto the output, or a copy)"] = isFreshOutput(sample)
      ? () => {
          sample.$metadata = metadata();
          return sample;
        }
      : () => withResponseMetadata(sample, metadata());
  }
  const m = await compare(tasks, options);
  const sections: Breakdown["sections"] = {};
  let sum = 0;
  for (const name of SECTIONS) {
    if (!m[name]) continue;
    sections[name] = m[name].us;
    sum += m[name].us;
  }
  return { total: m.total.us, sections, rest: m.total.us - sum };
}
