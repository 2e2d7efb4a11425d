/**
 * The cluster operations: create, read, update, delete, list, and the cluster's VPC endpoint service
 * name. Each handler checks everything first, then changes state, so a failed call changes nothing.
 */
import type * as Sdk from "@aws-sdk/client-dsql";
import type { Operations } from "../../../core/operations.js";
import { invalid } from "../errors.js";
import { messages } from "../messages.js";
import { idempotent } from "../shared/idempotency.js";
import { DEFAULT_PAGE_SIZE, invalidToken, out } from "../shared/output.js";
import { attachPolicy, checkPolicy } from "../shared/policy-document.js";
import { checkTagKeys, copyTags } from "../shared/tags.js";
import type { ClusterRecord, DsqlWorld } from "../world.js";
import { clusterEndpoint, clusterVpcEndpoint, vpcEndpointServiceName } from "./endpoints.js";
import { awsOwnedEncryption, encryptionFor } from "./kms.js";
import { mutualPeers, peersAwaitingDeletion, planMultiRegion, propagateLinks, samePlan } from "./multi-region.js";
import { clusters } from "./resource.js";
import { checkClusterQuota, clusterBusy, isBusy, isLeaving } from "./rules.js";
import { clusterStatusOutput, clusterSummary, createClusterOutput, getClusterOutput } from "./shape.js";

export const clusterOperations: Operations<typeof Sdk, DsqlWorld> = {
  CreateCluster: idempotent("CreateCluster", "cluster", (input, ctx) => {
    const encryption = input.kmsEncryptionKey === undefined ? awsOwnedEncryption() : encryptionFor(ctx, input.kmsEncryptionKey)!;
    checkTagKeys(input.tags);
    if (input.policy !== undefined) checkPolicy(input.policy, input.bypassPolicyLockoutSafetyCheck);
    const plan = planMultiRegion(ctx, input.multiRegionProperties, undefined);
    checkClusterQuota(ctx, plan !== undefined);

    const identifier = ctx.ids.lowerAlnum(26);
    const c: ClusterRecord = {
      identifier,
      arn: clusters.arnOf(ctx, identifier),
      status: "CREATING",
      creationTime: ctx.now(),
      deletionProtectionEnabled: input.deletionProtectionEnabled ?? true,
      encryptionDetails: encryption,
      ...(plan && { multiRegionProperties: plan }),
      tags: copyTags(input.tags),
      endpoint: clusterEndpoint(ctx.region, identifier),
      policyVersions: 0,
    };
    if (input.policy !== undefined) attachPolicy(c, input.policy);
    clusters.insert(ctx, identifier, c);
    // A new multi-Region cluster always waits for its peers: none can list it before it exists.
    if (plan) c.status = "PENDING_SETUP";
    else clusters.begin(ctx, c, "create");
    if (encryption.encryptionType === "CUSTOMER_MANAGED_KMS_KEY") ctx.lifecycle.begin("encryption", identifier, "enable");
    return { id: identifier, output: createClusterOutput(c) };
  }),

  GetCluster: (input, ctx) => out(getClusterOutput(clusters.get(ctx, input.identifier!))),

  UpdateCluster: idempotent("UpdateCluster", "cluster", (input, ctx) => {
    const c = clusters.get(ctx, input.identifier!);
    // Documented choice: a cluster with a change still running, or on its way out, refuses another.
    if (isBusy(c) || isLeaving(c)) clusterBusy(c, "UpdateCluster");
    const protection = input.deletionProtectionEnabled ?? c.deletionProtectionEnabled;
    const encryption = input.kmsEncryptionKey === undefined ? undefined : encryptionFor(ctx, input.kmsEncryptionKey, c.encryptionDetails);
    const plan = planMultiRegion(ctx, input.multiRegionProperties, c);
    if (plan && !c.multiRegionProperties) checkClusterQuota(ctx, true, c.identifier);
    const mrChanged = !samePlan(plan, c.multiRegionProperties);
    if (protection !== c.deletionProtectionEnabled || encryption || mrChanged) {
      c.deletionProtectionEnabled = protection;
      if (encryption) {
        c.encryptionDetails = encryption;
        ctx.lifecycle.begin("encryption", c.identifier, "update");
      }
      const before = c.multiRegionProperties?.clusters ?? [];
      if (mrChanged && plan) c.multiRegionProperties = plan;
      clusters.begin(ctx, c, "update");
      if (mrChanged) propagateLinks(ctx, c, before);
    }
    return { id: c.identifier, output: clusterStatusOutput(c) };
  }),

  /**
   * Deleting a protected cluster is a ValidationException with reason `deletionProtectionEnabled`. A
   * multi-Region cluster whose peers are still live waits in PENDING_DELETE; deleting the last of
   * them deletes the waiting ones too. A cluster already being deleted answers as it is.
   */
  DeleteCluster: idempotent("DeleteCluster", "cluster", (input, ctx) => {
    const id = input.identifier!;
    const c = clusters.get(ctx, id);
    if (isLeaving(c)) return { id: c.identifier, output: clusterStatusOutput(c) };
    if (isBusy(c)) clusterBusy(c, "DeleteCluster", id);
    if (c.deletionProtectionEnabled) invalid("deletionProtectionEnabled", messages.deletionProtected(id), "deletionProtectionEnabled");

    if (mutualPeers(ctx, c).some((p) => !isLeaving(p.record!))) {
      ctx.lifecycle.cancel("cluster", id);
      c.status = "PENDING_DELETE";
    } else {
      const waiting = peersAwaitingDeletion(ctx, c);
      clusters.begin(ctx, c, "delete");
      for (const p of waiting) ctx.contextOf(p.region).lifecycle.begin("cluster", p.id, "delete");
      // The cluster's streams go with it (read from the world: streams depend on clusters, not back).
      for (const s of Object.values(ctx.world.streams)) {
        if (s.clusterIdentifier === id && s.status !== "DELETING") ctx.lifecycle.begin("stream", s.streamIdentifier, "delete");
      }
    }
    return { id: c.identifier, output: clusterStatusOutput(c) };
  }),

  ListClusters: (input, ctx) => {
    const size = input.maxResults ?? DEFAULT_PAGE_SIZE.ListClusters;
    const p = clusters.page(ctx, { size, token: input.nextToken, invalidToken: invalidToken(input.nextToken) });
    return out({ clusters: p.items.map(clusterSummary), nextToken: p.next });
  },

  GetVpcEndpointServiceName: (input, ctx) => {
    const c = clusters.get(ctx, input.identifier!);
    return { serviceName: vpcEndpointServiceName(ctx.region), clusterVpcEndpoint: clusterVpcEndpoint(ctx.region, c.identifier) };
  },
};
