/**
 * Generates `src/services/<service>/constraints.generated.ts` from the AWS API models.
 *
 *   npx tsx scripts/generate-constraints.ts           write the files
 *   npx tsx scripts/generate-constraints.ts --check   exit 1 when a committed file is stale
 *
 * Models are read from `../shared/aws-models` (relative to the repository root), or from the
 * directory named by the `AWS_MODELS_DIR` environment variable. Three sources are layered, each
 * only filling what the previous ones lack:
 *
 *   1. the Smithy JSON model (`<service>.json`): the base, with every constraint trait;
 *   2. botocore (`botocore/<service>.service-2.json`): operations, members and errors newer than (1);
 *   3. the installed SDK client's runtime schemas (`@aws-sdk/client-*`): operations, members and
 *      errors that the client has but neither model has yet. Schemas carry types and `required`
 *      only, no length/pattern/range/enum.
 *
 * Only facts (names, types, constraint traits, error codes) are read; documentation is ignored.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { MemberConstraint, ShapeConstraint } from "../src/core/validation.js";
import type { ErrorSpec } from "../src/core/service.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const requireFromRepo = createRequire(join(repoRoot, "package.json"));

interface ServiceSource {
  /** Folder under `src/services/`. */
  key: string;
  smithy: string;
  botocore: string;
  sdkPackage: string;
}

const SERVICES: readonly ServiceSource[] = [
  { key: "dsql", smithy: "dsql.json", botocore: "botocore/dsql.service-2.json", sdkPackage: "@aws-sdk/client-dsql" },
  { key: "rds", smithy: "rds.json", botocore: "botocore/rds.service-2.json", sdkPackage: "@aws-sdk/client-rds" },
  {
    key: "docdb-elastic",
    smithy: "docdb-elastic.json",
    botocore: "botocore/docdb-elastic.service-2.json",
    sdkPackage: "@aws-sdk/client-docdb-elastic",
  },
];

/** Directory holding the models: `AWS_MODELS_DIR`, else `../shared/aws-models` from the repo root. */
export function modelsDir(): string {
  const fromEnv = process.env.AWS_MODELS_DIR;
  return fromEnv ? resolve(fromEnv) : resolve(repoRoot, "..", "shared", "aws-models");
}

/* ------------------------------------------------------------------------------------------------ */
/* Working representation                                                                           */
/* ------------------------------------------------------------------------------------------------ */

type Shapes = Map<string, ShapeConstraint>;

interface Built {
  operations: Map<string, string | null>;
  shapes: Shapes;
  errors: Map<string, ErrorSpec>;
  /** Notes about what the later layers added, for the console. */
  notes: string[];
}

const shortName = (id: string): string => {
  const i = id.indexOf("#");
  return i < 0 ? id : id.slice(i + 1);
};

function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Adds `name -> shape`, refusing two different definitions under one short name. */
function putShape(shapes: Shapes, name: string, shape: ShapeConstraint, origin: string): void {
  const existing = shapes.get(name);
  if (existing === undefined) {
    shapes.set(name, shape);
    return;
  }
  if (stableStringify(existing) !== stableStringify(shape)) {
    throw new Error(`Shape name collision on "${name}" (${origin}): ${stableStringify(existing)} vs ${stableStringify(shape)}`);
  }
}

function structMembers(shape: ShapeConstraint | undefined): Record<string, MemberConstraint> | undefined {
  return shape && (shape.type === "structure" || shape.type === "union") ? shape.members : undefined;
}

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
const PRELUDE: Record<string, ShapeConstraint["type"]> = {
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

function simpleShape(type: ShapeConstraint["type"]): ShapeConstraint {
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

function buildFromSmithy(model: { shapes: Record<string, SmithyShape> }): Built {
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
      const input = s.input?.target;
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
  return { operations, shapes, errors, notes: [] };
}

/* ------------------------------------------------------------------------------------------------ */
/* Layer 2: botocore                                                                                */
/* ------------------------------------------------------------------------------------------------ */

interface BotoRef {
  shape: string;
}
interface BotoShape {
  type: string;
  members?: Record<string, BotoRef>;
  required?: string[];
  member?: BotoRef;
  key?: BotoRef;
  value?: BotoRef;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  union?: boolean;
  exception?: boolean;
  fault?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  retryable?: { throttling?: boolean };
}
interface BotoModel {
  operations: Record<string, { input?: BotoRef }>;
  shapes: Record<string, BotoShape>;
}

const BOTO_SIMPLE: Record<string, ShapeConstraint["type"]> = {
  string: "string",
  integer: "integer",
  long: "long",
  float: "float",
  double: "double",
  boolean: "boolean",
  timestamp: "timestamp",
  blob: "blob",
};

function mergeBotocore(built: Built, boto: BotoModel): void {
  const { shapes, operations, errors, notes } = built;
  const converting = new Set<string>();

  /** Ensures the botocore shape `name` is in the table (Smithy's version wins); returns `name`. */
  const ensure = (name: string): string => {
    if (shapes.has(name) || converting.has(name)) return name;
    const s = boto.shapes[name];
    if (!s) throw new Error(`botocore shape ${name} is missing`);
    converting.add(name);
    shapes.set(name, reduce(s, name));
    return name;
  };

  const reduce = (s: BotoShape, name: string): ShapeConstraint => {
    const bounds = (out: Record<string, unknown>) => {
      if (isNum(s.min)) out.min = s.min;
      if (isNum(s.max)) out.max = s.max;
      return out;
    };
    switch (s.type) {
      case "structure": {
        const required = new Set(s.required ?? []);
        const members: Record<string, MemberConstraint> = {};
        for (const [mName, ref] of Object.entries(s.members ?? {})) {
          members[mName] = required.has(mName) ? { target: ensure(ref.shape), required: true } : { target: ensure(ref.shape) };
        }
        return { type: s.union ? "union" : "structure", members };
      }
      case "list":
        return bounds({ type: "list", member: ensure(s.member!.shape) }) as ShapeConstraint;
      case "map":
        return bounds({ type: "map", key: ensure(s.key!.shape), value: ensure(s.value!.shape) }) as ShapeConstraint;
      case "string": {
        const out = bounds({ type: "string" });
        if (typeof s.pattern === "string") out.pattern = s.pattern;
        if (Array.isArray(s.enum)) out.enum = [...s.enum];
        return out as ShapeConstraint;
      }
      default: {
        const type = BOTO_SIMPLE[s.type];
        if (!type) throw new Error(`Unsupported botocore type ${s.type} for ${name}`);
        const out: Record<string, unknown> = { type };
        if (type !== "boolean" && type !== "timestamp" && type !== "blob") bounds(out);
        return out as ShapeConstraint;
      }
    }
  };

  // Members that only botocore's version of a structure has, for every structure both define.
  const seen = new Set<string>();
  const addMissingMembers = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = boto.shapes[name];
    if (!s) return;
    const mine = shapes.get(name);
    if (s.type === "structure") {
      const members = structMembers(mine);
      const required = new Set(s.required ?? []);
      for (const [mName, ref] of Object.entries(s.members ?? {})) {
        if (members && !(mName in members)) {
          members[mName] = required.has(mName) ? { target: ensure(ref.shape), required: true } : { target: ensure(ref.shape) };
          notes.push(`botocore: added member ${name}.${mName}`);
        }
        addMissingMembers(ref.shape);
      }
    } else if (s.type === "list") addMissingMembers(s.member!.shape);
    else if (s.type === "map") addMissingMembers(s.value!.shape);
  };

  for (const [op, def] of Object.entries(boto.operations)) {
    const input = def.input?.shape;
    if (!operations.has(op)) {
      if (!input) operations.set(op, null);
      else {
        ensure(input);
        const members = structMembers(shapes.get(input));
        operations.set(op, members && Object.keys(members).length > 0 ? input : null);
      }
      notes.push(`botocore: added operation ${op}`);
    }
    if (input) addMissingMembers(input);
  }

  for (const [name, s] of Object.entries(boto.shapes)) {
    if (!s.exception || errors.has(name)) continue;
    const fault = s.fault ? "server" : "client";
    const spec: ErrorSpec = { status: s.error?.httpStatusCode ?? (fault === "server" ? 500 : 400), fault };
    if (s.error?.code && s.error.code !== name) spec.code = s.error.code;
    if (s.retryable) spec.retryable = s.retryable.throttling === true ? { throttling: true } : {};
    errors.set(name, spec);
    notes.push(`botocore: added error ${name}`);
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Layer 3: the installed SDK client's runtime schemas                                              */
/* ------------------------------------------------------------------------------------------------ */

// Static schema tuples of @smithy/core/schema: [kind, namespace, name, traits, ...]. Kinds:
// 0 simple (name wraps a type), 1 list, 2 map, 3 structure, -3 error, 4 union, 9 operation.
// Bare numbers are simple types: 0 string, 1 number, 2 boolean, 4..7 timestamp, 15 document,
// 17 big integer, 19 big decimal, 21/42 blob; 64|x is a list of x, 128|x a map of string to x.
type SchemaRef = unknown;

function sdkSimpleName(code: number): string {
  if (code >= 128) return `Map$String$${sdkSimpleName(code & 63)}`;
  if (code >= 64) return `List$${sdkSimpleName(code & 63)}`;
  switch (code) {
    case 0:
      return "String";
    case 1:
    case 19:
      return "Double";
    case 17:
      return "Long";
    case 2:
      return "Boolean";
    case 4:
    case 5:
    case 6:
    case 7:
      return "Timestamp";
    case 15:
      return "Document";
    case 21:
    case 42:
      return "Blob";
    default:
      throw new Error(`Unknown SDK schema code ${code}`);
  }
}

function mergeSdk(built: Built, sdk: Record<string, unknown>): void {
  const { shapes, operations, errors, notes } = built;

  const deref = (ref: SchemaRef): SchemaRef => (typeof ref === "function" ? deref((ref as () => unknown)()) : ref);
  /** A member schema is `[ref, memberTraits]`; a static schema is `[kind, ns, name, ...]`. */
  const unwrapMember = (ref: SchemaRef): SchemaRef => {
    const r = deref(ref);
    if (Array.isArray(r) && r.length === 2 && typeof r[0] !== "number") return unwrapMember(r[0]);
    return r;
  };

  const ensure = (ref: SchemaRef): string => {
    const r = unwrapMember(ref);
    if (typeof r === "number") {
      const name = sdkSimpleName(r);
      if (!shapes.has(name)) {
        if (r >= 128) shapes.set(name, { type: "map", key: ensure(0), value: ensure(r & 63) });
        else if (r >= 64) shapes.set(name, { type: "list", member: ensure(r & 63) });
        else shapes.set(name, simpleShape(PRELUDE[name] ?? "document"));
      }
      return name;
    }
    if (!Array.isArray(r) || typeof r[0] !== "number" || typeof r[2] !== "string") {
      throw new Error(`Unrecognised SDK schema ${String(r)}`);
    }
    const name = r[2] as string;
    if (shapes.has(name)) return name;
    const kind = r[0] as number;
    if (kind === 0) {
      const base = shapes.get(ensure(r[4])) ?? simpleShape("document");
      shapes.set(name, base);
    } else if (kind === 1) {
      shapes.set(name, { type: "list", member: "Document" }); // placeholder against cycles
      shapes.set(name, { type: "list", member: ensure(r[4]) });
    } else if (kind === 2) {
      shapes.set(name, { type: "map", key: "String", value: "Document" });
      shapes.set(name, { type: "map", key: ensure(r[4]), value: ensure(r[5]) });
    } else if (kind === 3 || kind === -3 || kind === 4) {
      const members: Record<string, MemberConstraint> = {};
      shapes.set(name, { type: kind === 4 ? "union" : "structure", members });
      const names = (r[4] ?? []) as string[];
      const refs = (r[5] ?? []) as SchemaRef[];
      const requiredCount = typeof r[6] === "number" ? r[6] : 0;
      names.forEach((mName, i) => {
        members[mName] = i < requiredCount ? { target: ensure(refs[i]), required: true } : { target: ensure(refs[i]) };
      });
    } else throw new Error(`Unsupported SDK schema kind ${kind} for ${name}`);
    return name;
  };

  const seen = new Set<string>();
  const addMissingMembers = (ref: SchemaRef): void => {
    const r = unwrapMember(ref);
    if (!Array.isArray(r) || typeof r[2] !== "string" || seen.has(r[2])) return;
    seen.add(r[2]);
    const kind = r[0];
    if (kind === 1) addMissingMembers(r[4]);
    else if (kind === 2) addMissingMembers(r[5]);
    else if (kind === 3 || kind === 4) {
      const members = structMembers(shapes.get(r[2]));
      const names = (r[4] ?? []) as string[];
      const refs = (r[5] ?? []) as SchemaRef[];
      const requiredCount = typeof r[6] === "number" ? r[6] : 0;
      names.forEach((mName, i) => {
        if (members && !(mName in members)) {
          members[mName] = i < requiredCount ? { target: ensure(refs[i]), required: true } : { target: ensure(refs[i]) };
          notes.push(`sdk: added member ${r[2]}.${mName}`);
        }
        addMissingMembers(refs[i]);
      });
    }
  };

  const exportNames = Object.keys(sdk).filter((k) => k.endsWith("$")).sort();
  for (const exportName of exportNames) {
    const schema = sdk[exportName];
    if (!Array.isArray(schema)) continue;
    if (schema[0] === 9) {
      const op = schema[2] as string;
      const input = unwrapMember(schema[4]);
      if (!operations.has(op)) {
        if (input === "unit" || !Array.isArray(input)) operations.set(op, null);
        else {
          const name = ensure(input);
          const members = structMembers(shapes.get(name));
          operations.set(op, members && Object.keys(members).length > 0 ? name : null);
        }
        notes.push(`sdk: added operation ${op}`);
      }
      if (Array.isArray(input)) addMissingMembers(input);
    } else if (schema[0] === -3) {
      const name = schema[2] as string;
      if (errors.has(name)) continue;
      const traits = (typeof schema[3] === "object" && schema[3] !== null ? schema[3] : {}) as Record<string, unknown>;
      if (traits.error === undefined) continue; // the client's base exception class, not a modeled error
      const fault = traits.error === "server" ? "server" : "client";
      const queryError = traits.awsQueryError as [string, number] | undefined;
      const status = isNum(traits.httpError)
        ? traits.httpError
        : isNum(queryError?.[1])
          ? queryError![1]
          : fault === "server"
            ? 500
            : 400;
      const spec: ErrorSpec = { status, fault };
      if (queryError?.[0] && queryError[0] !== name) spec.code = queryError[0];
      errors.set(name, spec);
      notes.push(`sdk: added error ${name}`);
    }
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Output                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

/** Keeps only shapes reachable from an operation input, and puts them in name order. */
function prune(built: Built): Record<string, ShapeConstraint> {
  const keep = new Set<string>();
  const walk = (name: string): void => {
    if (keep.has(name)) return;
    const s = built.shapes.get(name);
    if (!s) throw new Error(`Dangling shape reference ${name}`);
    keep.add(name);
    if (s.type === "structure" || s.type === "union") for (const m of Object.values(s.members)) walk(m.target);
    else if (s.type === "list") walk(s.member);
    else if (s.type === "map") {
      walk(s.key);
      walk(s.value);
    }
  };
  for (const input of built.operations.values()) if (input) walk(input);
  const out: Record<string, ShapeConstraint> = {};
  for (const name of [...keep].sort(compare)) out[name] = built.shapes.get(name)!;
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Compact TypeScript literal; object keys in the given order (callers sort where needed). */
function literal(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(literal).join(", ")}]`;
  if (v !== null && typeof v === "object") {
    const parts = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${IDENT.test(k) ? k : JSON.stringify(k)}: ${literal(x)}`);
    return parts.length ? `{ ${parts.join(", ")} }` : "{}";
  }
  return JSON.stringify(v);
}

function stableStringify(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => compare(a, b)))
      : x,
  );
}

/** Field order inside one shape, so output never depends on the source's key order. */
function orderShape(s: ShapeConstraint): Record<string, unknown> {
  const order = ["type", "member", "key", "value", "members", "min", "max", "pattern", "enum"];
  const src = s as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of order) if (src[k] !== undefined) out[k] = src[k];
  if (out.members) {
    // Members keep model order (violations are reported in member order); fields in fixed order.
    const members: Record<string, unknown> = {};
    for (const [name, m] of Object.entries(out.members as Record<string, MemberConstraint>)) {
      members[name] = { target: m.target, required: m.required, default: m.default };
    }
    out.members = members;
  }
  return out;
}

function render(service: ServiceSource, built: Built): string {
  const shapes = prune(built);
  const ops = [...built.operations.keys()].sort(compare);
  const errorNames = [...built.errors.keys()].sort(compare);
  const lines: string[] = [];
  lines.push(
    `// Generated by \`npx tsx scripts/generate-constraints.ts\` from the ${service.key} API models`,
    `// (${service.smithy}, ${service.botocore}, ${service.sdkPackage} schemas). Do not edit.`,
    `import type { ConstraintTable } from "../../core/validation.js";`,
    `import type { ErrorSpec } from "../../core/service.js";`,
    ``,
    `export const constraints: ConstraintTable = {`,
    `  operations: {`,
  );
  for (const op of ops) lines.push(`    ${op}: ${literal(built.operations.get(op))},`);
  lines.push(`  },`, `  shapes: {`);
  for (const [name, s] of Object.entries(shapes)) {
    lines.push(`    ${IDENT.test(name) ? name : JSON.stringify(name)}: ${literal(orderShape(s))},`);
  }
  lines.push(`  },`, `};`, ``, `export const errors: Record<string, ErrorSpec> = {`);
  for (const name of errorNames) {
    const e = built.errors.get(name)!;
    lines.push(`  ${name}: ${literal({ status: e.status, fault: e.fault, code: e.code, retryable: e.retryable })},`);
  }
  lines.push(`};`, ``, `export const operationNames = [`);
  for (const op of ops) lines.push(`  ${JSON.stringify(op)},`);
  lines.push(`] as const;`, ``);
  return lines.join("\n");
}

/* ------------------------------------------------------------------------------------------------ */
/* Entry points                                                                                     */
/* ------------------------------------------------------------------------------------------------ */

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  content: string;
  notes: string[];
}

/** Builds every generated file in memory. */
export function generateAll(dir = modelsDir()): GeneratedFile[] {
  if (!existsSync(dir)) throw new Error(`AWS models directory not found: ${dir} (set AWS_MODELS_DIR)`);
  return SERVICES.map((service) => {
    const built = buildFromSmithy(readJson(join(dir, service.smithy)));
    mergeBotocore(built, readJson(join(dir, service.botocore)));
    mergeSdk(built, requireFromRepo(service.sdkPackage) as Record<string, unknown>);
    return {
      path: `src/services/${service.key}/constraints.generated.ts`,
      content: render(service, built),
      notes: built.notes,
    };
  });
}

/** Repository-relative paths of generated files that differ from what the generator writes. */
export function checkGenerated(dir = modelsDir()): string[] {
  return generateAll(dir)
    .filter((f) => {
      const abs = join(repoRoot, f.path);
      return !existsSync(abs) || readFileSync(abs, "utf8") !== f.content;
    })
    .map((f) => f.path);
}

function main(argv: readonly string[]): number {
  if (argv.includes("--check")) {
    const stale = checkGenerated();
    if (stale.length === 0) {
      console.log("constraints.generated.ts files are up to date.");
      return 0;
    }
    for (const path of stale) {
      console.error(`Stale generated file: ${path} (run \`npx tsx scripts/generate-constraints.ts\`)`);
    }
    return 1;
  }
  for (const file of generateAll()) {
    writeFileSync(join(repoRoot, file.path), file.content);
    const size = Buffer.byteLength(file.content);
    console.log(`wrote ${file.path} (${(size / 1024).toFixed(1)} KB)`);
    for (const note of file.notes) console.log(`  ${note}`);
  }
  console.log(`models: ${relative(repoRoot, modelsDir()) || "."}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-constraints: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
