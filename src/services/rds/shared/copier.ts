/**
 * Record -> output, fast: the same copy as core `toOutput` (a fresh deep copy, timestamp members as
 * Dates, absent members absent, members in the record's order), but compiled once per record layout.
 * A DBCluster has ~45 members: the generic copy looks each one up in the timestamp set and recurses into
 * it on every read, while a compiled copier is straight-line code that only recurses into the few
 * members that hold objects. Records of one resource type share a handful of layouts (the members they
 * were built with, in that order), so the compiled copiers are few and reused on every read.
 *
 * Records should be fast-mode objects (see `fastRecord`): a record that lost a member to `delete` is a
 * hash table to V8, so it is still copied right, but its layout check costs as much as the old copy.
 */

import { copy, definedMembers } from "../../../core/output.js";

/** The deep copy `toOutput` makes (without its fresh-output mark): for nested members only. */
const copyValue = copy;

/** A list member (AvailabilityZones, VpcSecurityGroups, ...): scalars as they are, anything else copied. */
function copyList(list: readonly unknown[], timestamps: ReadonlySet<string>): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || item === undefined) continue;
    out.push(typeof item === "object" ? copyValue(item, timestamps, false) : item);
  }
  return out;
}

type Compiled = (record: object, copy: typeof copyValue, timestamps: ReadonlySet<string>, list: typeof copyList) => Record<string, unknown>;

/**
 * Straight-line code for one layout: each member read once, copied by what it holds. When every member
 * holds a value (records are kept without undefined members) the output is one object literal, which V8
 * allocates at its final size; otherwise members are added one by one, skipping the empty ones.
 */
function compile(keys: readonly string[], timestamps: ReadonlySet<string>): Compiled | undefined {
  const names = keys.map((key) => JSON.stringify(key));
  const value = (i: number) =>
    timestamps.has(keys[i])
      ? `(typeof v${i} === "number" ? new Date(v${i}) : copy(v${i}, ts, true))`
      : `(typeof v${i} !== "object" ? v${i} : Array.isArray(v${i}) ? list(v${i}, ts) : copy(v${i}, ts, false))`;
  const reads = keys.map((_, i) => `const v${i} = r[${names[i]}];`).join("\n");
  const full = keys.map((_, i) => `v${i} != null`).join(" && ") || "true";
  const literal = `{ ${keys.map((_, i) => `${names[i]}: ${value(i)}`).join(", ")} }`;
  const oneByOne = keys.map((_, i) => `if (v${i} != null) o[${names[i]}] = ${value(i)};`).join("\n");
  const body = `"use strict";\n${reads}\nif (${full}) return ${literal};\nconst o = {};\n${oneByOne}\nreturn o;`;
  try {
    return new Function("r", "copy", "ts", "list", body) as Compiled;
  } catch {
    // A runtime that refuses code generation (a Content-Security-Policy without unsafe-eval): the generic copy.
    return undefined;
  }
}

/** Layouts compiled per copier at most; past it (never seen in practice) records take the generic copy. */
const MAX_LAYOUTS = 32;
/** Member names the compiled code must not write as plain members (`__proto__` would set the prototype). */
const UNSAFE_KEY = "__proto__";

/** A copier for one output shape: `copy(record)` is `toOutput(record, timestamps)` without the handshake. */
export function outputCopier<T>(timestamps: ReadonlySet<string>): (record: object) => T {
  const layouts = new Map<string, Compiled>();
  let lastKeys: string[] = [];
  let last: Compiled | undefined;
  let noCodegen = false;
  const slow = (record: object): T => {
    if (noCodegen) return copyValue(record, timestamps, false) as T;
    const keys = Object.keys(record);
    const id = keys.join("\n");
    let compiled = layouts.get(id);
    if (!compiled) {
      if (layouts.size >= MAX_LAYOUTS || keys.includes(UNSAFE_KEY)) return copyValue(record, timestamps, false) as T;
      compiled = compile(keys, timestamps);
      if (!compiled) {
        noCodegen = true;
        return copyValue(record, timestamps, false) as T;
      }
      layouts.set(id, compiled);
    }
    lastKeys = keys;
    last = compiled;
    return compiled(record, copyValue, timestamps, copyList) as T;
  };
  return (record) => {
    // The layout check: the record's members, in order, are those the last copier was compiled for.
    const keys = lastKeys;
    let i = 0;
    for (const key in record) if (key !== keys[i++]) return slow(record);
    if (i !== keys.length || last === undefined) return slow(record);
    return last(record, copyValue, timestamps, copyList) as T;
  };
}

/**
 * `record` without its undefined members, as an object V8 keeps in fast mode. Core `definedMembers`
 * adds the members one by one by computed name, and past a dozen of them V8 turns such an object into
 * a hash table: every later read of the record, and the layout check above, then costs several times
 * more. A spread of it is a fast-mode object with the same members in the same order.
 */
export function fastRecord<T extends object>(record: T): T {
  return { ...definedMembers(record) };
}
