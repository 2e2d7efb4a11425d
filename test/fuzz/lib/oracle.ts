/**
 * What every call must satisfy, whatever its input. A success: a plain object with
 * `$metadata.httpStatusCode` 200 whose members match the SDK's output schema. A failure: an instance
 * of the service's base exception (or `MockNotImplementedError`) with `$fault`, an HTTP status that
 * agrees with the model's error table, a name and a non-empty message; never a TypeError, RangeError
 * or any other error thrown from inside the mock. State must stay JSON-safe data.
 */
import { MockNotImplementedError } from "../../../src/index.js";
import { awsModel, declaredErrors } from "./aws-model.js";
import { VALIDATION_ERROR_CODES, type FuzzService } from "./model.js";
import { outputProblems, outputSchemaOf } from "./output-shape.js";

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const stack = (err.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" | ");
    return `${err.constructor?.name ?? "Error"} ${JSON.stringify(err.name)}: ${err.message}${stack ? ` (at ${stack})` : ""}`;
  }
  return `non-Error value thrown: ${String(err)}`;
}

/** Text that only appears when code formats a value that is missing or not a string. */
const SLOPPY = /\bundefined\b|\[object Object\]|\bNaN\b/;
/** In messages `NaN` may be the caller's own value, quoted back. */
const SLOPPY_MESSAGE = /\bundefined\b|\[object Object\]/;

/** String members of an output that show a missing value (`arn:aws:dsql:undefined:...`). */
function sloppyStrings(value: unknown, path: string, out: string[], depth = 0): string[] {
  if (depth > 30 || out.length > 3) return out;
  if (typeof value === "string") {
    if (SLOPPY.test(value)) out.push(`output ${path || "(output)"} shows a missing value: ${JSON.stringify(value.slice(0, 120))}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => sloppyStrings(v, `${path}[${i}]`, out, depth + 1));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) if (k !== "$metadata") sloppyStrings(v, path ? `${path}.${k}` : k, out, depth + 1);
  return out;
}

/**
 * Problems of a rejected call. `mustBeValidation`: the model forbids the input. `sdkRefusal`: the
 * error the SDK's own serializer throws for this input before sending, if it does.
 */
export function errorProblems(
  svc: FuzzService,
  operation: string,
  simulated: boolean,
  err: unknown,
  mustBeValidation: boolean,
  sdkRefusal?: Error,
): string[] {
  const problems: string[] = [];
  const e = err as any;
  const isNotImplemented = err instanceof MockNotImplementedError;
  if (!(err instanceof svc.baseException) && !isNotImplemented) {
    // What the SDK refuses before sending (a missing URI label) is the SDK serializer's own error.
    if (sdkRefusal && err instanceof Error && err.constructor === sdkRefusal.constructor && err.message === sdkRefusal.message) return [];
    return [`threw something that is neither a ${svc.baseException.name} nor a MockNotImplementedError: ${describeError(err)}`];
  }
  if (sdkRefusal) problems.push(`the SDK's serializer refuses this input before sending (${sdkRefusal.message}), the mock answered ${e.name}`);
  if (typeof e.name !== "string" || e.name === "" || e.name === "Error") problems.push(`error has no AWS error name (name=${JSON.stringify(e.name)})`);
  if (typeof e.message !== "string" || e.message.trim() === "") problems.push(`${e.name} has an empty message`);
  if (e.$fault !== "client" && e.$fault !== "server") problems.push(`${e.name}.$fault is ${JSON.stringify(e.$fault)}`);
  const status = e.$metadata?.httpStatusCode;
  if (!Number.isInteger(status) || status < 400 || status > 599) problems.push(`${e.name}.$metadata.httpStatusCode is ${JSON.stringify(status)}`);
  const spec = svc.errors[e.name];
  if (spec && status !== spec.status) problems.push(`${e.name} has HTTP status ${status}, the model says ${spec.status}`);
  if (spec && e.$fault !== spec.fault) problems.push(`${e.name} has $fault ${e.$fault}, the model says ${spec.fault}`);
  if (typeof e.message === "string" && SLOPPY_MESSAGE.test(e.message)) problems.push(`${e.name} message shows a missing value: ${JSON.stringify(e.message)}`);
  if (svc.protocol === "restJson" && e.name === "ValidationException" && typeof e.reason !== "string") {
    problems.push("ValidationException without a reason");
  }
  if (!simulated && !isNotImplemented) problems.push(`a command that is not simulated answered ${e.name} instead of MockNotImplementedError`);
  problems.push(...undeclaredErrorProblems(svc, operation, simulated && !isNotImplemented, e.name));
  if (simulated && mustBeValidation && !VALIDATION_ERROR_CODES[svc.protocol].includes(e.name)) {
    problems.push(`the input breaks a model constraint, expected ${VALIDATION_ERROR_CODES[svc.protocol].join(" or ")}, got ${e.name}: ${e.message}`);
  }
  return problems;
}

/**
 * An operation answers only the errors its model declares (its own and the service's) or the
 * protocol's common errors. Read from the AWS model itself, not from the mock's generated tables.
 */
export function undeclaredErrorProblems(svc: FuzzService, operation: string, answered: boolean, name: unknown): string[] {
  if (!answered || typeof name !== "string") return [];
  const model = awsModel(svc.key);
  const declared = model && declaredErrors(model, operation, svc.protocol);
  if (!declared || declared.has(name)) return [];
  return [`${operation} answered ${name}, which neither its model declares nor is a common error of the protocol`];
}

/** Problems of a resolved call. */
export function successProblems(svc: FuzzService, operation: string, simulated: boolean, out: unknown, mustBeValidation: boolean): string[] {
  if (!isPlainObject(out)) return [`resolved with ${out === null ? "null" : typeof out}, not a plain object`];
  const problems: string[] = [];
  const status = (out.$metadata as any)?.httpStatusCode;
  if (status !== 200) problems.push(`$metadata.httpStatusCode is ${JSON.stringify(status)}, expected 200`);
  if (!simulated) problems.push("a command that is not simulated resolved");
  if (simulated && mustBeValidation) problems.push("accepted an input that breaks a model constraint");
  const schema = outputSchemaOf(svc.sdk, operation);
  if (schema !== undefined) problems.push(...outputProblems(schema, out).map((p) => `output ${p}`));
  sloppyStrings(out, "", problems);
  return problems;
}

/** Where state holds something that is not JSON data (dump/load would change it). */
export function jsonSafetyProblems(value: unknown, path = "state", out: string[] = [], budget = { n: 200_000 }): string[] {
  if (--budget.n < 0 || out.length > 5) return out;
  if (value === null || value === undefined || typeof value === "string" || typeof value === "boolean") return out;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
    return out;
  }
  if (typeof value !== "object") {
    out.push(`${path} is a ${typeof value}`);
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => jsonSafetyProblems(v, `${path}[${i}]`, out, budget));
    return out;
  }
  if (!isPlainObject(value)) {
    out.push(`${path} is a ${(value as object).constructor?.name ?? "non-plain object"}`);
    return out;
  }
  for (const k of Object.keys(value)) jsonSafetyProblems((value as any)[k], `${path}.${k}`, out, budget);
  return out;
}

/** Overwrites everything reachable in an output (to prove outputs are copies, not state). */
export function scribble(value: unknown, depth = 0): void {
  if (depth > 50 || value === null || typeof value !== "object") return;
  if (value instanceof Date) {
    value.setTime(0);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) scribble(v, depth + 1);
    value.push("scribbled");
    return;
  }
  for (const k of Object.keys(value)) {
    const v = (value as any)[k];
    scribble(v, depth + 1);
    if (k !== "$metadata" && (v === null || typeof v !== "object")) (value as any)[k] = typeof v === "number" ? -12345 : "scribbled";
  }
}

const PROTOTYPES: [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Object", Object],
];
const pristineKeys = new Map(PROTOTYPES.map(([name, p]) => [name, new Set(Reflect.ownKeys(p))]));

/**
 * Keys a call added to the global prototypes (prototype pollution through `records["__proto__"].x = v`).
 * They are removed again, so one defect does not corrupt every later case of the process.
 */
export function pollution(): string[] {
  const found: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    const known = pristineKeys.get(name)!;
    for (const key of Reflect.ownKeys(proto)) {
      if (known.has(key)) continue;
      found.push(`${name}.${String(key)}`);
      delete (proto as any)[key];
    }
  }
  return found;
}
