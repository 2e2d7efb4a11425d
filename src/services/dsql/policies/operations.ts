/**
 * PutClusterPolicy, GetClusterPolicy and DeleteClusterPolicy. Each put issues the next version ("1",
 * "2", ...; versions keep counting after a delete).
 */
import type * as Sdk from "@aws-sdk/client-dsql";
import type { Operations } from "../../../core/operations.js";
import { clusters } from "../clusters/resource.js";
import { idempotent } from "../shared/idempotency.js";
import { attachPolicy, checkPolicy } from "../shared/policy-document.js";
import type { DsqlWorld } from "../world.js";
import { attachedPolicy, checkExpectedVersion, policyCluster } from "./rules.js";

export const policyOperations: Operations<typeof Sdk, DsqlWorld> = {
  PutClusterPolicy: idempotent("PutClusterPolicy", "cluster", (input, ctx) => {
    const c = policyCluster(ctx, input.identifier!, "PutClusterPolicy");
    checkExpectedVersion(c, input.expectedPolicyVersion);
    checkPolicy(input.policy!, input.bypassPolicyLockoutSafetyCheck);
    return { id: input.identifier!, output: { policyVersion: attachPolicy(c, input.policy!) } };
  }),

  GetClusterPolicy: (input, ctx) => {
    const policy = attachedPolicy(clusters.get(ctx, input.identifier!));
    return { policy: policy.document, policyVersion: policy.version };
  },

  DeleteClusterPolicy: idempotent("DeleteClusterPolicy", "cluster", (input, ctx) => {
    const c = policyCluster(ctx, input.identifier!, "DeleteClusterPolicy");
    const { version } = attachedPolicy(c);
    checkExpectedVersion(c, input.expectedPolicyVersion);
    delete c.policy;
    return { id: input.identifier!, output: { policyVersion: version } };
  }),
};
