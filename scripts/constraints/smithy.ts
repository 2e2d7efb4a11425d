/** Layer 1 of the generator: the Smithy JSON AST, the base, with every constraint trait and error trait. */
import type { MemberConstraint, ShapeConstraint } from "../../src/core/validation.js";
import type { ErrorSpec } from "../../src/core/service.js";
import { declareError, isNum, putShape, shortName, structMembers, type Built, type Shapes } from "./model.js";
/* ------------------------------------------------------------------------------------------------ */
/* Layer 1: Smithy JSON AST                                                                         */
/* ------------------------------------------------------------------------------------------------ */

interface SmithyMember {
  target: string;
  traits?: Record<string, unknown>;
}
interface SmithyShape {
  type: string;
  members?: Record<string, SmithyMember>;
  member?: SmithyMember;
  key?: SmithyMember;
  value?: SmithyMember;
  input?: { target: string };
  output?: { target: string };
  /** An operation's declared errors; on the service shape, errors every operation may answer. */
  errors?: { target: string }[];
  traits?: Record<string, unknown>;
}

const SMITHY_SIMPLE: Record<string, ShapeConstraint["type"]> = {
  string: "string",
  enum: "string",
  integer: "integer",
  intEnum: "integer",
  short: "integer",
  byte: "integer",
  long: "long",
  bigInteger: "long",
  float: "float",
  double: "double",
  bigDecimal: "double",
  boolean: "boolean",
  timestamp: "timestamp",
  blob: "blob",
  document: "document",
};

/** Prelude shapes (`smithy.api#String`, `smithy.api#PrimitiveBoolean`, ...) by their short name. */
export const PRELUDE: Record<string, ShapeConstraint["type"]> = {
  String: "string",
  Blob: "blob",
  BigInteger: "long",
  BigDecimal: "double",
  Timestamp: "timestamp",
  Document: "document",
  Boolean: "boolean",
  PrimitiveBoolean: "boolean",
  Byte: "integer",
  PrimitiveByte: "integer",
  Short: "integer",
  PrimitiveShort: "integer",
  Integer: "integer",
  PrimitiveInteger: "integer",
  Long: "long",
  PrimitiveLong: "long",
  Float: "float",
  PrimitiveFloat: "float",
  Double: "double",
  PrimitiveDouble: "double",
};

export function simpleShape(type: ShapeConstraint["type"]): ShapeConstraint {
  return { type } as ShapeConstraint;
}

/** Applies `length` / `range` / `pattern` traits (shape- or member-level) onto a reduced shape. */
function applyConstraintTraits(shape: ShapeConstraint, traits: Record<string, unknown> | undefined): ShapeConstraint {
  if (!traits) return shape;
  const out = { ...shape } as Record<string, unknown>;
  const t = shape.type;
  const length = traits["smithy.api#length"] as { min?: unknown; max?: unknown } | undefined;
  if (length && (t === "string" || t === "list" || t === "map")) {
    if (isNum(length.min)) out.min = length.min;
    if (isNum(length.max)) out.max = length.max;
  }
  const range = traits["smithy.api#range"] as { min?: unknown; max?: unknown } | undefined;
  if (range && (t === "integer" || t === "long" || t === "float" || t === "double")) {
    const min = typeof range.min === "string" ? Number(range.min) : range.min;
    const max = typeof range.max === "string" ? Number(range.max) : range.max;
    if (isNum(min)) out.min = min;
    if (isNum(max)) out.max = max;
  }
  const pattern = traits["smithy.api#pattern"];
  if (typeof pattern === "string" && t === "string") out.pattern = pattern;
  const legacyEnum = traits["smithy.api#enum"];
  if (Array.isArray(legacyEnum) && t === "string") {
    out.enum = legacyEnum.map((e: { value: string }) => e.value);
  }
  return out as ShapeConstraint;
}

const MEMBER_CONSTRAINT_TRAITS = ["smithy.api#length", "smithy.api#range", "smithy.api#pattern"] as const;

/** Which structure of each operation the table is built from: its input (the constraints) or its output (the model facts). */
export type Side = "input" | "output";

export function buildFromSmithy(model: { shapes: Record<string, SmithyShape> }, side: Side = "input"): Built {
  const all = model.shapes;
  const shapes: Shapes = new Map();
  const operations = new Map<string, string | null>();
  const errors = new Map<string, ErrorSpec>();
  const visiting = new Set<string>();

  /** Converts the shape `id` (and everything it reaches); returns its short name. */
  const visit = (id: string): string => {
    const name = shortName(id);
    if (id.startsWith("smithy.api#")) {
      const type = PRELUDE[name];
      if (type) putShape(shapes, name, simpleShape(type), id);
      else if (name === "Unit") putShape(shapes, "Unit", { type: "structure", members: {} }, id);
      else throw new Error(`Unknown prelude shape ${id}`);
      return name;
    }
    if (visiting.has(id)) return name;
    visiting.add(id);
    const s = all[id];
    if (!s) throw new Error(`Shape ${id} is not in the model`);
    putShape(shapes, name, reduce(id, s), id);
    return name;
  };

  const memberTarget = (owner: string, memberName: string, m: SmithyMember): string => {
    const base = visit(m.target);
    const traits = m.traits;
    if (!traits || !MEMBER_CONSTRAINT_TRAITS.some((t) => t in traits)) return base;
    // Member-level constraint traits: a synthetic shape `<Owner>$<member>` merging both levels.
    const merged = applyConstraintTraits(shapes.get(base)!, traits);
    const synthetic = `${shortName(owner)}$${memberName}`;
    putShape(shapes, synthetic, merged, `${owner}$${memberName}`);
    return synthetic;
  };

  const reduce = (id: string, s: SmithyShape): ShapeConstraint => {
    switch (s.type) {
      case "structure":
      case "union": {
        const members: Record<string, MemberConstraint> = {};
        for (const [mName, m] of Object.entries(s.members ?? {})) {
          const mc: MemberConstraint = { target: memberTarget(id, mName, m) };
          if (m.traits && "smithy.api#required" in m.traits) mc.required = true;
          const def = m.traits?.["smithy.api#default"];
          if (def !== undefined && def !== null) mc.default = def;
          members[mName] = mc;
        }
        return { type: s.type, members };
      }
      case "list":
      case "set":
        return applyConstraintTraits({ type: "list", member: memberTarget(id, "member", s.member!) }, s.traits);
      case "map":
        return applyConstraintTraits(
          { type: "map", key: memberTarget(id, "key", s.key!), value: memberTarget(id, "value", s.value!) },
          s.traits,
        );
      case "enum": {
        const values = Object.entries(s.members ?? {}).map(([mName, m]) => {
          const v = m.traits?.["smithy.api#enumValue"];
          return typeof v === "string" ? v : mName;
        });
        return { ...(applyConstraintTraits({ type: "string" }, s.traits) as object), type: "string", enum: values };
      }
      default: {
        const type = SMITHY_SIMPLE[s.type];
        if (!type) throw new Error(`Unsupported shape type ${s.type} for ${id}`);
        return applyConstraintTraits(simpleShape(type), s.traits);
      }
    }
  };

  for (const [id, s] of Object.entries(all)) {
    if (s.type === "operation") {
      const input = s[side]?.target;
      if (!input || input === "smithy.api#Unit") {
        operations.set(shortName(id), null);
        continue;
      }
      const name = visit(input);
      const members = structMembers(shapes.get(name));
      operations.set(shortName(id), members && Object.keys(members).length > 0 ? name : null);
    } else if (s.type === "structure" && s.traits && "smithy.api#error" in s.traits) {
      const traits = s.traits;
      const fault = traits["smithy.api#error"] === "server" ? "server" : "client";
      const queryError = traits["aws.protocols#awsQueryError"] as { code?: string; httpResponseCode?: number } | undefined;
      const httpError = traits["smithy.api#httpError"];
      const status = isNum(httpError)
        ? httpError
        : isNum(queryError?.httpResponseCode)
          ? queryError!.httpResponseCode!
          : fault === "server"
            ? 500
            : 400;
      const spec: ErrorSpec = { status, fault };
      const name = shortName(id);
      if (queryError?.code && queryError.code !== name) spec.code = queryError.code;
      const retryable = traits["smithy.api#retryable"] as { throttling?: boolean } | undefined;
      if (retryable) spec.retryable = retryable.throttling === true ? { throttling: true } : {};
      errors.set(name, spec);
    }
  }
  // Each operation's declared errors, plus the service shape's (errors any operation may answer).
  const built: Built = { operations, shapes, errors, operationErrors: new Map(), notes: [] };
  const serviceErrors = Object.values(all).flatMap((s) => (s.type === "service" ? (s.errors ?? []) : []));
  for (const [id, s] of Object.entries(all)) {
    if (s.type !== "operation") continue;
    for (const e of [...(s.errors ?? []), ...serviceErrors]) declareError(built, shortName(id), shortName(e.target));
  }
  return built;
}
