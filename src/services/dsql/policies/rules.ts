/**
 * Resource-based cluster policy rules. A policy hangs on its cluster (no collection of its own);
 * `expectedPolicyVersion` guards against concurrent changes with a ConflictException, and a cluster
 * on its way out takes no policy change. The document's own rules are in shared/policy-document.ts.
 */
import { clusters } from "../clusters/resource.js";
import { clusterBusy, isLeaving } from "../clusters/rules.js";
import { conflict, notFound } from "../errors.js";
import { messages } from "../messages.js";
import type { ClusterRecord, DsqlContext, PolicyRecord } from "../world.js";

/** The cluster of a policy change: it must not be on its way out. */
export function policyCluster(ctx: DsqlContext, id: string, operation: string): ClusterRecord {
  const c = clusters.get(ctx, id);
  if (isLeaving(c)) clusterBusy(c, operation, id);
  return c;
}

/** The cluster's policy, or the policy's ResourceNotFoundException. */
export function attachedPolicy(c: ClusterRecord): PolicyRecord {
  return c.policy ?? notFound("policy", c.identifier, messages.policyNotFound(c.identifier));
}

export function checkExpectedVersion(c: ClusterRecord, expected: string | undefined): void {
  if (expected !== undefined && expected !== c.policy?.version) {
    conflict("policy", c.identifier, messages.policyVersionMismatch(c.identifier, expected, c.policy?.version));
  }
}
