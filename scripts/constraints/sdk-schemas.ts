/** Layer 3 of the generator: the installed SDK client's runtime schemas (types and `required` only). */
import type { MemberConstraint } from "../../src/core/validation.js";
import type { ErrorSpec } from "../../src/core/service.js";
import { isNum, structMembers, type Built } from "./model.js";
import { PRELUDE, simpleShape, type Side } from "./smithy.js";
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

export function mergeSdk(built: Built, sdk: Record<string, unknown>, side: Side = "input"): void {
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
      const input = unwrapMember(schema[side === "input" ? 4 : 5]); // [9, ns, name, traits, input, output]
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
