/**
 * Checking one input against its compiled checks. Each call walks with its own `InputWalk`: the path
 * it is at, the containers above it (cycles), the violations found and the values it may still look
 * at. Never throws: getters that throw and exotic values are reported as type violations.
 */
import type { Check, MemberCheck } from "./compile.js";
import type { Violation, ViolationRule } from "./constraint-table.js";
import { codePointLength, isBlob, isObjectLike, isPlainObject, isTimestamp } from "./values.js";

/** Maximum nesting of containers the walk descends into. */
const MAX_DEPTH = 64;
/** Maximum number of values one call checks (bounds inputs that share objects exponentially). */
const MAX_VALUES = 100_000;

/** What `read` returns for a member whose getter threw. */
const THREW: unique symbol = Symbol("threw");

function read(obj: any, key: string | number): unknown {
  try {
    return obj[key];
  } catch {
    return THREW;
  }
}

export class InputWalk {
  /** Violations found so far, in member order (null until the first). */
  violations: Violation[] | null = null;
  /** Path segments of the current position: member names and list indexes. */
  private readonly path: (string | number)[] = [];
  /** Containers on the current path (the first `ancestorCount`), to detect reference cycles. */
  private readonly ancestors: (object | null)[] = [];
  private ancestorCount = 0;
  private budget = MAX_VALUES;

  /** The violations found (null: none), leaving the walk ready for another input. */
  finish(): Violation[] | null {
    const found = this.violations;
    this.violations = null;
    this.budget = MAX_VALUES;
    // Both are back at the root after a walk; only a walk cut short leaves anything to drop.
    if (this.path.length !== 0) this.path.length = 0;
    if (this.ancestorCount !== 0) {
      this.ancestors.fill(null, 0, this.ancestorCount);
      this.ancestorCount = 0;
    }
    return found;
  }

  /** Validates a present (non-null) value against `node`, at the current path. Never throws. */
  check(node: Check, v: unknown, depth: number): void {
    if (--this.budget < 0) {
      if (this.budget === -1) this.report("type", v, `Input must not contain more than ${MAX_VALUES} values`);
      return;
    }
    const pathLength = this.path.length;
    const ancestorCount = this.ancestorCount;
    try {
      switch (node.kind) {
        case "string":
          return typeof v === "string" ? this.checkString(node, v) : this.typeViolation(node, v);
        case "integer":
        case "float":
          if (typeof v !== "number" || (node.kind === "integer" ? !Number.isInteger(v) : !Number.isFinite(v))) return this.typeViolation(node, v);
          if (v < node.min) this.report("range", v, `Member must have value greater than or equal to ${node.min}`);
          if (v > node.max) this.report("range", v, `Member must have value less than or equal to ${node.max}`);
          return;
        case "boolean":
          if (typeof v !== "boolean") this.typeViolation(node, v);
          return;
        case "timestamp":
          if (!isTimestamp(v)) this.typeViolation(node, v);
          return;
        case "blob":
          if (!isBlob(v)) this.typeViolation(node, v);
          return;
        case "structure":
          if (!isObjectLike(v)) return this.typeViolation(node, v);
          if (!this.enter(v, depth)) return;
          if (node.byName !== null && isPlainObject(v)) return this.checkWideStructure(node, v, depth);
          return this.checkStructure(node, v, depth);
        case "union":
          if (!isObjectLike(v)) return this.typeViolation(node, v);
          if (!this.enter(v, depth)) return;
          return this.checkUnion(node, v, depth);
        case "list":
          return Array.isArray(v) ? this.checkList(node, v, depth) : this.typeViolation(node, v);
        case "map":
          return isObjectLike(v) ? this.checkMap(node, v, depth) : this.typeViolation(node, v);
        default:
          return; // document or unknown: anything goes
      }
    } catch {
      // Only exotic values get here (revoked proxies, throwing traps): report, never throw.
      this.path.length = pathLength;
      try {
        this.typeViolation(node, v);
      } catch {
        /* out of memory or similar: give up on this value */
      }
    } finally {
      // Hold no reference to the caller's input once past it.
      if (this.ancestorCount !== ancestorCount) {
        this.ancestors[ancestorCount] = null;
        this.ancestorCount = ancestorCount;
      }
    }
  }

  private checkString(node: Check, v: string): void {
    if (node.min >= 0 || node.max >= 0) {
      let n = v.length;
      // Code points <= UTF-16 length <= 2 * code points: count exactly only when it matters.
      if ((node.max >= 0 && n > node.max) || (node.min >= 0 && n < 2 * node.min)) n = codePointLength(v);
      if (node.min >= 0 && n < node.min) this.report("length", v, `Member must have length greater than or equal to ${node.min}`);
      if (node.max >= 0 && n > node.max) this.report("length", v, `Member must have length less than or equal to ${node.max}`);
    }
    if (node.re !== null && !node.re.test(v)) this.report("pattern", v, `Member must satisfy regular expression pattern: ${node.pattern}`);
    if (node.enumSet !== null && !node.enumSet.has(v)) this.report("enum", v, node.enumText);
  }

  private checkStructure(node: Check, v: Record<string, unknown>, depth: number): void {
    const members = node.members;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const mv = read(v, m.name);
      if (mv === undefined || mv === null) {
        if (m.required) this.reportMissing(m);
        continue;
      }
      this.checkMember(m, mv, depth);
    }
  }

  /**
   * A structure with many members, given as a plain object: checks only the keys the input has (a
   * typical input sets a handful of fifty members), then the missing required members, and finally
   * puts the violations back into member order.
   */
  private checkWideStructure(node: Check, v: Record<string, unknown>, depth: number): void {
    const byName = node.byName!;
    const first = this.found();
    /** Member index of each violation group appended, as [index, start, end] triples. */
    let groups: number[] | null = null;
    for (const k in v) {
      const m = byName.get(k);
      if (m === undefined) continue;
      const mv = read(v, k);
      if (mv === undefined || mv === null) continue;
      const start = this.found();
      this.checkMember(m, mv, depth);
      if (this.found() > start) (groups ??= []).push(m.index, start, this.found());
    }
    for (const m of node.required) {
      const mv = read(v, m.name);
      if (mv !== undefined && mv !== null) continue;
      this.reportMissing(m);
      (groups ??= []).push(m.index, this.found() - 1, this.found());
    }
    if (groups !== null && groups.length > 3) this.sortGroups(first, groups);
  }

  /** Puts the violation groups `[index, start, end]` (appended from `first` on) into member order. */
  private sortGroups(first: number, groups: number[]): void {
    const out = this.violations!;
    const order: number[] = [];
    for (let g = 0; g < groups.length; g += 3) order.push(g);
    order.sort((a, b) => groups[a] - groups[b]);
    const sorted: Violation[] = [];
    for (const g of order) for (let i = groups[g + 1]; i < groups[g + 2]; i++) sorted.push(out[i]);
    for (let i = 0; i < sorted.length; i++) out[first + i] = sorted[i];
  }

  /** A present member value, at the member's path. */
  private checkMember(m: MemberCheck, mv: unknown, depth: number): void {
    this.path.push(m.name);
    if (mv === THREW) this.typeViolation(m.check, undefined);
    else if (mv === "" && m.notBlank) this.report("blank", mv, "Member must not be blank");
    else this.check(m.check, mv, depth + 1);
    this.path.pop();
  }

  private reportMissing(m: MemberCheck): void {
    this.path.push(m.name);
    this.report("required", undefined, "Member must not be null");
    this.path.pop();
  }

  private checkUnion(node: Check, v: Record<string, unknown>, depth: number): void {
    let set: MemberCheck | null = null;
    let setValue: unknown;
    let count = 0;
    for (const m of node.members) {
      const mv = read(v, m.name);
      if (mv !== undefined && mv !== null) {
        count++;
        set = m;
        setValue = mv;
      }
    }
    if (count !== 1 || set === null) return this.report("type", v, "Member must have exactly one member set");
    this.path.push(set.name);
    if (setValue === THREW) this.typeViolation(set.check, undefined);
    else this.check(set.check, setValue, depth + 1);
    this.path.pop();
  }

  private checkList(node: Check, v: unknown[], depth: number): void {
    const n = v.length;
    this.checkCount(node, v, n);
    const item = node.item!;
    if (item.kind === "any" || !this.enter(v, depth)) return;
    for (let i = 0; i < n; i++) {
      const iv = read(v, i);
      if (iv === undefined || iv === null) continue; // the SDK drops null list entries
      this.path.push(i);
      if (iv === THREW) this.typeViolation(item, undefined);
      else this.check(item, iv, depth + 1);
      this.path.pop();
    }
  }

  private checkMap(node: Check, v: Record<string, unknown>, depth: number): void {
    const keys = Object.keys(v);
    const n = keys.length;
    this.checkCount(node, v, n);
    if (!this.enter(v, depth)) return;
    const keyCheck = node.key!;
    const valueCheck = node.item!;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (keyCheck.kind !== "any") {
        const start = this.found();
        this.check(keyCheck, k, depth + 1);
        this.prefix(start, "Map keys must satisfy constraint: [");
      }
      if (valueCheck.kind === "any") continue;
      const mv = read(v, k);
      if (mv === undefined || mv === null) continue;
      const start = this.found();
      if (mv === THREW) this.typeViolation(valueCheck, undefined);
      else this.check(valueCheck, mv, depth + 1);
      this.prefix(start, "Map value must satisfy constraint: [");
    }
  }

  /** A list's or map's length against its bounds. */
  private checkCount(node: Check, v: unknown, n: number): void {
    if (node.min >= 0 && n < node.min) this.report("length", v, `Member must have length greater than or equal to ${node.min}`);
    if (node.max >= 0 && n > node.max) this.report("length", v, `Member must have length less than or equal to ${node.max}`);
  }

  /** Before descending into a container: depth and cycle guard. Pushes `v` as an ancestor when true. */
  private enter(v: object, depth: number): boolean {
    if (depth >= MAX_DEPTH) {
      this.report("type", v, `Member must not be nested deeper than ${MAX_DEPTH} levels`);
      return false;
    }
    for (let i = 0; i < this.ancestorCount; i++) {
      if (this.ancestors[i] === v) {
        this.report("type", v, "Member must not contain a circular reference");
        return false;
      }
    }
    this.ancestors[this.ancestorCount++] = v;
    return true;
  }

  /** How many violations are found so far. */
  private found(): number {
    return this.violations === null ? 0 : this.violations.length;
  }

  private report(rule: ViolationRule, value: unknown, constraint: string): void {
    (this.violations ??= []).push({ path: this.currentPath(), rule, value, constraint });
  }

  private typeViolation(node: Check, value: unknown): void {
    this.report("type", value, `Member must be of type ${node.typeName}`);
  }

  /** `Map keys must satisfy constraint: [...]` around the violations found from `start` on. */
  private prefix(start: number, text: string): void {
    const out = this.violations;
    if (out === null) return;
    for (let i = start; i < out.length; i++) out[i].constraint = `${text}${out[i].constraint}]`;
  }

  private currentPath(): string {
    let path = "";
    for (const s of this.path) {
      if (typeof s === "number") path += `[${s}]`;
      else path += path === "" ? s : `.${s}`;
    }
    return path;
  }
}
