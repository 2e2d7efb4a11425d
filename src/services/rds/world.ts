/**
 * The state of RDS in one account and Region. Records keep the SDK's own member names (so shaping an
 * output is a copy) with timestamps as epoch milliseconds; keys are the lowercase identifiers.
 * Shared by the cluster, instance, group, snapshot, restore and activity-stream modules.
 */
import type {
  DBCluster,
  DBClusterParameterGroup,
  DBClusterSnapshot,
  DBInstance,
  DBSubnetGroup,
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
export type ClusterSnapshotRecord = Stored<DBClusterSnapshot> & { DBClusterSnapshotIdentifier: string; Status: string };
export type SubnetGroupRecord = Stored<DBSubnetGroup> & { DBSubnetGroupName: string };
export type ClusterParameterGroupRecord = Stored<DBClusterParameterGroup> & { DBClusterParameterGroupName: string };

export interface RdsWorld {
  clusters: Record<string, ClusterRecord>;
  instances: Record<string, InstanceRecord>;
  clusterSnapshots: Record<string, ClusterSnapshotRecord>;
  /** Snapshot id -> attribute name (`restore`) -> values (account ids or `all`). */
  clusterSnapshotAttributes: Record<string, Record<string, string[]>>;
  subnetGroups: Record<string, SubnetGroupRecord>;
  clusterParameterGroups: Record<string, ClusterParameterGroupRecord>;
}

export function createRdsWorld(): RdsWorld {
  return {
    clusters: {},
    instances: {},
    clusterSnapshots: {},
    clusterSnapshotAttributes: {},
    subnetGroups: {},
    clusterParameterGroups: {},
  };
}
