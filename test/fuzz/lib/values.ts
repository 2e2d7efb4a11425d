/**
 * Value helpers of the harness: a copy that keeps Dates, byte arrays, bigints and own `__proto__`
 * keys; the first difference between two JSON values (to say what a failed call changed); and a
 * printer of JavaScript literals, so a failing input can be pasted into a test as it was sent.
 */
export function deepClone<T>(value: T, depth = 0): T {
  if (depth > 2000) return value;
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Uint8Array) return new Uint8Array(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepClone(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    Object.defineProperty(out, k, { value: deepClone((value as any)[k], depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/** Path and values of the first difference between two JSON-like values, or undefined if equal. */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    return `${path}: ${short(a)} -> ${short(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: ${short(a)} -> ${short(b)}`;
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const d = firstDifference((a as any)[k], (b as any)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

function short(v: unknown): string {
  if (v === undefined) return "(absent)";
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 120 ? `${s.slice(0, 120)}...` : s;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

function str(s: string): string {
  if (s.length > 64) {
    const first = String.fromCodePoint(s.codePointAt(0)!);
    const n = s.length / first.length;
    if (Number.isInteger(n) && first.repeat(n) === s) return `${JSON.stringify(first)}.repeat(${n})`;
  }
  return JSON.stringify(s);
}

/** A JavaScript expression that evaluates to `value` (compact; long repetitions folded). */
export function jsLiteral(value: unknown, depth = 0): string {
  if (depth > 400) return "undefined /* deeper than the printer goes */";
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return str(value);
    case "number":
      if (Number.isNaN(value)) return "NaN";
      if (value === Infinity) return "Infinity";
      if (value === -Infinity) return "-Infinity";
      if (Object.is(value, -0)) return "-0";
      return String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
      return String(value);
    default:
      break;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "new Date(NaN)" : `new Date(${JSON.stringify(value.toISOString())})`;
  if (value instanceof Uint8Array) return `new Uint8Array([${Array.from(value).join(", ")}])`;
  if (Array.isArray(value)) {
    if (value.length > 8) {
      const first = jsLiteral(value[0], depth + 1);
      if (value.every((v) => jsLiteral(v, depth + 1) === first)) return `Array.from({ length: ${value.length} }, () => (${first}))`;
    }
    return `[${value.map((v) => jsLiteral(v, depth + 1)).join(", ")}]`;
  }
  const entries = Object.keys(value as object).map((k) => {
    const key = k === "__proto__" ? '["__proto__"]' : IDENT.test(k) ? k : JSON.stringify(k);
    return `${key}: ${jsLiteral((value as any)[k], depth + 1)}`;
  });
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}
