/** What kind of JavaScript value a member holds, as the checks ask it. */

/** Unicode code point count (lone surrogates count as one). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** A non-null, non-array object that is not a Date, a binary view, a Map/Set or a RegExp. */
export function isObjectLike(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return true;
  return !(
    Array.isArray(v) ||
    v instanceof Date ||
    ArrayBuffer.isView(v) ||
    v instanceof ArrayBuffer ||
    v instanceof Map ||
    v instanceof Set ||
    v instanceof RegExp
  );
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

export function isTimestamp(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  if (typeof v === "string") return ISO_8601.test(v) && !Number.isNaN(Date.parse(v.replace(",", ".")));
  return false;
}

export function isBlob(v: unknown): boolean {
  return typeof v === "string" || v instanceof Uint8Array || Object.prototype.toString.call(v) === "[object Uint8Array]";
}

/** A plain object (its own keys are all there is to walk). */
export function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
