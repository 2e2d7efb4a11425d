/** Layer 2 of the generator: botocore, for operations, members and errors newer than the Smithy model. */
import type { MemberConstraint, ShapeConstraint } from "../../src/core/validation.js";
import type { ErrorSpec } from "../../src/core/service.js";
import { declareError, isNum, structMembers, type Built } from "./model.js";
import type { Side } from "./smithy.js";
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
export interface BotoModel {
  operations: Record<string, { input?: BotoRef; output?: BotoRef; errors?: BotoRef[] }>;
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

export function mergeBotocore(built: Built, boto: BotoModel, side: Side = "input"): void {
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
    const input = def[side]?.shape;
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
    for (const e of def.errors ?? []) {
      if (!built.operationErrors.get(op)?.has(e.shape)) {
        declareError(built, op, e.shape);
        notes.push(`botocore: ${op} declares ${e.shape}`);
      }
    }
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
