/**
 * What a handler receives: the caller's input as the SDK would have sent it. The SDK's serializers
 * write only the members the model declares and leave out `null`/`undefined` members and list
 * entries, so AWS never sees them; the mock answers before serialization, so it drops them here
 * (otherwise a handler copying a structure would echo `{ UnknownMember: ... }` into state and
 * outputs). An input that has nothing to drop is passed as is, without a copy.
 */
import type { ConstraintTable } from "./validation.js";

const MAX_DEPTH = 64;
const hasOwn = Object.prototype.hasOwnProperty;

type Shapes = ConstraintTable["shapes"];

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date) && !ArrayBuffer.isView(value);
}

function shapeOf(shapes: Shapes, name: string | undefined) {
  return name !== undefined && hasOwn.call(shapes, name) ? shapes[name] : undefined;
}

/** Marks a member or list entry that is left out. */
const DROPPED = Symbol("dropped");

/**
 * `value` (of shape `name`; unknown shape: only nulls are dropped) as sent. Copy on write: `value`
 * itself when nothing in it is dropped (the common case costs one walk and no allocation).
 */
function clean(shapes: Shapes, name: string | undefined, value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const s = shapeOf(shapes, name);
    if (s?.type === "document") return value;
    const item = s?.type === "list" ? s.member : undefined;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      const c = v === null || v === undefined ? DROPPED : typeof v === "object" ? clean(shapes, item, v, depth + 1) : v;
      if (out === undefined && !Object.is(c, v)) out = value.slice(0, i);
      if (out !== undefined && c !== DROPPED) out.push(c);
    }
    return out ?? value;
  }
  if (!isPlain(value)) return value;
  const s = shapeOf(shapes, name);
  if (s?.type === "document") return value;
  const members = s?.type === "structure" || s?.type === "union" ? s.members : undefined;
  const keys = Object.keys(value);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = value[k];
    let c: unknown = v;
    if (v === null || v === undefined || (members && !hasOwn.call(members, k))) c = DROPPED;
    else if (typeof v === "object") c = clean(shapes, members ? members[k].target : s?.type === "map" ? s.value : undefined, v, depth + 1);
    if (out === undefined && !Object.is(c, v)) {
      out = {};
      for (let j = 0; j < i; j++) define(out, keys[j], value[keys[j]]);
    }
    if (out !== undefined && c !== DROPPED) define(out, k, c);
  }
  return out ?? value;
}

/** defineProperty: a map key or member named `__proto__` stays data, never a prototype. */
function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The input of `operation` as the SDK would send it: without `null`/`undefined` members and list
 * entries and without members the model does not declare. Returns `input` itself when nothing is dropped.
 */
export function asSent<T>(table: ConstraintTable, operation: string, input: T): T {
  const ops = table.operations;
  const shape = ops && hasOwn.call(ops, operation) ? (ops[operation] ?? undefined) : undefined;
  return clean(table.shapes ?? {}, shape, input, 0) as T;
}

/** The input without `null`/`undefined` members and list entries (no model at hand). */
export function withoutNulls<T>(input: T): T {
  return asSent({ operations: {}, shapes: {} }, "", input);
}

/**
 * JSON of an input with object keys sorted and undefined members left out: equal requests give equal
 * text whatever their key order (idempotency tokens compare requests this way).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}
