/**
 * The state of RDS in one account and Region. Records keep the SDK's own member names (so shaping an
 * output is a copy) with timestamps as epoch milliseconds; keys are the lowercase identifiers.
 * Shared by the cluster, instance, group, snapshot, restore and activity-stream modules.
 */
import type {
  DBCluster,
  DBClusterEndpoint,
  DBClusterParameterGroup,
  DBClusterSnapshot,
  DBInstance,
  DBSubnetGroup,
  Tag,
} from "@aws-sdk/client-rds";
import type { WorldScope } from "../../core/service.js";
import type { BacktrackRecord } from "./backtracks.js";
import { defaultClusterParameterGroups } from "./parameter-groups.js";
import { defaultSubnetGroup } from "./subnet-groups.js";

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
/** A custom cluster endpoint (cluster-endpoints.ts), with its tags beside the SDK members. */
export type ClusterEndpointRecord = Stored<DBClusterEndpoint> & { DBClusterEndpointIdentifier: string; Status: string; TagList?: Tag[] };
export type ClusterSnapshotRecord = Stored<DBClusterSnapshot> & { DBClusterSnapshotIdentifier: string; Status: string };
/** Groups keep their tags beside the SDK members (their describe outputs carry none). */
export type SubnetGroupRecord = Stored<DBSubnetGroup> & { DBSubnetGroupName: string; TagList?: Tag[] };
export type ClusterParameterGroupRecord = Stored<DBClusterParameterGroup> & {
  DBClusterParameterGroupName: string;
  TagList?: Tag[];
};

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
  /** Backtracks of Aurora MySQL clusters, by BacktrackIdentifier (backtracks.ts). */
  clusterBacktracks: Record<string, BacktrackRecord>;
  /**
   * ModifyCertificates' override of the default CA for new DB instances: at most one entry, the
   * certificate identifier -> when it was set (catalogs/certificates.ts). Optional: older dumps lack it.
   */
  certificateOverride?: Record<string, number>;
}

/** A fresh world: no clusters, the default DB subnet group and the default cluster parameter groups. */
export function createRdsWorld(scope: WorldScope = { accountId: "123456789012", region: "us-east-1" }): RdsWorld {
  const subnet = defaultSubnetGroup(scope);
  return {
    clusters: {},
    instances: {},
    clusterSnapshots: {},
    clusterSnapshotAttributes: {},
    subnetGroups: { [subnet.DBSubnetGroupName]: subnet },
    clusterParameterGroups: defaultClusterParameterGroups(scope),
    sharedClusterSnapshots: {},
    clusterEndpoints: {},
    clusterBacktracks: {},
    certificateOverride: {},
  };
}
