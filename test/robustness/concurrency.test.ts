/**
 * Concurrency: calls are atomic, so a thousand concurrent creates of one thing make exactly one, and
 * interleaved creates, deletes and reads across the three services never expose a resource that is
 * listed but cannot be described in full.
 */
import {
  ClusterStatus,
  CreateClusterCommand as CreateDsqlClusterCommand,
  DeleteClusterCommand as DeleteDsqlClusterCommand,
  DSQLClient,
  GetClusterCommand as GetDsqlClusterCommand,
  ListClustersCommand as ListDsqlClustersCommand,
} from "@aws-sdk/client-dsql";
import {
  CreateDBClusterCommand,
  DBClusterAlreadyExistsFault,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import {
  CreateClusterCommand as CreateDocdbClusterCommand,
  CreateClusterSnapshotCommand,
  DeleteClusterSnapshotCommand,
  DocDBElasticClient,
  GetClusterSnapshotCommand,
  ListClusterSnapshotsCommand,
} from "@aws-sdk/client-docdb-elastic";
import * as dsqlSdk from "@aws-sdk/client-dsql";
import * as rdsSdk from "@aws-sdk/client-rds";
import * as docdbSdk from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { createMockBackend, type MockBackend } from "../../src/index.js";
import { networkAttempts } from "../helpers.js";
import { outputProblems, outputSchemaOf } from "../fuzz/lib/output-shape.js";
import { IdSource } from "../../src/core/ids.js";

const N = 1000;

describe("one thousand concurrent creates", () => {
  it("DSQL CreateCluster with one clientToken creates exactly one cluster", async () => {
    const backend = createMockBackend({ seed: 1 });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const results = await Promise.allSettled(
      Array.from({ length: N }, () => dsql.send(new CreateDsqlClusterCommand({ clientToken: "one-token", deletionProtectionEnabled: false }))),
    );
    const ids = new Set(results.map((r) => (r.status === "fulfilled" ? r.value.identifier : `rejected: ${(r.reason as Error).name}`)));
    expect([...ids]).toHaveLength(1);
    expect([...ids][0]).toMatch(/^[a-z0-9]{26}$/);
    const listed = await dsql.send(new ListDsqlClustersCommand({}));
    expect(listed.clusters?.map((c) => c.identifier)).toEqual([...ids]);
    expect(networkAttempts()).toEqual([]);
  });

  it("RDS CreateDBCluster with one identifier: one success, every other call DBClusterAlreadyExistsFault", async () => {
    const backend = createMockBackend({ seed: 1 });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    const results = await Promise.allSettled(
      Array.from({ length: N }, () =>
        rds.send(
          new CreateDBClusterCommand({ DBClusterIdentifier: "race-1", Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "password-123" }),
        ),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(rejected).toHaveLength(N - 1);
    for (const r of rejected) {
      expect(r.reason).toBeInstanceOf(DBClusterAlreadyExistsFault);
      expect(r.reason.$metadata.httpStatusCode).toBe(400);
    }
    const described = await rds.send(new DescribeDBClustersCommand({}));
    expect(described.DBClusters?.filter((c) => c.DBClusterIdentifier === "race-1")).toHaveLength(1);
  });
});

/** Outputs of a describe call must carry every member the model marks required, with the right types. */
function fullyDescribed(sdk: Record<string, unknown>, operation: string, out: unknown): string[] {
  return outputProblems(outputSchemaOf(sdk, operation), out);
}

interface Clients {
  dsql: DSQLClient;
  rds: RDSClient;
  docdb: DocDBElasticClient;
}

/** One random operation of the three services; failures are expected and ignored (state rules, quotas). */
function randomOperation(c: Clients, pick: IdSource, docdbClusterArn: string | undefined): Promise<unknown> {
  const n = Math.floor(pick.next() * 9);
  const name = `mix-${Math.floor(pick.next() * 12)}`;
  switch (n) {
    case 0:
      return c.dsql.send(new CreateDsqlClusterCommand({ deletionProtectionEnabled: false }));
    case 1:
      return c.dsql.send(new ListDsqlClustersCommand({})).then((l) => {
        const id = l.clusters?.[Math.floor(pick.next() * (l.clusters?.length ?? 0))]?.identifier;
        return id ? c.dsql.send(new DeleteDsqlClusterCommand({ identifier: id })) : undefined;
      });
    case 2:
      return c.rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: name, Engine: "aurora-mysql", MasterUsername: "admin", MasterUserPassword: "password-123" }));
    case 3:
      return c.rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: name, SkipFinalSnapshot: true }));
    case 4:
      return docdbClusterArn
        ? c.docdb.send(new CreateClusterSnapshotCommand({ clusterArn: docdbClusterArn, snapshotName: name }))
        : Promise.resolve();
    case 5:
      return c.docdb.send(new ListClusterSnapshotsCommand({})).then((l) => {
        const arn = l.snapshots?.[Math.floor(pick.next() * (l.snapshots?.length ?? 0))]?.snapshotArn;
        return arn ? c.docdb.send(new DeleteClusterSnapshotCommand({ snapshotArn: arn })) : undefined;
      });
    case 6:
      return c.dsql.send(new ListDsqlClustersCommand({}));
    case 7:
      return c.rds.send(new DescribeDBClustersCommand({}));
    default:
      return c.docdb.send(new ListClusterSnapshotsCommand({}));
  }
}

/** Every resource a list shows is described in full by its own read call. */
async function everyListedResourceIsWhole(c: Clients): Promise<string[]> {
  const problems: string[] = [];
  const clusters = (await c.dsql.send(new ListDsqlClustersCommand({ maxResults: 100 }))).clusters ?? [];
  for (const summary of clusters) {
    const out = await c.dsql.send(new GetDsqlClusterCommand({ identifier: summary.identifier })).catch((e: Error) => e);
    if (out instanceof Error) problems.push(`DSQL ${summary.identifier} listed but GetCluster failed: ${out.name}`);
    else {
      problems.push(...fullyDescribed(dsqlSdk, "GetCluster", out).map((p) => `DSQL ${summary.identifier}: ${p}`));
      if (out.arn !== summary.arn) problems.push(`DSQL ${summary.identifier}: listed ARN ${summary.arn}, described ${out.arn}`);
      if (!Object.values(ClusterStatus).includes(out.status!)) problems.push(`DSQL ${summary.identifier}: status ${out.status}`);
    }
  }
  const described = await c.rds.send(new DescribeDBClustersCommand({}));
  problems.push(...fullyDescribed(rdsSdk, "DescribeDBClusters", described).map((p) => `RDS: ${p}`));
  for (const cluster of described.DBClusters ?? []) {
    if (!cluster.DBClusterArn || !cluster.Status || !cluster.Engine || !cluster.DbClusterResourceId) {
      problems.push(`RDS ${cluster.DBClusterIdentifier} is missing its ARN, status, engine or resource id`);
    }
    const one = await c.rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: cluster.DBClusterIdentifier })).catch((e: Error) => e);
    if (one instanceof Error) problems.push(`RDS ${cluster.DBClusterIdentifier} listed but not describable: ${one.name}`);
  }
  const snapshots = (await c.docdb.send(new ListClusterSnapshotsCommand({}))).snapshots ?? [];
  for (const s of snapshots) {
    const out = await c.docdb.send(new GetClusterSnapshotCommand({ snapshotArn: s.snapshotArn })).catch((e: Error) => e);
    if (out instanceof Error) problems.push(`DocDB snapshot ${s.snapshotArn} listed but GetClusterSnapshot failed: ${out.name}`);
    else problems.push(...fullyDescribed(docdbSdk, "GetClusterSnapshot", out).map((p) => `DocDB ${s.snapshotName}: ${p}`));
  }
  return problems;
}

function clients(backend: MockBackend): Clients {
  return {
    dsql: backend.attach(new DSQLClient({ region: "us-east-1" })),
    rds: backend.attach(new RDSClient({ region: "us-east-1" })),
    docdb: backend.attach(new DocDBElasticClient({ region: "us-east-1" })),
  };
}

describe("interleaved create / delete / describe across the three services", () => {
  it.each(["instant", "timed"] as const)("never leaves a resource half made (%s lifecycle)", async (lifecycle) => {
    const backend = createMockBackend({ seed: 7, lifecycle, callLogLimit: 100_000, quotas: { dsql: { singleRegionClusters: 1000 } } });
    const c = clients(backend);
    const docdb = await c.docdb.send(
      new CreateDocdbClusterCommand({ clusterName: "mix", authType: "PLAIN_TEXT", adminUserName: "admin1", adminUserPassword: "password-123", shardCapacity: 2, shardCount: 1 }),
    );
    backend.clock.runAll();
    const pick = new IdSource("interleaving");
    const problems: string[] = [];
    let settled = 0;
    for (let batch = 0; batch < 8; batch++) {
      const results = await Promise.allSettled(Array.from({ length: 60 }, () => randomOperation(c, pick, docdb.cluster?.clusterArn)));
      settled += results.length;
      for (const r of results) {
        if (r.status === "rejected" && !(r.reason instanceof Error && "$metadata" in r.reason)) problems.push(`a call threw ${String(r.reason)}`);
      }
      problems.push(...(await everyListedResourceIsWhole(c)));
      if (lifecycle === "timed") backend.clock.advance(Math.floor(pick.next() * 20) * 60_000);
    }
    expect(settled).toBe(480);
    expect(problems).toEqual([]);
    // Not vacuous: every kind of create and delete succeeded at least once.
    const succeeded = new Set(backend.calls().filter((call) => !call.error).map((call) => `${call.service}:${call.command}`));
    for (const op of ["dsql:CreateCluster", "dsql:DeleteCluster", "rds:CreateDBCluster", "rds:DeleteDBCluster", "docdb-elastic:CreateClusterSnapshot", "docdb-elastic:DeleteClusterSnapshot"]) {
      expect(succeeded, op).toContain(op);
    }
  }, 60_000);
});
