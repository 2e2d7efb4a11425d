/**
 * A generated case: which lifecycle backend, then up to two calls of any simulated command (to vary
 * the state: deletes, updates, stops) and the call of the command under test. Each call is a valid
 * input or a valid input with one constraint broken, sent in the primary or the secondary Region,
 * optionally after moving the clock (timed lifecycle: resources caught mid-transition).
 */
import fc from "fast-check";
import { validInput } from "./arbitraries.js";
import type { FuzzEnv, Lifecycle } from "./env.js";
import { PRIMARY_REGION, SECONDARY_REGION } from "./env.js";
import { inputShapeOf, operationOf } from "./model.js";
import { applyMutation, mutationPlan } from "./mutations.js";
import { deepClone } from "./values.js";

export interface FuzzStep {
  command: string;
  input: Record<string, unknown>;
  /** What was broken, or `valid`. */
  note: string;
  /** The model forbids the input: the call must fail validation. */
  definite: boolean;
  region: string;
  /** Clock advance before the call (ms). */
  advance?: number;
}

export interface FuzzCase {
  lifecycle: Lifecycle;
  steps: FuzzStep[];
}

const ADVANCES = [1_000, 60_000, 10 * 60_000, 3 * 3_600_000];

/**
 * Valid inputs: generated from the model, or (for commands the seeding used) a seeding input with up
 * to two members swapped for generated ones, which gets past the service's prose rules far more often.
 */
function baseInput(env: FuzzEnv, command: string, shape: string | undefined): fc.Arbitrary<Record<string, unknown>> {
  const generated = validInput(env.gen, shape);
  const templates = env.worlds.instant.seedLog.filter((s) => s.ok && s.command === command).map((s) => s.input);
  const struct = shape ? env.svc.table.shapes[shape] : undefined;
  if (templates.length === 0 || struct?.type !== "structure") return generated;
  const names = Object.keys(struct.members);
  const fromTemplate = fc
    .tuple(fc.constantFrom(...templates), generated, fc.uniqueArray(fc.constantFrom(...names), { maxLength: 2 }), fc.option(fc.nat({ max: 99 })))
    .map(([template, g, swapped, suffix]) => {
      const out = deepClone(template);
      // A new name for what the template creates (`DBClusterIdentifier`, `clusterName`, ...), so it can succeed again.
      if (suffix !== null) {
        for (const k of Object.keys(out)) if (/(Identifier|Name)$/.test(k) && typeof out[k] === "string") out[k] = `${out[k]}-${suffix}`;
      }
      for (const k of swapped) {
        if (g[k] === undefined) delete out[k];
        else out[k] = g[k];
      }
      return out;
    });
  return fc.oneof({ withCrossShrink: true }, fromTemplate, generated);
}

function stepArbitrary(env: FuzzEnv, command: string, brokenWeight: number): fc.Arbitrary<FuzzStep> {
  const shape = inputShapeOf(env.svc, operationOf(command));
  const plan = fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(null), weight: 5 - brokenWeight }, { arbitrary: mutationPlan, weight: brokenWeight });
  const region = fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(PRIMARY_REGION), weight: 9 }, { arbitrary: fc.constant(SECONDARY_REGION), weight: 1 });
  const advance = fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constantFrom(...ADVANCES), weight: 1 });
  return fc.tuple(baseInput(env, command, shape), plan, region, advance).map(([valid, p, r, adv]) => {
    const step: FuzzStep = { command, input: valid, note: "valid", definite: false, region: r };
    if (p) {
      const m = applyMutation(env.svc.table, shape, valid, p);
      Object.assign(step, { input: m.input, note: m.note, definite: m.definite });
    }
    if (adv !== undefined) step.advance = adv;
    return step;
  });
}

const stepCache = new WeakMap<FuzzEnv, Map<string, fc.Arbitrary<FuzzStep>>>();

function cachedStep(env: FuzzEnv, command: string, brokenWeight: number): fc.Arbitrary<FuzzStep> {
  let m = stepCache.get(env);
  if (!m) stepCache.set(env, (m = new Map()));
  const key = `${command}/${brokenWeight}`;
  let arb = m.get(key);
  if (!arb) m.set(key, (arb = stepArbitrary(env, command, brokenWeight)));
  return arb;
}

/** Cases whose last call is `command` (broken in 3 of 5 cases); earlier calls are mostly valid. */
export function caseArbitrary(env: FuzzEnv, command: string): fc.Arbitrary<FuzzCase> {
  const others = env.svc.commands.filter((c) => env.simulated(operationOf(c)));
  const prefixStep = others.length > 0 ? fc.oneof(...others.map((c) => cachedStep(env, c, 1))) : undefined;
  const prefix = prefixStep ? fc.array(prefixStep, { maxLength: 2 }) : fc.constant([] as FuzzStep[]);
  const lifecycle = fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant<Lifecycle>("instant"), weight: 3 }, { arbitrary: fc.constant<Lifecycle>("timed"), weight: 1 });
  return fc
    .tuple(lifecycle, prefix, cachedStep(env, command, 3))
    .map(([lc, pre, last]) => ({ lifecycle: lc, steps: [...pre, last] }));
}
