/**
 * Tags: the documented rules (key 1-128 and value 0-256 characters, no `aws:` or `rds:` prefix, letters,
 * digits, white space and `_ . : / = + - @`) and at most 50 per resource. The tagging operations are
 * tagging/operations.ts.
 */
import type { Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { M } from "../messages/index.js";

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const RESERVED_PREFIX = /^(aws|rds):/i;
export const MAX_TAGS = 50;

function length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Checks a tag list (the documented rules) and returns a fresh copy with duplicates merged, last wins. */
export function checkTags(tags: readonly Tag[] | undefined): Tag[] {
  if (!tags) return [];
  const out = new Map<string, string | undefined>();
  for (const tag of tags) {
    const key = tag?.Key;
    if (typeof key !== "string" || key.length === 0) fail("InvalidParameterValue", M.tagKey(String(key ?? ""), "a tag must have a Key of 1 to 128 characters"));
    if (length(key) > 128) fail("InvalidParameterValue", M.tagKey(key, "it must be at most 128 characters"));
    if (RESERVED_PREFIX.test(key)) fail("InvalidParameterValue", M.tagKey(key, 'it must not begin with "aws:" or "rds:"'));
    if (!TAG_CHARS.test(key)) fail("InvalidParameterValue", M.tagKey(key, "it may contain only letters, digits, white space and _ . : / = + - @"));
    const value = tag.Value;
    if (value !== undefined && value !== null) {
      // The model documents 1-256 characters, but RDS accepts an empty value; so does the mock.
      if (length(value) > 256) fail("InvalidParameterValue", M.tagValue(key, "it must be at most 256 characters"));
      // The seed documents the reserved prefixes for values too; the mock follows the documentation.
      if (RESERVED_PREFIX.test(value)) fail("InvalidParameterValue", M.tagValue(key, 'it must not begin with "aws:" or "rds:"'));
      if (!TAG_CHARS.test(value)) fail("InvalidParameterValue", M.tagValue(key, "it may contain only letters, digits, white space and _ . : / = + - @"));
    }
    out.set(key, value ?? undefined);
  }
  if (out.size > MAX_TAGS) fail("InvalidParameterValue", M.tagQuota());
  return [...out].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value }));
}

/** `existing` with `added` merged in (same key: the new value). */
export function mergeTags(existing: readonly Tag[] | undefined, added: readonly Tag[]): Tag[] {
  const map = new Map<string, string | undefined>();
  for (const t of existing ?? []) map.set(t.Key!, t.Value);
  for (const t of added) map.set(t.Key!, t.Value);
  return [...map].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value }));
}
