/**
 * Authorization of simulated calls: the service's table says which IAM requests a command makes; the
 * core adds the global condition keys, evaluates each request against the configured policies,
 * records the decision and, when one is denied, fails the call with the service's access-denied
 * error before anything changes.
 */
import { AwsError } from "../aws-error.js";
import { arn as buildArn, parseArn } from "../regions.js";
import type { CallContext } from "../call-context.js";
import { evaluate, type Decision, type DecidingStatement, type PolicySet } from "./evaluate.js";
import { accessDeniedMessage } from "./messages.js";
import { leastPrivilegePolicy, type RecordedRequest } from "./least-privilege.js";
import { normalizePolicy, type Policy, type PolicyDocument, type PolicyInput } from "./policy.js";
import { parsePrincipal, principalContext, type CallerIdentity } from "./principal.js";
import type { AuthorizationRequest, ContextValue, ServiceIam } from "./requests.js";

/** `createMockBackend({ iam })` / `backend.attach(client, { iam })`. */
export interface IamOptions {
  /** The caller's ARN: user, role, assumed-role session or account root (default `arn:aws:iam::ACCOUNT:user/aws-db-mock`). */
  principal?: string;
  /** Identity-based policies of the principal. Absent: nothing is enforced, every request is only recorded. */
  policies?: readonly PolicyInput[];
  permissionsBoundary?: PolicyInput;
  /** SCPs of one organisation level, or a list of levels (root, OU, ..., account): each level must allow. */
  serviceControlPolicies?: readonly PolicyInput[] | readonly (readonly PolicyInput[])[];
  /** Further request condition keys (`aws:SourceIp`, `aws:MultiFactorAuthPresent`, `aws:PrincipalTag/team`...). */
  context?: Record<string, string | number | boolean | readonly string[]>;
}

/** One authorization decision, as `backend.iam.requests()` lists it. */
export interface IamRequestRecord {
  service: string;
  command: string;
  principal: string;
  action: string;
  resource: string;
  resourceType?: string;
  region: string;
  /** Every condition key of the request with its value. */
  context: Record<string, ContextValue>;
  decision: "allowed" | "denied" | "recorded";
  /** Why (see the evaluator): `allowed`, `explicitDeny`, `noIdentityAllow`, `noBoundaryAllow`, `noScpAllow`, `noResourceAllow`. */
  reason?: Decision["reason"];
  /** The statement that decided, with its `Sid` when it has one. */
  statement?: DecidingStatement;
}

interface Compiled {
  caller: CallerIdentity;
  enforce: boolean;
  set: PolicySet;
  extra: Record<string, ContextValue>;
}

/** Parsed options by options object, then by the account a default principal would belong to. */
const compiledCache = new WeakMap<IamOptions, Map<string, Compiled>>();
/** Parsed resource-based policies by their text (a cluster's policy is read at every call on it). */
const resourcePolicies = new Map<string, Policy>();

/** The parsed policy; a policy the evaluator cannot read (the service accepted it) grants and denies nothing. */
function resourcePolicy(text: string): Policy {
  let policy = resourcePolicies.get(text);
  if (!policy) {
    try {
      policy = normalizePolicy(text, "resource policy");
    } catch {
      policy = { statements: [], document: { Statement: [] } };
    }
    if (resourcePolicies.size > 200) resourcePolicies.clear();
    resourcePolicies.set(text, policy);
  }
  return policy;
}

function levels(scps: IamOptions["serviceControlPolicies"]): PolicyInput[][] | undefined {
  if (scps === undefined) return undefined;
  if (scps.length > 0 && scps.every((x) => Array.isArray(x))) return scps as PolicyInput[][];
  return [scps as PolicyInput[]];
}

/** Checks the options once (a TypeError names the bad policy) and keeps the parsed form. */
export function compileIamOptions(options: IamOptions, defaultAccount: string): Compiled {
  let byAccount = compiledCache.get(options);
  const hit = byAccount?.get(defaultAccount);
  if (hit) return hit;
  const caller = parsePrincipal(options.principal ?? `arn:aws:iam::${defaultAccount}:user/aws-db-mock`);
  const parse = (p: PolicyInput, name: string): Policy => normalizePolicy(p, name);
  const set: PolicySet = { identity: (options.policies ?? []).map((p, i) => parse(p, `iam.policies[${i}]`)) };
  if (options.permissionsBoundary !== undefined) set.boundary = parse(options.permissionsBoundary, "iam.permissionsBoundary");
  const scps = levels(options.serviceControlPolicies);
  if (scps) set.scpLevels = scps.map((level, l) => level.map((p, i) => parse(p, `iam.serviceControlPolicies[${l}][${i}]`)));
  const extra: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(options.context ?? {})) extra[k] = Array.isArray(v) ? [...(v as string[])] : String(v);
  const compiled: Compiled = { caller, enforce: options.policies !== undefined, set, extra };
  if (!byAccount) compiledCache.set(options, (byAccount = new Map()));
  byAccount.set(defaultAccount, compiled);
  return compiled;
}

/** What a call being authorized looks like to the core. */
export interface AuthorizingCall<World> {
  service: string;
  command: string;
  iam: ServiceIam<World>;
  input: Record<string, unknown>;
  ctx: CallContext<World>;
  now: number;
}

export class IamRecorder {
  private log: IamRequestRecord[] = [];
  /** What the least-privilege policy reads: each record's request with its pinned keys. */
  private needs: RecordedRequest[] = [];

  /** Every authorization decision since the backend was made or reset, oldest first. */
  requests(): IamRequestRecord[] {
    return this.log.map((r) => ({ ...r, context: { ...r.context } }));
  }

  clear(): void {
    this.log = [];
    this.needs = [];
  }

  /**
   * The smallest identity-based policy that allows every request recorded so far (denied ones too:
   * the code asked for them): exact resources, the actions' own condition keys, actions grouped.
   */
  leastPrivilegePolicy(): PolicyDocument {
    return leastPrivilegePolicy(this.needs);
  }

  /**
   * Evaluates every recorded request again with `policy` as the only identity-based policy (same
   * principal, resources and condition keys): the requests it would not allow, with the reason.
   */
  check(policy: PolicyInput | readonly PolicyInput[]): IamRequestRecord[] {
    const policies = (Array.isArray(policy) ? policy : [policy]).map((p, i) => normalizePolicy(p, `policy[${i}]`));
    const denied: IamRequestRecord[] = [];
    for (const r of this.log) {
      const lower = new Map<string, ContextValue>();
      for (const [k, v] of Object.entries(r.context)) lower.set(k.toLowerCase(), v);
      const caller = parsePrincipal(r.principal);
      const resourceAccount = (r.resource === "*" ? undefined : parseArn(r.resource)?.accountId) || caller.account;
      const d = evaluate({ action: r.action, resource: r.resource, resourceAccount, context: lower }, caller, { identity: policies });
      if (!d.allowed) denied.push({ ...r, decision: "denied", reason: d.reason, ...(d.statement ? { statement: d.statement } : {}) });
    }
    return denied;
  }

  /**
   * Authorizes one call: every request the service names is evaluated and recorded; the first denied
   * one fails the call with the service's access-denied error (HTTP 403). Nothing has changed yet.
   */
  authorize<World>(call: AuthorizingCall<World>, options: IamOptions): void {
    const compiled = compileIamOptions(options, call.ctx.accountId);
    const authorization = call.iam.commands[call.command];
    if (!authorization) return;
    const requests = authorization(call.input, call.ctx);
    let denied: { request: AuthorizationRequest; decision: Decision } | undefined;
    for (const request of requests) {
      const context = this.contextOf(request, call, compiled);
      const record: IamRequestRecord = {
        service: call.service,
        command: call.command,
        principal: compiled.caller.arn,
        action: request.action,
        resource: request.resource,
        region: request.region ?? call.ctx.region,
        context,
        decision: "recorded",
      };
      if (request.resourceType !== undefined) record.resourceType = request.resourceType;
      if (compiled.enforce) {
        const decision = this.decide(request, context, call, compiled);
        record.decision = decision.allowed ? "allowed" : "denied";
        record.reason = decision.reason;
        if (decision.statement) record.statement = decision.statement;
        if (!decision.allowed && !denied) denied = { request, decision };
      }
      this.log.push(record);
      this.needs.push({ action: request.action, resource: request.resource, context, pin: request.pin });
    }
    if (denied) {
      const { request, decision } = denied;
      throw new AwsError(call.iam.accessDeniedCode, accessDeniedMessage(compiled.caller.arn, request.action, request.resource, decision));
    }
  }

  private decide<World>(request: AuthorizationRequest, context: Record<string, ContextValue>, call: AuthorizingCall<World>, compiled: Compiled): Decision {
    const lower = new Map<string, ContextValue>();
    for (const [k, v] of Object.entries(context)) lower.set(k.toLowerCase(), v);
    const parsed = request.resource === "*" ? undefined : parseArn(request.resource);
    const resourceAccount = parsed?.accountId || call.ctx.accountId;
    const attached = parsed ? call.iam.resourcePolicy?.(request.resource, call.ctx) : undefined;
    const set: PolicySet = attached === undefined ? compiled.set : { ...compiled.set, resource: resourcePolicy(attached) };
    return evaluate({ action: request.action, resource: request.resource, resourceAccount, context: lower }, compiled.caller, set);
  }

  /** The request's condition keys: global ones, the resource's own (its tags), the request's, the test's. */
  private contextOf<World>(request: AuthorizationRequest, call: AuthorizingCall<World>, compiled: Compiled): Record<string, ContextValue> {
    const region = request.region ?? call.ctx.region;
    const parsed = request.resource === "*" ? undefined : parseArn(request.resource);
    const context: Record<string, ContextValue> = {
      "aws:RequestedRegion": region,
      "aws:CurrentTime": new Date(call.now).toISOString().replace(/\.\d{3}Z$/, "Z"),
      "aws:EpochTime": String(Math.floor(call.now / 1000)),
      "aws:SecureTransport": "true",
      ...principalContext(compiled.caller),
    };
    if (parsed?.accountId) context["aws:ResourceAccount"] = parsed.accountId;
    // Resource keys exist only for a resource that exists (not for `cluster/*` of a create).
    if (parsed && !request.resource.includes("*")) Object.assign(context, call.iam.resourceContext?.(request.resource, call.ctx));
    Object.assign(context, request.context, compiled.extra);
    return context;
  }
}

/** The ARN pattern of every resource of a type in a Region: `arn:aws:dsql:us-east-1:123456789012:cluster/*`. */
export function anyResourceArn(service: string, region: string, accountId: string, resourcePrefix: string): string {
  return buildArn(service, region, accountId, `${resourcePrefix}*`);
}
