/**
 * Checks a command's output against the output schema the SDK client module itself exports (the
 * static schema arrays `<Operation>$`, the same data the SDK's deserializer reads): every member is
 * one the model declares, with the type the deserializer would produce (Date for timestamps, numbers,
 * booleans, arrays, plain objects), required members present, and no `null` where a member is absent.
 */
type SchemaRef = unknown;

/** Static schema ids (smithy-typescript `schema` package). */
const SIMPLE = 0;
const LIST = 1;
const MAP = 2;
const STRUCT = 3;
const ERROR = -3;
const UNION = 4;

/** Numeric schema sentinels. */
const STRING = 0;
const NUMERIC = 1;
const BOOLEAN = 2;
const DOCUMENT = 15;
const BLOB = 21;
const STREAMING_BLOB = 42;
const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;

function deref(ref: SchemaRef): unknown {
  return typeof ref === "function" ? (ref as () => unknown)() : ref;
}

/** Follows member wrappers `[ref, traits]` and simple schemas `[0, ns, name, traits, ref]`. */
function resolve(ref: SchemaRef): unknown {
  let sc = deref(ref);
  for (let guard = 0; guard < 16; guard++) {
    if (Array.isArray(sc) && sc.length === 2) sc = deref(sc[0]);
    else if (Array.isArray(sc) && sc[0] === SIMPLE && sc.length >= 5) sc = deref(sc[4]);
    else break;
  }
  return sc;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Date) return "Date";
  if (v instanceof Uint8Array) return "Uint8Array";
  return typeof v;
}

/** The problems found in `value` against `ref`, each as `path: what is wrong`. */
export function outputProblems(ref: SchemaRef, value: unknown, path = "", problems: string[] = [], depth = 0): string[] {
  if (depth > 40 || problems.length > 20) return problems;
  const sc = resolve(ref);
  const at = path || "(output)";
  if (typeof sc === "number") {
    if (sc >= MAP_MODIFIER) return checkMap(sc & ~MAP_MODIFIER, value, path, problems, depth);
    if (sc >= LIST_MODIFIER) return checkList(sc & ~LIST_MODIFIER, value, path, problems, depth);
    const ok =
      sc === STRING
        ? typeof value === "string"
        : sc === NUMERIC
          ? typeof value === "number"
          : sc === BOOLEAN
            ? typeof value === "boolean"
            : sc >= 4 && sc <= 7
              ? value instanceof Date && !Number.isNaN(value.getTime())
              : sc === BLOB || sc === STREAMING_BLOB
                ? value instanceof Uint8Array
                : true; // documents, big numbers
    if (!ok) problems.push(`${at}: ${describe(value)} where the model has ${schemaTypeName(sc)}`);
    return problems;
  }
  if (!Array.isArray(sc)) return problems; // unit or unknown: nothing to check
  switch (sc[0]) {
    case LIST:
      return checkList(sc[4], value, path, problems, depth);
    case MAP:
      return checkMap(sc[5], value, path, problems, depth);
    case STRUCT:
    case ERROR:
    case UNION:
      return checkStruct(sc, value, path, problems, depth);
    default:
      return problems;
  }
}

function schemaTypeName(sc: number): string {
  if (sc === STRING) return "string";
  if (sc === NUMERIC) return "number";
  if (sc === BOOLEAN) return "boolean";
  if (sc >= 4 && sc <= 7) return "timestamp (Date)";
  if (sc === BLOB || sc === STREAMING_BLOB) return "blob (Uint8Array)";
  if (sc === DOCUMENT) return "document";
  return `schema ${sc}`;
}

function checkList(item: SchemaRef, value: unknown, path: string, problems: string[], depth: number): string[] {
  if (!Array.isArray(value)) {
    problems.push(`${path || "(output)"}: ${describe(value)} where the model has a list`);
    return problems;
  }
  value.forEach((v, i) => {
    if (v === null || v === undefined) problems.push(`${path}[${i}]: ${describe(v)} list item`);
    else outputProblems(item, v, `${path}[${i}]`, problems, depth + 1);
  });
  return problems;
}

function checkMap(valueRef: SchemaRef, value: unknown, path: string, problems: string[], depth: number): string[] {
  if (!isPlainObject(value)) {
    problems.push(`${path || "(output)"}: ${describe(value)} where the model has a map`);
    return problems;
  }
  for (const [k, v] of Object.entries(value)) {
    if (v === null) problems.push(`${path}.${k}: null map value`);
    else if (v !== undefined) outputProblems(valueRef, v, `${path}.${k}`, problems, depth + 1);
  }
  return problems;
}

function checkStruct(sc: unknown[], value: unknown, path: string, problems: string[], depth: number): string[] {
  const at = path || "(output)";
  if (!isPlainObject(value)) {
    problems.push(`${at}: ${describe(value)} where the model has structure ${String(sc[2])}`);
    return problems;
  }
  const names = (sc[4] as string[]) ?? [];
  const schemas = (sc[5] as SchemaRef[]) ?? [];
  const requiredCount = typeof sc[6] === "number" ? sc[6] : 0;
  for (const [k, v] of Object.entries(value)) {
    if (path === "" && k === "$metadata") continue;
    const i = names.indexOf(k);
    const memberPath = path ? `${path}.${k}` : k;
    if (i < 0) {
      problems.push(`${memberPath}: member not in the model's ${String(sc[2])}`);
      continue;
    }
    if (v === null) problems.push(`${memberPath}: null (absent members must be absent)`);
    else if (v !== undefined) outputProblems(schemas[i], v, memberPath, problems, depth + 1);
  }
  for (let i = 0; i < requiredCount && i < names.length; i++) {
    if (value[names[i]] === undefined || value[names[i]] === null) {
      problems.push(`${path ? `${path}.` : ""}${names[i]}: required member of ${String(sc[2])} is missing`);
    }
  }
  return problems;
}

/** The output schema of an operation from the SDK module (`<Operation>$` = [9, ns, name, traits, input, output]). */
export function outputSchemaOf(sdk: Record<string, unknown>, operation: string): SchemaRef | undefined {
  const op = sdk[`${operation}$`];
  return Array.isArray(op) && op[0] === 9 ? op[5] : undefined;
}
