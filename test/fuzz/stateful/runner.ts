/**
 * Runs one generated sequence through a real SDK client attached to a fresh backend, and checks the
 * invariants after every step:
 * - the reads agree with each other (the model's `observe`) and with the model (`compareWithModel`);
 * - a failed call changes nothing (`dump()` before and after are equal) and fails with an AWS error;
 * - a concurrent batch is explained by some serial order of its calls (same answers, same state);
 * - `load(dump())` into a fresh backend answers the same reads;
 * - timed lifecycle: running the clock to the end settles every resource where the model says.
 * The trace (answers and reads, step by step) is what "same seed, same trace" compares.
 */
import { createMockBackend, type BackendState, type MockBackend } from "../../../src/index.js";
import { cloneModel, compareWithModel } from "./compare.js";
import type { CallSpec, Lifecycle, ModelWorld, SentCall, ServiceModel, Step } from "./types.js";

/** Options of every stateful backend: a fixed seed and start, so a sequence replays exactly. */
export const STATEFUL_SEED = 1;
export const STATEFUL_START = Date.UTC(2025, 5, 1, 12, 0, 0);
export const REGION = "us-east-1";

export interface Sequence {
  lifecycle: Lifecycle;
  steps: Step[];
}

/** A step as it ran: calls with their inputs resolved and answers, advances in milliseconds. */
export type RanStep =
  | { kind: "call"; call: SentCall }
  | { kind: "batch"; calls: SentCall[]; order?: number[] }
  | { kind: "advance"; ms: number };

export interface SequenceResult {
  ran: RanStep[];
  trace: string[];
  failure?: { step: number; problems: string[] };
}

/** JSON with object keys sorted: equal data, equal text, whatever order its keys were made in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** An answer without its `$metadata` (request ids are not behaviour). */
export function answerOf(call: SentCall): string {
  if (!call.ok) return `${call.command} -> ${call.error}: ${call.message}`;
  const { $metadata: _m, ...rest } = call.output ?? {};
  return `${call.command} -> ${canonical(rest)}`;
}

function resolve(value: unknown, handles: Record<string, string>): any {
  if (Array.isArray(value)) return value.map((v) => resolve(v, handles));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    if ("$ref" in value) return handles[(value as any).$ref] ?? (value as any).fallback;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, handles)]));
  }
  return value;
}

async function send(svc: ServiceModel, client: any, command: string, input: Record<string, unknown>, bind?: string): Promise<SentCall> {
  const named = bind === undefined ? {} : { bind };
  try {
    const output = await client.send(new svc.sdk[command](structuredClone(input)));
    return { command, input, ...named, ok: true, output };
  } catch (err: any) {
    return { command, input, ...named, ok: false, error: err?.name ?? String(err), message: err?.message, ...(err?.$fault ? {} : { output: { notAws: true } }) };
  }
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  if (n === 1) return [[0]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

function stateText(backend: MockBackend): string {
  return canonical(backend.dump());
}

/** Runs sequences of one service; keeps two clients (the run's and a scratch one) across runs. */
export class SequenceRunner {
  private readonly client: any;
  private readonly scratchClient: any;

  /** `prepare` sets up each new backend (the harness's own tests plant a defect with it). */
  constructor(
    private readonly svc: ServiceModel,
    private readonly prepare?: (backend: MockBackend) => void,
  ) {
    this.client = svc.newClient(REGION);
    this.scratchClient = svc.newClient(REGION);
  }

  private backend(lifecycle: Lifecycle): MockBackend {
    const backend = createMockBackend({ seed: STATEFUL_SEED, startTime: STATEFUL_START, lifecycle, callLogLimit: 0 });
    this.prepare?.(backend);
    return backend;
  }

  async run(seq: Sequence): Promise<SequenceResult> {
    const { svc } = this;
    const backend = this.backend(seq.lifecycle);
    const scratch = this.backend(seq.lifecycle);
    backend.attach(this.client);
    scratch.attach(this.scratchClient);
    const model: ModelWorld = new Map();
    const handles: Record<string, string> = {};
    const ran: RanStep[] = [];
    const trace: string[] = [];
    for (let i = 0; i < seq.steps.length; i++) {
      const step = seq.steps[i];
      const problems: string[] = [];
      backend.clock.runDue(); // what the next call does first: the "before" state is the one it sees
      const before = backend.dump();
      const beforeText = canonical(before);
      if (step.kind === "advance") {
        const next = backend.clock.pending()[0];
        const untilDue = next ? next.at - backend.clock.now() : 0;
        const ms = "ms" in step ? step.ms : step.to === "due" ? untilDue : Math.max(0, untilDue - 1);
        backend.clock.advance(ms);
        ran.push({ kind: "advance", ms });
        trace.push(`advance ${ms}`);
      } else if (step.kind === "call") {
        const call = await send(svc, this.client, step.call.command, resolve(step.call.input, handles), step.call.bind);
        ran.push({ kind: "call", call });
        trace.push(answerOf(call));
        problems.push(...this.failedCallProblems(call, beforeText, backend));
        problems.push(...svc.apply(model, call));
        if (call.ok) svc.bind?.(call, handles);
      } else {
        const inputs = step.calls.map((c: CallSpec) => resolve(c.input, handles));
        const calls = await Promise.all(step.calls.map((c, j) => send(svc, this.client, c.command, inputs[j], c.bind)));
        const order = await this.explain(scratch, before, calls, stateText(backend));
        ran.push({ kind: "batch", calls, order });
        trace.push(`batch ${calls.map(answerOf).join(" | ")}`);
        for (const c of calls) if (c.output?.notAws) problems.push(`${c.command} failed with ${c.error}, not an AWS error: ${c.message}`);
        if (!order) problems.push("no serial order of the batch's calls gives the same answers and the same state");
        for (const j of order ?? calls.map((_, k) => k)) {
          problems.push(...svc.apply(model, calls[j]));
          if (calls[j].ok) svc.bind?.(calls[j], handles);
        }
      }
      problems.push(...(await this.invariants(seq.lifecycle, backend, scratch, model, handles, trace)));
      if (problems.length > 0) return { ran, trace, failure: { step: i, problems } };
    }
    return { ran, trace };
  }

  private failedCallProblems(call: SentCall, beforeText: string, backend: MockBackend): string[] {
    if (call.ok) return [];
    const problems: string[] = [];
    if (call.output?.notAws) problems.push(`${call.command} failed with ${call.error}, not an AWS error: ${call.message}`);
    if (stateText(backend) !== beforeText) problems.push(`${call.command} failed (${call.error}) but changed the backend's state (dump() differs)`);
    return problems;
  }

  /** The order (indexes into `calls`) in which a serial replay from `before` gives the same answers and state. */
  private async explain(scratch: MockBackend, before: BackendState, calls: SentCall[], after: string): Promise<number[] | undefined> {
    for (const order of permutations(calls.length)) {
      scratch.load(before);
      const answers: SentCall[] = [];
      for (const j of order) answers[j] = await send(this.svc, this.scratchClient, calls[j].command, calls[j].input, calls[j].bind);
      if (answers.every((a, j) => answerOf(a) === answerOf(calls[j])) && stateText(scratch) === after) return order;
    }
    return undefined;
  }

  private async invariants(lifecycle: Lifecycle, backend: MockBackend, scratch: MockBackend, model: ModelWorld, handles: Record<string, string>, trace: string[]): Promise<string[]> {
    const seen = await this.svc.observe(this.client, handles);
    const problems = [...seen.problems, ...compareWithModel(model, seen.view, lifecycle)];
    const reads = canonical(seen.view) + canonical(seen.raw);
    trace.push(`reads ${reads}`);
    scratch.load(backend.dump());
    const loaded = await this.svc.observe(this.scratchClient, handles);
    if (canonical(loaded.view) + canonical(loaded.raw) !== reads) problems.push(`load(dump()) into a fresh backend answers other reads: ${firstDiff(seen.raw, loaded.raw)}`);
    if (lifecycle === "timed") {
      scratch.clock.runAll();
      const settled = await this.svc.observe(this.scratchClient, handles);
      for (const p of [...settled.problems, ...compareWithModel(cloneModel(model), settled.view, "settled")]) problems.push(`once the clock ran every pending transition: ${p}`);
    }
    return problems;
  }
}

function firstDiff(a: any, b: any, path = "reads"): string {
  if (canonical(a) === canonical(b)) return `${path} equal`;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (canonical(a[k]) !== canonical(b[k])) return firstDiff(a[k], b[k], `${path}.${k}`);
  }
  return `${path}: ${canonical(a)} vs ${canonical(b)}`;
}
