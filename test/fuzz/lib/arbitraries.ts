/**
 * fast-check arbitraries of VALID inputs, built from a generated constraint table: every required
 * member, a few optional ones, strings that satisfy the model's length, pattern and enum, numbers in
 * range, short lists and maps. String, number and boolean members also draw from the dictionary of
 * real values of the seeded backend (existing resources), next to model-made values (resources that
 * do not exist). One-constraint-broken inputs are derived from these by `mutations.ts`.
 */
import fc from "fast-check";
import { compilePattern as corePattern, type ConstraintTable, type ShapeConstraint } from "../../../src/core/validation.js";
import type { Dictionary, Scalar } from "./dictionary.js";

/** Below this depth optional members are generated; required ones continue to HARD_DEPTH. */
const SOFT_DEPTH = 4;
const HARD_DEPTH = 8;
/** Expected number of optional members set in one structure. */
const OPTIONAL_PER_STRUCT = 1.5;
const MAX_ITEMS = 3;

export const ABSENT: unique symbol = Symbol("absent");

export interface GenContext {
  table: ConstraintTable;
  dict: Dictionary;
  memo: Map<string, fc.Arbitrary<unknown>>;
}

export function genContext(table: ConstraintTable, dict: Dictionary): GenContext {
  return { table, dict, memo: new Map() };
}

/** Compiles a model pattern exactly as the core does (same cache, same linear-time rewrite). */
export function compilePattern(pattern: string | undefined): RegExp | null {
  return pattern ? corePattern(pattern) : null;
}

/** Code point length, as the model counts string length. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Whether a string satisfies a string shape's length, pattern and enum. */
export function stringFits(s: string, shape: Extract<ShapeConstraint, { type: "string" }>): boolean {
  const n = codePoints(s);
  if (shape.min !== undefined && n < shape.min) return false;
  if (shape.max !== undefined && n > shape.max) return false;
  const re = compilePattern(shape.pattern);
  if (re && !re.test(s)) return false;
  if (shape.enum && shape.enum.length > 0 && !shape.enum.includes(s)) return false;
  return true;
}

/** An arbitrary of strings for a pattern: lookarounds are dropped for generation, then checked. */
function patternStrings(pattern: string): fc.Arbitrary<string> | undefined {
  const stripped = pattern.replace(/\(\?<?[!=][^()]*\)/g, "");
  for (const source of [pattern, stripped]) {
    try {
      return fc.stringMatching(new RegExp(source));
    } catch {
      /* fast-check cannot generate from this regex: try the next form */
    }
  }
  return undefined;
}

/** Keeps the values of `arb` that satisfy `ok`, when enough of them do; otherwise undefined. */
function filtered<T>(arb: fc.Arbitrary<T>, ok: (v: T) => boolean): fc.Arbitrary<T> | undefined {
  const sample = fc.sample(arb, { numRuns: 40, seed: 42 });
  const passing = sample.filter(ok).length;
  if (passing >= 8) return arb.filter(ok);
  const good = sample.filter(ok);
  return good.length > 0 ? fc.constantFrom(...good) : undefined;
}

function modelString(shape: Extract<ShapeConstraint, { type: "string" }>): fc.Arbitrary<string> {
  if (shape.enum && shape.enum.length > 0) return fc.constantFrom(...shape.enum);
  const min = shape.min ?? 0;
  const max = Math.max(min, Math.min(shape.max ?? min + 24, min + 24));
  const ok = (s: string) => stringFits(s, shape);
  const re = compilePattern(shape.pattern);
  if (re && shape.pattern) {
    const gen = patternStrings(shape.pattern);
    const fromPattern = gen && filtered(gen, ok);
    if (fromPattern) return fromPattern;
  }
  const plain = fc.string({ minLength: min, maxLength: max, unit: "grapheme-ascii" });
  return filtered(plain, ok) ?? plain; // no fitting value found: a plain string (may be rejected)
}

function withDictionary(model: fc.Arbitrary<unknown>, known: Scalar[]): fc.Arbitrary<unknown> {
  if (known.length === 0) return model;
  return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: model, weight: 2 });
}

/**
 * Known names with a short suffix (`fuzz-pg-1-x7`): well-formed like the real ones, but naming
 * resources that do not exist yet, so creates succeed and lookups miss.
 */
function variants(known: string[], fits: (s: string) => boolean): fc.Arbitrary<string> | undefined {
  if (known.length === 0) return undefined;
  const arb = fc.tuple(fc.constantFrom(...known), fc.stringMatching(/^[a-z0-9]{1,3}$/)).map(([k, sfx]) => `${k}-${sfx}`);
  return filtered(arb, fits);
}

/** Valid values of `shapeName`; `memberName` selects dictionary values. */
export function validValue(ctx: GenContext, shapeName: string, memberName: string | undefined, depth: number): fc.Arbitrary<unknown> {
  const key = `${shapeName}|${memberName ?? ""}|${Math.min(depth, HARD_DEPTH + 1)}`;
  let arb = ctx.memo.get(key);
  if (!arb) {
    // Placeholder first: recursive shapes refer to themselves lazily.
    ctx.memo.set(key, fc.constant({}));
    arb = build(ctx, shapeName, memberName, depth);
    ctx.memo.set(key, arb);
  }
  return arb;
}

function typed(known: Scalar[], type: string): Scalar[] {
  return known.filter((v) => typeof v === type);
}

function build(ctx: GenContext, shapeName: string, memberName: string | undefined, depth: number): fc.Arbitrary<unknown> {
  const shape = ctx.table.shapes[shapeName];
  if (!shape) return fc.constant("value");
  const known = ctx.dict.lookup(memberName);
  switch (shape.type) {
    case "string": {
      const fits = (v: string) => stringFits(v, shape);
      const names = typed(known, "string").filter((v) => fits(v as string)) as string[];
      const fresh = shape.enum ? undefined : variants(names.filter((n) => !n.startsWith("arn:") && n.length < 64), fits);
      const model = fresh ? fc.oneof(modelString(shape), fresh) : modelString(shape);
      return withDictionary(model, names);
    }
    case "integer":
    case "long": {
      const min = Math.max(shape.min ?? 0, -(2 ** 31));
      const max = Math.min(shape.max ?? Math.max(min, 0) + 1000, 2 ** 31 - 1);
      const nums = typed(known, "number").filter((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);
      return withDictionary(fc.integer({ min, max: Math.max(min, max) }), nums);
    }
    case "float":
    case "double": {
      const min = shape.min ?? 0;
      const max = shape.max ?? min + 1000;
      return fc.double({ min, max: Math.max(min, max), noNaN: true, noDefaultInfinity: true });
    }
    case "boolean":
      return fc.boolean();
    case "timestamp":
      return fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true });
    case "blob":
      return fc.uint8Array({ maxLength: 8 });
    case "document":
      return fc.jsonValue({ maxDepth: 2 });
    case "list": {
      if (depth >= HARD_DEPTH) return fc.constant([]);
      const minLength = shape.min ?? 0;
      const maxLength = Math.max(minLength, Math.min(shape.max ?? MAX_ITEMS, MAX_ITEMS));
      const item = validValue(ctx, shape.member, memberName, depth + 1);
      return fc.array(item, { minLength, maxLength });
    }
    case "map": {
      if (depth >= HARD_DEPTH) return fc.constant({});
      const minKeys = shape.min ?? 0;
      const maxKeys = Math.max(minKeys, Math.min(shape.max ?? MAX_ITEMS, MAX_ITEMS));
      const k = validValue(ctx, shape.key, undefined, depth + 1) as fc.Arbitrary<string>;
      return fc.dictionary(k, validValue(ctx, shape.value, undefined, depth + 1), { minKeys, maxKeys, noNullPrototype: true });
    }
    case "union": {
      const names = Object.keys(shape.members);
      if (names.length === 0 || depth >= HARD_DEPTH) return fc.constant({});
      return fc.oneof(
        ...names.map((n) => validValue(ctx, shape.members[n].target, n, depth + 1).map((v) => ({ [n]: v }))),
      );
    }
    case "structure":
      return structure(ctx, shape, depth);
    default:
      return fc.constant("value");
  }
}

function structure(ctx: GenContext, shape: Extract<ShapeConstraint, { type: "structure" }>, depth: number): fc.Arbitrary<unknown> {
  const entries = Object.entries(shape.members);
  const optional = entries.filter(([, m]) => !(m.required && m.default === undefined));
  const p = Math.min(0.5, OPTIONAL_PER_STRUCT / Math.max(1, optional.length));
  const absentWeight = Math.max(1, Math.round((1 - p) / p));
  const parts = entries.map(([name, m]) => {
    const value = validValue(ctx, m.target, name, depth + 1);
    if (m.required && m.default === undefined) return depth >= HARD_DEPTH ? fc.constant(ABSENT) : value;
    if (depth >= SOFT_DEPTH) return fc.constant(ABSENT);
    // Absent first, so shrinking removes optional members.
    return fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(ABSENT), weight: absentWeight }, { arbitrary: value, weight: 1 });
  });
  return fc.tuple(...parts).map((values) => {
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v !== ABSENT) out[entries[i][0]] = v;
    });
    return out;
  });
}

/** Valid inputs of an operation (an empty object when it takes no members). */
export function validInput(ctx: GenContext, inputShape: string | undefined): fc.Arbitrary<Record<string, unknown>> {
  if (!inputShape) return fc.constant({});
  return validValue(ctx, inputShape, undefined, 0) as fc.Arbitrary<Record<string, unknown>>;
}
