/**
 * Pending transitions are keyed by the resource, never by its name: a cluster's DbClusterResourceId,
 * an instance's DbiResourceId. A name can be renamed away, or taken by a new resource once the old one
 * is gone; a resource id never is. So an activity stream that is starting survives a rename, and the
 * transition of a deleted cluster never lands on a re-created namesake.
 *
 * The core lifecycle finds a resource as `collection(world)[id]` (and deletes it there when a `null`
 * event settles), so each keyed kind's collection is a view of the named collection by resource id.
 * Snapshots, custom endpoints and backtracks keep their names as keys: none can be renamed, and their
 * records leave the collection only through their own `delete` transition (or with a cancel), so no
 * task keyed by such a name can outlive the resource it was scheduled for.
 */
import type { CallContext } from "../../../core/service.js";
import { own } from "./identifiers.js";
import { FROZEN_STATUSES } from "./shape.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

interface KeyedKind<T> {
  records(world: RdsWorld): Record<string, T>;
  keyOf(record: T): string;
  nameOf(record: T): string;
}

const CLUSTERS: KeyedKind<ClusterRecord> = {
  records: (w) => w.clusters,
  keyOf: (c) => c.DbClusterResourceId!,
  nameOf: (c) => c.DBClusterIdentifier,
};

const INSTANCES: KeyedKind<InstanceRecord> = {
  records: (w) => w.instances,
  keyOf: (i) => i.DbiResourceId!,
  nameOf: (i) => i.DBInstanceIdentifier,
};

/** Resource id -> record, per named collection; rebuilt on a miss (after a load, or for a resource that is gone). */
const indexes = new WeakMap<object, Map<string, object>>();

function lookup<T extends object>(kind: KeyedKind<T>, records: Record<string, T>, key: string): T | undefined {
  const hit = indexes.get(records)?.get(key) as T | undefined;
  if (hit && own(records, kind.nameOf(hit)) === hit) return hit;
  const index = new Map<string, object>();
  for (const name in records) index.set(kind.keyOf(records[name]), records[name]);
  indexes.set(records, index);
  return index.get(key) as T | undefined;
}

function remember<T extends object>(kind: KeyedKind<T>, records: Record<string, T>, record: T): void {
  indexes.get(records)?.set(kind.keyOf(record), record);
}

/** The named collection seen by resource id, for a transition table's `collection`. */
function view<T extends object>(kind: KeyedKind<T>): (world: RdsWorld) => Record<string, T> {
  return (world) => {
    const records = kind.records(world);
    return new Proxy({} as Record<string, T>, {
      get: (_, key) => (typeof key === "string" ? lookup(kind, records, key) : undefined),
      deleteProperty: (_, key) => {
        const record = typeof key === "string" ? lookup(kind, records, key) : undefined;
        if (record) delete records[kind.nameOf(record)];
        return true;
      },
    });
  };
}

export const clustersByResourceId = view(CLUSTERS);
export const instancesByResourceId = view(INSTANCES);

/** The lifecycle kind of a cluster's managed master user secret (clusters/transitions.ts). */
export const SECRET_KIND = "clusterMasterSecret";

/** Lifecycle kinds whose resources are clusters (the cluster itself, its activity stream, its master user secret). */
type ClusterKind = "cluster" | "clusterActivityStream" | typeof SECRET_KIND;

/** Starts `event` on a cluster (or its activity stream), keyed by its resource id. */
export function beginCluster(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, event: string, kind: ClusterKind = "cluster"): void {
  if (kind === "cluster") freezeRestorableTime(ctx, cluster, event);
  remember(CLUSTERS, ctx.world.clusters, cluster);
  ctx.lifecycle.begin(kind, CLUSTERS.keyOf(cluster), event);
}

export function cancelCluster(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, kind: ClusterKind = "cluster"): void {
  ctx.lifecycle.cancel(kind, CLUSTERS.keyOf(cluster));
}

/** Starts `event` on a DB instance, keyed by its resource id. */
export function beginInstance(ctx: CallContext<RdsWorld>, instance: InstanceRecord, event: string): void {
  remember(INSTANCES, ctx.world.instances, instance);
  ctx.lifecycle.begin("instance", INSTANCES.keyOf(instance), event);
}

export function cancelInstance(ctx: CallContext<RdsWorld>, instance: InstanceRecord): void {
  ctx.lifecycle.cancel("instance", INSTANCES.keyOf(instance));
}

/** Cluster events whose `during` status records no new changes (see FROZEN_STATUSES). */
const FREEZING_EVENTS = new Set(["stop", "delete"]);

/**
 * LatestRestorableTime never goes back: a running cluster's is `now` when it is read, so when it
 * stops recording changes (stopping, deleting) the time it had then is kept.
 */
function freezeRestorableTime(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, event: string): void {
  if (!FREEZING_EVENTS.has(event) || FROZEN_STATUSES.has(cluster.Status)) return;
  cluster.LatestRestorableTime = Math.max(ctx.now(), cluster.LatestRestorableTime ?? 0);
}

/** A new or rotated master user secret shows `creating` / `rotating`, then `active`. */
export function beginSecret(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, event: "create" | "rotate"): void {
  if (cluster.MasterUserSecret) beginCluster(ctx, cluster, event, SECRET_KIND);
}
