/**
 * One engine that checks an operation's input against its generated constraint table
 * (`src/services/<service>/constraints.generated.ts`, made by `scripts/generate-constraints.ts`).
 * It reports violations as data; `validation-errors.ts` turns them into each service's error.
 */

/** A shape of the model reduced to what validation needs. Targets name other shapes in the table. */
export type ShapeConstraint =
  | { type: "structure"; members: Record<string, MemberConstraint> }
  | { type: "union"; members: Record<string, MemberConstraint> }
  | { type: "list"; member: string; min?: number; max?: number }
  | { type: "map"; key: string; value: string; min?: number; max?: number }
  | { type: "string"; min?: number; max?: number; pattern?: string; enum?: readonly string[] }
  | { type: "integer" | "long" | "float" | "double"; min?: number; max?: number }
  | { type: "boolean" | "timestamp" | "blob" | "document" };

export interface MemberConstraint {
  target: string;
  required?: true;
  /** The model's default value, when it has one (`deletionProtectionEnabled: true`). */
  default?: unknown;
}

export interface ConstraintTable {
  /** Operation name -> its input shape name (`null` for an operation without input members). */
  operations: Record<string, string | null>;
  shapes: Record<string, ShapeConstraint>;
  /**
   * A required member given as `""` is reported as blank (rule `blank`): the RDS query API answers
   * "The parameter X must be provided and must not be blank." where the model has no length trait.
   */
  requiredNotBlank?: boolean;
}

export type ViolationRule = "required" | "blank" | "length" | "pattern" | "enum" | "range" | "type";

export interface Violation {
  /**
   * Path of the member from the input root: `identifier`, `multiRegionProperties.witnessRegion`,
   * `Tags[0].Key` (list items 0-based in brackets). Map key and value violations use the map's own
   * path, with the constraint prefixed `Map keys must satisfy constraint: [...]` /
   * `Map value must satisfy constraint: [...]`. A non-object input reports the empty path.
   */
  path: string;
  rule: ViolationRule;
  /** The value that failed (undefined for `required`). */
  value: unknown;
  /** Constraint text in AWS's words: `Member must have length less than or equal to 63`. */
  constraint: string;
}

/* ------------------------------------------------------------------------------------------------ */
/* Compiled form: each table is compiled once (lazily, per shape) into linked nodes.                */
/* ------------------------------------------------------------------------------------------------ */

const K_STRUCT = 1;
const K_UNION = 2;
const K_LIST = 3;
const K_MAP = 4;
const K_STRING = 5;
const K_INTEGER = 6;
const K_FLOAT = 7;
const K_BOOLEAN = 8;
const K_TIMESTAMP = 9;
const K_BLOB = 10;
const K_ANY = 11;

/** Maximum nesting of containers the walk descends into. */
const MAX_DEPTH = 64;
/** Maximum number of values one call checks (bounds inputs that share objects exponentially). */
const MAX_VALUES = 100_000;

class Member {
  constructor(
    readonly name: string,
    public node: Node,
    readonly required: boolean,
    /** Position in the structure: violations are reported in member order. */
    readonly index: number,
    /** `""` counts as not given (tables with `requiredNotBlank`). */
    readonly notBlank: boolean,
  ) {}
}

class Node {
  kind = K_ANY;
  /** `Member must be of type <typeName>`. */
  typeName = "document";
  min = -1;
  max = -1;
  re: RegExp | null = null;
  pattern = "";
  enumSet: Set<string> | null = null;
  enumText = "";
  /** List member or map value. */
  item: Node | null = null;
  key: Node | null = null;
  members: Member[] = [];
  /** Large structures only: members by name and the required ones, to walk the input's own keys. */
  byName: Map<string, Member> | null = null;
  required: Member[] = [];
}

/** Structures with more members than this walk the input's keys instead of every model member. */
const WIDE_STRUCT = 12;

interface Compiled {
  table: ConstraintTable;
  nodes: Map<string, Node>;
  /** Operation -> root node, `null` when nothing is to be checked. */
  ops: Map<string, Node | null>;
}

const compiledTables = new WeakMap<ConstraintTable, Compiled>();
const regexCache = new Map<string, RegExp | null>();

/**
 * `(?:c?[set]+)*` matches exactly the strings `(?:c?[set])*` matches, but backtracks exponentially on
 * a near miss: the RDS name pattern `^[a-zA-Z](?:-?[a-zA-Z0-9]+)*$` took hours on 40 letters and a `!`.
 */
const NESTED_QUANTIFIER = /\(\?:(\\?[^\\[\]()?*+])\?(\[(?:\\.|[^\]\\])*\])\+\)\*/g;

export function linearPattern(pattern: string): string {
  return pattern.replace(NESTED_QUANTIFIER, "(?:$1?$2)*");
}

/** Compiles a model pattern once. Smithy patterns are ECMA-262; an uncompilable one is skipped. */
export function compilePattern(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re !== undefined) return re;
  if (pattern === ".*" || pattern === "") re = null;
  else {
    const source = linearPattern(pattern);
    try {
      re = new RegExp(source, "u");
    } catch {
      try {
        re = new RegExp(source);
      } catch {
        re = null;
      }
    }
  }
  regexCache.set(pattern, re);
  return re;
}

const hasOwn = Object.prototype.hasOwnProperty;

function compileShape(c: Compiled, name: string): Node {
  const cached = c.nodes.get(name);
  if (cached) return cached;
  const node = new Node();
  c.nodes.set(name, node); // before the children: recursive shapes terminate
  const s = hasOwn.call(c.table.shapes, name) ? c.table.shapes[name] : undefined;
  if (!s) return node; // unknown target: accept anything
  const bound = (v: number | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : -1);
  switch (s.type) {
    case "structure":
    case "union":
      node.kind = s.type === "structure" ? K_STRUCT : K_UNION;
      node.typeName = "structure";
      for (const [memberName, m] of Object.entries(s.members)) {
        // A member with a model default is never missing: the service fills the default in.
        const required = m.required === true && m.default === undefined;
        const notBlank = required && c.table.requiredNotBlank === true;
        const member = new Member(memberName, compileShape(c, m.target), required, node.members.length, notBlank);
        node.members.push(member);
        if (required) node.required.push(member);
      }
      if (node.kind === K_STRUCT && node.members.length > WIDE_STRUCT) {
        node.byName = new Map(node.members.map((m) => [m.name, m]));
      }
      break;
    case "list":
      node.kind = K_LIST;
      node.typeName = "list";
      node.min = bound(s.min);
      node.max = bound(s.max);
      node.item = compileShape(c, s.member);
      break;
    case "map":
      node.kind = K_MAP;
      node.typeName = "map";
      node.min = bound(s.min);
      node.max = bound(s.max);
      node.key = compileShape(c, s.key);
      node.item = compileShape(c, s.value);
      break;
    case "string":
      node.kind = K_STRING;
      node.typeName = "string";
      node.min = bound(s.min);
      node.max = bound(s.max);
      if (typeof s.pattern === "string") {
        node.pattern = s.pattern;
        node.re = compilePattern(s.pattern);
      }
      if (Array.isArray(s.enum) && s.enum.length > 0) {
        node.enumSet = new Set(s.enum);
        node.enumText = `Member must satisfy enum value set: [${s.enum.join(", ")}]`;
      }
      break;
    case "integer":
    case "long":
    case "float":
    case "double":
      node.kind = s.type === "integer" || s.type === "long" ? K_INTEGER : K_FLOAT;
      node.typeName = "number";
      node.min = typeof s.min === "number" && !Number.isNaN(s.min) ? s.min : -Infinity;
      node.max = typeof s.max === "number" && !Number.isNaN(s.max) ? s.max : Infinity;
      break;
    case "boolean":
      node.kind = K_BOOLEAN;
      node.typeName = "boolean";
      break;
    case "timestamp":
      node.kind = K_TIMESTAMP;
      node.typeName = "timestamp";
      break;
    case "blob":
      node.kind = K_BLOB;
      node.typeName = "blob";
      break;
    default:
      break; // document: anything goes
  }
  return node;
}

function compiledFor(table: ConstraintTable): Compiled {
  let c = compiledTables.get(table);
  if (!c) {
    c = { table, nodes: new Map(), ops: new Map() };
    compiledTables.set(table, c);
  }
  return c;
}

function rootNode(c: Compiled, operation: string): Node | null {
  let node = c.ops.get(operation);
  if (node !== undefined) return node;
  const ops = c.table.operations;
  const shape = ops && hasOwn.call(ops, operation) ? ops[operation] : null;
  node = typeof shape === "string" ? compileShape(c, shape) : null;
  c.ops.set(operation, node);
  return node;
}

/* ------------------------------------------------------------------------------------------------ */
/* The walk. State is module-level (no per-call allocation); it is saved and restored around each    */
/* call, so a getter that re-enters validateInput cannot corrupt an outer call.                     */
/* ------------------------------------------------------------------------------------------------ */

const EMPTY: Violation[] = Object.freeze([]) as unknown as Violation[];
/** Path segments of the current position: member names and list indexes. */
const segs: (string | number)[] = [];
let sp = 0;
let base = 0;
let out: Violation[] | null = null;
/** Containers on the current path, to detect reference cycles. */
const ancestors: (object | null)[] = [];
let ap = 0;
let abase = 0;
let budget = 0;

const THREW: unique symbol = Symbol("threw");

function currentPath(): string {
  let path = "";
  for (let i = base; i < sp; i++) {
    const s = segs[i];
    if (typeof s === "number") path += `[${s}]`;
    else path += path === "" ? s : `.${s}`;
  }
  return path;
}

function report(rule: ViolationRule, value: unknown, constraint: string): void {
  (out ??= []).push({ path: currentPath(), rule, value, constraint });
}

function push(seg: string | number): void {
  segs[sp++] = seg;
}

function read(obj: any, key: string | number): unknown {
  try {
    return obj[key];
  } catch {
    return THREW;
  }
}

/** Unicode code point count (lone surrogates count as one). */
function codePointLength(s: string): number {
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
function isObjectLike(v: unknown): v is Record<string, unknown> {
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

function isTimestamp(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  if (typeof v === "string") return ISO_8601.test(v) && !Number.isNaN(Date.parse(v.replace(",", ".")));
  return false;
}

function isBlob(v: unknown): boolean {
  return typeof v === "string" || v instanceof Uint8Array || Object.prototype.toString.call(v) === "[object Uint8Array]";
}

function typeViolation(node: Node, value: unknown): void {
  report("type", value, `Member must be of type ${node.typeName}`);
}

/** Before descending into a container: depth and cycle guard. Pushes `v` as an ancestor when true. */
function enter(v: object, depth: number): boolean {
  if (depth >= MAX_DEPTH) {
    report("type", v, `Member must not be nested deeper than ${MAX_DEPTH} levels`);
    return false;
  }
  for (let i = abase; i < ap; i++) {
    if (ancestors[i] === v) {
      report("type", v, "Member must not contain a circular reference");
      return false;
    }
  }
  ancestors[ap++] = v;
  return true;
}

/** Validates a present (non-null) value against `node`, at the current path. Never throws. */
function check(node: Node, v: unknown, depth: number): void {
  if (--budget < 0) {
    if (budget === -1) report("type", v, `Input must not contain more than ${MAX_VALUES} values`);
    return;
  }
  const savedSp = sp;
  const savedAp = ap;
  try {
    switch (node.kind) {
      case K_STRING: {
        if (typeof v !== "string") return typeViolation(node, v);
        if (node.min >= 0 || node.max >= 0) {
          let n = v.length;
          // Code points <= UTF-16 length <= 2 * code points: count exactly only when it matters.
          if ((node.max >= 0 && n > node.max) || (node.min >= 0 && n < 2 * node.min)) n = codePointLength(v);
          if (node.min >= 0 && n < node.min) {
            report("length", v, `Member must have length greater than or equal to ${node.min}`);
          }
          if (node.max >= 0 && n > node.max) report("length", v, `Member must have length less than or equal to ${node.max}`);
        }
        if (node.re !== null && !node.re.test(v)) {
          report("pattern", v, `Member must satisfy regular expression pattern: ${node.pattern}`);
        }
        if (node.enumSet !== null && !node.enumSet.has(v)) report("enum", v, node.enumText);
        return;
      }
      case K_INTEGER:
      case K_FLOAT: {
        if (typeof v !== "number" || (node.kind === K_INTEGER ? !Number.isInteger(v) : !Number.isFinite(v))) {
          return typeViolation(node, v);
        }
        if (v < node.min) report("range", v, `Member must have value greater than or equal to ${node.min}`);
        if (v > node.max) report("range", v, `Member must have value less than or equal to ${node.max}`);
        return;
      }
      case K_BOOLEAN:
        if (typeof v !== "boolean") typeViolation(node, v);
        return;
      case K_TIMESTAMP:
        if (!isTimestamp(v)) typeViolation(node, v);
        return;
      case K_BLOB:
        if (!isBlob(v)) typeViolation(node, v);
        return;
      case K_STRUCT: {
        if (!isObjectLike(v)) return typeViolation(node, v);
        if (!enter(v, depth)) return;
        if (node.byName !== null) {
          const proto = Object.getPrototypeOf(v);
          if (proto === Object.prototype || proto === null) return checkWideStruct(node, v, depth);
        }
        const members = node.members;
        for (let i = 0; i < members.length; i++) {
          const m = members[i];
          const mv = read(v, m.name);
          if (mv === undefined || mv === null) {
            if (m.required) {
              push(m.name);
              report("required", undefined, "Member must not be null");
              sp--;
            }
            continue;
          }
          push(m.name);
          if (mv === THREW) typeViolation(m.node, undefined);
          else if (mv === "" && m.notBlank) report("blank", mv, "Member must not be blank");
          else check(m.node, mv, depth + 1);
          sp = savedSp;
        }
        return;
      }
      case K_UNION: {
        if (!isObjectLike(v)) return typeViolation(node, v);
        if (!enter(v, depth)) return;
        let set: Member | null = null;
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
        if (count !== 1 || set === null) {
          report("type", v, "Member must have exactly one member set");
          return;
        }
        push(set.name);
        if (setValue === THREW) typeViolation(set.node, undefined);
        else check(set.node, setValue, depth + 1);
        sp = savedSp;
        return;
      }
      case K_LIST: {
        if (!Array.isArray(v)) return typeViolation(node, v);
        const n = v.length;
        if (node.min >= 0 && n < node.min) report("length", v, `Member must have length greater than or equal to ${node.min}`);
        if (node.max >= 0 && n > node.max) report("length", v, `Member must have length less than or equal to ${node.max}`);
        const item = node.item!;
        if (item.kind === K_ANY) return;
        if (!enter(v, depth)) return;
        for (let i = 0; i < n; i++) {
          const iv = read(v, i);
          if (iv === undefined || iv === null) continue; // the SDK drops null list entries
          push(i);
          if (iv === THREW) typeViolation(item, undefined);
          else check(item, iv, depth + 1);
          sp = savedSp;
        }
        return;
      }
      case K_MAP: {
        if (!isObjectLike(v)) return typeViolation(node, v);
        const keys = Object.keys(v);
        const n = keys.length;
        if (node.min >= 0 && n < node.min) report("length", v, `Member must have length greater than or equal to ${node.min}`);
        if (node.max >= 0 && n > node.max) report("length", v, `Member must have length less than or equal to ${node.max}`);
        if (!enter(v, depth)) return;
        const keyNode = node.key!;
        const valueNode = node.item!;
        for (let i = 0; i < n; i++) {
          const k = keys[i];
          if (keyNode.kind !== K_ANY) {
            const start = out === null ? 0 : out.length;
            check(keyNode, k, depth + 1);
            if (out !== null) prefix(start, "Map keys must satisfy constraint: [");
          }
          if (valueNode.kind === K_ANY) continue;
          const mv = read(v, k);
          if (mv === undefined || mv === null) continue;
          const start = out === null ? 0 : out.length;
          if (mv === THREW) typeViolation(valueNode, undefined);
          else check(valueNode, mv, depth + 1);
          if (out !== null) prefix(start, "Map value must satisfy constraint: [");
        }
        return;
      }
      default:
        return; // document or unknown: anything goes
    }
  } catch {
    // Only exotic values get here (revoked proxies, throwing traps): report, never throw.
    sp = savedSp;
    try {
      typeViolation(node, v);
    } catch {
      /* out of memory or similar: give up on this value */
    }
  } finally {
    if (ap !== savedAp) {
      ancestors[savedAp] = null; // hold no reference to the caller's input
      ap = savedAp;
    }
  }
}

/**
 * A structure with many members, given as a plain object: checks only the keys the input has (a
 * typical input sets a handful of fifty members), then the missing required members, and finally
 * puts the violations back into member order.
 */
function checkWideStruct(node: Node, v: Record<string, unknown>, depth: number): void {
  const savedSp = sp;
  const byName = node.byName!;
  const first = out === null ? 0 : out.length;
  /** Member index of each violation group appended, as [index, start, end] triples. */
  let groups: number[] | null = null;
  for (const k in v) {
    const m = byName.get(k);
    if (m === undefined) continue;
    const mv = read(v, k);
    if (mv === undefined || mv === null) continue;
    const start = out === null ? 0 : out.length;
    push(m.name);
    if (mv === THREW) typeViolation(m.node, undefined);
    else if (mv === "" && m.notBlank) report("blank", mv, "Member must not be blank");
    else check(m.node, mv, depth + 1);
    sp = savedSp;
    if (out !== null && out.length > start) (groups ??= []).push(m.index, start, out.length);
  }
  const required = node.required;
  for (let i = 0; i < required.length; i++) {
    const m = required[i];
    const mv = read(v, m.name);
    if (mv !== undefined && mv !== null) continue;
    push(m.name);
    report("required", undefined, "Member must not be null");
    sp = savedSp;
    (groups ??= []).push(m.index, out!.length - 1, out!.length);
  }
  if (groups === null || groups.length <= 3) return;
  const order: number[] = [];
  for (let g = 0; g < groups.length; g += 3) order.push(g);
  order.sort((a, b) => groups![a] - groups![b]);
  const sorted: Violation[] = [];
  for (const g of order) for (let i = groups[g + 1]; i < groups[g + 2]; i++) sorted.push(out![i]);
  for (let i = 0; i < sorted.length; i++) out![first + i] = sorted[i];
}

function prefix(start: number, text: string): void {
  for (let i = start; i < out!.length; i++) {
    const violation = out![i];
    violation.constraint = `${text}${violation.constraint}]`;
  }
}

/**
 * Checks `input` for `operation` against `table` and returns every violation, in member order.
 * Returns a shared frozen empty array when the input is valid (or the operation is unknown).
 * Never throws.
 */
export function validateInput(table: ConstraintTable, operation: string, input: unknown): Violation[] {
  let root: Node | null;
  try {
    root = rootNode(compiledFor(table), operation);
  } catch {
    return EMPTY;
  }
  if (root === null) return EMPTY;
  const savedOut = out;
  const savedBase = base;
  const savedSp = sp;
  const savedAbase = abase;
  const savedAp = ap;
  const savedBudget = budget;
  out = null;
  base = sp;
  abase = ap;
  budget = MAX_VALUES;
  try {
    if (input === undefined || input === null) check(root, EMPTY_INPUT, 0);
    else check(root, input, 0);
    return out ?? EMPTY;
  } catch {
    return out ?? EMPTY;
  } finally {
    out = savedOut;
    base = savedBase;
    sp = savedSp;
    abase = savedAbase;
    ap = savedAp;
    budget = savedBudget;
  }
}

const EMPTY_INPUT: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
