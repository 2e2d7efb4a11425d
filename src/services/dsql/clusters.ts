/**
 * Cluster rules and state changes: create, update, delete, and the lookups the other modules share.
 * Every check runs before the first change, so a failed call leaves state untouched.
 */
import { conflict, invalid, quotaExceeded } from "./errors.js";
import { awsOwnedEncryption, resolveKmsKey } from "./kms.js";
import { findCluster } from "./lookup.js";
import { messages } from "./messages.js";
import {
  isLeaving,
  mutualPeers,
  peersAwaitingDeletion,
  planMultiRegion,
  propagateLinks,
  type MultiRegionInput,
  type MultiRegionPlan,
} from "./multi-region.js";
import { clusterArn, clusterEndpoint } from "./naming.js";
import { attachPolicy, checkPolicy } from "./policies.js";
import { checkTagKeys, copyTags } from "./tags.js";
import type { ClusterRecord, DsqlContext, EncryptionRecord } from "./world.js";

/** Statuses in which a change is still running: UpdateCluster and DeleteCluster must wait. */
const BUSY = new Set(["CREATING", "UPDATING"]);

/**
 * Quotas count the Region's clusters that are not being deleted. The walk is bounded by the quotas
 * themselves (no Region holds more clusters than they allow).
 */
function checkClusterQuota(ctx: DsqlContext, multiRegion: boolean, id = clusterArn(ctx.region, ctx.accountId, "*")): void {
  let count = 0;
  for (const c of Object.values(ctx.world.clusters)) {
    if (c.status !== "DELETING" && Boolean(c.multiRegionProperties) === multiRegion) count++;
  }
  const name = multiRegion ? "multiRegionClusters" : "singleRegionClusters";
  const limit = ctx.quota(name);
  if (count >= limit) {
    const message = multiRegion ? messages.multiRegionQuota(limit, ctx.region) : messages.singleRegionQuota(limit, ctx.region);
    quotaExceeded("cluster", id, name, message);
  }
}

/** The encryption a requested key leads to, or undefined when it is the cluster's current one. */
function encryptionFor(ctx: DsqlContext, key: string, current?: EncryptionRecord): EncryptionRecord | undefined {
  const kmsKeyArn = resolveKmsKey(key, ctx.region, ctx.accountId);
  const next: EncryptionRecord = kmsKeyArn
    ? { encryptionType: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyArn, encryptionStatus: "ENABLED" }
    : awsOwnedEncryption();
  if (current && current.encryptionType === next.encryptionType && current.kmsKeyArn === next.kmsKeyArn) return undefined;
  return next;
}

export interface CreateClusterInput {
  deletionProtectionEnabled?: boolean;
  kmsEncryptionKey?: string;
  tags?: Record<string, string>;
  multiRegionProperties?: MultiRegionInput;
  policy?: string;
  bypassPolicyLockoutSafetyCheck?: boolean;
}

export function createCluster(ctx: DsqlContext, input: CreateClusterInput): ClusterRecord {
  const encryption = input.kmsEncryptionKey === undefined ? awsOwnedEncryption() : encryptionFor(ctx, input.kmsEncryptionKey)!;
  checkTagKeys(input.tags);
  if (input.policy !== undefined) checkPolicy(input.policy, input.bypassPolicyLockoutSafetyCheck);
  const plan = planMultiRegion(ctx, input.multiRegionProperties, undefined);
  checkClusterQuota(ctx, plan !== undefined);

  const identifier = ctx.ids.lowerAlnum(26);
  const c: ClusterRecord = {
    identifier,
    arn: clusterArn(ctx.region, ctx.accountId, identifier),
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
  ctx.world.clusters[identifier] = c;
  // A new multi-Region cluster always waits for its peers: none can list it before it exists.
  if (plan) c.status = "PENDING_SETUP";
  else ctx.lifecycle.begin("cluster", identifier, "create");
  if (encryption.encryptionType === "CUSTOMER_MANAGED_KMS_KEY") ctx.lifecycle.begin("encryption", identifier, "enable");
  return c;
}

export interface UpdateClusterInput {
  identifier: string;
  deletionProtectionEnabled?: boolean;
  kmsEncryptionKey?: string;
  multiRegionProperties?: MultiRegionInput;
}

function samePlan(a: MultiRegionPlan | undefined, b: MultiRegionPlan | undefined): boolean {
  if (!a || !b) return a === b;
  return a.witnessRegion === b.witnessRegion && a.clusters.length === b.clusters.length && a.clusters.every((x, i) => x === b.clusters[i]);
}

export function updateCluster(ctx: DsqlContext, input: UpdateClusterInput): ClusterRecord {
  const c = findCluster(ctx, input.identifier);
  // Documented choice: a cluster with a change still running, or on its way out, refuses another.
  if (BUSY.has(c.status) || isLeaving(c)) conflict("cluster", c.identifier, messages.clusterBusy(c.identifier, c.status, "UpdateCluster"));
  const protection = input.deletionProtectionEnabled ?? c.deletionProtectionEnabled;
  const encryption = input.kmsEncryptionKey === undefined ? undefined : encryptionFor(ctx, input.kmsEncryptionKey, c.encryptionDetails);
  const plan = planMultiRegion(ctx, input.multiRegionProperties, c);
  if (plan && !c.multiRegionProperties) checkClusterQuota(ctx, true, c.identifier);
  const mrChanged = !samePlan(plan, c.multiRegionProperties);
  if (protection === c.deletionProtectionEnabled && !encryption && !mrChanged) return c;

  c.deletionProtectionEnabled = protection;
  if (encryption) {
    c.encryptionDetails = encryption;
    ctx.lifecycle.begin("encryption", c.identifier, "update");
  }
  const before = c.multiRegionProperties?.clusters ?? [];
  if (mrChanged && plan) c.multiRegionProperties = plan;
  ctx.lifecycle.begin("cluster", c.identifier, "update");
  if (mrChanged) propagateLinks(ctx, c, before);
  return c;
}

/**
 * Deleting a protected cluster is a ValidationException with reason `deletionProtectionEnabled`. A
 * multi-Region cluster whose peers are still live waits in PENDING_DELETE; deleting the last of
 * them deletes the waiting ones too. A cluster already being deleted answers as it is.
 */
export function deleteCluster(ctx: DsqlContext, id: string): ClusterRecord {
  const c = findCluster(ctx, id);
  if (isLeaving(c)) return c;
  if (BUSY.has(c.status)) conflict("cluster", id, messages.clusterBusy(id, c.status, "DeleteCluster"));
  if (c.deletionProtectionEnabled) invalid("deletionProtectionEnabled", messages.deletionProtected(id), "deletionProtectionEnabled");

  if (mutualPeers(ctx, c).some((p) => !isLeaving(p.record!))) {
    ctx.lifecycle.cancel("cluster", id);
    c.status = "PENDING_DELETE";
    return c;
  }
  const waiting = peersAwaitingDeletion(ctx, c);
  ctx.lifecycle.begin("cluster", id, "delete");
  for (const p of waiting) ctx.contextOf(p.region).lifecycle.begin("cluster", p.id, "delete");
  for (const s of Object.values(ctx.world.streams)) {
    if (s.clusterIdentifier === id && s.status !== "DELETING") ctx.lifecycle.begin("stream", s.streamIdentifier, "delete");
  }
  return c;
}
