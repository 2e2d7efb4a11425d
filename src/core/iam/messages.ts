/**
 * AWS's access-denied message forms ("User: ARN is not authorized to perform: ACTION on resource:
 * ARN because ..." / "... with an explicit deny in ..."), one per decision reason.
 */
import type { Decision, PolicyKind } from "./evaluate.js";

const POLICY_NAMES: Record<PolicyKind, string> = {
  identity: "an identity-based policy",
  resource: "a resource-based policy",
  boundary: "a permissions boundary",
  scp: "a service control policy",
};

const BECAUSE: Record<string, (action: string) => string> = {
  noIdentityAllow: (a) => `because no identity-based policy allows the ${a} action`,
  noBoundaryAllow: (a) => `because no permissions boundary allows the ${a} action`,
  noScpAllow: (a) => `because no service control policy allows the ${a} action`,
  noResourceAllow: (a) => `because no resource-based policy allows the ${a} action`,
};

export function accessDeniedMessage(principal: string, action: string, resource: string, decision: Decision): string {
  const head = `User: ${principal} is not authorized to perform: ${action} on resource: ${resource}`;
  if (decision.reason === "explicitDeny") return `${head} with an explicit deny in ${POLICY_NAMES[decision.statement!.policy]}`;
  return `${head} ${BECAUSE[decision.reason](action)}`;
}
