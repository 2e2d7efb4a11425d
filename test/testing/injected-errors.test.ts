/**
 * Injected errors named by code carry the members their model marks required (DocDB Elastic's
 * ConflictException and ResourceNotFoundException: `resourceId`, `resourceType`; DSQL's
 * ResourceNotFoundException and ServiceQuotaExceededException; `reason` of ValidationException),
 * as a real response would: from the call's input where it names the resource, else defaults.
 */
import {
  ConflictException as DsqlConflict,
  CreateClusterCommand,
  DeleteClusterCommand,
  DSQLClient,
  GetClusterCommand,
  GetStreamCommand,
  ResourceNotFoundException as DsqlNotFound,
  ServiceQuotaExceededException,
  TagResourceCommand,
  ThrottlingException as DsqlThrottling,
  ValidationException as DsqlValidation,
} from "@aws-sdk/client-dsql";
import {
  ConflictException,
  CreateClusterCommand as CreateElasticClusterCommand,
  DocDBElasticClient,
  GetClusterSnapshotCommand,
  ListClustersCommand as ListElasticClustersCommand,
  ResourceNotFoundException,
  UpdateClusterCommand,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { createMockBackend, mockMiddleware, resetDefaultBackend } from "../../src/index.js";
import { caught } from "../helpers.js";

const ID = "abcdefghijklmnopqrstuvwxyz";
const STREAM = "zyxwvutsrqponmlkjihgfedcba";
const ELASTIC_ARN = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/11111111-2222-3333-4444-555555555555";
const SNAPSHOT_ARN = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/66666666-7777-8888-9999-000000000000";

function clients() {
  const backend = createMockBackend({ seed: 1, retries: false });
  const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
  const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
  return { backend, dsql, docdb };
}

describe("DocumentDB Elastic: resourceId and resourceType are required", () => {
  it("a ConflictException injected on UpdateCluster names the cluster ARN of the input, and changes no state", async () => {
    const { backend, docdb } = clients();
    backend.faults.inject({ command: UpdateClusterCommand, error: "ConflictException" });
    const before = backend.dump();

    const err = await caught(docdb.send(new UpdateClusterCommand({ clusterArn: ELASTIC_ARN, shardCount: 2 })));

    expect(err).toBeInstanceOf(ConflictException);
    expect(err.name).toBe("ConflictException");
    expect(err.$metadata.httpStatusCode).toBe(409);
    expect(err.resourceId).toBe(ELASTIC_ARN);
    expect(err.resourceType).toBe("cluster");
    expect(backend.dump()).toEqual(before);
  });

  it("a ResourceNotFoundException from on().rejects() on GetClusterSnapshot names the snapshot", async () => {
    const { backend, docdb } = clients();
    backend.on(GetClusterSnapshotCommand).rejects("ResourceNotFoundException", "snapshot gone");
    const err = await caught(docdb.send(new GetClusterSnapshotCommand({ snapshotArn: SNAPSHOT_ARN })));
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(err.$metadata.httpStatusCode).toBe(404);
    expect(err.message).toBe("snapshot gone");
    expect([err.resourceId, err.resourceType]).toEqual([SNAPSHOT_ARN, "cluster-snapshot"]);
  });

  it("a create names the cluster by its name; a list, which does not declare the error, is not hit", async () => {
    const { backend, docdb } = clients();
    backend.faults.inject({ service: "docdb-elastic", error: "ConflictException" });
    const input = { clusterName: "orders", adminUserName: "admin1", adminUserPassword: "password123", authType: "PLAIN_TEXT" as const, shardCapacity: 2, shardCount: 1 };
    const created = await caught(docdb.send(new CreateElasticClusterCommand(input)));
    expect([created.resourceId, created.resourceType]).toEqual(["orders", "cluster"]);
    // A rule naming no command hits only the operations whose model declares its error.
    await expect(docdb.send(new ListElasticClustersCommand({}))).resolves.toBeDefined();
  });

  it("members given in `fields` win; the others are still filled", async () => {
    const { backend, docdb } = clients();
    backend.faults.inject({ command: UpdateClusterCommand, error: "ConflictException", fields: { resourceId: "my-id" } });
    const err = await caught(docdb.send(new UpdateClusterCommand({ clusterArn: ELASTIC_ARN })));
    expect([err.resourceId, err.resourceType]).toEqual(["my-id", "cluster"]);
  });

  it("the literal mockMiddleware (no client to read the schema from) fills them too", async () => {
    const backend = resetDefaultBackend({ seed: 1 });
    const docdb = new DocDBElasticClient({ region: "us-east-1" });
    docdb.middlewareStack.add(mockMiddleware);
    backend.faults.inject({ error: "ResourceNotFoundException" });
    const err = await caught(docdb.send(new GetClusterSnapshotCommand({ snapshotArn: SNAPSHOT_ARN })));
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect([err.resourceId, err.resourceType]).toEqual([SNAPSHOT_ARN, "cluster-snapshot"]);

    const dsql = new DSQLClient({ region: "us-east-1" });
    dsql.middlewareStack.add(mockMiddleware);
    backend.faults.clear();
    backend.faults.inject({ error: "ServiceQuotaExceededException" });
    // Of DSQL's cluster operations, CreateCluster declares it: a create has no id yet.
    const quota = await caught(dsql.send(new CreateClusterCommand({})));
    expect([quota.resourceId, quota.resourceType, quota.serviceCode, quota.quotaCode]).toEqual(["", "cluster", "dsql", ""]);
    resetDefaultBackend();
  });
});

describe("Aurora DSQL", () => {
  it("ResourceNotFoundException on GetCluster and GetStream names the cluster id and the stream id", async () => {
    const { backend, dsql } = clients();
    backend.faults.inject({ service: "dsql", error: "ResourceNotFoundException" });
    const cluster = await caught(dsql.send(new GetClusterCommand({ identifier: ID })));
    expect(cluster).toBeInstanceOf(DsqlNotFound);
    expect([cluster.resourceId, cluster.resourceType]).toEqual([ID, "cluster"]);
    const stream = await caught(dsql.send(new GetStreamCommand({ clusterIdentifier: ID, streamIdentifier: STREAM })));
    expect([stream.resourceId, stream.resourceType]).toEqual([STREAM, "stream"]);
  });

  it("a resource ARN gives its type: a stream ARN names a stream", async () => {
    const { backend, dsql } = clients();
    const arn = `arn:aws:dsql:us-east-1:123456789012:cluster/${ID}/stream/${STREAM}`;
    backend.on(TagResourceCommand).rejects("ResourceNotFoundException");
    const err = await caught(dsql.send(new TagResourceCommand({ resourceArn: arn, tags: { a: "b" } })));
    expect([err.resourceId, err.resourceType]).toEqual([arn, "stream"]);
  });

  it("a ConflictException (resourceId and resourceType optional in DSQL's model) names the cluster as AWS does", async () => {
    const { backend, dsql } = clients();
    backend.on(DeleteClusterCommand).rejects("ConflictException");
    const err = await caught(dsql.send(new DeleteClusterCommand({ identifier: ID })));
    expect(err).toBeInstanceOf(DsqlConflict);
    expect([err.resourceId, err.resourceType]).toEqual([ID, "cluster"]);
  });

  it("ServiceQuotaExceededException gets all four required members", async () => {
    const { backend, dsql } = clients();
    backend.faults.inject({ command: CreateClusterCommand, error: "ServiceQuotaExceededException" });
    const err = await caught(dsql.send(new CreateClusterCommand({})));
    expect(err).toBeInstanceOf(ServiceQuotaExceededException);
    expect(err.$metadata.httpStatusCode).toBe(402);
    expect({ resourceId: err.resourceId, resourceType: err.resourceType, serviceCode: err.serviceCode, quotaCode: err.quotaCode }).toEqual({
      resourceId: "",
      resourceType: "cluster",
      serviceCode: "dsql",
      quotaCode: "",
    });
  });

  it("ValidationException gets a `reason` of the model's enum; optional members stay absent", async () => {
    const { backend, dsql } = clients();
    backend.faults.inject({ command: GetClusterCommand, error: "ValidationException", times: 1 });
    backend.faults.inject({ command: GetClusterCommand, error: "ThrottlingException", times: 1 });
    const invalid = await caught(dsql.send(new GetClusterCommand({ identifier: ID })));
    expect(invalid).toBeInstanceOf(DsqlValidation);
    expect(invalid.reason).toBe("other");
    expect(invalid.fieldList).toBeUndefined();
    // ThrottlingException's serviceCode and quotaCode are optional: not invented.
    const throttled = await caught(dsql.send(new GetClusterCommand({ identifier: ID })));
    expect(throttled).toBeInstanceOf(DsqlThrottling);
    expect(throttled.serviceCode).toBeUndefined();
    expect(throttled.quotaCode).toBeUndefined();
  });
});
