/**
 * State keeps times as epoch milliseconds (JSON-safe); outputs carry what the SDK's deserializer
 * produces: Date objects for timestamps, absent members absent. `toOutput` makes a fresh deep copy
 * (callers can never mutate state through an output) and revives the named timestamp members.
 */
export function toOutput<T = any>(value: unknown, timestampKeys: ReadonlySet<string>): T {
  return copy(value, timestampKeys, false) as T;
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
