/**
 * Service defects the fuzz suite found, each as the exact SDK call that shows it (see
 * docs/robustness-findings.md). They fail until the service is fixed; they are not skipped.
 * Root cause of all of them: RDS keeps records in plain objects and looks identifiers up with
 * `world.clusters[id]`, so `__proto__` and `constructor` find Object.prototype members.
 */
import {
  CreateDBClusterCommand,
  DBClusterNotFoundFault,
  DBClusterSnapshotNotFoundFault,
  DBInstanceNotFoundFault,
  DBParameterGroupNotFoundFault,
  DeleteDBClusterParameterGroupCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBInstancesCommand,
  ModifyDBClusterCommand,
  RDSClient,
  RDSServiceException,
  StartDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { caught } from "../helpers.js";

function rds() {
  const backend = createMockBackend({ seed: 1 });
  return { backend, client: backend.attach(new RDSClient({ region: "us-east-1" })) };
}

describe("RDS: identifiers that are Object.prototype member names", () => {
  it("DescribeDBClusters({ DBClusterIdentifier: 'constructor' }) is DBClusterNotFoundFault (was: DBClusters [Object])", async () => {
    const { client } = rds();
    const err = await caught(client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "constructor" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
  });

  it("DescribeDBInstances({ DBInstanceIdentifier: 'constructor' }) is DBInstanceNotFoundFault (was: DBInstances [Object])", async () => {
    const { client } = rds();
    const err = await caught(client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "constructor" })));
    expect(err).toBeInstanceOf(DBInstanceNotFoundFault);
  });

  it("DescribeDBClusterSnapshots({ DBClusterSnapshotIdentifier: '__proto__' }) does not list an empty snapshot (was: [{}])", async () => {
    const { client } = rds();
    const out = await client.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "__proto__" })).catch((e: unknown) => e);
    if (out instanceof Error) expect(out).toBeInstanceOf(DBClusterSnapshotNotFoundFault);
    else expect((out as { DBClusterSnapshots?: unknown[] }).DBClusterSnapshots ?? []).toEqual([]);
  });

  it("CreateDBCluster({ DBClusterIdentifier: 'constructor' }) creates it (was: DBClusterAlreadyExistsFault)", async () => {
    const { client } = rds();
    const out = await client.send(
      new CreateDBClusterCommand({ DBClusterIdentifier: "constructor", Engine: "aurora-mysql", MasterUsername: "dbadmin", MasterUserPassword: "password-123" }),
    );
    expect(out.DBCluster?.DBClusterIdentifier).toBe("constructor");
  });

  it("StartDBCluster({ DBClusterIdentifier: '__proto__' }) is DBClusterNotFoundFault (was: 'DB cluster undefined is in status undefined')", async () => {
    const { client } = rds();
    const err = await caught(client.send(new StartDBClusterCommand({ DBClusterIdentifier: "__proto__" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
  });

  it("ModifyDBCluster({ DBClusterIdentifier: '__proto__' }) is DBClusterNotFoundFault (was: TypeError in checkKindMembers)", async () => {
    const { client, backend } = rds();
    const before = backend.dump();
    const err = await caught(client.send(new ModifyDBClusterCommand({ DBClusterIdentifier: "__proto__" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
    expect(backend.dump()).toEqual(before);
  });

  it("DescribeDBClusters({ Filters: [{ Name: '__proto__' }] }) is InvalidParameterValue like any unknown filter (was: TypeError)", async () => {
    const { client } = rds();
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-mysql", MasterUsername: "dbadmin", MasterUserPassword: "password-123" }));
    const err = await caught(client.send(new DescribeDBClustersCommand({ Filters: [{ Name: "__proto__", Values: ["x"] }] })));
    expect(err).toBeInstanceOf(RDSServiceException);
    expect(err.name).toBe("InvalidParameterValue");
  });

  it("DeleteDBClusterParameterGroup({ DBClusterParameterGroupName: '__proto__' }) is DBParameterGroupNotFoundFault (was: TypeError)", async () => {
    const { client } = rds();
    const err = await caught(client.send(new DeleteDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "__proto__" })));
    expect(err).toBeInstanceOf(DBParameterGroupNotFoundFault);
  });
});
