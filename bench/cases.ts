/**
 * The commands the benchmark times, one per service: a read of a resource that exists (the common
 * call of a test), and a list on an empty backend (the one call of the per-test setup figure).
 * `fallback` answers stand in, through `onUnhandled`, while a service does not simulate the command yet.
 */
import { CreateClusterCommand as DsqlCreateCluster, DSQLClient, GetClusterCommand as DsqlGetCluster, ListClustersCommand as DsqlListClusters } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import {
  CreateClusterCommand as DocDbCreateCluster,
  DocDBElasticClient,
  GetClusterCommand as DocDbGetCluster,
  ListClustersCommand as DocDbListClusters,
} from "@aws-sdk/client-docdb-elastic";
import { docdbElasticIdentity } from "../src/services/docdb-elastic/identity.js";
import { dsqlIdentity } from "../src/services/dsql/identity.js";
import { rdsIdentity } from "../src/services/rds/identity.js";

export const REGION = "us-east-1";

/** What the benchmark needs of an SDK client and command class, whatever the service. */
export interface AnyClient {
  send(command: any): Promise<any>;
  middlewareStack: { add(mw: any, options?: any): void; remove(name: any): boolean };
  config: { region?: unknown };
}
export type CommandClass = new (input: any) => any;

export interface ServiceCase {
  /** Row label: `DSQL GetCluster`. */
  label: string;
  clientName: string;
  newClient(cacheMiddleware: boolean): AnyClient;
  read: CommandClass;
  /** Creates the resource that `read` reads, through an attached client; returns the read's input. */
  create(client: AnyClient): Promise<Record<string, unknown>>;
  list: { command: CommandClass; label: string; input: Record<string, unknown> };
  /** Plausible answers used while the service does not simulate the command. */
  fallback: { readInput: Record<string, unknown>; readOutput: Record<string, unknown>; listOutput: Record<string, unknown> };
}

const ACCOUNT = "123456789012";
const metadata = () => ({ httpStatusCode: 200, requestId: "00000000-0000-4000-8000-000000000000", attempts: 1, totalRetryDelay: 0 });

const dsql: ServiceCase = {
  label: "DSQL GetCluster",
  clientName: dsqlIdentity.clientName,
  newClient: (cacheMiddleware) => new DSQLClient({ region: REGION, cacheMiddleware }),
  read: DsqlGetCluster,
  async create(client) {
    const { identifier } = await client.send(new DsqlCreateCluster({ deletionProtectionEnabled: false }));
    return { identifier };
  },
  list: { command: DsqlListClusters, label: "DSQL ListClusters", input: {} },
  fallback: {
    readInput: { identifier: "abcdefghijklmnopqrstuvwxyz" },
    readOutput: {
      identifier: "abcdefghijklmnopqrstuvwxyz",
      arn: `arn:aws:dsql:${REGION}:${ACCOUNT}:cluster/abcdefghijklmnopqrstuvwxyz`,
      status: "ACTIVE",
      creationTime: new Date(0),
      deletionProtectionEnabled: false,
      $metadata: metadata(),
    },
    listOutput: { clusters: [], $metadata: metadata() },
  },
};

const rds: ServiceCase = {
  label: "RDS DescribeDBClusters",
  clientName: rdsIdentity.clientName,
  newClient: (cacheMiddleware) => new RDSClient({ region: REGION, cacheMiddleware }),
  read: DescribeDBClustersCommand,
  async create(client) {
    await client.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: "bench-cluster",
        Engine: "aurora-postgresql",
        MasterUsername: "benchadmin",
        MasterUserPassword: "correct-horse-battery",
      }),
    );
    return { DBClusterIdentifier: "bench-cluster" };
  },
  list: { command: DescribeDBClustersCommand, label: "RDS DescribeDBClusters (empty)", input: {} },
  fallback: {
    readInput: { DBClusterIdentifier: "bench-cluster" },
    readOutput: {
      DBClusters: [{ DBClusterIdentifier: "bench-cluster", Engine: "aurora-postgresql", Status: "available", ClusterCreateTime: new Date(0) }],
      $metadata: metadata(),
    },
    listOutput: { DBClusters: [], $metadata: metadata() },
  },
};

const docdb: ServiceCase = {
  label: "DocDB Elastic GetCluster",
  clientName: docdbElasticIdentity.clientName,
  newClient: (cacheMiddleware) => new DocDBElasticClient({ region: REGION, cacheMiddleware }),
  read: DocDbGetCluster,
  async create(client) {
    const { cluster } = await client.send(
      new DocDbCreateCluster({
        clusterName: "bench-cluster",
        authType: "PLAIN_TEXT",
        adminUserName: "benchadmin",
        adminUserPassword: "correct-horse-battery",
        shardCapacity: 2,
        shardCount: 1,
      }),
    );
    return { clusterArn: cluster.clusterArn };
  },
  list: { command: DocDbListClusters, label: "DocDB Elastic ListClusters", input: {} },
  fallback: {
    readInput: { clusterArn: `arn:aws:docdb-elastic:${REGION}:${ACCOUNT}:cluster/00000000-0000-4000-8000-000000000000` },
    readOutput: {
      cluster: {
        clusterName: "bench-cluster",
        clusterArn: `arn:aws:docdb-elastic:${REGION}:${ACCOUNT}:cluster/00000000-0000-4000-8000-000000000000`,
        status: "ACTIVE",
        shardCapacity: 2,
        shardCount: 1,
        authType: "PLAIN_TEXT",
        adminUserName: "benchadmin",
      },
      $metadata: metadata(),
    },
    listOutput: { clusters: [], $metadata: metadata() },
  },
};

export const CASES: readonly ServiceCase[] = [dsql, rds, docdb];
