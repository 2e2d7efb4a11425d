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

/** Whether `value` (of shape `name`; unknown shape: only nulls count) has anything to drop. */
function needsCleaning(shapes: Shapes, name: string | undefined, value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null || value instanceof Date || ArrayBuffer.isView(value)) return false;
  const s = shapeOf(shapes, name);
  if (s?.type === "document") return false;
  if (Array.isArray(value)) {
    const item = s?.type === "list" ? s.member : undefined;
    return value.some((v) => v === null || v === undefined || needsCleaning(shapes, item, v, depth + 1));
  }
  const members = s?.type === "structure" || s?.type === "union" ? s.members : undefined;
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v === null || v === undefined) return true;
    if (members && !hasOwn.call(members, k)) return true;
    const target = members ? members[k].target : s?.type === "map" ? s.value : undefined;
    if (needsCleaning(shapes, target, v, depth + 1)) return true;
  }
  return false;
}

function clean(shapes: Shapes, name: string | undefined, value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null || value instanceof Date || ArrayBuffer.isView(value)) return value;
  const s = shapeOf(shapes, name);
  if (s?.type === "document") return value;
  if (Array.isArray(value)) {
    const item = s?.type === "list" ? s.member : undefined;
    return value.filter((v) => v !== null && v !== undefined).map((v) => clean(shapes, item, v, depth + 1));
  }
  if (!isPlain(value)) return value;
  const members = s?.type === "structure" || s?.type === "union" ? s.members : undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (v === null || v === undefined || (members && !hasOwn.call(members, k))) continue;
    const target = members ? members[k].target : s?.type === "map" ? s.value : undefined;
    // defineProperty: a map key or member named `__proto__` stays data, never a prototype.
    Object.defineProperty(out, k, { value: clean(shapes, target, v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The input of `operation` as the SDK would send it: without `null`/`undefined` members and list
 * entries and without members the model does not declare. Returns `input` itself when nothing is dropped.
 */
export function asSent<T>(table: ConstraintTable, operation: string, input: T): T {
  const ops = table.operations;
  const shape = ops && hasOwn.call(ops, operation) ? (ops[operation] ?? undefined) : undefined;
  const shapes = table.shapes ?? {};
  return needsCleaning(shapes, shape, input, 0) ? (clean(shapes, shape, input, 0) as T) : input;
}

/** The input without `null`/`undefined` members and list entries (no model at hand). */
export function withoutNulls<T>(input: T): T {
  return asSent({ operations: {}, shapes: {} }, "", input);
}
