/**
 * The events RDS records, as data: per lifecycle transition (`kind.event`), what is recorded when it
 * begins and when it settles. Messages are AWS's own wording from the "Amazon RDS event categories and
 * event messages" tables of the RDS and Aurora user guides (RDS-EVENT ids beside them, trailing period
 * dropped as DescribeEvents shows them); a few are marked "simulator wording" where AWS documents one
 * message per changed setting and the transition does not know which setting changed.
 * Every category must be one DescribeEventCategories lists for the source type (catalogs/event-categories.ts).
 */
import type { SourceType } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { SNAPSHOT_KIND } from "../cluster-snapshots/record.js";
import { STREAM_KIND } from "../activity-streams/operations.js";
import { writerOf } from "../clusters/members.js";
// --- DB snapshots ---
import { INSTANCE_BACKUP_KIND } from "../db-snapshots/record.js";
import { DB_SNAPSHOT_KIND } from "../db-snapshots/resource.js";
// --- end DB snapshots ---
import type { ClusterRecord, ClusterSnapshotRecord, DBSnapshotRecord, InstanceRecord, RdsWorld } from "../world.js";
// --- Aurora global databases ---
import { writerOf as globalWriterOf } from "../global-clusters/members.js";
import { GLOBAL_KIND } from "../global-clusters/transitions.js";
import type { GlobalClusterRecord } from "../world.js";
// --- end global databases ---
import { PROXY_ENDPOINT_KIND, PROXY_KIND } from "../proxies/transitions.js";
import type { DBProxyEndpointRecord, DBProxyRecord } from "../world.js";

export interface EventSpec {
  categories: readonly string[];
  message: string | ((resource: any, ctx: CallContext<RdsWorld>) => string);
  /** Recorded only when this holds for the resource. */
  when?: (resource: any) => boolean;
}

/** Which source an event of a lifecycle kind names. */
export interface EventSource {
  type: SourceType;
  id(resource: any, ctx: CallContext<RdsWorld>): string;
  arn(resource: any, ctx: CallContext<RdsWorld>): string | undefined;
  /** Where the event is recorded, when not in the transition's own Region (a global cluster's events go to the member's). */
  scope?(resource: any, ctx: CallContext<RdsWorld>): CallContext<RdsWorld>;
}

const CLUSTER: EventSource = {
  type: "db-cluster",
  id: (c: ClusterRecord) => c.DBClusterIdentifier,
  arn: (c: ClusterRecord) => c.DBClusterArn,
};

export const EVENT_SOURCES: Record<string, EventSource> = {
  cluster: CLUSTER,
  [STREAM_KIND]: CLUSTER,
  instance: { type: "db-instance", id: (i: InstanceRecord) => i.DBInstanceIdentifier, arn: (i: InstanceRecord) => i.DBInstanceArn },
  [SNAPSHOT_KIND]: {
    type: "db-cluster-snapshot",
    id: (s: ClusterSnapshotRecord) => s.DBClusterSnapshotIdentifier,
    arn: (s: ClusterSnapshotRecord) => s.DBClusterSnapshotArn,
  },
  // --- DB snapshots ---
  [DB_SNAPSHOT_KIND]: { type: "db-snapshot", id: (s: DBSnapshotRecord) => s.DBSnapshotIdentifier, arn: (s: DBSnapshotRecord) => s.DBSnapshotArn },
  [INSTANCE_BACKUP_KIND]: { type: "db-instance", id: (i: InstanceRecord) => i.DBInstanceIdentifier, arn: (i: InstanceRecord) => i.DBInstanceArn },
  // --- end DB snapshots ---
  // --- Issue 13: maintenance (maintenance/transitions.ts: applied actions show on the resource itself) ---
  instanceMaintenance: { type: "db-instance", id: (i: InstanceRecord) => i.DBInstanceIdentifier, arn: (i: InstanceRecord) => i.DBInstanceArn },
  clusterMaintenance: CLUSTER,
  // --- end issue 13 maintenance ---
  // --- Aurora global databases: a failover or switchover is recorded on its target cluster, in that cluster's Region ---
  [GLOBAL_KIND]: {
    type: "db-cluster",
    id: (g: GlobalClusterRecord, ctx: CallContext<RdsWorld>) => (globalTarget(g, ctx) ?? "").split(":")[6] ?? "",
    arn: (g: GlobalClusterRecord, ctx: CallContext<RdsWorld>) => globalTarget(g, ctx),
    scope: (g: GlobalClusterRecord, ctx: CallContext<RdsWorld>) => {
      const region = globalTarget(g, ctx)?.split(":")[3];
      return region === undefined || region === ctx.region ? ctx : ctx.contextOf(region);
    },
  },
  // --- end global databases ---
  // --- RDS Proxy: a proxy's and its endpoints' events name the proxy (source type db-proxy) ---
  [PROXY_KIND]: { type: "db-proxy", id: (p: DBProxyRecord) => p.DBProxyName, arn: (p: DBProxyRecord) => p.DBProxyArn },
  [PROXY_ENDPOINT_KIND]: { type: "db-proxy", id: (e: DBProxyEndpointRecord) => e.DBProxyName, arn: () => undefined },
  // --- end RDS Proxy ---
};

const replicating = (i: InstanceRecord) => i.ReadReplicaSourceDBInstanceIdentifier !== undefined;

/** The cluster a global failover or switchover goes to (once it settled: the writer). */
function globalTarget(g: GlobalClusterRecord, ctx: CallContext<RdsWorld>): string | undefined {
  return g.FailoverState?.ToDbClusterArn ?? globalWriterOf(ctx, g)?.cluster.DBClusterArn;
}
const globalRegion = (g: GlobalClusterRecord, ctx: CallContext<RdsWorld>) => globalTarget(g, ctx)?.split(":")[3] ?? "";
const globalEvent = (verb: string, phase: string) => (g: GlobalClusterRecord, ctx: CallContext<RdsWorld>) =>
  `Global ${verb} to DB cluster ${EVENT_SOURCES[GLOBAL_KIND].id(g, ctx)} in Region ${globalRegion(g, ctx)} ${phase}`;

const automated = (s: ClusterSnapshotRecord) => s.SnapshotType === "automated";
const snapshotStarted = (s: ClusterSnapshotRecord) =>
  automated(s) ? "Creating automated cluster snapshot" /* RDS-EVENT-0168 */ : "Creating manual DB cluster snapshot" /* RDS-EVENT-0074 */;
const snapshotDone = (s: ClusterSnapshotRecord) =>
  automated(s) ? "Automated cluster snapshot created" /* RDS-EVENT-0169 */ : "Manual DB cluster snapshot created" /* RDS-EVENT-0075 */;
const snapshotCreate = { begin: [{ categories: ["backup"], message: snapshotStarted }], settle: [{ categories: ["backup"], message: snapshotDone }] };

// --- Issue 13: maintenance ---
const settledInstance = (i: InstanceRecord) => i.DBInstanceStatus === "available";
const settledCluster = (c: ClusterRecord) => c.Status === "available";
const patches = {
  begin: [{ categories: ["maintenance"], message: "Applying off-line patches to DB instance" /* RDS-EVENT-0026 */ }],
  settle: [{ categories: ["maintenance"], message: "Finished applying off-line patches to DB instance" /* RDS-EVENT-0027 */, when: settledInstance }],
};
// --- end issue 13 maintenance ---

export const EVENTS: Record<string, { begin?: readonly EventSpec[]; settle?: readonly EventSpec[] }> = {
  // DB clusters (Aurora user guide, "DB cluster events").
  "cluster.create": { settle: [{ categories: ["creation"], message: "DB cluster created" /* RDS-EVENT-0170 */ }] },
  "cluster.delete": { settle: [{ categories: ["deletion"], message: "DB cluster deleted" /* RDS-EVENT-0171 */ }] },
  "cluster.stop": { settle: [{ categories: ["notification"], message: "DB cluster stopped" /* RDS-EVENT-0150 */ }] },
  "cluster.start": { settle: [{ categories: ["notification"], message: "DB cluster started" /* RDS-EVENT-0151 */ }] },
  "cluster.failover": {
    settle: [{ categories: ["failover"], message: (c: ClusterRecord) => `Completed failover to DB instance: ${writerOf(c) ?? ""}` /* RDS-EVENT-0071 */ }],
  },
  "cluster.upgrade": { settle: [{ categories: ["maintenance"], message: "Database cluster engine version has been upgraded" /* RDS-EVENT-0173 */ }] },
  // Simulator wording (AWS documents per-setting messages).
  "cluster.modify": { settle: [{ categories: ["configuration change"], message: "Finished applying modification to DB cluster" }] },
  [`${STREAM_KIND}.start`]: {
    settle: [{ categories: ["configuration change"], message: "Database Activity Stream is started on the database cluster" /* RDS-EVENT-0179 */ }],
  },
  [`${STREAM_KIND}.stop`]: {
    settle: [{ categories: ["configuration change"], message: "Database Activity Stream is stopped on the database cluster" /* RDS-EVENT-0180 */ }],
  },
  // DB instances (RDS user guide, "DB instance events").
  // A standalone instance with backups goes on to its first backup (instances/lifecycle.ts): recorded here,
  // after "created" (the backup transition begins inside create's own settle hook, before these run).
  "instance.create": {
    settle: [
      { categories: ["creation"], message: "DB instance created" /* RDS-EVENT-0005 */ },
      { categories: ["backup"], message: "Backing up DB instance" /* RDS-EVENT-0001 */, when: (i: InstanceRecord) => i.DBInstanceStatus === "backing-up" },
      // Read replicas: "This message appears when you first create a read replica".
      { categories: ["read replica"], message: "Replication for the Read Replica resumed" /* RDS-EVENT-0046 */, when: replicating },
    ],
  },
  // --- standalone instances: the first automated backup after creation ---
  "instance.backup": { settle: [{ categories: ["backup"], message: "Finished DB Instance backup" /* RDS-EVENT-0002 */ }] },
  // --- end standalone instances ---
  "instance.delete": { settle: [{ categories: ["deletion"], message: "DB instance deleted" /* RDS-EVENT-0003 */ }] },
  "instance.reboot": {
    begin: [{ categories: ["availability"], message: "DB instance shutdown" /* RDS-EVENT-0004 */ }],
    settle: [{ categories: ["availability"], message: "DB instance restarted" /* RDS-EVENT-0006 */ }],
  },
  "instance.stop": { settle: [{ categories: ["notification"], message: "DB instance stopped" /* RDS-EVENT-0087 */ }] },
  "instance.start": { settle: [{ categories: ["notification"], message: "DB instance started" /* RDS-EVENT-0088 */ }] },
  // Simulator wording (AWS documents per-setting messages: RDS-EVENT-0014, -0017, ...).
  "instance.modify": { settle: [{ categories: ["configuration change"], message: "Finished applying modification to DB instance" }] },
  // --- Issue 13: ModifyDBInstance (instances/modify.ts, instances/pending.ts) ---
  // Simulator wording: the guide's rename message names both identifiers, which the settled transition no longer knows.
  "instance.rename": { settle: [{ categories: ["configuration change"], message: "Finished renaming DB instance" }] },
  // --- end issue 13 instance modify ---
  // DB cluster snapshots (Aurora user guide, "DB cluster snapshot events"); a copy is a new manual snapshot.
  [`${SNAPSHOT_KIND}.create`]: snapshotCreate,
  [`${SNAPSHOT_KIND}.copy`]: snapshotCreate,
  [`${SNAPSHOT_KIND}.copyFromRegion`]: snapshotCreate,
  // Simulator wording: the guide lists no deletion event for DB cluster snapshots.
  [`${SNAPSHOT_KIND}.delete`]: { settle: [{ categories: ["notification"], message: "Deleted manual DB cluster snapshot" }] },
  // --- read replicas ---
  // Simulator wording: the guide lists no event for a finished promotion.
  "instance.promote": { settle: [{ categories: ["configuration change"], message: "Promoted read replica to a standalone DB instance" }] },
  "instance.switchover": {
    begin: [{ categories: ["read replica"], message: "The Switchover to the read replica started" /* RDS-EVENT-0233 */ }],
  },
  // --- end read replicas ---
  // --- DB snapshots (RDS user guide, "DB snapshot events" and "DB instance events") ---
  [`${DB_SNAPSHOT_KIND}.create`]: {
    begin: [{ categories: ["creation"], message: "Creating manual snapshot" /* RDS-EVENT-0040 */ }],
    settle: [{ categories: ["creation"], message: "Manual snapshot created" /* RDS-EVENT-0042 */ }],
  },
  [`${DB_SNAPSHOT_KIND}.copy`]: {
    // Simulator wording for a copy within the Region (the guide documents the cross-Region messages).
    begin: [{ categories: ["notification"], message: "Started copy of snapshot" }],
    settle: [{ categories: ["notification"], message: "Finished copy of snapshot" }],
  },
  [`${DB_SNAPSHOT_KIND}.copyFromRegion`]: {
    begin: [{ categories: ["notification"], message: (s: DBSnapshotRecord) => `Started copy of snapshot ${s.SourceDBSnapshotIdentifier ?? ""} from region ${s.SourceRegion ?? ""}` /* RDS-EVENT-0059 */ }],
    settle: [{ categories: ["notification"], message: (s: DBSnapshotRecord) => `Finished copy of snapshot ${s.SourceDBSnapshotIdentifier ?? ""} from region ${s.SourceRegion ?? ""}` /* RDS-EVENT-0060 */ }],
  },
  [`${DB_SNAPSHOT_KIND}.delete`]: { settle: [{ categories: ["deletion"], message: "Deleted user snapshot" /* RDS-EVENT-0041 */ }] },
  [`${INSTANCE_BACKUP_KIND}.snapshot`]: {
    begin: [{ categories: ["backup"], message: "Backing up DB instance" /* RDS-EVENT-0001 */ }],
    settle: [{ categories: ["backup"], message: "Finished DB Instance backup" /* RDS-EVENT-0002 */ }],
  },
  // --- end DB snapshots ---
  // --- Issue 13: applied maintenance (RDS user guide "DB instance events", Aurora "DB cluster events").
  // Settle rows only when the action's own status settled (a delete that came meanwhile records none).
  "instanceMaintenance.upgrade": patches,
  "instanceMaintenance.maintenance": patches,
  // Simulator wording (the CA rotation's own message is not in the guide's table).
  "instanceMaintenance.modify": { settle: [{ categories: ["configuration change"], message: "Finished applying modification to DB instance", when: settledInstance }] },
  "clusterMaintenance.upgrade": { settle: [{ categories: ["maintenance"], message: "Database cluster engine version has been upgraded" /* RDS-EVENT-0173 */, when: settledCluster }] },
  // Simulator wording (the guide has no message for a cluster's system update).
  "clusterMaintenance.maintenance": { settle: [{ categories: ["maintenance"], message: "Finished applying maintenance to DB cluster", when: settledCluster }] },
  // --- end issue 13 maintenance ---
  // --- Aurora global databases (Aurora user guide, DB cluster events of category global-failover: RDS-EVENT-0181 and
  // RDS-EVENT-0185 for a switchover; the failover rows follow their wording) ---
  [`${GLOBAL_KIND}.switchover`]: {
    begin: [{ categories: ["global-failover"], message: globalEvent("switchover", "started") }],
    settle: [{ categories: ["global-failover"], message: globalEvent("switchover", "finished") }],
  },
  [`${GLOBAL_KIND}.failover`]: {
    begin: [{ categories: ["global-failover"], message: globalEvent("failover", "started") }],
    settle: [{ categories: ["global-failover"], message: globalEvent("failover", "finished") }],
  },
  // --- end global databases ---
  // --- RDS Proxy (user guide, "Working with RDS Proxy events") ---
  [`${PROXY_KIND}.create`]: { settle: [{ categories: ["creation"], message: (p: DBProxyRecord) => `RDS created DB proxy ${p.DBProxyName}` /* RDS-EVENT-0203 */ }] },
  [`${PROXY_KIND}.modify`]: { settle: [{ categories: ["configuration change"], message: (p: DBProxyRecord) => `RDS modified DB proxy ${p.DBProxyName}` /* RDS-EVENT-0204 */ }] },
  [`${PROXY_KIND}.delete`]: { settle: [{ categories: ["deletion"], message: (p: DBProxyRecord) => `RDS deleted DB proxy ${p.DBProxyName}` /* RDS-EVENT-0205 */ }] },
  [`${PROXY_ENDPOINT_KIND}.create`]: {
    settle: [{ categories: ["creation"], message: (e: DBProxyEndpointRecord) => `RDS created endpoint ${e.DBProxyEndpointName} for DB proxy ${e.DBProxyName}` /* RDS-EVENT-0206 */ }],
  },
  [`${PROXY_ENDPOINT_KIND}.modify`]: {
    settle: [{ categories: ["configuration change"], message: (e: DBProxyEndpointRecord) => `RDS modified endpoint ${e.DBProxyEndpointName} of DB proxy ${e.DBProxyName}` /* RDS-EVENT-0207 */ }],
  },
  [`${PROXY_ENDPOINT_KIND}.delete`]: {
    settle: [{ categories: ["deletion"], message: (e: DBProxyEndpointRecord) => `RDS deleted endpoint ${e.DBProxyEndpointName} for DB proxy ${e.DBProxyName}` /* RDS-EVENT-0208 */ }],
  },
  // --- end RDS Proxy ---
};
