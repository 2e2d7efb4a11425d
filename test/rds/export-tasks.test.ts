/**
 * Issue 14: exports to Amazon S3 through a real RDSClient: sources, bucket, role, KMS and ExportOnly
 * rules, the status lifecycle on the clock, cancels, and identifiers reused after a task ends.
 */
import {
  CancelExportTaskCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DBClusterNotFoundFault,
  DBClusterSnapshotNotFoundFault,
  DescribeExportTasksCommand,
  ExportTaskAlreadyExistsFault,
  ExportTaskNotFoundFault,
  IamRoleNotFoundFault,
  InvalidExportOnlyFault,
  InvalidExportSourceStateFault,
  InvalidExportTaskStateFault,
  InvalidS3BucketFault,
  KMSKeyNotAccessibleFault,
  StartExportTaskCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, expectFault, setup } from "./clusters-fixtures.js";

const ACCOUNT = "123456789012";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/rds-s3-export`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const snapshotArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}`;
const clusterArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}`;

const start = (client: RDSClient, id: string, extra: Record<string, unknown> = {}) =>
  client.send(new StartExportTaskCommand({ ExportTaskIdentifier: id, SourceArn: snapshotArn("snap"), S3BucketName: "my-export-bucket", IamRoleArn: ROLE, KmsKeyId: KEY, ...extra }));
const describeOne = async (client: RDSClient, ExportTaskIdentifier: string) => (await client.send(new DescribeExportTasksCommand({ ExportTaskIdentifier }))).ExportTasks![0];

/** Timed lifecycle, an available Aurora PostgreSQL cluster `pg` and its available snapshot `snap`. */
async function withSnapshot() {
  const s = setup({ lifecycle: "timed" });
  await createCluster(s.client, "pg", AURORA_PG);
  s.backend.clock.advance(30 * 60_000);
  await s.client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "pg", DBClusterSnapshotIdentifier: "snap" }));
  s.backend.clock.advance(30 * 60_000);
  return s;
}

describe("StartExportTask", () => {
  it("exports a cluster snapshot: STARTING, IN_PROGRESS, then COMPLETE on the clock", async () => {
    const { backend, client } = await withSnapshot();
    const out = await start(client, "Export-1", { S3Prefix: "exports/", ExportOnly: ["sales", "sales.public", "sales.public.orders"] });
    expect(out).toMatchObject({
      ExportTaskIdentifier: "export-1", SourceArn: snapshotArn("snap"), S3Bucket: "my-export-bucket", S3Prefix: "exports/", IamRoleArn: ROLE, KmsKeyId: KEY,
      Status: "STARTING", PercentProgress: 0, TotalExtractedDataInGB: 0, SourceType: "SNAPSHOT", ExportOnly: ["sales", "sales.public", "sales.public.orders"],
    });
    expect(out.TaskStartTime).toEqual(backend.clock.date());
    backend.clock.advance(5 * 60_000 - 1);
    expect((await describeOne(client, "export-1")).Status).toBe("STARTING");
    backend.clock.advance(1);
    expect((await describeOne(client, "export-1")).Status).toBe("IN_PROGRESS");
    backend.clock.advance(30 * 60_000);
    const done = await describeOne(client, "EXPORT-1");
    expect(done).toMatchObject({ Status: "COMPLETE", PercentProgress: 100 });
    expect(done.TaskEndTime).toEqual(backend.clock.date());
  });

  it("exports a DB snapshot of a standalone instance", async () => {
    const { backend, client } = setup();
    await client.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "pg", Engine: "postgres", DBInstanceClass: "db.t3.micro", AllocatedStorage: 20, MasterUsername: "dbadmin", MasterUserPassword: "Secret-pass1" }));
    backend.clock.runAll();
    await client.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "pg", DBSnapshotIdentifier: "pgsnap" }));
    const arn = `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:pgsnap`;
    await expectFault(backend, () => start(client, "x", { SourceArn: arn.replace("pgsnap", "nope") }), { name: "DBSnapshotNotFoundFault", status: 404, message: "nope" });
    const out = await start(client, "db-export", { SourceArn: arn, ExportOnly: ["app.public.orders"] });
    expect(out).toMatchObject({ SourceType: "SNAPSHOT", SourceArn: arn, Status: "STARTING" });
  });

  it("exports a DB cluster's data (SourceType CLUSTER)", async () => {
    const { client } = await withSnapshot();
    const out = await start(client, "cluster-export", { SourceArn: clusterArn("pg") });
    expect(out).toMatchObject({ SourceType: "CLUSTER", Status: "STARTING" });
  });

  it("checks the source, bucket, role, key and ExportOnly, changing nothing", async () => {
    const { backend, client } = await withSnapshot();
    await expectFault(backend, () => start(client, "x", { SourceArn: snapshotArn("ghost") }), { name: "DBClusterSnapshotNotFoundFault", status: 404, message: "ghost", Class: DBClusterSnapshotNotFoundFault });
    await expectFault(backend, () => start(client, "x", { SourceArn: clusterArn("ghost") }), { name: "DBClusterNotFoundFault", status: 404, message: "ghost", Class: DBClusterNotFoundFault });
    await expectFault(backend, () => start(client, "x", { SourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:og:default` }), { name: "InvalidParameterValue", status: 400, message: "SourceArn" });
    await expectFault(backend, () => start(client, "x", { SourceArn: snapshotArn("snap").replace("us-east-1", "eu-west-1") }), { name: "InvalidParameterValue", status: 400, message: "SourceArn" });
    for (const bad of ["ab", "My-Bucket", "-bucket", "bucket..name", "bucket_name"]) {
      await expectFault(backend, () => start(client, "x", { S3BucketName: bad }), { name: "InvalidS3BucketFault", status: 400, message: "S3BucketName", Class: InvalidS3BucketFault });
    }
    await expectFault(backend, () => start(client, "x", { IamRoleArn: `arn:aws:iam::${ACCOUNT}:user/someone` }), { name: "IamRoleNotFoundFault", status: 404, message: "IamRoleArn", Class: IamRoleNotFoundFault });
    await expectFault(backend, () => start(client, "x", { KmsKeyId: KEY.replace("us-east-1", "eu-west-1") }), { name: "KMSKeyNotAccessibleFault", status: 400, message: "KmsKeyId", Class: KMSKeyNotAccessibleFault });
    for (const bad of ["a.b.c.d", "db..table", ".db"]) {
      await expectFault(backend, () => start(client, "x", { ExportOnly: [bad] }), { name: "InvalidExportOnlyFault", status: 400, message: "ExportOnly", Class: InvalidExportOnlyFault });
    }
    await expectFault(backend, () => start(client, "bad--id"), { name: "InvalidParameterValue", status: 400, message: "ExportTaskIdentifier" });
  });

  it("Aurora MySQL takes database and database.table only", async () => {
    const { backend, client } = setup();
    await createCluster(client, "my");
    await client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "my", DBClusterSnapshotIdentifier: "mysnap" }));
    await expectFault(backend, () => start(client, "x", { SourceArn: snapshotArn("mysnap"), ExportOnly: ["shop.public.orders"] }), { name: "InvalidExportOnlyFault", status: 400, message: /database or database\.table/ });
    expect((await start(client, "x", { SourceArn: snapshotArn("mysnap"), ExportOnly: ["shop", "shop.orders"] })).ExportOnly).toEqual(["shop", "shop.orders"]);
  });

  it("needs an available source, and an identifier not in use", async () => {
    const { backend, client } = await withSnapshot();
    await client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "pg", DBClusterSnapshotIdentifier: "fresh" }));
    await expectFault(backend, () => start(client, "x", { SourceArn: snapshotArn("fresh") }), { name: "InvalidExportSourceStateFault", status: 400, message: /fresh is in status creating/, Class: InvalidExportSourceStateFault });
    await start(client, "one");
    await expectFault(backend, () => start(client, "ONE"), { name: "ExportTaskAlreadyExistsFault", status: 400, message: "one", Class: ExportTaskAlreadyExistsFault });
    const both = await Promise.allSettled([start(client, "two"), start(client, "two")]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});

describe("CancelExportTask and DescribeExportTasks", () => {
  it("cancels a running export (CANCELING, then CANCELED); a finished one cannot be canceled", async () => {
    const { backend, client } = await withSnapshot();
    await start(client, "stop-me");
    backend.clock.advance(6 * 60_000);
    const out = await client.send(new CancelExportTaskCommand({ ExportTaskIdentifier: "stop-me" }));
    expect(out.Status).toBe("CANCELING");
    await expectFault(backend, () => client.send(new CancelExportTaskCommand({ ExportTaskIdentifier: "stop-me" })), {
      name: "InvalidExportTaskStateFault", status: 400, message: "CANCELING", Class: InvalidExportTaskStateFault,
    });
    backend.clock.advance(60_000);
    expect((await describeOne(client, "stop-me")).Status).toBe("CANCELED");
    // The export step it replaced never completes.
    backend.clock.advance(60 * 60_000);
    expect((await describeOne(client, "stop-me")).Status).toBe("CANCELED");
    await expectFault(backend, () => client.send(new CancelExportTaskCommand({ ExportTaskIdentifier: "nope" })), { name: "ExportTaskNotFoundFault", status: 404, message: "nope", Class: ExportTaskNotFoundFault });
  });

  it("describes by identifier, source, source type and filters (status values lowercase)", async () => {
    const { backend, client } = await withSnapshot();
    await start(client, "a");
    await start(client, "b", { SourceArn: clusterArn("pg"), S3BucketName: "other-bucket" });
    backend.clock.advance(5 * 60_000);
    const ids = async (input: Record<string, unknown>) => (await client.send(new DescribeExportTasksCommand(input))).ExportTasks!.map((t) => t.ExportTaskIdentifier);
    expect(await ids({})).toEqual(["a", "b"]);
    expect(await ids({ SourceArn: clusterArn("pg") })).toEqual(["b"]);
    expect(await ids({ SourceType: "SNAPSHOT" })).toEqual(["a"]);
    expect(await ids({ Filters: [{ Name: "s3-bucket", Values: ["other-bucket"] }] })).toEqual(["b"]);
    expect(await ids({ Filters: [{ Name: "status", Values: ["in_progress"] }] })).toEqual(["a", "b"]);
    expect(await ids({ Filters: [{ Name: "status", Values: ["IN_PROGRESS"] }] })).toEqual([]);
    await expectFault(backend, () => ids({ ExportTaskIdentifier: "zzz" }), { name: "ExportTaskNotFoundFault", status: 404, message: "zzz" });
    await expectFault(backend, () => ids({ SourceType: "INSTANCE" }), { name: "InvalidParameterValue", status: 400, message: "SourceType" });
    await expectFault(backend, () => ids({ Filters: [{ Name: "engine", Values: ["x"] }] }), { name: "InvalidParameterValue", status: 400, message: "engine" });
  });
});
