/**
 * The cross-check of one answer against the SDK: the mock's output or error is rendered as the wire
 * response the real service would send (`wire-json.ts`, `wire-query.ts`), the SDK's own deserializer
 * builds its object from that (`sdk-deserialize.ts`), and the two must be the same: same class, same
 * own keys (in the same order, for errors), same enumerability, Date where Date, no undefined-valued
 * keys the SDK would not have, the same `$metadata`, and a non-enumerable `$response` with the status
 * and request id.
 */
import { MockNotImplementedError } from "../../../src/index.js";
import { awsModel } from "./aws-model.js";
import type { FuzzService } from "./model.js";
import { sdkAnswer } from "./sdk-deserialize.js";
import { restJsonError, restJsonOutput, type WireResponse } from "./wire-json.js";
import { awsQueryError, awsQueryOutput } from "./wire-query.js";

/** How many answers were cross-checked in this process (the fuzz summary reports it). */
export const crossChecked = { calls: 0 };

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Date) return "Date";
  if (v instanceof Uint8Array) return "Uint8Array";
  return typeof v;
}

function show(v: unknown): string {
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? "invalid" : v.toISOString()})`;
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 100 ? `${s.slice(0, 100)}...` : s;
  } catch {
    return String(v);
  }
}

/** The first difference between the mock's value and the SDK's, as `path: what differs`. */
export function difference(mock: unknown, sdk: unknown, path: string): string | undefined {
  const km = kind(mock);
  const ks = kind(sdk);
  if (km !== ks) return `${path}: the mock has ${km} ${show(mock)}, the SDK builds ${ks} ${show(sdk)}`;
  if (mock instanceof Date) return mock.getTime() === (sdk as Date).getTime() || (Number.isNaN(mock.getTime()) && Number.isNaN((sdk as Date).getTime())) ? undefined : `${path}: ${show(mock)} vs the SDK's ${show(sdk)}`;
  if (mock instanceof Uint8Array) return Buffer.from(mock).equals(Buffer.from(sdk as Uint8Array)) ? undefined : `${path}: different bytes`;
  if (Array.isArray(mock)) {
    const s = sdk as unknown[];
    if (mock.length !== s.length) return `${path}: ${mock.length} items, the SDK builds ${s.length}`;
    for (let i = 0; i < mock.length; i++) {
      const d = difference(mock[i], s[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (km === "object") {
    const m = mock as Record<string, unknown>;
    const s = sdk as Record<string, unknown>;
    const mk = Object.keys(m);
    const sk = Object.keys(s);
    const extra = mk.filter((k) => !Object.hasOwn(s, k) || !Object.getOwnPropertyDescriptor(s, k)!.enumerable);
    if (extra.length > 0) return `${path || "(output)"}: own keys the SDK does not build: ${extra.map((k) => `${k}=${show(m[k])}`).join(", ")}`;
    const missing = sk.filter((k) => !Object.hasOwn(m, k));
    if (missing.length > 0) return `${path || "(output)"}: missing keys the SDK builds: ${missing.map((k) => `${k}=${show(s[k])}`).join(", ")}`;
    for (const k of mk) {
      const d = difference(m[k], s[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return undefined;
  }
  if (Number.isNaN(mock) && Number.isNaN(sdk)) return undefined;
  // The wire carries UTF-8: a lone surrogate the caller sent comes back as U+FFFD, whoever answers.
  if (typeof mock === "string" && typeof sdk === "string" && Buffer.from(mock, "utf8").toString("utf8") === sdk) return undefined;
  return mock === sdk ? undefined : `${path}: ${show(mock)} vs the SDK's ${show(sdk)}`;
}

/** Own keys of an error, `stack` aside (its text names where it was made). */
function errorKeys(e: object): string[] {
  return Reflect.ownKeys(e)
    .filter((k) => k !== "stack")
    .map((k) => `${String(k)}${Object.getOwnPropertyDescriptor(e, k)!.enumerable ? "" : " (hidden)"}`);
}

function errorDifference(mock: any, sdk: any): string | undefined {
  if (Object.getPrototypeOf(mock) !== Object.getPrototypeOf(sdk)) {
    return `the mock throws ${mock?.constructor?.name} ${mock?.name}, the SDK builds ${sdk?.constructor?.name} ${sdk?.name}: ${sdk?.message}`;
  }
  const mk = errorKeys(mock).join(", ");
  const sk = errorKeys(sdk).join(", ");
  if (mk !== sk) return `error own keys: the mock has [${mk}], the SDK builds [${sk}]`;
  for (const k of Reflect.ownKeys(sdk)) {
    if (k === "stack" || k === "$response") continue;
    const d = difference(mock[k], sdk[k], `error.${String(k)}`);
    if (d) return d;
  }
  const mr = mock.$response;
  if (mr?.statusCode !== sdk.$response.statusCode) return `error.$response.statusCode: ${show(mr?.statusCode)} vs the SDK's ${sdk.$response.statusCode}`;
  if (mr?.headers?.["x-amzn-requestid"] !== mock.$metadata?.requestId) return `error.$response.headers lack the request id ${mock.$metadata?.requestId}`;
  if (mr?.body === undefined) return "error.$response.body is missing";
  return undefined;
}

function render(svc: FuzzService, operation: string, answer: { output: any } | { error: any }): WireResponse | undefined {
  const model = awsModel(svc.key)!;
  // An operation newer than the models (RDS's DB capacity reservations are only in the SDK): no wire shapes to render with.
  if (!model.operations.has(operation)) return undefined;
  if ("output" in answer) {
    const requestId = answer.output.$metadata?.requestId ?? "";
    return svc.protocol === "awsQuery" ? awsQueryOutput(model, operation, answer.output, requestId) : restJsonOutput(model, operation, answer.output, requestId);
  }
  const requestId = answer.error.$metadata?.requestId ?? "";
  return svc.protocol === "awsQuery" ? awsQueryError(model, answer.error, requestId) : restJsonError(model, answer.error, requestId);
}

/**
 * Problems found comparing the mock's answer to `command` with what the SDK builds from the same
 * answer on the wire. Nothing to compare when the models are absent or the command is not simulated.
 */
export async function crossCheckProblems(svc: FuzzService, operation: string, command: string, answer: { output: any } | { error: any }): Promise<string[]> {
  if (!awsModel(svc.key)) return [];
  if ("error" in answer && (answer.error instanceof MockNotImplementedError || !(answer.error instanceof svc.baseException))) return [];
  const wire = render(svc, operation, answer);
  if (!wire) return [];
  crossChecked.calls++;
  const sdk = await sdkAnswer(svc, command, wire);
  let d: string | undefined;
  if ("output" in answer) {
    d = "output" in sdk ? difference(answer.output, sdk.output, "") : `the SDK's deserializer rejected the rendered output: ${sdk.error?.name}: ${sdk.error?.message}`;
  } else {
    d = "error" in sdk ? errorDifference(answer.error, sdk.error) : "the SDK's deserializer resolved the rendered error response";
  }
  return d ? [`SDK cross-check: ${d} (wire: ${wire.statusCode} ${wire.body.slice(0, 300)})`] : [];
}
