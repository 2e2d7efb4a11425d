/**
 * Input matching as aws-sdk-client-mock does it with Sinon matchers: by default every member given must
 * be in the input (objects matched the same way, member by member; arrays, dates and other values
 * equal); `strict` wants the whole input deep-equal. A jest or vitest asymmetric matcher
 * (`expect.any(String)`) may stand for any value.
 */

interface Asymmetric {
  asymmetricMatch(other: unknown): boolean;
}

function isAsymmetric(value: unknown): value is Asymmetric {
  return typeof value === "object" && value !== null && typeof (value as Asymmetric).asymmetricMatch === "function";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Sinon's `match(expectation)` for objects: the expected members, recursively. */
export function matchesPartially(actual: unknown, expected: unknown): boolean {
  if (isAsymmetric(expected)) return expected.asymmetricMatch(actual);
  if (!isPlainObject(expected)) return deepEqual(actual, expected);
  if (actual === null || actual === undefined) return false;
  return Object.keys(expected).every((key) => matchesPartially((actual as Record<string, unknown>)[key], expected[key]));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (isAsymmetric(b)) return b.asymmetricMatch(a);
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    return ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether a command's input matches `input` (no input given: any command does). */
export function inputMatches(command: unknown, input: object | undefined, strict = false): boolean {
  if (input === undefined) return true;
  const actual = (command as { input?: unknown } | undefined)?.input;
  return strict ? deepEqual(actual, input) : matchesPartially(actual, input);
}
