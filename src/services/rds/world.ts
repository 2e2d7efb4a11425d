/**
 * The state of RDS in one account and Region. Records keep the SDK's own member names (so shaping an
 * output is a copy) with timestamps as epoch milliseconds; keys are the lowercase identifiers.
 * Shared by the cluster, instance, group, snapshot, restore and activity-stream folders. Types only:
 * fresh state is create-world.ts.
 */
import type {
  DBCluster,
  DBClusterBacktrack,
  DBClusterEndpoint,
  DBClusterParameterGroup,
  DBClusterSnapshot,
  DBInstance,
  DBClusterAutomatedBackup,
  DBInstanceAutomatedBackup,
  DBParameterGroup,
  DBSnapshot,
  DBProxy,
  DBProxyEndpoint,
  DBProxyTargetGroup,
  DBSubnetGroup,
  Event,
  EventSubscription,
  GlobalCluster,
  SourceType,
  OptionGroup,
  ReservedDBInstance,
  DBShardGroup,
  Integration,
  ExportTask,
  DBEngineVersion,
  TenantDatabase,
  Tag,
  BlueGreenDeployment,
} from "@aws-sdk/client-rds";

/** An SDK type with its Date members stored as epoch milliseconds. */
export type Stored<T> = T extends Date
  ? number
  : T extends (infer U)[]
    ? Stored<U>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;

export type ClusterRecord = Stored<DBCluster> & { DBClusterIdentifier: string; Status: string };
export type InstanceRecord = Stored<DBInstance> & { DBInstanceIdentifier: string; DBInstanceStatus: string };
/** A custom cluster endpoint (cluster-endpoints/operations.ts), with its tags beside the SDK members. */
export type ClusterEndpointRecord = Stored<DBClusterEndpoint> & { DBClusterEndpointIdentifier: string; Status: string; TagList?: Tag[] };
export type ClusterSnapshotRecord = Stored<DBClusterSnapshot> & { DBClusterSnapshotIdentifier: string; Status: string };
/** Groups keep their tags beside the SDK members (their describe outputs carry none). */
export type SubnetGroupRecord = Stored<DBSubnetGroup> & { DBSubnetGroupName: string; TagList?: Tag[] };
export type ClusterParameterGroupRecord = Stored<DBClusterParameterGroup> & {
  DBClusterParameterGroupName: string;
  TagList?: Tag[];
};

// --- Issue 13: DB parameter groups and option groups (db-parameter-groups/, option-groups/) ---
/** A DB parameter group; `UserParameters` holds only the values its user set (a reset deletes them). */
export type DBParameterGroupRecord = Stored<DBParameterGroup> & {
  DBParameterGroupName: string;
  TagList?: Tag[];
  UserParameters?: Record<string, { ParameterValue: string; ApplyMethod: "immediate" | "pending-reboot" }>;
};
/** An option group, with its tags beside the SDK members. */
export type OptionGroupRecord = Stored<OptionGroup> & { OptionGroupName: string; TagList?: Tag[] };
// --- end issue 13 parameter/option groups ---

/** A backtrack of an Aurora MySQL cluster (clusters/backtracks.ts). */
export type BacktrackRecord = Stored<DBClusterBacktrack> & {
  BacktrackIdentifier: string;
  Status: string;
  /** The cluster's DbClusterResourceId (never changes); DBClusterIdentifier is read from the cluster. */
  ClusterResourceId: string;
};

// --- Events and event subscriptions (events/, event-subscriptions/) ---
/** One RDS event (DescribeEvents), oldest first in `RdsWorld.events`; Date in epoch milliseconds. */
export type EventRecord = Stored<Event> & { SourceIdentifier: string; SourceType: SourceType; Message: string; EventCategories: string[]; Date: number };
/** An event notification subscription, by lowercase name; its tags beside the SDK members. */
export type EventSubscriptionRecord = Stored<EventSubscription> & { CustSubscriptionId: string; TagList?: Tag[] };
// --- end events ---

// --- Issue 13: automated backups (instance-automated-backups/, automated-backups/) ---
/**
 * A DB instance automated backup kept apart from a running instance: `retained` after its instance was
 * deleted with DeleteAutomatedBackups=false, or `replicating` / `retained` in the destination Region of a
 * cross-Region replication. Keyed by the source DbiResourceId (never by name). `RetainedUntil` (epoch ms)
 * is when the clock removes it; `Source` is the instance's configuration, for a point-in-time restore.
 */
export type InstanceAutomatedBackupRecord = Stored<DBInstanceAutomatedBackup> & {
  DbiResourceId: string;
  DBInstanceIdentifier: string;
  Status: string;
  DBInstanceAutomatedBackupsArn: string;
  RetainedUntil?: number;
  Source: InstanceRecord;
};
/**
 * A deleted DB cluster's retained automated backup, keyed by DbClusterResourceId; gone at `RetainedUntil`.
 * `Source` is the cluster as it was deleted, for RestoreDBClusterToPointInTime by SourceDbClusterResourceId.
 */
export type ClusterAutomatedBackupRecord = Stored<DBClusterAutomatedBackup> & {
  DbClusterResourceId: string;
  Status: string;
  RetainedUntil: number;
  Source: ClusterRecord;
};
// --- end issue 13 automated backups ---
// --- Issue 14: reserved DB instances (reserved-instances/) ---
/** A purchased reservation; State is stored as purchased (`payment-pending`, `active`): shape.ts shows `retired` after its term. */
export type ReservedInstanceRecord = Stored<ReservedDBInstance> & { ReservedDBInstanceId: string; StartTime: number; Duration: number; State: string; TagList?: Tag[] };
// --- end issue 14 reserved DB instances ---
/** A DB shard group (shard-groups/), keyed by DBShardGroupResourceId; its identifier stored lowercase. */
export type ShardGroupRecord = Stored<DBShardGroup> & {
  DBShardGroupIdentifier: string;
  DBShardGroupResourceId: string;
  Status: string;
  /** The cluster's DbClusterResourceId (never changes): DBClusterIdentifier is read from the cluster, so a rename follows. */
  ClusterResourceId: string;
  TagList?: Tag[];
};
/** A zero-ETL integration (integrations/), keyed by IntegrationId (the UUID its ARN ends with); tags as TagList. */
export type IntegrationRecord = Omit<Stored<Integration>, "Tags"> & { IntegrationId: string; IntegrationName: string; Status: string; CreateTime: number; TagList?: Tag[] };
/** A snapshot or cluster export to S3 (export-tasks/), by lowercase ExportTaskIdentifier; times in epoch ms. */
export type ExportTaskRecord = Stored<ExportTask> & { ExportTaskIdentifier: string; Status: string; TaskStartTime: number };
/** A custom engine version (custom-engine-versions/), keyed `engine/version`; times in epoch ms. */
export type CustomEngineVersionRecord = Stored<DBEngineVersion> & { Engine: string; EngineVersion: string; Status: string; CreateTime: number };
/** A tenant database of an Oracle multitenant CDB instance (tenant-databases/), keyed by TenantDatabaseResourceId. */
export type TenantDatabaseRecord = Stored<TenantDatabase> & { TenantDBName: string; TenantDatabaseResourceId: string; DbiResourceId: string; Status: string; TenantDatabaseCreateTime: number };
// --- DB snapshots (db-snapshots/) ---
/** A DB (instance) snapshot; `TenantDatabases` (never shaped) holds an Oracle CDB's tenant databases at snapshot time. */
export type DBSnapshotRecord = Stored<DBSnapshot> & {
  DBSnapshotIdentifier: string;
  Status: string;
  TenantDatabases?: { TenantDBName: string; MasterUsername?: string; CharacterSetName?: string; NcharCharacterSetName?: string; TenantDatabaseResourceId: string; TenantDatabaseCreateTime?: number }[];
};
// --- end DB snapshots ---
// --- Issue 13: maintenance, log files, recommendations (maintenance/, log-files/, recommendations/) ---
/**
 * What a caller did about the pending maintenance of one resource, by its resource id (DbiResourceId or
 * DbClusterResourceId, never the name): opt-ins (`next-maintenance` with the window it applies at) and
 * the actions already applied that state alone would still show (system-update, os-upgrade).
 */
export interface MaintenanceRecord {
  ResourceId: string;
  /** `scheduled` while a window task is pending on the clock (maintenance/transitions.ts). */
  Window?: string;
  OptIns: Record<string, { OptInStatus: "next-maintenance"; CurrentApplyDate: number }>;
  Applied: Record<string, number>;
}
/** A recommendation's caller-set state, by RecommendationId (recommendations/): dismissed, and actions applied or scheduled. */
export interface RecommendationStateRecord {
  Status?: "dismissed";
  UpdatedTime: number;
  Actions?: Record<string, "applied" | "scheduled">;
}
// --- end issue 13 maintenance ---
// --- Aurora global databases (global-clusters/) ---
/** One member cluster of a global cluster: by Region and DbClusterResourceId, so a cluster rename keeps the link. */
export interface GlobalMemberLink {
  Region: string;
  DbClusterResourceId: string;
  IsWriter: boolean;
}
/** A global cluster (kept once per account, in its partition's home Region: global-clusters/resource.ts). */
export type GlobalClusterRecord = Stored<GlobalCluster> & {
  GlobalClusterIdentifier: string;
  GlobalClusterResourceId: string;
  Status: string;
  /** The members, the writer first; GlobalClusterMembers is built from them when the record is read. */
  Members: GlobalMemberLink[];
};
// --- end global databases ---
// --- RDS Proxy (proxies/) ---
/** A DB proxy, keyed by its resource id (`prx-...`, the ARN's last part); names are unique per account and Region. */
export type DBProxyRecord = Stored<DBProxy> & { DBProxyName: string; DBProxyArn: string; Status: string; TagList?: Tag[] };
/** A proxy endpoint the user created (the default endpoint is derived from its proxy), keyed by `prx-endpoint-...`. */
export type DBProxyEndpointRecord = Stored<DBProxyEndpoint> & {
  DBProxyEndpointName: string;
  DBProxyEndpointArn: string;
  DBProxyName: string;
  Status: string;
  /** The owning proxy's key: stays when the proxy is renamed. */
  ProxyId: string;
  TagList?: Tag[];
};
/** A proxy's target group (only `default`), keyed by `prx-tg-...`. */
export type DBProxyTargetGroupRecord = Stored<DBProxyTargetGroup> & { TargetGroupName: string; TargetGroupArn: string; DBProxyName: string; ProxyId: string; TagList?: Tag[] };
/**
 * A registered target: one DB instance or one DB cluster, by the resource id (DbiResourceId or
 * DbClusterResourceId) it had when registered, so a re-created namesake is not the same target.
 */
export interface DBProxyTargetRecord {
  ProxyId: string;
  TargetGroupId: string;
  Kind: "instance" | "cluster";
  Identifier: string;
  ResourceId: string;
  /** REGISTERING, then AVAILABLE (proxies/transitions.ts). */
  State: string;
}
// --- end RDS Proxy ---

// --- Issue 14: blue/green deployments (blue-green/) ---
/** One blue resource and its green copy, by resource id (DbiResourceId / DbClusterResourceId): names change at switchover. */
export interface BlueGreenPair { type: "db" | "cluster"; blue: string; green: string }
/** A blue/green deployment, by lowercase `bgd-` identifier; SwitchoverDetails keep the ARNs as AWS shows them. */
export type BlueGreenDeploymentRecord = Omit<Stored<BlueGreenDeployment>, "TagList"> & {
  BlueGreenDeploymentIdentifier: string;
  BlueGreenDeploymentName: string;
  Status: string;
  CreateTime: number;
  TagList: Tag[];
  Pairs: BlueGreenPair[];
  /** The seconds the running switchover may take (SwitchoverBlueGreenDeployment). */
  SwitchoverTimeout?: number;
};
// --- end issue 14 blue/green deployments ---

export interface RdsWorld {
  clusters: Record<string, ClusterRecord>;
  instances: Record<string, InstanceRecord>;
  clusterSnapshots: Record<string, ClusterSnapshotRecord>;
  /** Snapshot id -> attribute name (`restore`) -> values (account ids or `all`). */
  clusterSnapshotAttributes: Record<string, Record<string, string[]>>;
  subnetGroups: Record<string, SubnetGroupRecord>;
  clusterParameterGroups: Record<string, ClusterParameterGroupRecord>;
  /** ARNs of DB cluster snapshots other accounts of this Region share with this account (snapshot module). */
  sharedClusterSnapshots: Record<string, true>;
  /** Custom endpoints of Aurora clusters, by lowercase endpoint identifier (unique per account and Region). */
  clusterEndpoints: Record<string, ClusterEndpointRecord>;
  /** Backtracks of Aurora MySQL clusters, by BacktrackIdentifier (clusters/backtracks.ts). */
  clusterBacktracks: Record<string, BacktrackRecord>;
  /**
   * ModifyCertificates' override of the default CA for new DB instances: at most one entry, the
   * certificate identifier -> when it was set (catalogs/certificates.ts). Optional: older dumps lack it.
   */
  certificateOverride?: Record<string, number>;
  // --- Events and event subscriptions. Optional: older dumps lack them. ---
  /** The events of the last 14 days on the clock, oldest first (events/record.ts drops older ones). */
  events?: EventRecord[];
  /** Event notification subscriptions, by lowercase SubscriptionName (event-subscriptions/). */
  eventSubscriptions?: Record<string, EventSubscriptionRecord>;
  // --- end events ---
  // Issue 13: DB parameter groups and option groups by lowercase name. Optional: older dumps lack them.
  dbParameterGroups?: Record<string, DBParameterGroupRecord>;
  optionGroups?: Record<string, OptionGroupRecord>;
  // --- Issue 13: automated backups. Optional: older dumps lack them. ---
  /** Retained and replicated DB instance automated backups, by source DbiResourceId. */
  instanceAutomatedBackups?: Record<string, InstanceAutomatedBackupRecord>;
  /** Retained automated backups of deleted DB clusters, by DbClusterResourceId. */
  clusterAutomatedBackups?: Record<string, ClusterAutomatedBackupRecord>;
  // --- end issue 13 automated backups ---
  // Issue 14: purchased reserved DB instances by ReservedDBInstanceId (created by the first purchase).
  reservedInstances?: Record<string, ReservedInstanceRecord>;
  // Issue 14: DB shard groups by DBShardGroupResourceId, and their lowercase identifiers -> resource id.
  shardGroups?: Record<string, ShardGroupRecord>;
  shardGroupNames?: Record<string, string>;
  // Issue 14: zero-ETL integrations by IntegrationId, and lowercase IntegrationName -> id.
  integrations?: Record<string, IntegrationRecord>;
  integrationNames?: Record<string, string>;
  // Issue 14: snapshot and cluster exports to Amazon S3 by lowercase ExportTaskIdentifier.
  exportTasks?: Record<string, ExportTaskRecord>;
  // Issue 14: custom engine versions by `engine/version` (unique per account and Region).
  customEngineVersions?: Record<string, CustomEngineVersionRecord>;
  // Issue 14: tenant databases by TenantDatabaseResourceId (linked to their instance by DbiResourceId).
  tenantDatabases?: Record<string, TenantDatabaseRecord>;
  // --- Issue 13: ModifyDBInstance (instances/modify.ts). Optional: older dumps lack it. ---
  /** DbiResourceId -> when its last storage modification applied (the 6-hour rule of ModifyDBInstance). */
  instanceStorageModifiedAt?: Record<string, number>;
  // --- end issue 13 instance modify ---
  // --- DB snapshots (db-snapshots/). Optional: older dumps lack them. ---
  /** Manual DB snapshots by lowercase identifier (automated ones are derived from the clock). */
  dbSnapshots?: Record<string, DBSnapshotRecord>;
  /** DB snapshot id -> attribute name (`restore`) -> values (account ids or `all`). */
  dbSnapshotAttributes?: Record<string, Record<string, string[]>>;
  /** ARNs of DB snapshots other accounts of this Region share with this account. */
  sharedDbSnapshots?: Record<string, true>;
  // --- end DB snapshots ---
  // --- Issue 13: maintenance and recommendations. Optional: older dumps lack them; created on first write. ---
  maintenance?: Record<string, MaintenanceRecord>;
  recommendations?: Record<string, RecommendationStateRecord>;
  // --- end issue 13 maintenance ---
  // --- Aurora global databases: only the home Region's world holds them (global-clusters/resource.ts). Optional: older dumps lack them. ---
  globalClusters?: Record<string, GlobalClusterRecord>;
  // --- end global databases ---
  // --- RDS Proxy (proxies/), by resource id. Optional: older dumps lack them. ---
  dbProxies?: Record<string, DBProxyRecord>;
  dbProxyEndpoints?: Record<string, DBProxyEndpointRecord>;
  dbProxyTargetGroups?: Record<string, DBProxyTargetGroupRecord>;
  /** Registered targets, by `<proxy id>:<target resource id>`. */
  dbProxyTargets?: Record<string, DBProxyTargetRecord>;
  // --- end RDS Proxy ---
  // --- Issue 14: DB capacity reservations (capacity-reservations/) ---
  /** By DBCapacityReservationIdentifier (`dbcr-...`); names are unique among the reservations still live. */
  capacityReservations?: Record<string, CapacityReservationRecord>;
  // --- end issue 14 DB capacity reservations ---
  // --- Issue 14: blue/green deployments by lowercase identifier (`bgd-...`). Optional: older dumps lack them. ---
  blueGreenDeployments?: Record<string, BlueGreenDeploymentRecord>;
  // --- end issue 14 blue/green deployments ---
}
// --- Issue 14: DB capacity reservations (capacity-reservations/) ---
/**
 * A DB capacity reservation. `State` is the stored phase (pending, assessing, scheduled, active,
 * cancelled); shape.ts shows `active` from StartDate and `expired` from EndDate on the clock.
 */
export interface CapacityReservationRecord {
  DBCapacityReservationIdentifier: string;
  DBCapacityReservationName: string;
  DBCapacityReservationArn: string;
  DBInstanceClass: string;
  Engine: string;
  LicenseModel?: string;
  ReservedCapacityPerAvailabilityZone: number;
  AvailabilityZones: string[];
  CreateDate: number;
  StartDate?: number;
  EndDate?: number;
  CommittedCapacityPerAvailabilityZone?: number;
  CommitmentEndDate?: number;
  State: string;
  TagList: Tag[];
}
// --- end issue 14 DB capacity reservations ---
