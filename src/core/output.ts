/**
 * State keeps times as epoch milliseconds (JSON-safe); outputs carry what the SDK's deserializer
 * produces: Date objects for timestamps, absent members absent. `toOutput` makes a fresh deep copy
 * (callers can never mutate state through an output) and revives the named timestamp members.
 */
export function toOutput<T = any>(value: unknown, timestampKeys: ReadonlySet<string>): T {
  const out = copy(value, timestampKeys, false);
  lastOutput = out;
  return out as T;
}

/**
 * The newest `toOutput` result, so the backend can tell that a handler returned a copy that it just
 * made (and that nobody else holds) without copying it once more to add `$metadata`. So a handler
 * must not keep the `toOutput` result it returns (in state or a cache): it becomes the caller's.
 */
let lastOutput: unknown;

/** Called by the backend right before a handler runs. */
export function forgetFreshOutput(): void {
  lastOutput = undefined;
}

/** Whether `value` is the newest `toOutput` result made since `forgetFreshOutput()`; forgets it either way. */
export function isFreshOutput(value: unknown): boolean {
  const fresh = value === lastOutput && typeof value === "object" && value !== null && !Array.isArray(value);
  lastOutput = undefined;
  return fresh;
}

function copy(value: unknown, keys: ReadonlySet<string>, isTimestamp: boolean): unknown {
  if (value === null || value === undefined) return undefined;
  if (isTimestamp && typeof value === "number") return new Date(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const c = copy(item, keys, isTimestamp);
      if (c !== undefined) out.push(c);
    }
    return out;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k in value as Record<string, unknown>) {
      const c = copy((value as Record<string, unknown>)[k], keys, keys.has(k));
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return value;
}

/**
 * A copy of `record` without its undefined members. Built fresh rather than with `delete`, which
 * would leave the record in V8's slow dictionary mode for every later read and copy.
 */
export function definedMembers<T extends object>(record: T): T {
  const out = {} as T;
  for (const key in record) if (record[key] !== undefined) out[key] = record[key];
  return out;
}
