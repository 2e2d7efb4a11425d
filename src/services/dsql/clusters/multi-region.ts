/**
 * Multi-Region clusters. A multi-Region cluster has a witness Region and peer clusters in other
 * Regions of the same account (in the worlds of those Regions). A link is complete when each side
 * lists the other: create the second cluster with the first's ARN, then UpdateCluster the first with
 * the second's. Until then a cluster waits in PENDING_SETUP; once linked, both become ACTIVE.
 */
import { conflict, invalid } from "../errors.js";
import { messages } from "../messages.js";
import { parseDsqlArn } from "../shared/arns.js";
import { dsqlRegions, existingWorld, isDsqlRegion } from "../shared/regions.js";
import type { ClusterRecord, ClusterStatus, DsqlContext } from "../world.js";
import { isLeaving } from "./rules.js";

export interface MultiRegionInput {
  witnessRegion?: string;
  clusters?: string[];
}

export interface MultiRegionPlan {
  witnessRegion: string;
  /** Peer ARNs, the cluster's own ARN left out. */
  clusters: string[];
}

interface Peer {
  arn: string;
  region: string;
  record: ClusterRecord | undefined;
}

const WITNESS = "multiRegionProperties.witnessRegion";
const CLUSTERS = "multiRegionProperties.clusters";

/** The peer cluster an ARN names, looked up in its own Region without creating that Region's state. */
function peerOf(ctx: DsqlContext, arn: string): Peer {
  const parsed = parseDsqlArn(arn);
  const region = parsed?.region ?? "";
  const record = parsed && parsed.accountId === ctx.accountId ? existingWorld(ctx, region)?.clusters[parsed.clusterId] : undefined;
  return { arn, region, record: record?.arn === arn ? record : undefined };
}

/**
 * Checks the requested multi-Region properties of a new (`current` undefined) or existing cluster
 * and returns what the cluster will hold; undefined when the cluster stays single-Region.
 */
export function planMultiRegion(
  ctx: DsqlContext,
  input: MultiRegionInput | undefined,
  current: ClusterRecord | undefined,
): MultiRegionPlan | undefined {
  const existing = current?.multiRegionProperties;
  if (!input) return existing && { witnessRegion: existing.witnessRegion, clusters: [...existing.clusters] };
  const requested = input.clusters?.filter((a) => a !== current?.arn);
  // An empty witnessRegion is a value (no Region), not an omitted member: it is refused below.
  const witness = input.witnessRegion ?? existing?.witnessRegion;
  if (witness === undefined) {
    if (requested && requested.length > 0) invalid(WITNESS, messages.witnessRequired());
    return undefined;
  }
  if (!isDsqlRegion(ctx, witness)) invalid(WITNESS, messages.witnessNotDsqlRegion(witness));
  if (witness === ctx.region) invalid(WITNESS, messages.witnessIsOwnRegion(ctx.region));
  if (existing && witness !== existing.witnessRegion && existing.clusters.length > 0) {
    invalid(WITNESS, messages.witnessChangeWithPeers(existing.witnessRegion));
  }
  if (requested === undefined) return { witnessRegion: witness, clusters: existing ? [...existing.clusters] : [] };
  checkPeers(ctx, requested, witness);
  return { witnessRegion: witness, clusters: requested };
}

function checkPeers(ctx: DsqlContext, arns: readonly string[], witness: string): void {
  const seen = new Set<string>();
  const regions = new Set<string>();
  for (const arn of arns) {
    if (seen.has(arn)) invalid(CLUSTERS, messages.peerDuplicate(arn));
    seen.add(arn);
    const parsed = parseDsqlArn(arn);
    if (!parsed || parsed.kind !== "cluster") return invalid(CLUSTERS, messages.peerNotFound(arn));
    if (parsed.accountId !== ctx.accountId) invalid(CLUSTERS, messages.peerOtherAccount(arn));
    if (parsed.region === ctx.region) invalid(CLUSTERS, messages.peerSameRegion(arn, ctx.region));
    if (!isDsqlRegion(ctx, parsed.region)) invalid(CLUSTERS, messages.peerNotDsqlRegion(arn));
    if (parsed.region === witness) invalid(WITNESS, messages.witnessIsPeerRegion(witness));
    if (regions.has(parsed.region)) invalid(CLUSTERS, messages.peerDuplicateRegion(parsed.region));
    regions.add(parsed.region);
    const peer = peerOf(ctx, arn).record;
    if (!peer) return invalid(CLUSTERS, messages.peerNotFound(arn));
    if (isLeaving(peer)) conflict("cluster", peer.identifier, messages.peerDeleting(arn, peer.status));
    const peerWitness = peer.multiRegionProperties?.witnessRegion;
    if (!peerWitness) invalid(CLUSTERS, messages.peerNotMultiRegion(arn));
    else if (peerWitness !== witness) invalid(CLUSTERS, messages.peerWitnessMismatch(arn, peerWitness, witness));
  }
}

/** Peers that list this cluster back and are still live: the links a deletion must wait for. */
export function mutualPeers(ctx: DsqlContext, c: ClusterRecord): Peer[] {
  const peers = c.multiRegionProperties?.clusters ?? [];
  return peers.map((arn) => peerOf(ctx, arn)).filter((p) => p.record?.multiRegionProperties?.clusters.includes(c.arn));
}

/** Every listed peer exists and lists this cluster back (and there is at least one). */
export function isLinked(ctx: DsqlContext, c: ClusterRecord): boolean {
  const peers = c.multiRegionProperties?.clusters ?? [];
  return peers.length > 0 && mutualPeers(ctx, c).length === peers.length;
}

/** Where a cluster settles once its running change is done. */
export function settledStatus(c: ClusterRecord, ctx: DsqlContext): ClusterStatus {
  if (!c.multiRegionProperties) return "ACTIVE";
  return isLinked(ctx, c) ? "ACTIVE" : "PENDING_SETUP";
}

/**
 * After `c`'s peer list changed from `before`: a removed peer forgets `c` too and re-settles (or,
 * parked in PENDING_DELETE, is deleted); a peer that was waiting for `c` resumes its creation now
 * that the link is complete.
 */
export function propagateLinks(ctx: DsqlContext, c: ClusterRecord, before: readonly string[]): void {
  const now = c.multiRegionProperties?.clusters ?? [];
  for (const arn of before) {
    if (now.includes(arn)) continue;
    const peer = peerOf(ctx, arn);
    const list = peer.record?.multiRegionProperties?.clusters;
    if (!peer.record || !list?.includes(c.arn)) continue;
    list.splice(list.indexOf(c.arn), 1);
    const peerLifecycle = ctx.contextOf(peer.region).lifecycle;
    // A peer parked in PENDING_DELETE was only waiting for this link: it is deleted now.
    if (peer.record.status === "PENDING_DELETE") peerLifecycle.begin("cluster", peer.record.identifier, "delete");
    else if (!isLeaving(peer.record)) peerLifecycle.begin("cluster", peer.record.identifier, "update");
  }
  for (const arn of now) {
    const peer = peerOf(ctx, arn);
    if (peer.record?.status !== "PENDING_SETUP") continue;
    const peerCtx = ctx.contextOf(peer.region);
    if (isLinked(peerCtx, peer.record)) peerCtx.lifecycle.begin("cluster", peer.record.identifier, "resumeCreate");
  }
}

/**
 * When a cluster is gone, clusters of other Regions stop listing it, including those that listed it
 * without being listed back. The walk covers multi-Region clusters only (bounded by their quota).
 */
export function forgetDeletedCluster(ctx: DsqlContext, c: ClusterRecord): void {
  if (!c.multiRegionProperties) return;
  for (const region of dsqlRegions(ctx)) {
    if (region === ctx.region) continue;
    for (const other of Object.values(existingWorld(ctx, region)?.clusters ?? {})) {
      const list = other.multiRegionProperties?.clusters;
      if (list?.includes(c.arn)) list.splice(list.indexOf(c.arn), 1);
    }
  }
}

/** Peers parked in PENDING_DELETE that were waiting for this cluster's deletion. */
export function peersAwaitingDeletion(ctx: DsqlContext, c: ClusterRecord): { region: string; id: string }[] {
  return mutualPeers(ctx, c)
    .filter((p) => p.record!.status === "PENDING_DELETE")
    .map((p) => ({ region: p.region, id: p.record!.identifier }));
}

/** Whether two plans name the same witness and the same peers in the same order. */
export function samePlan(a: MultiRegionPlan | undefined, b: MultiRegionPlan | undefined): boolean {
  if (!a || !b) return a === b;
  return a.witnessRegion === b.witnessRegion && a.clusters.length === b.clusters.length && a.clusters.every((x, i) => x === b.clusters[i]);
}
