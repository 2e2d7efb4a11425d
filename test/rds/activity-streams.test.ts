import {
  CreateDBInstanceCommand,
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  InvalidDBClusterStateFault,
  KMSKeyNotAccessibleFault,
  ModifyActivityStreamCommand,
  RDSClient,
  RDSServiceException,
  ResourceNotFoundFault,
  StartActivityStreamCommand,
  StopActivityStreamCommand,
  StopDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { ACCOUNT, OTHER_ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const MINUTE = 60_000;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/das-key`;
const arnOf = (id: string, region = "us-east-1", account = ACCOUNT) => `arn:aws:rds:${region}:${account}:cluster:${id}`;
const start = (ResourceArn: string, extra = {}) =>
  new StartActivityStreamCommand({ ResourceArn, Mode: "async", KmsKeyId: KEY, ApplyImmediately: true, ...extra });
const stop = (ResourceArn: string) => new StopActivityStreamCommand({ ResourceArn, ApplyImmediately: true });

async function clusterOf(rds: RDSClient, id = "db1") {
  return (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

describe("StartActivityStream", () => {
  it("answers starting; the cluster then shows started with the mode, key and Kinesis stream", async () => {
    const { rds } = setup();
    const cluster = await createCluster(rds, "db1");
    expect((await clusterOf(rds)).ActivityStreamStatus).toBe("stopped");
    const out = await rds.send(start(cluster.DBClusterArn!, { Mode: "sync" }));
    const stream = `aws-rds-das-${cluster.DbClusterResourceId}`;
    expect(out).toMatchObject({ Status: "starting", Mode: "sync", KmsKeyId: KEY, KinesisStreamName: stream, ApplyImmediately: true });
    expect(await clusterOf(rds)).toMatchObject({
      ActivityStreamStatus: "started",
      ActivityStreamMode: "sync",
      ActivityStreamKmsKeyId: KEY,
      ActivityStreamKinesisStreamName: stream,
    });
    expect(networkAttempts()).toEqual([]);
  });

  it("takes about ten minutes of the backend clock in the timed lifecycle, without touching the cluster's status", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    const cluster = await createCluster(rds, "db1");
    backend.clock.advance(2 * MINUTE);
    await rds.send(start(cluster.DBClusterArn!));
    let now = await clusterOf(rds);
    expect(now).toMatchObject({ Status: "available", ActivityStreamStatus: "starting" });
    backend.clock.advance(9 * MINUTE);
    expect((await clusterOf(rds)).ActivityStreamStatus).toBe("starting");
    backend.clock.advance(MINUTE);
    now = await clusterOf(rds);
    expect(now.ActivityStreamStatus).toBe("started");
    // A second start while the stream runs is refused, in AWS's words.
    await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!)), {
      Class: RDSServiceException,
      name: "InvalidParameterCombination",
      message: /Activity Streams feature expected to be stopped, but is started/,
    });
  });

  it("needs the ARN of an existing DB cluster of this account and Region (ResourceNotFoundFault otherwise)", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    const others = [
      arnOf("nope"),
      arnOf("db1", "us-west-2"),
      arnOf("db1", "us-east-1", OTHER_ACCOUNT),
      `arn:aws-cn:rds:us-east-1:${ACCOUNT}:cluster:db1`,
      `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:db1`,
      `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:`,
      "arn:aws:s3:::bucket",
      "db1",
    ];
    for (const arn of others) {
      const err = await expectFault(backend, () => rds.send(start(arn)), {
        Class: ResourceNotFoundFault,
        name: "ResourceNotFoundFault",
        status: 404,
        message: /ResourceArn/,
      });
      expect(err.message).toContain(arn);
      expect(err).not.toBeInstanceOf(DBClusterNotFoundFault);
    }
    // The cluster's identifier in the ARN is matched whatever its case.
    expect((await rds.send(start(arnOf("DB1")))).Status).toBe("starting");
  });

  it("judges a DB instance ARN of this account and Region by the instance faults", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "db1");
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "db1-a", DBClusterIdentifier: "db1", Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large" }));
    await expectFault(backend, () => rds.send(start(`arn:aws:rds:us-east-1:${ACCOUNT}:db:nope`)), {
      Class: DBInstanceNotFoundFault,
      name: "DBInstanceNotFoundFault",
      status: 404,
      message: /ResourceArn/,
    });
    await expectFault(backend, () => rds.send(start(`arn:aws:rds:us-east-1:${ACCOUNT}:db:db1-a`)), {
      Class: RDSServiceException,
      name: "InvalidParameterCombination",
      message: /Oracle.*db1-a.*aurora-postgresql/,
    });
    await expectFault(backend, () => rds.send(start(`arn:aws:rds:us-west-2:${ACCOUNT}:db:db1-a`)), {
      Class: ResourceNotFoundFault,
      name: "ResourceNotFoundFault",
      status: 404,
    });
  });

  it("EngineNativeAuditFieldsIncluded is for RDS for Oracle and SQL Server instances: true is refused on a cluster", async () => {
    const { backend, rds } = setup();
    const cluster = await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!, { EngineNativeAuditFieldsIncluded: true })), {
      Class: RDSServiceException,
      name: "InvalidParameterCombination",
      message: /EngineNativeAuditFieldsIncluded.*db1/,
    });
    const out = await rds.send(start(cluster.DBClusterArn!, { EngineNativeAuditFieldsIncluded: false }));
    expect(out.EngineNativeAuditFieldsIncluded).toBe(false);
    expect(out.Status).toBe("starting");
  });

  it("needs an available cluster", async () => {
    const { backend, rds } = setup();
    const cluster = await createCluster(rds, "db1");
    await rds.send(new StopDBClusterCommand({ DBClusterIdentifier: "db1" }));
    await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!)), {
      Class: InvalidDBClusterStateFault,
      name: "InvalidDBClusterStateFault",
      message: /stopped/,
    });
  });

  it("is refused for engines and configurations without activity streams", async () => {
    const { backend, rds } = setup();
    const mysql = await createCluster(rds, "my", { Engine: "aurora-mysql" });
    await expectFault(backend, () => rds.send(start(mysql.DBClusterArn!, { Mode: "sync" })), {
      name: "InvalidParameterCombination",
      message: /Mode must be async/,
    });
    expect((await rds.send(start(mysql.DBClusterArn!, { Mode: "async" }))).Status).toBe("starting");

    const v1 = await createCluster(rds, "sls", { EngineMode: "serverless" });
    await expectFault(backend, () => rds.send(start(v1.DBClusterArn!)), { name: "InvalidParameterCombination", message: /Serverless v1/ });

    const v2 = await createCluster(rds, "sls2", { ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 } });
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "sls2-1", DBClusterIdentifier: "sls2", Engine: "aurora-postgresql", DBInstanceClass: "db.serverless" }));
    await expectFault(backend, () => rds.send(start(v2.DBClusterArn!)), { name: "InvalidParameterCombination", message: /Serverless v2/ });

    const multiAz = await createCluster(rds, "maz", {
      Engine: "postgres",
      DBClusterInstanceClass: "db.m6gd.large",
      AllocatedStorage: 100,
      Iops: 1000,
      DBSubnetGroupName: "default",
    });
    await rds.send(new DescribeDBClustersCommand({}));
    await expectFault(backend, () => rds.send(start(multiAz.DBClusterArn!)), { name: "InvalidParameterCombination", message: /postgres/ });
  });

  it("checks Mode and the KMS key", async () => {
    const { backend, rds } = setup({ settings: { rds: { inaccessibleKmsKeys: ["alias/revoked"] } } });
    const cluster = await createCluster(rds, "db1");
    await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!, { Mode: "batch" })), {
      Class: RDSServiceException,
      name: "InvalidParameterValue",
      message: /Mode/,
    });
    await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!, { KmsKeyId: undefined })), { name: "MissingParameter", message: /KmsKeyId/ });
    await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!, { KmsKeyId: "" })), { name: "InvalidParameterValue", message: /KmsKeyId.*blank/ });
    for (const KmsKeyId of ["arn:aws:kms:eu-west-1:123456789012:key/k", "alias/revoked"]) {
      await expectFault(backend, () => rds.send(start(cluster.DBClusterArn!, { KmsKeyId })), {
        Class: KMSKeyNotAccessibleFault,
        name: "KMSKeyNotAccessibleFault",
        message: /KmsKeyId/,
      });
    }
  });
});

describe("StopActivityStream", () => {
  it("answers stopping; the cluster then shows stopped and the stream's members are cleared", async () => {
    const { rds } = setup();
    const cluster = await createCluster(rds, "db1");
    await rds.send(start(cluster.DBClusterArn!));
    await clusterOf(rds);
    const out = await rds.send(stop(cluster.DBClusterArn!));
    expect(out).toMatchObject({ Status: "stopping", KmsKeyId: KEY, KinesisStreamName: `aws-rds-das-${cluster.DbClusterResourceId}` });
    const after = await clusterOf(rds);
    expect(after.ActivityStreamStatus).toBe("stopped");
    expect(after.ActivityStreamMode).toBeUndefined();
    expect(after.ActivityStreamKmsKeyId).toBeUndefined();
    expect(after.ActivityStreamKinesisStreamName).toBeUndefined();
    // Once stopped, a stream can be started again.
    expect((await rds.send(start(cluster.DBClusterArn!))).Status).toBe("starting");
  });

  it("is an error when no stream runs, or on an unknown resource", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    const cluster = await createCluster(rds, "db1");
    backend.clock.advance(2 * MINUTE);
    // AWS's answer to stopping a stopped stream (tools such as Terraform match on its wording).
    await expectFault(backend, () => rds.send(stop(cluster.DBClusterArn!)), {
      Class: RDSServiceException,
      name: "InvalidParameterCombination",
      message: /Activity Streams feature expected to be started, but is stopped/,
    });
    await rds.send(start(cluster.DBClusterArn!));
    await expectFault(backend, () => rds.send(stop(cluster.DBClusterArn!)), {
      name: "InvalidParameterCombination",
      message: /expected to be started, but is starting/,
    });
    for (const arn of [arnOf("nope"), arnOf("db1", "eu-west-1"), arnOf("db1", "us-east-1", OTHER_ACCOUNT)]) {
      await expectFault(backend, () => rds.send(stop(arn)), { Class: ResourceNotFoundFault, name: "ResourceNotFoundFault", status: 404, message: /ResourceArn/ });
    }
    await expectFault(backend, () => rds.send(stop(`arn:aws:rds:us-east-1:${ACCOUNT}:db:nope`)), {
      Class: DBInstanceNotFoundFault,
      name: "DBInstanceNotFoundFault",
      status: 404,
    });
    backend.clock.advance(10 * MINUTE);
    await rds.send(stop(cluster.DBClusterArn!));
    backend.clock.advance(10 * MINUTE);
    expect((await clusterOf(rds)).ActivityStreamStatus).toBe("stopped");
  });

  it("a deleted cluster takes its stream with it", async () => {
    const { backend, rds } = setup();
    const cluster = await createCluster(rds, "db1");
    await rds.send(start(cluster.DBClusterArn!));
    await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "db1", SkipFinalSnapshot: true }));
    await rds.send(new DescribeDBClustersCommand({}));
    await expectFault(backend, () => rds.send(stop(cluster.DBClusterArn!)), { Class: ResourceNotFoundFault, name: "ResourceNotFoundFault", status: 404 });
  });
});

describe("ModifyActivityStream", () => {
  it("applies to RDS for Oracle and SQL Server DB instances only, which the mock does not simulate", async () => {
    const { backend, rds } = setup();
    const cluster = await createCluster(rds, "db1");
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "db1-a", DBClusterIdentifier: "db1", Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large" }));
    await expectFault(backend, () => rds.send(new ModifyActivityStreamCommand({ ResourceArn: cluster.DBClusterArn, AuditPolicyState: "unlocked" })), {
      name: "InvalidParameterValue",
      message: /Oracle.*DB cluster/,
    });
    await expectFault(
      backend,
      () => rds.send(new ModifyActivityStreamCommand({ ResourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:db1-a`, AuditPolicyState: "locked" })),
      { name: "InvalidParameterCombination", message: /aurora-postgresql/ },
    );
    await expectFault(
      backend,
      () => rds.send(new ModifyActivityStreamCommand({ ResourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orcl`, AuditPolicyState: "locked" })),
      { name: "DBInstanceNotFoundFault", status: 404 },
    );
    await expectFault(backend, () => rds.send(new ModifyActivityStreamCommand({ ResourceArn: arnOf("x", "eu-west-1") })), {
      Class: ResourceNotFoundFault,
      name: "ResourceNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => rds.send(new ModifyActivityStreamCommand({ AuditPolicyState: "locked" })), {
      name: "MissingParameter",
      message: /ResourceArn/,
    });
  });
});
