/**
 * Errors and outputs are the very objects the SDK's own deserializer builds: each answer here, made by
 * a real client attached to the mock, is also rendered as the wire response and deserialized by the
 * SDK (`test/fuzz/lib/cross-check.ts`), and the two must agree key for key. What the SDK refuses
 * before sending (a missing URI label, a string it cannot URI-encode) is the SDK's own error.
 */
import { DSQLClient, DSQLServiceException, GetCluster$, GetClusterCommand, ListClustersCommand, ResourceNotFoundException } from "@aws-sdk/client-dsql";
import { DocDBElasticClient, GetClusterCommand as GetElasticClusterCommand, ValidationException } from "@aws-sdk/client-docdb-elastic";
import {
  CreateDBClusterCommand,
  CreateDBSubnetGroupCommand,
  DBClusterNotFoundFault,
  DescribeDBClusterParameterGroupsCommand,
  DescribeDBClustersCommand,
  DescribeDBSubnetGroupsCommand,
  RDSClient,
  RDSServiceException,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, mockMiddleware, resetDefaultBackend } from "../../src/index.js";
import { crossCheckProblems } from "../fuzz/lib/cross-check.js";
import { fuzzServices } from "../fuzz/lib/model.js";
import { caught } from "../helpers.js";

function clients() {
  const backend = createMockBackend({ seed: 1 });
  return {
    backend,
    dsql: backend.attach(new DSQLClient({ region: "us-east-1" })),
    rds: backend.attach(new RDSClient({ region: "us-east-1" })),
    docdb: backend.attach(new DocDBElasticClient({ region: "us-east-1" })),
  };
}

const decode = (body: Uint8Array) => new TextDecoder().decode(body);

describe("errors as the SDK's deserializer builds them", () => {
  it("DSQL: message own and enumerable, $response hidden with status, request id and body", async () => {
    const { dsql } = clients();
    const err = await caught(dsql.send(new GetClusterCommand({ identifier: "a".repeat(26) })));
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(Object.getOwnPropertyDescriptor(err, "message")).toMatchObject({ enumerable: true });
    expect(JSON.parse(JSON.stringify(err)).message).toBe(err.message);
    expect({ ...err }.message).toBe(err.message);
    expect(Object.keys(err)).not.toContain("$response");
    expect(Object.getOwnPropertyDescriptor(err, "$response")).toMatchObject({ enumerable: false, writable: false });
    expect(err.$response.statusCode).toBe(404);
    expect(err.$response.headers["x-amzn-requestid"]).toBe(err.$metadata.requestId);
    expect(err.$response.headers["x-amzn-errortype"]).toBe("ResourceNotFoundException");
    expect(JSON.parse(decode(err.$response.body))).toMatchObject({ message: err.message, resourceType: "cluster" });
    expect(await crossCheckProblems(fuzzServices.dsql, "GetCluster", "GetClusterCommand", { error: err })).toEqual([]);
  });

  it("DocDB Elastic: a ValidationException is the SDK's, key for key", async () => {
    const { docdb } = clients();
    const err = await caught(docdb.send(new GetElasticClusterCommand({ clusterArn: "not-an-arn" })));
    expect(err).toBeInstanceOf(ValidationException);
    expect(Object.getOwnPropertyDescriptor(err, "message")?.enumerable).toBe(true);
    expect(await crossCheckProblems(fuzzServices["docdb-elastic"], "GetCluster", "GetClusterCommand", { error: err })).toEqual([]);
  });

  it("RDS modeled fault: RequestId, xmlns and Error copied from the <ErrorResponse>, in the SDK's key order", async () => {
    const { rds } = clients();
    const err = await caught(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "ghost" })));
    expect(err).toBeInstanceOf(DBClusterNotFoundFault);
    expect(Object.keys(err)).toEqual(["$fault", "$retryable", "$metadata", "name", "message", "Type", "Code", "Error", "RequestId", "xmlns"]);
    expect(err.RequestId).toBe(err.$metadata.requestId);
    expect(err.xmlns).toBe("http://rds.amazonaws.com/doc/2014-10-31/");
    expect(err.Error).toEqual({ Type: "Sender", Code: "DBClusterNotFoundFault", Message: err.message });
    expect(err.$response.statusCode).toBe(404);
    expect(decode(err.$response.body)).toContain(`<RequestId>${err.$metadata.requestId}</RequestId>`);
    expect(await crossCheckProblems(fuzzServices.rds, "DescribeDBClusters", "DescribeDBClustersCommand", { error: err })).toEqual([]);
  });

  it("RDS unmodeled error: the base exception with Type, Code, message and Error, no RequestId", async () => {
    const { rds } = clients();
    const err = await caught(rds.send(new DescribeDBClustersCommand({ MaxRecords: 5 })));
    expect(err).toBeInstanceOf(RDSServiceException);
    expect(err.name).toBe("InvalidParameterValue");
    expect(Object.keys(err)).toEqual(["$fault", "$retryable", "$metadata", "name", "Type", "Code", "message", "Error"]);
    expect(await crossCheckProblems(fuzzServices.rds, "DescribeDBClusters", "DescribeDBClustersCommand", { error: err })).toEqual([]);
  });
});

describe("outputs as the SDK's deserializer builds them", () => {
  it("RDS last pages carry no Marker key (DBClusters, DBClusterParameterGroups, DBSubnetGroups)", async () => {
    const { rds } = clients();
    await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: "subnets", DBSubnetGroupDescription: "d", SubnetIds: ["subnet-0a1b2c3d", "subnet-1a2b3c4d"] }));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "password1234" }));
    const pages = [
      ["DescribeDBClusters", await rds.send(new DescribeDBClustersCommand({}))],
      ["DescribeDBClusterParameterGroups", await rds.send(new DescribeDBClusterParameterGroupsCommand({}))],
      ["DescribeDBSubnetGroups", await rds.send(new DescribeDBSubnetGroupsCommand({}))],
    ] as const;
    for (const [operation, out] of pages) {
      expect(Object.hasOwn(out, "Marker"), operation).toBe(false);
      expect(await crossCheckProblems(fuzzServices.rds, operation, `${operation}Command`, { output: out })).toEqual([]);
    }
  });

  it("DSQL ListClusters' last page carries no nextToken key", async () => {
    const { dsql } = clients();
    const out = await dsql.send(new ListClustersCommand({}));
    expect(Object.hasOwn(out, "nextToken")).toBe(false);
    expect(await crossCheckProblems(fuzzServices.dsql, "ListClusters", "ListClustersCommand", { output: out })).toEqual([]);
  });
});

describe("what the SDK refuses before sending stays the SDK's", () => {
  it("DSQL GetCluster without its URI label: the serializer's plain Error, nothing recorded", async () => {
    const { backend, dsql } = clients();
    // The SDK's own serializer, run on the same input, is the reference.
    const [, namespace, name, traits, input, output] = GetCluster$ as unknown as unknown[];
    const endpoint = async () => ({ protocol: "https:", hostname: "localhost", path: "/" });
    const expected = await caught((dsql.config as any).protocol.serializeRequest({ namespace, name, traits, input, output }, {}, { ...dsql.config, endpoint }));
    const err = await caught(dsql.send(new GetClusterCommand({} as any)));
    expect(err).not.toBeInstanceOf(DSQLServiceException);
    expect(err.constructor).toBe(Error);
    expect(err.message).toBe(expected.message);
    expect(err.message).toBe("No value provided for input HTTP label: identifier.");
    expect(backend.calls()).toEqual([]);
  });

  it("RDS: a string the query serializer cannot URI-encode is its URIError", async () => {
    const { backend, rds } = clients();
    const err = await caught(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "\ud800" })));
    expect(err).toBeInstanceOf(URIError);
    expect(backend.calls()).toEqual([]);
  });

  it("mockMiddleware, which cannot see its client, keeps answering a missing label with ValidationException", async () => {
    resetDefaultBackend();
    const dsql = new DSQLClient({ region: "us-east-1" });
    dsql.middlewareStack.add(mockMiddleware);
    const err = await caught(dsql.send(new GetClusterCommand({} as any)));
    expect(err).toBeInstanceOf(DSQLServiceException);
    expect(err.name).toBe("ValidationException");
  });
});
