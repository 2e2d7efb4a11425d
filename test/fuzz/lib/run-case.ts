/**
 * Runs one generated case against its seeded backend and checks every call: the outcome (see
 * `oracle.ts`), that a failed call changed nothing in `dump()`, that a successful one left state
 * JSON-safe and handed out a copy (scribbling on the output changes nothing), that the mock never
 * writes into the caller's input, and that the answer is the very object the SDK's own deserializer
 * builds from it on the wire (`cross-check.ts`).
 */
import type { BackendState, MockBackend } from "../../../src/index.js";
import type { FuzzCase, FuzzStep } from "./cases.js";
import type { FuzzEnv } from "./env.js";
import { crossCheckProblems } from "./cross-check.js";
import { sdkSerializerRefusal } from "./sdk-deserialize.js";
import { operationOf } from "./model.js";
import { describeError, errorProblems, jsonSafetyProblems, pollution, scribble, successProblems } from "./oracle.js";
import { deepClone, firstDifference, jsLiteral } from "./values.js";

export interface StepOutcome {
  /** `ok`, or the error name. */
  result: string;
  problems: string[];
  /** The answer without its request id: the output, or the error's name and message (replays compare it). */
  digest?: string;
}

function digestOf(value: unknown): string {
  try {
    return JSON.stringify(value, (k, v) => (k === "$metadata" || k === "requestId" ? undefined : typeof v === "bigint" ? String(v) : v));
  } catch {
    return String(value);
  }
}

export interface CaseResult {
  ok: boolean;
  calls: number;
  outcomes: StepOutcome[];
  /** Index of the step that broke a property. */
  failedStep?: number;
}

function liveState(env: FuzzEnv, backend: unknown): unknown {
  return (backend as any).worlds?.state?.[env.svc.key];
}

/**
 * Everything `dump()` is made of, as one string: ~7x cheaper than `dump()` (which also filters out
 * untouched worlds). Equal fingerprints mean equal dumps; when they differ, `dumpDifference` decides
 * with the real `dump()` of both states.
 */
function fingerprint(backend: MockBackend): string {
  const b = backend as any;
  if (typeof b.worlds?.state !== "object" || typeof b.resourceIds?.getState !== "function") {
    throw new Error("fuzz harness: MockBackend internals changed; update fingerprint() in test/fuzz/lib/run-case.ts");
  }
  return JSON.stringify({ version: 1, clock: backend.clock.dump(), ids: { resources: b.resourceIds.getState() }, worlds: b.worlds.state });
}

function dumpDifference(backend: MockBackend, before: string, after: string): string | undefined {
  if (before === after) return undefined;
  backend.load(JSON.parse(before) as BackendState);
  const dumpBefore = backend.dump();
  backend.load(JSON.parse(after) as BackendState);
  return firstDifference(dumpBefore, backend.dump());
}

async function runStep(env: FuzzEnv, c: FuzzCase, step: FuzzStep): Promise<StepOutcome> {
  const world = env.worlds[c.lifecycle];
  const { backend } = world;
  const op = operationOf(step.command);
  const simulated = env.simulated(op);
  try {
    if (step.advance !== undefined) backend.clock.advance(step.advance);
    backend.clock.runDue(); // settle what the call would settle first, so `before` is comparable
  } catch (err) {
    return { result: "clock", problems: [`settling a transition on the clock threw: ${describeError(err)}`] };
  }
  const before = fingerprint(backend);
  const input = deepClone(step.input);
  const sentLiteral = jsLiteral(input);
  let out: unknown;
  let error: unknown;
  let failed = false;
  try {
    out = await world.clients[step.region].send(new env.svc.sdk[step.command](input));
  } catch (e) {
    failed = true;
    error = e;
  }
  const problems: string[] = [];
  // What the SDK's own serializer refuses before sending, the mock must refuse the same way.
  const refusal = await sdkSerializerRefusal(env.svc, op, deepClone(step.input));
  const polluted = pollution();
  if (polluted.length > 0) problems.push(`the call polluted global prototypes: ${polluted.join(", ")}`);
  if (jsLiteral(input) !== sentLiteral) problems.push("the mock modified the caller's input object");
  if (failed) {
    problems.push(...errorProblems(env.svc, op, simulated, error, step.definite, refusal));
    if (problems.length === 0) problems.push(...(await crossCheckProblems(env.svc, op, step.command, { error })));
    const diff = dumpDifference(backend, before, fingerprint(backend));
    if (diff) problems.push(`the failed call changed state: ${diff}`);
    const e = error as any;
    return { result: e?.name ?? "thrown", problems, digest: `${e?.name}: ${e?.message}` };
  }
  if (refusal) problems.push(`the SDK's serializer refuses this input before sending (${refusal.name}: ${refusal.message}), the mock resolved`);
  const digest = digestOf(out);
  problems.push(...successProblems(env.svc, op, simulated, out, step.definite));
  if (problems.length === 0) problems.push(...(await crossCheckProblems(env.svc, op, step.command, { output: out })));
  problems.push(...jsonSafetyProblems(liveState(env, backend)).map((p) => `state is not JSON data: ${p}`));
  if (problems.length === 0 && READ_ONLY.test(op)) {
    const diff = dumpDifference(backend, before, fingerprint(backend));
    if (diff) problems.push(`a read (${op}) changed state: ${diff}`);
  }
  if (problems.length === 0) {
    const after = fingerprint(backend);
    scribble(out);
    const diff = dumpDifference(backend, after, fingerprint(backend));
    if (diff) problems.push(`changing the output changed state (outputs must be copies): ${diff}`);
  }
  return { result: "ok", problems, digest };
}

/** Operations that only read: a successful one must leave `dump()` as it was. */
const READ_ONLY = /^(Describe|List|Get)/;

/** Cases of one environment run one at a time (vitest `--sequence.concurrent` runs tests at once). */
const queues = new WeakMap<FuzzEnv, Promise<unknown>>();

export function runCase(env: FuzzEnv, c: FuzzCase): Promise<CaseResult> {
  const previous = queues.get(env) ?? Promise.resolve();
  const next = previous.then(
    () => runCaseNow(env, c),
    () => runCaseNow(env, c),
  );
  queues.set(env, next);
  return next;
}

async function runCaseNow(env: FuzzEnv, c: FuzzCase): Promise<CaseResult> {
  const world = env.worlds[c.lifecycle];
  world.backend.load(world.start);
  const outcomes: StepOutcome[] = [];
  for (let i = 0; i < c.steps.length; i++) {
    const outcome = await runStep(env, c, c.steps[i]);
    outcomes.push(outcome);
    if (outcome.problems.length > 0) return { ok: false, calls: i + 1, outcomes, failedStep: i };
  }
  return { ok: true, calls: c.steps.length, outcomes };
}
