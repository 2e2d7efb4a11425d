/**
 * ARNs and endpoints, and finding the resource an ARN names. Cluster ARNs are
 * `arn:aws:docdb-elastic:REGION:ACCOUNT:cluster/ID`, snapshot ARNs `...:cluster-snapshot/ID`, with a
 * UUID as ID. A malformed ARN is a ValidationException; a well-formed ARN of a resource that does not
 * exist here (another Region or account included) is a ResourceNotFoundException.
 */
import { arn, dnsSuffix, parseArn } from "../../core/regions.js";
import type { CallContext } from "../../core/service.js";
import { invalid, notFound } from "./errors.js";
import { constraint, message } from "./messages.js";
import type { ClusterRecord, DocdbWorld, SnapshotRecord } from "./world.js";

type Ctx = CallContext<DocdbWorld>;
export type ResourceKind = "cluster" | "cluster-snapshot";

export function clusterArn(ctx: Ctx, id: string): string {
  return arn("docdb-elastic", ctx.region, ctx.accountId, `cluster/${id}`);
}

export function snapshotArn(ctx: Ctx, id: string): string {
  return arn("docdb-elastic", ctx.region, ctx.accountId, `cluster-snapshot/${id}`);
}

/** `<name>-<account>.<region>.docdb-elastic.amazonaws.com`, as AWS names elastic cluster endpoints. */
export function clusterEndpoint(ctx: Ctx, clusterName: string): string {
  return `${clusterName}-${ctx.accountId}.${ctx.region}.docdb-elastic.${dnsSuffix(ctx.region)}`;
}

/** The kind and id an elastic cluster ARN names, or undefined when it is not one. */
export function parseResourceArn(value: string): { kind: ResourceKind; id: string; region: string; accountId: string } | undefined {
  const parsed = parseArn(value);
  if (!parsed || parsed.service !== "docdb-elastic" || !/^\d{12}$/.test(parsed.accountId) || parsed.region === "") return undefined;
  const slash = parsed.resource.indexOf("/");
  const kind = parsed.resource.slice(0, slash);
  const id = parsed.resource.slice(slash + 1);
  if (slash < 0 || id === "" || id.includes("/") || (kind !== "cluster" && kind !== "cluster-snapshot")) return undefined;
  return { kind, id, region: parsed.region, accountId: parsed.accountId };
}

/** The record an ARN names in this context's world: same Region, account and full ARN. */
function find(ctx: Ctx, kind: ResourceKind, id: string, value: string): ClusterRecord | SnapshotRecord | undefined {
  if (kind === "cluster") {
    const c = ctx.world.clusters[id];
    return c?.clusterArn === value ? c : undefined;
  }
  const s = ctx.world.snapshots[id];
  return s?.snapshotArn === value ? s : undefined;
}

/** The value is an elastic cluster ARN (its form only: the cluster may not exist). */
export function checkClusterArn(value: string, member = "clusterArn"): void {
  if (parseResourceArn(value)?.kind !== "cluster") invalid(member, value, constraint.clusterArn);
}

/** The value is an elastic cluster snapshot ARN (its form only). */
export function checkSnapshotArn(value: string, member = "snapshotArn"): void {
  if (parseResourceArn(value)?.kind !== "cluster-snapshot") invalid(member, value, constraint.snapshotArn);
}

export function requireCluster(ctx: Ctx, value: string, member = "clusterArn"): ClusterRecord {
  checkClusterArn(value, member);
  const record = find(ctx, "cluster", parseResourceArn(value)!.id, value);
  if (!record) notFound("cluster", value, message.clusterNotFound(value));
  return record as ClusterRecord;
}

export function requireSnapshot(ctx: Ctx, value: string, member = "snapshotArn"): SnapshotRecord {
  checkSnapshotArn(value, member);
  const record = find(ctx, "cluster-snapshot", parseResourceArn(value)!.id, value);
  if (!record) notFound("cluster-snapshot", value, message.snapshotNotFound(value));
  return record as SnapshotRecord;
}

/** A taggable resource: an elastic cluster or an elastic cluster snapshot. */
export function requireTaggable(ctx: Ctx, value: string): ClusterRecord | SnapshotRecord {
  const parsed = parseResourceArn(value);
  if (!parsed) invalid("resourceArn", value, constraint.resourceArn);
  const record = find(ctx, parsed.kind, parsed.id, value);
  if (!record) notFound(parsed.kind, value, message.resourceNotFound(value));
  return record;
}
