/**
 * The resources pending maintenance is about: DB instances (standalone and cluster members) and DB
 * clusters, seen alike as a target with its ARN, its resource id (the key of its maintenance state, so
 * a re-created namesake starts clean), its status and its weekly maintenance window.
 */
import type { CallContext } from "../../../core/service.js";
import { clusters } from "../clusters/resource.js";
import { instances } from "../instances/resource.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

export type Target =
  | { kind: "instance"; record: InstanceRecord; arn: string; resourceId: string; id: string }
  | { kind: "cluster"; record: ClusterRecord; arn: string; resourceId: string; id: string };

export function instanceTarget(ctx: CallContext<RdsWorld>, i: InstanceRecord): Target {
  return { kind: "instance", record: i, arn: i.DBInstanceArn ?? instances.arnOf(ctx, i.DBInstanceIdentifier), resourceId: i.DbiResourceId!, id: i.DBInstanceIdentifier };
}

export function clusterTarget(ctx: CallContext<RdsWorld>, c: ClusterRecord): Target {
  return { kind: "cluster", record: c, arn: c.DBClusterArn ?? clusters.arnOf(ctx, c.DBClusterIdentifier), resourceId: c.DbClusterResourceId!, id: c.DBClusterIdentifier };
}

/** Every instance and cluster of this account and Region. */
export function allTargets(ctx: CallContext<RdsWorld>): Target[] {
  const out: Target[] = [];
  for (const key in ctx.world.instances) out.push(instanceTarget(ctx, ctx.world.instances[key]));
  for (const key in ctx.world.clusters) out.push(clusterTarget(ctx, ctx.world.clusters[key]));
  return out;
}

/** The target an ARN of this account and Region names (a `db:` or `cluster:` ARN), if it exists. */
export function targetByArn(ctx: CallContext<RdsWorld>, arn: string): Target | undefined {
  const instanceId = instances.keyFromArn(ctx, arn);
  const instance = instanceId === undefined ? undefined : instances.find(ctx, instanceId);
  if (instance) return instanceTarget(ctx, instance);
  const clusterId = clusters.keyFromArn(ctx, arn);
  const cluster = clusterId === undefined ? undefined : clusters.find(ctx, clusterId);
  return cluster ? clusterTarget(ctx, cluster) : undefined;
}

/** The target with this resource id (DbiResourceId or DbClusterResourceId), if it still exists. */
export function targetByResourceId(ctx: CallContext<RdsWorld>, resourceId: string): Target | undefined {
  return allTargets(ctx).find((t) => t.resourceId === resourceId);
}

export function statusOf(t: Target): string {
  return t.kind === "instance" ? t.record.DBInstanceStatus : t.record.Status;
}

/** The resource's weekly maintenance window (`ddd:hh24:mi-ddd:hh24:mi`): RDS gives every instance and cluster one. */
export function windowOf(t: Target): string | undefined {
  return t.record.PreferredMaintenanceWindow;
}
