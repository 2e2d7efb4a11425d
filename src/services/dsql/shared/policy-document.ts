/**
 * Resource-based policy documents, checked where a policy is attached (CreateCluster with `policy`,
 * PutClusterPolicy). The lockout safety check refuses a policy that denies every principal the right
 * to change the policy again, unless it is bypassed. Block Public Access (always on, never bypassed)
 * refuses a policy that allows every principal without a condition on a trusted key.
 */
import { invalid } from "../errors.js";
import { messages } from "../messages.js";
import type { ClusterRecord } from "../world.js";

/** Actions whose denial to everyone would leave the policy unchangeable. */
const POLICY_ACTIONS = ["dsql:PutClusterPolicy", "dsql:DeleteClusterPolicy"];

/** Checks a policy document; throws ValidationException. */
export function checkPolicy(policy: string, bypassLockoutCheck: boolean | undefined): void {
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch (err) {
    return invalid("policy", messages.policyNotJson((err as Error).message));
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || !("Statement" in doc)) {
    invalid("policy", messages.policyNotDocument());
  }
  const statements = asList((doc as { Statement: unknown }).Statement);
  if (statements.some(grantsPublicAccess)) invalid("policy", messages.policyPublic(), "other");
  if (!bypassLockoutCheck && statements.some(locksEveryoneOut)) invalid("policy", messages.policyLockout(), "other");
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/**
 * Condition keys that make a wildcard principal non-public (the keys AWS's Block Public Access
 * trusts: principal, organization, source and network keys). Compared in lowercase, as IAM does.
 */
const TRUSTED_CONDITION_KEYS = new Set(
  [
    "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalOrgID", "aws:PrincipalOrgPaths",
    "aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID", "aws:SourceOrgPaths", "aws:SourceOwner",
    "aws:SourceVpc", "aws:SourceVpce", "aws:SourceIp", "aws:VpcSourceIp", "aws:userid",
  ].map((k) => k.toLowerCase()),
);

/**
 * Block Public Access (DSQL user guide, "Blocking public access with resource-based policies"): AWS
 * refuses to attach a policy that grants access to anyone across accounts.
 * Documented choice: an Allow for every principal (`"*"`, `{ AWS: "*" }`) is public unless its
 * Condition tests one of the trusted keys (any operator); the answer is ValidationException.
 */
function grantsPublicAccess(s: unknown): boolean {
  if (typeof s !== "object" || s === null) return false;
  const st = s as Record<string, unknown>;
  if (st.Effect !== "Allow" || !coversEveryone(st.Principal)) return false;
  return !conditionKeys(st.Condition).some((k) => TRUSTED_CONDITION_KEYS.has(k.toLowerCase()));
}

function conditionKeys(condition: unknown): string[] {
  if (typeof condition !== "object" || condition === null) return [];
  return Object.values(condition).flatMap((keys) => (typeof keys === "object" && keys !== null ? Object.keys(keys) : []));
}

function locksEveryoneOut(s: unknown): boolean {
  if (typeof s !== "object" || s === null) return false;
  const st = s as Record<string, unknown>;
  return st.Effect === "Deny" && st.Condition === undefined && coversEveryone(st.Principal) && coversPolicyActions(st.Action);
}

function coversEveryone(principal: unknown): boolean {
  if (principal === "*") return true;
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  return aws === "*" || (Array.isArray(aws) && aws.includes("*"));
}

function coversPolicyActions(action: unknown): boolean {
  const patterns = (Array.isArray(action) ? action : [action]).filter((a): a is string => typeof a === "string");
  return patterns.some((p) => POLICY_ACTIONS.some((a) => globMatches(p.toLowerCase(), a.toLowerCase())));
}

/** IAM action wildcards (`*`, `?`), matched greedily with one backtrack point: linear, no RegExp. */
function globMatches(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

/** Attaches a checked policy as the next version ("1", "2", ...; versions keep counting after a delete). */
export function attachPolicy(c: ClusterRecord, document: string): string {
  c.policyVersions += 1;
  c.policy = { document, version: String(c.policyVersions) };
  return c.policy.version;
}
