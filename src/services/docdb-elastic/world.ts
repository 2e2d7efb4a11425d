/**
 * The state of DocumentDB Elastic Clusters in one account and Region. Records keep the SDK's member
 * names (so shaping an output is a copy) with times as epoch milliseconds; the SDK's string
 * timestamps are made at output time (each folder's `shape.ts`). Resources are keyed by their id (the last part
 * of the ARN); `seq` is an ordering key that grows with each new resource, so list pages stay in
 * creation order and page tokens stay valid while resources come and go. Types only: `create-world.ts`
 * makes a fresh world.
 */
export interface ShardRecord {
  shardId: string;
  createTime: number;
}

export interface ClusterRecord {
  id: string;
  seq: string;
  clusterName: string;
  clusterArn: string;
  status: string;
  clusterEndpoint: string;
  createTime: number;
  adminUserName: string;
  authType: string;
  shardCapacity: number;
  shardCount: number;
  shardInstanceCount: number;
  vpcSecurityGroupIds: string[];
  subnetIds: string[];
  preferredMaintenanceWindow: string;
  preferredBackupWindow: string;
  backupRetentionPeriod: number;
  kmsKeyId: string;
  shards: ShardRecord[];
  tags: Record<string, string>;
  /** The clientToken of the last UpdateCluster call that gave one (a retry of it starts no new update). */
  updateToken?: UpdateTokenRecord;
}

/** What a restore needs from the cluster a snapshot was taken of (not part of any output). */
export interface SnapshotSource {
  clusterName: string;
  authType: string;
  shardCapacity: number;
  shardCount: number;
  shardInstanceCount: number;
  preferredMaintenanceWindow: string;
  preferredBackupWindow: string;
  backupRetentionPeriod: number;
}

export interface SnapshotRecord {
  id: string;
  seq: string;
  snapshotName: string;
  snapshotArn: string;
  snapshotType: "MANUAL" | "AUTOMATED";
  status: string;
  snapshotCreationTime: number;
  clusterArn: string;
  clusterCreationTime: number;
  adminUserName: string;
  kmsKeyId: string;
  subnetIds: string[];
  vpcSecurityGroupIds: string[];
  tags: Record<string, string>;
  source: SnapshotSource;
}

export interface PendingActionRecord {
  action: string;
  description?: string;
  autoAppliedAfterDate?: number;
  forcedApplyDate?: number;
  /** The opt-in received for the action: IMMEDIATE, NEXT_MAINTENANCE or APPLY_ON. */
  optInStatus?: string;
  currentApplyDate?: number;
}

export interface UpdateTokenRecord {
  token: string;
  /** Hash of the request the token was first used with. */
  fingerprint: string;
  at: number;
}

export interface ClientTokenRecord {
  clusterId: string;
  /** Hash of the request the token was first used with. */
  fingerprint: string;
  at: number;
}

export interface DocdbWorld {
  clusters: Record<string, ClusterRecord>;
  snapshots: Record<string, SnapshotRecord>;
  /** Lowercase cluster name -> cluster id (names are unique per account and Region). */
  clusterNames: Record<string, string>;
  /** Lowercase snapshot name -> snapshot id. */
  snapshotNames: Record<string, string>;
  /** Cluster ARN -> its pending maintenance actions. */
  pendingActions: Record<string, PendingActionRecord[]>;
  /** CreateCluster clientToken -> the cluster it created. */
  clientTokens: Record<string, ClientTokenRecord>;
  /** The Region's default VPC network, used when a create names no subnets or security groups. */
  defaultNetwork: { subnetIds: string[]; vpcSecurityGroupIds: string[] };
  /** Source of `seq` keys. */
  nextSeq: number;
}
