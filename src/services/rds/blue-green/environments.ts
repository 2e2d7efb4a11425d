/**
 * What a blue/green deployment does to its databases: find both sides by resource id, cut the
 * replication from blue to green, rename at switchover, and delete the green side (DeleteTarget).
 *
 * Switchover renames as the user guides describe ("Switchover actions"): each blue resource is renamed
 * by appending `-old<n>` (the first n whose name is free in the account and Region when the rename
 * applies), then each green resource takes its blue resource's former name, and with it the endpoint.
 * Clusters are renamed before their instances, so each instance finds its cluster under the new name.
 */
import type { CallContext } from "../../../core/service.js";
import { renameCluster } from "../clusters/modify.js";
import { clusters } from "../clusters/resource.js";
import { instanceDeleted } from "../instances/hooks.js";
import { renameInstance } from "../instances/rename.js";
import { dropInstance } from "../instances/record.js";
import { instances } from "../instances/resource.js";
import { beginCluster, beginInstance, clustersByResourceId, instancesByResourceId } from "../shared/resource-keys.js";
import type { BlueGreenDeploymentRecord, BlueGreenPair, ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

type Ctx = CallContext<RdsWorld>;
type Side = "blue" | "green";
export type Db = { type: "db"; record: InstanceRecord } | { type: "cluster"; record: ClusterRecord };

/** The database one side of a pair names (undefined once it is gone). */
export function sideOf(ctx: Ctx, pair: BlueGreenPair, side: Side): Db | undefined {
  const id = pair[side];
  if (pair.type === "db") {
    const record = instancesByResourceId(ctx.world)[id] as InstanceRecord | undefined;
    return record && { type: "db", record };
  }
  const record = clustersByResourceId(ctx.world)[id] as ClusterRecord | undefined;
  return record && { type: "cluster", record };
}

export const nameOf = (db: Db) => (db.type === "db" ? db.record.DBInstanceIdentifier : db.record.DBClusterIdentifier);
export const arnOf = (db: Db) => (db.type === "db" ? db.record.DBInstanceArn! : db.record.DBClusterArn!);
export const statusOf = (db: Db) => (db.type === "db" ? db.record.DBInstanceStatus : db.record.Status);

/** Green stops replicating from blue (switchover, or the deployment is gone). */
export function unlink(ctx: Ctx, d: BlueGreenDeploymentRecord): void {
  for (const pair of d.Pairs) {
    const blue = sideOf(ctx, pair, "blue");
    const green = sideOf(ctx, pair, "green");
    if (green?.type === "db") {
      const name = green.record.DBInstanceIdentifier;
      if (green.record.ReadReplicaSourceDBInstanceIdentifier !== undefined && green.record.DBClusterIdentifier === undefined) delete green.record.ReadReplicaSourceDBInstanceIdentifier;
      if (blue?.type === "db") blue.record.ReadReplicaDBInstanceIdentifiers = (blue.record.ReadReplicaDBInstanceIdentifiers ?? []).filter((r) => r !== name);
    }
    if (green?.type === "cluster") {
      const greenArn = green.record.DBClusterArn;
      delete green.record.ReplicationSourceIdentifier;
      if (blue?.type === "cluster") blue.record.ReadReplicaIdentifiers = (blue.record.ReadReplicaIdentifiers ?? []).filter((r) => r !== greenArn);
    }
  }
}

/** The first `<name>-old<n>` free in the type's namespace. */
function oldName(ctx: Ctx, db: Db): string {
  const taken = (id: string) => (db.type === "db" ? instances.find(ctx, id) : clusters.find(ctx, id)) !== undefined;
  let n = 1;
  while (taken(`${nameOf(db)}-old${n}`)) n++;
  return `${nameOf(db)}-old${n}`;
}

function rename(ctx: Ctx, db: Db, to: string): void {
  if (db.type === "db") renameInstance(ctx, db.record, to);
  else renameCluster(ctx, db.record, to);
}

/** The switchover's renames (clusters first); every resource on both sides is there and available. */
export function swapNames(ctx: Ctx, d: BlueGreenDeploymentRecord): void {
  const order = [...d.Pairs].sort((a, b) => Number(a.type === "db") - Number(b.type === "db"));
  const names = new Map<BlueGreenPair, string>();
  for (const pair of order) {
    const blue = sideOf(ctx, pair, "blue")!;
    names.set(pair, nameOf(blue));
    rename(ctx, blue, oldName(ctx, blue));
  }
  for (const pair of order) rename(ctx, sideOf(ctx, pair, "green")!, names.get(pair)!);
}

/** DeleteTarget: the green databases start deleting (cluster members with their cluster). */
export function deleteGreen(ctx: Ctx, d: BlueGreenDeploymentRecord): void {
  for (const pair of d.Pairs) {
    const green = sideOf(ctx, pair, "green");
    if (!green || statusOf(green) === "deleting") continue;
    if (green.type === "cluster") beginCluster(ctx, green.record, "delete");
    else if (green.record.DBClusterIdentifier !== undefined) dropInstance(ctx, green.record);
    else {
      instanceDeleted(ctx, green.record, true);
      beginInstance(ctx, green.record, "delete");
    }
  }
}
