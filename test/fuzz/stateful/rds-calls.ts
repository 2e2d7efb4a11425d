/**
 * The RDS calls the stateful fuzzer generates, over colliding names: clusters alpha/beta (Aurora
 * MySQL, or a Multi-AZ DB cluster whose generated members `<cluster>-instance-1..3` collide with the
 * instance pool), instances i1/i2/alpha-instance-1, snapshots snap1/snap2. Renames with and without
 * ApplyImmediately (and back), delete and re-create, stop/start, snapshots and restores, activity
 * streams, failover and tags on every kind.
 */
import fc from "fast-check";
import { tagKey, tagMap } from "./model-kit.js";
import type { CallSpec } from "./types.js";
import { AURORA_MYSQL as AURORA, MULTI_AZ_MYSQL as MULTI_AZ } from "../../rds/clusters-fixtures.js";

export const ACCOUNT = "123456789012";
export const CLUSTERS = ["alpha", "beta"] as const;
export const INSTANCES = ["i1", "i2", "alpha-instance-1"] as const;
export const SNAPSHOTS = ["snap1", "snap2"] as const;
export const ENDPOINTS = ["ep1", "ep2"] as const;
export const DAS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/das-key`;

export const arnOf = (kind: "cluster" | "db" | "cluster-snapshot", name: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:${kind}:${name}`;

const cluster = fc.constantFrom(...CLUSTERS);
const instance = fc.constantFrom(...INSTANCES);
const snapshot = fc.constantFrom(...SNAPSHOTS);
const rdsTags = tagMap.map((m) => Object.entries(m).map(([Key, Value]) => ({ Key, Value })));
const anyArn = fc.oneof(
  cluster.map((n) => arnOf("cluster", n)),
  instance.map((n) => arnOf("db", n)),
  snapshot.map((n) => arnOf("cluster-snapshot", n)),
);
const c = (command: string, input: Record<string, unknown>): CallSpec => ({ command: `${command}Command`, input });

export const rdsCall: fc.Arbitrary<CallSpec> = fc.oneof(
  {
    arbitrary: fc.record({ id: cluster, Tags: rdsTags, w: fc.nat(3) }).map(({ id, w, Tags }) =>
      // One create in four makes a Multi-AZ DB cluster.
      c("CreateDBCluster", { DBClusterIdentifier: id, ...(w === 0 ? MULTI_AZ : AURORA), Tags }),
    ),
    weight: 6,
  },
  { arbitrary: cluster.map((id) => c("DescribeDBClusters", { DBClusterIdentifier: id })), weight: 1 },
  {
    arbitrary: fc
      .record({ id: cluster, to: fc.option(cluster, { nil: undefined }), now: fc.boolean(), retention: fc.option(fc.constantFrom(1, 7), { nil: undefined }) })
      .map(({ id, to, now, retention }) =>
        c("ModifyDBCluster", {
          DBClusterIdentifier: id,
          ...(to === undefined ? {} : { NewDBClusterIdentifier: to }),
          ...(retention === undefined ? {} : { BackupRetentionPeriod: retention }),
          ApplyImmediately: now,
        }),
      ),
    weight: 4,
  },
  {
    arbitrary: fc.record({ id: cluster, final: fc.option(snapshot, { nil: undefined }) }).map(({ id, final }) =>
      c("DeleteDBCluster", final === undefined ? { DBClusterIdentifier: id, SkipFinalSnapshot: true } : { DBClusterIdentifier: id, FinalDBSnapshotIdentifier: final }),
    ),
    weight: 3,
  },
  {
    arbitrary: fc.record({ id: instance, cluster, tier: fc.constantFrom(0, 1), Tags: rdsTags }).map(({ id, cluster, tier, Tags }) =>
      c("CreateDBInstance", { DBInstanceIdentifier: id, DBClusterIdentifier: cluster, Engine: "aurora-mysql", DBInstanceClass: "db.r6g.large", PromotionTier: tier, Tags }),
    ),
    weight: 6,
  },
  {
    arbitrary: fc.record({ id: instance, to: fc.option(instance, { nil: undefined }), now: fc.boolean(), tier: fc.option(fc.constantFrom(0, 1), { nil: undefined }) }).map(({ id, to, now, tier }) =>
      c("ModifyDBInstance", {
        DBInstanceIdentifier: id,
        ...(to === undefined ? {} : { NewDBInstanceIdentifier: to }),
        ...(tier === undefined ? {} : { PromotionTier: tier }),
        ApplyImmediately: now,
      }),
    ),
    weight: 4,
  },
  { arbitrary: instance.map((id) => c("DeleteDBInstance", { DBInstanceIdentifier: id, SkipFinalSnapshot: true })), weight: 2 },
  { arbitrary: cluster.map((id) => c("StopDBCluster", { DBClusterIdentifier: id })), weight: 2 },
  { arbitrary: cluster.map((id) => c("StartDBCluster", { DBClusterIdentifier: id })), weight: 2 },
  { arbitrary: cluster.map((id) => c("FailoverDBCluster", { DBClusterIdentifier: id })), weight: 1 },
  {
    arbitrary: fc.record({ s: snapshot, id: cluster, Tags: rdsTags }).map(({ s, id, Tags }) =>
      c("CreateDBClusterSnapshot", { DBClusterSnapshotIdentifier: s, DBClusterIdentifier: id, Tags }),
    ),
    weight: 2,
  },
  { arbitrary: snapshot.map((s) => c("DeleteDBClusterSnapshot", { DBClusterSnapshotIdentifier: s })), weight: 1 },
  {
    arbitrary: fc.record({ s: snapshot, id: cluster, Tags: rdsTags }).map(({ s, id, Tags }) =>
      c("RestoreDBClusterFromSnapshot", { DBClusterIdentifier: id, SnapshotIdentifier: s, Engine: "aurora-mysql", Tags }),
    ),
    weight: 1,
  },
  {
    arbitrary: cluster.map((id) => c("StartActivityStream", { ResourceArn: arnOf("cluster", id), Mode: "async", KmsKeyId: DAS_KEY, ApplyImmediately: true })),
    weight: 2,
  },
  { arbitrary: cluster.map((id) => c("StopActivityStream", { ResourceArn: arnOf("cluster", id), ApplyImmediately: true })), weight: 1 },
  {
    arbitrary: fc.record({ ep: fc.constantFrom(...ENDPOINTS), id: cluster, members: fc.uniqueArray(instance, { maxLength: 2 }), excluded: fc.boolean() }).map(({ ep, id, members, excluded }) =>
      c("CreateDBClusterEndpoint", { DBClusterEndpointIdentifier: ep, DBClusterIdentifier: id, EndpointType: "ANY", [excluded ? "ExcludedMembers" : "StaticMembers"]: members }),
    ),
    weight: 3,
  },
  { arbitrary: fc.constantFrom(...ENDPOINTS).map((ep) => c("DeleteDBClusterEndpoint", { DBClusterEndpointIdentifier: ep })), weight: 1 },
  { arbitrary: fc.record({ ResourceName: anyArn, Tags: rdsTags }).map((i) => c("AddTagsToResource", i)), weight: 2 },
  { arbitrary: fc.record({ ResourceName: anyArn, TagKeys: fc.uniqueArray(tagKey, { minLength: 1, maxLength: 2 }) }).map((i) => c("RemoveTagsFromResource", i)), weight: 1 },
);
