/**
 * Fault rules: `backend.faults.inject(rule)` makes matching calls fail (or answer late) before the
 * simulation runs, so a failed call changes no state. Errors named by code come from the same factory
 * as the services' own errors: the SDK's class, HTTP status and `$retryable` AWS would give.
 */
import type { CallInterceptor, InterceptedCall } from "./call.js";
import type { IdSource } from "./ids.js";
import { checkFaultCode, mayAnswer } from "./injectable-codes.js";
import { simulatedLatency } from "./latency.js";
import type { ServiceDefinition } from "./service.js";
import { isCommand, type CommandSelector } from "./command-names.js";

/** What a rule's predicates and error functions see besides the input. */
export interface FaultCall {
  /** Service key (`dsql`, `rds`, `docdb-elastic`). */
  service: string;
  /** Command name without `Command`: `CreateCluster`. */
  command: string;
  region: string;
  accountId: string;
}

/**
 * An AWS error code the service can answer (one the operation's model declares, or one of the
 * protocol's common errors: `ThrottlingException`, `InternalServerException` for DSQL and DocDB
 * Elastic; `Throttling`, `InternalFailure`, `ServiceUnavailable` for RDS), or the Error to throw.
 */
export type FaultError = string | Error;

export interface FaultRule {
  /**
   * Service(s) the rule applies to: the key `dsql`, `rds`, `docdb-elastic`, or the client's name
   * (`DSQLClient`, `DocDBElastic`), case and dashes aside (default: every service).
   */
  service?: string | readonly string[];
  /** Command(s): the class (exact), or the name with or without `Command` (default: every command). */
  command?: CommandSelector | readonly CommandSelector[];
  /** Only calls whose input (and call) satisfy this. */
  match?: (input: Record<string, any>, call: FaultCall) => boolean;
  /** The error to answer with; a function may return `undefined` to let that call through. */
  error?: FaultError | ((input: Record<string, any>, call: FaultCall) => FaultError | undefined);
  /** Message of an error named by code (default names the code and says it was injected). */
  message?: string;
  /** Modeled members of an error named by code: `{ reason: 'ACCESS_DENIED' }`. */
  fields?: Record<string, unknown>;
  /** How many calls the rule hits, then it is removed (default: unlimited). */
  times?: number;
  /** Chance in [0, 1] that a matching call is hit; drawn from the backend's seed, so reproducible. */
  probability?: number;
  /**
   * Milliseconds the call waits (real time, through `setTimeout`, so fake timers control it) before
   * answering. The call's `abortSignal` rejects it with an `AbortError` meanwhile, and the client's
   * `requestHandler` timeouts with a `TimeoutError`, as the SDK's request handler does.
   */
  latencyMs?: number;
}

/** Returned by `inject`: undoes the rule. */
export interface FaultHandle {
  remove(): void;
  /** How many calls the rule has hit so far. */
  readonly hits: number;
}

interface ActiveRule {
  rule: FaultRule;
  hits: number;
}

/** `backend.faults`: the interceptor holding the fault rules, consulted before per-call overrides. */
export class FaultInjector implements CallInterceptor {
  private rules: ActiveRule[] = [];
  private random: IdSource;

  constructor(
    private readonly randomStream: () => IdSource,
    /** The simulated services: an injected code must be one they can answer. */
    private readonly services: () => readonly ServiceDefinition[] = () => [],
  ) {
    this.random = randomStream();
  }

  get active(): boolean {
    return this.rules.length > 0;
  }

  inject(rule: FaultRule): FaultHandle {
    checkRule(rule);
    if (typeof rule.error === "string") checkFaultCode(this.services(), rule, rule.error);
    const active: ActiveRule = { rule: { ...rule }, hits: 0 };
    this.rules.push(active);
    return {
      remove: () => this.drop(active),
      get hits() {
        return active.hits;
      },
    };
  }

  /** Removes every rule; the probability stream starts again from the seed. */
  clear(): void {
    this.rules = [];
    this.random = this.randomStream();
  }

  /** Rules apply in the order injected: each hit waits its latency; the first error answers. */
  async intercept(call: InterceptedCall): Promise<{ error: unknown } | undefined> {
    const info: FaultCall = { service: call.service, command: call.command, region: call.region, accountId: call.accountId };
    for (const active of this.rules.slice()) {
      const { rule } = active;
      // Removed while this call waited on an earlier rule's latency (spent `times`, remove(), clear()).
      if (!this.rules.includes(active)) continue;
      if (!this.applies(rule, call, info)) continue;
      const error = typeof rule.error === "function" ? rule.error(call.input, info) : rule.error;
      if (rule.error !== undefined && error === undefined && rule.latencyMs === undefined) continue;
      if (typeof error === "string" && !this.mayAnswer(call, error)) {
        // A rule naming no command hits only the operations that can answer its code.
        if (typeof rule.error === "string") continue;
        checkFaultCode(this.services().filter((s) => s.key === call.service), { command: call.command }, error);
      }
      active.hits++;
      if (rule.times !== undefined && active.hits >= rule.times) this.drop(active);
      if (rule.latencyMs) await simulatedLatency(rule.latencyMs, call.abortSignal, call.sdkClient);
      if (error === undefined) continue;
      if (typeof error === "string") return { error: await injectedError(call, error, rule.message ?? `${error} injected by an aws-db-mock fault rule`, rule.fields) };
      return { error };
    }
    return undefined;
  }

  private mayAnswer(call: InterceptedCall, code: string): boolean {
    const svc = this.services().find((s) => s.key === call.service);
    return !svc || mayAnswer(svc, call.command, code);
  }

  private applies(rule: FaultRule, call: InterceptedCall, info: FaultCall): boolean {
    if (rule.service !== undefined && !asList(rule.service).some((s) => isService(call, s))) return false;
    if (rule.command !== undefined && !asList(rule.command).some((c) => isCommand(call, c))) return false;
    if (rule.match && !rule.match(call.input, info)) return false;
    // Drawn last, and only for calls the rule is about: other traffic does not shift the sequence.
    if (rule.probability !== undefined && !(this.random.next() < rule.probability)) return false;
    return true;
  }

  private drop(active: ActiveRule): void {
    this.rules = this.rules.filter((r) => r !== active);
  }
}

/**
 * The SDK exception for an error code a test injected (fault rules, `on().rejects()`), with the
 * members the model requires filled in as a real response would carry them: a DocDB Elastic
 * ConflictException without `resourceId` would be a response AWS never sends. The user's `fields`
 * win; the rest come from MEMBER_DEFAULTS.
 */
export async function injectedError(call: InterceptedCall, code: string, message?: string, fields?: Record<string, unknown>): Promise<Error> {
  const error = (await call.errorFor(code, message, fields)) as Error & Record<string, unknown>;
  for (const member of await membersToFill(error, call.sdkClient)) {
    if (error[member] === undefined) error[member] = (MEMBER_DEFAULTS[member] ?? (() => ""))(call);
  }
  return error;
}

/** Members that identify the resource: filled even where optional (DSQL's ConflictException), as AWS sends them. */
const IDENTIFYING = ["resourceId", "resourceType"];

/** Defaults of required members (any other required member is a string: `""`). */
const MEMBER_DEFAULTS: Record<string, (call: InterceptedCall) => unknown> = {
  resourceId: (call) => resourceOf(call).id,
  resourceType: (call) => resourceOf(call).type,
  // A ValidationExceptionReason value both DSQL and DocDB Elastic model.
  reason: () => "other",
  serviceCode: (call) => call.service,
};

/**
 * The error class's required members, from the schema its SDK registered for it
 * (`[-3, namespace, name, traits, members, memberSchemas, requiredCount]`, required members first),
 * plus the identifying ones it declares. Without a schema (an SDK older than schemas): the members
 * named in MEMBER_DEFAULTS that the class declares, but `serviceCode`, which is optional on some
 * errors (DSQL's ThrottlingException).
 */
async function membersToFill(error: Error & Record<string, unknown>, client: object | undefined): Promise<string[]> {
  const declared = (m: string) => Object.prototype.hasOwnProperty.call(error, m);
  const identifying = IDENTIFYING.filter(declared);
  const schema = schemaFromClient(error, client) ?? (await schemaFromRegistry(error));
  if (!schema) return [...identifying, ...["reason"].filter(declared)];
  const required = schema[4].slice(0, typeof schema[6] === "number" ? schema[6] : 0).filter((m) => m !== "message");
  return [...new Set([...required, ...identifying])];
}

type ErrorSchema = [number, string, string, unknown, string[], unknown[], number?];

function isErrorSchema(value: unknown): value is ErrorSchema {
  return Array.isArray(value) && value[0] === -3 && Array.isArray(value[4]);
}

/** The attached client's own registries (`config.protocolSettings.errorTypeRegistries`): exact, whatever copy of @smithy/core it uses. */
function schemaFromClient(error: Error, client: object | undefined): ErrorSchema | undefined {
  const registries = (client as { config?: { protocolSettings?: { errorTypeRegistries?: unknown } } } | undefined)?.config?.protocolSettings?.errorTypeRegistries;
  for (const registry of Array.isArray(registries) ? registries : []) {
    const exceptions = (registry as { exceptions?: Map<unknown, unknown> })?.exceptions;
    if (typeof exceptions?.entries !== "function") continue;
    for (const [schema, ctor] of exceptions.entries()) if (ctor === error.constructor && isErrorSchema(schema)) return schema;
  }
  return undefined;
}

interface SchemaModule {
  TypeRegistry: { for(namespace: string): { getSchema(shapeId: string): unknown } };
}
let schemaModule: Promise<SchemaModule | undefined> | undefined;

/** No client (the literal `mockMiddleware`): the class's `shapeId` in @smithy/core's registry, when the SDK shares it. */
async function schemaFromRegistry(error: Error): Promise<ErrorSchema | undefined> {
  const shapeId = (error.constructor as { shapeId?: unknown }).shapeId;
  if (typeof shapeId !== "string" || !shapeId.includes("#")) return undefined;
  schemaModule ??= import("@smithy/core/schema").then((m) => m as unknown as SchemaModule).catch(() => undefined);
  try {
    const schema = (await schemaModule)?.TypeRegistry.for(shapeId.split("#")[0]).getSchema(shapeId);
    return isErrorSchema(schema) ? schema : undefined;
  } catch {
    return undefined; // not registered there (another copy of @smithy/core): fall back to the names
  }
}

/** The call's resource: from its input (the service's `resourceMembers`), else (a create or a list) the command's noun with no id. */
function resourceOf(call: InterceptedCall): { id: string; type: string } {
  for (const [member, type] of call.resourceMembers ?? []) {
    const value = call.input[member];
    if (typeof value === "string" && value.length > 0) return { id: value, type: type ?? arnResourceType(value) };
  }
  const noun = /^Create([A-Z]\w*)$/.exec(call.command)?.[1] ?? /^List([A-Z]\w*)s$/.exec(call.command)?.[1];
  return { id: "", type: noun ? kebab(noun) : "" };
}

/** `arn:aws:dsql:r:a:cluster/ID/stream/SID` -> `stream`; `arn:...:cluster-snapshot/ID` -> `cluster-snapshot`. */
function arnResourceType(arn: string): string {
  const path = arn.split(":").slice(5).join(":").split("/");
  return path.length >= 2 ? path[path.length - 2 - (path.length % 2)] : "";
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** `docdb-elastic`, `DocDBElastic` and `DocDBElasticClient` all name DocDB Elastic. */
function isService(call: InterceptedCall, name: string): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/client$/, "");
  const wanted = plain(String(name));
  return wanted === plain(call.service) || wanted === plain(call.client);
}

function asList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? value : [value as T];
}

function checkRule(rule: FaultRule): void {
  if (!rule || typeof rule !== "object") throw new TypeError("faults.inject(rule) needs a rule object");
  if (rule.error === undefined && rule.latencyMs === undefined) {
    throw new TypeError("a fault rule needs an `error` (an AWS error code, an Error or a function) or a `latencyMs`");
  }
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0)) {
    throw new RangeError(`fault rule \`times\` must be a whole number above 0, got ${rule.times}`);
  }
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
    throw new RangeError(`fault rule \`probability\` must be between 0 and 1, got ${rule.probability}`);
  }
  if (rule.latencyMs !== undefined && !(rule.latencyMs >= 0)) {
    throw new RangeError(`fault rule \`latencyMs\` must be a number of milliseconds >= 0, got ${rule.latencyMs}`);
  }
}
