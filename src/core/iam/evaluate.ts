/**
 * AWS's policy evaluation logic for one request (one action on one resource):
 * 1. an explicit Deny in any policy (SCP, resource-based, identity-based, permissions boundary) wins;
 * 2. every service control policy level must allow;
 * 3. same account: a resource-based policy naming the caller (user or session ARN, or `*`) allows on its
 *    own; naming the session's role ARN it allows when the permissions boundary (if any) allows too;
 * 4. otherwise an identity-based policy must allow, and the permissions boundary (if any) as well;
 * 5. across accounts both the identity-based and the resource-based policy must allow.
 * The account root user needs no identity-based policy (SCPs still apply).
 */
import { conditionHolds } from "./conditions.js";
import { actionMatch, arnMatch, type ContextValues } from "./patterns.js";
import type { CallerIdentity } from "./principal.js";
import type { Policy, PrincipalSpec, Statement } from "./policy.js";

export interface EvaluationRequest {
  /** `service:Action`. */
  action: string;
  /** The resource ARN, or `*` for actions without a resource type. */
  resource: string;
  /** The account that owns the resource (cross-account when it differs from the caller's). */
  resourceAccount: string;
  /** Condition keys of the request, lowercase names. */
  context: ContextValues;
}

export interface PolicySet {
  identity: readonly Policy[];
  boundary?: Policy;
  /** Service control policies by organisation level (root, OU, ..., account): each level must allow. */
  scpLevels?: readonly (readonly Policy[])[];
  /** The resource's own resource-based policy. */
  resource?: Policy;
}

export type PolicyKind = "identity" | "resource" | "boundary" | "scp";
export type DecisionReason = "allowed" | "explicitDeny" | "noIdentityAllow" | "noBoundaryAllow" | "noScpAllow" | "noResourceAllow";

/** The statement that decided: which policy (position in its list) and which statement. */
export interface DecidingStatement {
  policy: PolicyKind;
  policyIndex: number;
  statementIndex: number;
  sid?: string;
}

export interface Decision {
  allowed: boolean;
  reason: DecisionReason;
  statement?: DecidingStatement;
}

type PrincipalMatch = "caller" | "role" | "account";
type Found = { statement: Statement; policyIndex: number; principal?: PrincipalMatch };

function anyAction(patterns: readonly string[], action: string): boolean {
  for (const p of patterns) if (actionMatch(p, action)) return true;
  return false;
}

function anyResource(patterns: readonly string[], resource: string, st: Statement, context: ContextValues): boolean {
  for (const p of patterns) {
    if (p === "*" || (resource !== "*" && arnMatch(p, resource, st.variables ? context : undefined))) return true;
  }
  return false;
}

/** Which way a resource-based statement names the caller, if it does. */
function principalMatch(spec: PrincipalSpec, caller: CallerIdentity): PrincipalMatch | undefined {
  if (spec === "*") return "caller";
  let best: PrincipalMatch | undefined;
  for (const p of spec.AWS ?? []) {
    if (p === "*" || p === caller.arn) return "caller";
    if (caller.type === "AssumedRole" && p === caller.principalArn) best = "role";
    else if (best === undefined && (p === caller.account || p === `arn:${caller.partition}:iam::${caller.account}:root`)) best = "account";
  }
  return best;
}

function applies(st: Statement, req: EvaluationRequest, caller: CallerIdentity, resourcePolicy: boolean, hasBoundary = false): PrincipalMatch | false {
  if (st.actions ? !anyAction(st.actions, req.action) : anyAction(st.notActions!, req.action)) return false;
  if (st.resources && !anyResource(st.resources, req.resource, st, req.context)) return false;
  if (st.notResources && anyResource(st.notResources, req.resource, st, req.context)) return false;
  let principal: PrincipalMatch = "caller";
  if (resourcePolicy) {
    if (st.principals) {
      const m = principalMatch(st.principals, caller);
      if (!m) return false;
      principal = m;
    } else if (st.notPrincipals) {
      // AWS: a Deny with NotPrincipal always denies a principal that has a permissions boundary.
      if (!(hasBoundary && st.effect === "Deny") && principalMatch(st.notPrincipals, caller)) return false;
    } else return false;
  }
  for (const c of st.conditions) if (!conditionHolds(c, req.context, st.variables)) return false;
  return principal;
}

/** The first statement of `effect` in `policies` that applies (the strongest principal match for resource policies). */
function find(policies: readonly Policy[], effect: "Allow" | "Deny", req: EvaluationRequest, caller: CallerIdentity, resourcePolicy = false, hasBoundary = false): Found | undefined {
  let found: Found | undefined;
  const rank = { caller: 3, role: 2, account: 1 };
  for (let i = 0; i < policies.length; i++) {
    for (const st of policies[i].statements) {
      if (st.effect !== effect) continue;
      const m = applies(st, req, caller, resourcePolicy, hasBoundary);
      if (m === false) continue;
      if (!resourcePolicy) return { statement: st, policyIndex: i };
      if (!found || rank[m] > rank[found.principal!]) found = { statement: st, policyIndex: i, principal: m };
    }
  }
  return found;
}

function deciding(policy: PolicyKind, f: Found): DecidingStatement {
  const d: DecidingStatement = { policy, policyIndex: f.policyIndex, statementIndex: f.statement.index };
  if (f.statement.sid !== undefined) d.sid = f.statement.sid;
  return d;
}

const allow = (policy: PolicyKind, f: Found): Decision => ({ allowed: true, reason: "allowed", statement: deciding(policy, f) });
const implicit = (reason: DecisionReason): Decision => ({ allowed: false, reason });

export function evaluate(req: EvaluationRequest, caller: CallerIdentity, set: PolicySet): Decision {
  const resourcePolicies = set.resource ? [set.resource] : [];
  const boundary = set.boundary ? [set.boundary] : undefined;
  // 1. Explicit deny anywhere.
  for (const level of set.scpLevels ?? []) {
    const d = find(level, "Deny", req, caller);
    if (d) return { allowed: false, reason: "explicitDeny", statement: deciding("scp", d) };
  }
  const denies: Array<[PolicyKind, readonly Policy[], boolean]> = [
    ["resource", resourcePolicies, true],
    ["identity", set.identity, false],
    ["boundary", boundary ?? [], false],
  ];
  for (const [kind, policies, isResource] of denies) {
    const d = find(policies, "Deny", req, caller, isResource, boundary !== undefined);
    if (d) return { allowed: false, reason: "explicitDeny", statement: deciding(kind, d) };
  }
  // 2. Every SCP level must allow.
  for (const level of set.scpLevels ?? []) if (!find(level, "Allow", req, caller)) return implicit("noScpAllow");
  const resourceAllow = find(resourcePolicies, "Allow", req, caller, true);
  const identityAllow = find(set.identity, "Allow", req, caller);
  const boundaryAllows = boundary === undefined || find(boundary, "Allow", req, caller) !== undefined;
  const sameAccount = caller.account === req.resourceAccount;
  if (caller.type === "Account") {
    if (sameAccount) return { allowed: true, reason: "allowed" };
    return resourceAllow ? allow("resource", resourceAllow) : implicit("noResourceAllow");
  }
  if (!sameAccount) {
    if (!identityAllow) return implicit("noIdentityAllow");
    if (!boundaryAllows) return implicit("noBoundaryAllow");
    return resourceAllow ? allow("resource", resourceAllow) : implicit("noResourceAllow");
  }
  // 3. Same account: a resource-based policy that names the caller is enough on its own.
  if (resourceAllow?.principal === "caller") return allow("resource", resourceAllow);
  if (resourceAllow?.principal === "role") return boundaryAllows ? allow("resource", resourceAllow) : implicit("noBoundaryAllow");
  // 4. Identity-based allow, within the boundary.
  if (!identityAllow) return implicit("noIdentityAllow");
  if (!boundaryAllows) return implicit("noBoundaryAllow");
  return allow("identity", identityAllow);
}
