/**
 * One broken constraint at a time. A mutation plan (kind, which location, which variant) is applied
 * to a copy of a valid input: the locations are every model member of every structure in the input
 * (present or not), list items and map values. `definite` says whether the model itself forbids the
 * result, so the mock MUST answer with its validation error; the other mutations (unknown members,
 * unicode where any string is allowed, ...) only have to be answered without crashing.
 */
import fc from "fast-check";
import type { ConstraintTable, ShapeConstraint } from "../../../src/core/validation.js";
import { codePoints, compilePattern, stringFits } from "./arbitraries.js";
import { deepClone } from "./values.js";

export const MUTATION_KINDS = [
  "missingRequired",
  "tooLong",
  "tooShort",
  "outOfRange",
  "badEnum",
  "badPattern",
  "wrongType",
  "nullValue",
  "emptyString",
  "veryLongString",
  "unicode",
  "specialNumber",
  "deepNesting",
  "hugeList",
  "unknownMember",
  "oddMapKey",
  "prototypeName",
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface MutationPlan {
  kind: MutationKind;
  at: number;
  variant: number;
}

export interface Mutated {
  input: Record<string, unknown>;
  /** What was broken, e.g. `tooLong at identifier`. */
  note: string;
  /** The model forbids the result: the call must fail with the service's validation error. */
  definite: boolean;
}

export const mutationPlan: fc.Arbitrary<MutationPlan> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  at: fc.nat({ max: 1000 }),
  variant: fc.nat({ max: 1000 }),
});

interface Loc {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  shape: ShapeConstraint | undefined;
  required: boolean;
  present: boolean;
  path: string;
}

const UNICODE = ["\u00e9t\u00e9", "e\u0301", "\u{1F984}\u{1F680}", "\u05e9\u05dc\u05d5\u05dd", "\u0000nul", "\ud800", "\u200b", "\ufeffbom", "a\nb", "\u65e5\u672c\u8a9e"];
const UNKNOWN_NAMES = ["UnknownMember", "__proto__", "constructor", "toString", "hasOwnProperty", "nested"];
const PATTERN_BREAKERS = [" ", "#", "\u0000", "\u00e9", "!", "..", "--", "A", "/", ":"];

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

function collect(table: ConstraintTable, shapeName: string, value: unknown, path: string, locs: Loc[], structs: { obj: Record<string, unknown>; path: string }[], depth: number): void {
  const shape = table.shapes[shapeName];
  if (!shape || depth > 10) return;
  if ((shape.type === "structure" || shape.type === "union") && isObj(value)) {
    structs.push({ obj: value, path });
    for (const [name, m] of Object.entries(shape.members)) {
      const present = value[name] !== undefined && value[name] !== null;
      const required = shape.type === "structure" && m.required === true && m.default === undefined;
      // In a union only the member that is set may be changed (setting another breaks "exactly one").
      if (shape.type === "union" && !present) continue;
      locs.push({ holder: value, key: name, shape: table.shapes[m.target], required, present, path: join(path, name) });
      if (present) collect(table, m.target, value[name], join(path, name), locs, structs, depth + 1);
    }
  } else if (shape.type === "list" && Array.isArray(value)) {
    value.forEach((item, i) => {
      locs.push({ holder: value, key: i, shape: table.shapes[shape.member], required: false, present: true, path: join(path, i) });
      collect(table, shape.member, item, join(path, i), locs, structs, depth + 1);
    });
  } else if (shape.type === "map" && isObj(value)) {
    for (const k of Object.keys(value)) {
      locs.push({ holder: value, key: k, shape: table.shapes[shape.value], required: false, present: true, path: join(path, k) });
      collect(table, shape.value, value[k], join(path, k), locs, structs, depth + 1);
    }
  }
}

type StringShape = Extract<ShapeConstraint, { type: "string" }>;
const isString = (l: Loc): l is Loc & { shape: StringShape } => l.shape?.type === "string";
const isNumber = (l: Loc) => ["integer", "long", "float", "double"].includes(l.shape?.type ?? "");

const APPLIES: Record<MutationKind, (l: Loc) => boolean> = {
  missingRequired: (l) => l.required && l.present,
  tooLong: (l) => isString(l) && l.shape.max !== undefined && l.shape.max < 200_000,
  tooShort: (l) => isString(l) && (l.shape.min ?? 0) >= 1,
  outOfRange: (l) => isNumber(l) && ((l.shape as any).min !== undefined || (l.shape as any).max !== undefined),
  badEnum: (l) => isString(l) && (l.shape.enum?.length ?? 0) > 0,
  badPattern: (l) => isString(l) && compilePattern(l.shape.pattern) !== null,
  wrongType: (l) => l.shape !== undefined && l.shape.type !== "document",
  nullValue: () => true,
  emptyString: isString,
  veryLongString: isString,
  unicode: isString,
  specialNumber: isNumber,
  deepNesting: (l) => l.shape !== undefined && l.shape.type !== "document",
  hugeList: (l) => l.shape?.type === "list" && Array.isArray(l.holder[l.key as never]) && (l.holder[l.key as never] as unknown[]).length > 0,
  unknownMember: () => false, // applies to structures, handled separately
  oddMapKey: (l) => l.shape?.type === "map",
  prototypeName: isString,
};

function set(l: Loc, value: unknown): void {
  (l.holder as any)[l.key] = value;
}

function current(l: Loc): unknown {
  return (l.holder as any)[l.key];
}

function nested(depth: number, asArray: boolean): unknown {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { nested: v };
  return v;
}

function wrongValueFor(shape: ShapeConstraint, variant: number): unknown {
  const pick = <T>(xs: T[]): T => xs[variant % xs.length];
  switch (shape.type) {
    case "string":
      return pick<unknown>([42, true, {}, ["a"], 10n, new Date(0)]);
    case "integer":
    case "long":
      return pick<unknown>(["1", true, {}, [1], 1.5, 10n]);
    case "float":
    case "double":
      return pick<unknown>(["1.5", true, {}, [1], 10n]);
    case "boolean":
      return pick<unknown>(["true", 0, 1, {}, []]);
    case "timestamp":
      return pick<unknown>(["not-a-date", true, {}, [], new Date(Number.NaN)]);
    case "blob":
      return pick<unknown>([42, true, {}, [1]]);
    case "list":
      return pick<unknown>(["a", 42, { 0: "a" }, true]);
    case "map":
      return pick<unknown>(["a", 42, [["k", "v"]], true]);
    default:
      return pick<unknown>(["a", 42, [], true]);
  }
}

function breakLength(l: Loc & { shape: StringShape }, longer: boolean): string {
  const base = typeof current(l) === "string" && current(l) !== "" ? (current(l) as string) : "a";
  const chars = [...base];
  if (longer) {
    const target = l.shape.max! + 1;
    const fill = chars[chars.length - 1];
    while (chars.length < target) chars.push(fill);
    return chars.slice(0, target).join("");
  }
  return chars.slice(0, Math.max(0, l.shape.min! - 1)).join("");
}

/** Applies a plan to a copy of `valid`; the copy is returned with a note and whether it must fail. */
export function applyMutation(table: ConstraintTable, inputShape: string | undefined, valid: Record<string, unknown>, plan: MutationPlan): Mutated {
  const input = deepClone(valid) as Record<string, unknown>;
  const locs: Loc[] = [];
  const structs: { obj: Record<string, unknown>; path: string }[] = [{ obj: input, path: "" }];
  if (inputShape) {
    structs.length = 0;
    collect(table, inputShape, input, "", locs, structs, 0);
  }
  const candidates = locs.filter(APPLIES[plan.kind]);
  if (plan.kind === "unknownMember" || candidates.length === 0) {
    const s = structs[plan.at % structs.length];
    const name = UNKNOWN_NAMES[plan.variant % UNKNOWN_NAMES.length];
    Object.defineProperty(s.obj, name, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    return { input, note: `unknown member ${join(s.path, name)}`, definite: false };
  }
  const l = candidates[plan.at % candidates.length];
  const shape = l.shape!;
  const note = (what: string) => `${plan.kind} at ${l.path || "(input)"}: ${what}`;
  const v = plan.variant;
  switch (plan.kind) {
    case "missingRequired":
      delete (l.holder as any)[l.key];
      return { input, note: note("removed"), definite: true };
    case "tooLong":
    case "tooShort": {
      const s = breakLength(l as Loc & { shape: StringShape }, plan.kind === "tooLong");
      set(l, s);
      return { input, note: note(`length ${codePoints(s)}`), definite: true };
    }
    case "outOfRange": {
      const { min, max } = shape as { min?: number; max?: number };
      const useMax = max !== undefined && (min === undefined || v % 2 === 0);
      const value = useMax ? max! + 1 : min! - 1;
      set(l, value);
      return { input, note: note(String(value)), definite: true };
    }
    case "badEnum": {
      const s = shape as StringShape;
      const value = [`${s.enum![0]}_NOT`, s.enum![0].toLowerCase() === s.enum![0] ? s.enum![0].toUpperCase() : s.enum![0].toLowerCase(), "not-an-enum-value"][v % 3];
      set(l, value);
      return { input, note: note(JSON.stringify(value)), definite: !s.enum!.includes(value) };
    }
    case "badPattern": {
      const s = shape as StringShape;
      const base = typeof current(l) === "string" ? (current(l) as string) : "a";
      const chars = [...base];
      const pos = chars.length === 0 ? 0 : v % (chars.length + 1);
      chars.splice(pos, 0, PATTERN_BREAKERS[v % PATTERN_BREAKERS.length]);
      const value = chars.join("");
      set(l, value);
      return { input, note: note(JSON.stringify(value)), definite: !compilePattern(s.pattern)!.test(value) };
    }
    case "wrongType": {
      const value = wrongValueFor(shape, v);
      set(l, value);
      return { input, note: note(typeof value === "bigint" ? "bigint" : JSON.stringify(value) ?? String(value)), definite: true };
    }
    case "nullValue":
      set(l, null);
      return { input, note: note("null"), definite: l.required };
    case "emptyString":
    case "veryLongString":
    case "unicode": {
      const value =
        plan.kind === "emptyString"
          ? ""
          : plan.kind === "veryLongString"
            ? v % 2 === 0
              ? "a".repeat(100_001)
              : "\u{1F984}".repeat(40_000)
            : UNICODE[v % UNICODE.length];
      set(l, value);
      const what = value.length > 40 ? `${value.length} UTF-16 units` : JSON.stringify(value);
      return { input, note: note(what), definite: !stringFits(value, shape as StringShape) };
    }
    case "specialNumber": {
      const isInt = shape.type === "integer" || shape.type === "long";
      const options = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 53, -1, 1.5, Number.MAX_VALUE];
      const value = options[v % options.length];
      set(l, value);
      const { min, max } = shape as { min?: number; max?: number };
      const definite =
        !Number.isFinite(value) ||
        (isInt && !Number.isInteger(value)) ||
        (min !== undefined && value < min) ||
        (max !== undefined && value > max);
      return { input, note: note(String(Object.is(value, -0) ? "-0" : value)), definite };
    }
    case "deepNesting": {
      const asArray = v % 2 === 1;
      set(l, nested(300, asArray));
      const scalar = !["structure", "union", "list", "map", "document"].includes(shape.type);
      const definite = scalar || shape.type === "union" || (asArray ? shape.type !== "list" : shape.type === "list");
      return { input, note: note(`${asArray ? "array" : "object"} nested 300 deep`), definite };
    }
    case "hugeList": {
      const list = current(l) as unknown[];
      const count = 1000 + (v % 2) * 1000;
      set(l, Array.from({ length: count }, () => deepClone(list[0])));
      const max = (shape as { max?: number }).max;
      return { input, note: note(`${count} items`), definite: max !== undefined && max < count };
    }
    case "prototypeName": {
      // Names of Object.prototype members: a lookup `records[name]` finds them unless it checks own keys.
      const value = ["__proto__", "constructor", "toString", "prototype", "hasOwnProperty", "valueOf"][v % 6];
      set(l, value);
      return { input, note: note(JSON.stringify(value)), definite: !stringFits(value, shape as StringShape) };
    }
    case "oddMapKey": {
      // Keys that are also Object.prototype names: a handler using `obj[key] = v` or Object.assign mangles them.
      const map = { ...((current(l) as Record<string, unknown>) ?? {}) };
      const key = ["__proto__", "constructor", "toString", "hasOwnProperty"][v % 4];
      const sample = Object.values(map)[0] ?? "v";
      Object.defineProperty(map, key, { value: sample, enumerable: true, writable: true, configurable: true });
      set(l, map);
      return { input, note: note(`map key ${JSON.stringify(key)}`), definite: false };
    }
    default:
      return { input, note: note("unchanged"), definite: false };
  }
}
