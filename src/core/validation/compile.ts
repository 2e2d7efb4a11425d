/**
 * Compiling a constraint table into checks: each shape becomes one `Check` node, linked to the nodes
 * of its members, items, keys and values. Done lazily, one operation at a time, and kept per table,
 * so every later call of an operation walks ready-made nodes.
 */
import type { ConstraintTable } from "./constraint-table.js";
import { compilePattern } from "./patterns.js";

/** What a node checks a value as; `any` accepts everything (documents, unknown shapes). */
export type CheckKind = "structure" | "union" | "list" | "map" | "string" | "integer" | "float" | "boolean" | "timestamp" | "blob" | "any";

export class MemberCheck {
  constructor(
    readonly name: string,
    readonly check: Check,
    readonly required: boolean,
    /** Position in the structure: violations are reported in member order. */
    readonly index: number,
    /** `""` counts as not given (tables with `requiredNotBlank`). */
    readonly notBlank: boolean,
  ) {}
}

export class Check {
  kind: CheckKind = "any";
  /** `Member must be of type <typeName>`. */
  typeName = "document";
  /** Length (strings, lists, maps) or value (numbers) bounds; -1: none for lengths. */
  min = -1;
  max = -1;
  re: RegExp | null = null;
  pattern = "";
  enumSet: Set<string> | null = null;
  enumText = "";
  /** List member or map value. */
  item: Check | null = null;
  key: Check | null = null;
  members: MemberCheck[] = [];
  /** Wide structures only: members by name, to walk the input's own keys instead of every member. */
  byName: Map<string, MemberCheck> | null = null;
  required: MemberCheck[] = [];
}

/** Structures with more members than this walk the input's keys instead of every model member. */
const WIDE_STRUCT = 12;

/** A table's compiled checks: per shape, and per operation its input's root (`null`: nothing to check). */
export class CompiledTable<Walk = unknown> {
  /** A walk not in use, so the common call allocates none (validation.ts takes and returns it). */
  idleWalk: Walk | undefined = undefined;
  private readonly shapes = new Map<string, Check>();
  private readonly roots = new Map<string, Check | null>();

  constructor(private readonly table: ConstraintTable) {}

  root(operation: string): Check | null {
    let root = this.roots.get(operation);
    if (root !== undefined) return root;
    const ops = this.table.operations;
    const shape = ops && Object.hasOwn(ops, operation) ? ops[operation] : null;
    root = typeof shape === "string" ? this.shape(shape) : null;
    this.roots.set(operation, root);
    return root;
  }

  private shape(name: string): Check {
    const cached = this.shapes.get(name);
    if (cached) return cached;
    const node = new Check();
    this.shapes.set(name, node); // before the children: recursive shapes terminate
    const s = Object.hasOwn(this.table.shapes, name) ? this.table.shapes[name] : undefined;
    if (!s) return node; // unknown target: accept anything
    const bound = (v: number | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : -1);
    switch (s.type) {
      case "structure":
      case "union":
        node.kind = s.type;
        node.typeName = "structure";
        for (const [memberName, m] of Object.entries(s.members)) {
          // A member with a model default is never missing: the service fills the default in.
          const required = m.required === true && m.default === undefined;
          const notBlank = required && this.table.requiredNotBlank === true;
          const member = new MemberCheck(memberName, this.shape(m.target), required, node.members.length, notBlank);
          node.members.push(member);
          if (required) node.required.push(member);
        }
        if (node.kind === "structure" && node.members.length > WIDE_STRUCT) node.byName = new Map(node.members.map((m) => [m.name, m]));
        break;
      case "list":
        node.kind = "list";
        node.typeName = "list";
        node.min = bound(s.min);
        node.max = bound(s.max);
        node.item = this.shape(s.member);
        break;
      case "map":
        node.kind = "map";
        node.typeName = "map";
        node.min = bound(s.min);
        node.max = bound(s.max);
        node.key = this.shape(s.key);
        node.item = this.shape(s.value);
        break;
      case "string":
        node.kind = "string";
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
        node.kind = s.type === "integer" || s.type === "long" ? "integer" : "float";
        node.typeName = "number";
        node.min = typeof s.min === "number" && !Number.isNaN(s.min) ? s.min : -Infinity;
        node.max = typeof s.max === "number" && !Number.isNaN(s.max) ? s.max : Infinity;
        break;
      case "boolean":
      case "timestamp":
      case "blob":
        node.kind = s.type;
        node.typeName = s.type;
        break;
      default:
        break; // document: anything goes
    }
    return node;
  }
}

const compiled = new WeakMap<ConstraintTable, CompiledTable>();

/** `table` compiled (lazily: each operation's checks on its first call). */
export function compiledTable(table: ConstraintTable): CompiledTable {
  let c = compiled.get(table);
  if (!c) compiled.set(table, (c = new CompiledTable(table)));
  return c;
}
