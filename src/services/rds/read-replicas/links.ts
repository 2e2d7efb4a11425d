/**
 * The two sides of a replication link kept in step: a replica's ReadReplicaSourceDBInstanceIdentifier
 * and its source's ReadReplicaDBInstanceIdentifiers. Each side names the other by identifier in its own
 * Region and by ARN across Regions ("If the source DB instance is in a different Amazon Web Services
 * Region from the read replica, specify a valid DB instance ARN"; the source lists a cross-Region
 * replica by ARN). Reads never create another Region's world.
 */
import type { CallContext } from "../../../core/service.js";
import { beginInstance } from "../shared/resource-keys.js";
import { unlinkFromCluster } from "./cluster-source.js";
import { idFromArn, own } from "../shared/identifiers.js";
import type { InstanceRecord, RdsWorld } from "../world.js";

type Ctx = CallContext<RdsWorld>;

/** A DB instance of this account, with the context of its own Region. */
export interface Located {
  ctx: Ctx;
  instance: InstanceRecord;
}

/** How an instance in `from`'s Region names `to`: its identifier in the same Region, else its ARN. */
export function refTo(from: Ctx, to: Located): string {
  return to.ctx.region === from.region ? to.instance.DBInstanceIdentifier : to.instance.DBInstanceArn!;
}

/** The instance a reference names (an identifier in ctx's Region, or a DB instance ARN of this account), else undefined. */
export function resolve(ctx: Ctx, ref: string): Located | undefined {
  if (!ref.startsWith("arn:")) {
    const instance = own(ctx.world.instances, ref.toLowerCase());
    return instance && { ctx, instance };
  }
  const region = ref.split(":")[3] ?? "";
  const id = idFromArn(ref, "db", region, ctx.accountId);
  if (id === undefined) return undefined;
  if (region !== ctx.region && ctx.hasWorld && !ctx.hasWorld(region)) return undefined;
  const at = region === ctx.region ? ctx : ctx.contextOf(region);
  const instance = own(at.world.instances, id.toLowerCase());
  return instance && { ctx: at, instance };
}

export function sourceOf(replica: Located): Located | undefined {
  const ref = replica.instance.ReadReplicaSourceDBInstanceIdentifier;
  return ref === undefined ? undefined : resolve(replica.ctx, ref);
}

export function replicasOf(source: Located): Located[] {
  return (source.instance.ReadReplicaDBInstanceIdentifiers ?? []).flatMap((ref) => resolve(source.ctx, ref) ?? []);
}

/** Replicas between `at` and a source that is no replica (0 for a standalone instance). */
export function depthOf(at: Located): number {
  let depth = 0;
  for (let up = sourceOf(at); up && depth < 16; up = sourceOf(up)) depth++;
  return depth;
}

export function link(replica: Located, source: Located): void {
  replica.instance.ReadReplicaSourceDBInstanceIdentifier = refTo(replica.ctx, source);
  (source.instance.ReadReplicaDBInstanceIdentifiers ??= []).push(refTo(source.ctx, replica));
}

/** Cuts a replica from its source: the replica becomes standalone (its replication fields go). */
export function unlink(replica: Located): void {
  const source = sourceOf(replica);
  if (source) {
    const ref = refTo(source.ctx, replica);
    source.instance.ReadReplicaDBInstanceIdentifiers = (source.instance.ReadReplicaDBInstanceIdentifiers ?? []).filter((r) => r !== ref);
  }
  delete replica.instance.ReadReplicaSourceDBInstanceIdentifier;
  delete replica.instance.StatusInfos;
  delete replica.instance.ReplicaMode;
}

/**
 * A DB instance is gone (its delete transition settled): it leaves its source's list, and "If you delete
 * a source DB instance without deleting its read replicas in the same AWS Region, each read replica is
 * promoted to a standalone DB instance" (user guide, "Considerations when deleting replicas"; a
 * cross-Region replica is promoted too). A replica being deleted itself is only cut loose.
 */
export function instanceGone(ctx: Ctx, instance: InstanceRecord): void {
  const gone = { ctx, instance };
  if (instance.ReadReplicaSourceDBInstanceIdentifier !== undefined) unlink(gone);
  unlinkFromCluster(ctx, instance);
  for (const replica of replicasOf(gone)) {
    unlink(replica);
    if (replica.instance.DBInstanceStatus !== "deleting") beginInstance(replica.ctx, replica.instance, "promote");
  }
  instance.ReadReplicaDBInstanceIdentifiers = [];
}

/**
 * A DB instance was renamed (ModifyDBInstance NewDBInstanceIdentifier): the other side of each of its
 * links names it anew (its source's list, its replicas' source), by identifier or by ARN as before.
 */
export function instanceRenamed(ctx: Ctx, instance: InstanceRecord, oldId: string): void {
  const oldArn = instance.DBInstanceArn!.replace(/:db:[^:]+$/, `:db:${oldId}`);
  const renamed = { ctx, instance };
  const source = sourceOf(renamed);
  if (source) {
    const old = source.ctx.region === ctx.region ? oldId : oldArn;
    source.instance.ReadReplicaDBInstanceIdentifiers = (source.instance.ReadReplicaDBInstanceIdentifiers ?? []).map((r) => (r === old ? refTo(source.ctx, renamed) : r));
  }
  for (const ref of instance.ReadReplicaDBInstanceIdentifiers ?? []) {
    const replica = resolve(ctx, ref);
    if (replica) replica.instance.ReadReplicaSourceDBInstanceIdentifier = refTo(replica.ctx, renamed);
  }
}
