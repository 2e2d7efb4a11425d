/**
 * IAM authorization through real SDK clients: off by default; each service's own access-denied error
 * (RDS: AccessDenied on RDSServiceException; DocDB Elastic: AccessDeniedException), AWS's message
 * forms, nothing changed by a denied call; per-client principals; the backend clock as aws:CurrentTime;
 * what backend.iam.requests() records; and the least-privilege policy of a run, replayed under enforcement.
 */
import { AccessDeniedException as DocdbAccessDenied, CreateClusterCommand as CreateElasticCluster, DocDBElasticClient, ListClustersCommand as ListElasticClusters } from "@aws-sdk/client-docdb-elastic";
import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, DeleteDBClusterCommand, DescribeDBClustersCommand, RDSClient, RDSServiceException } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, type MockBackend, type PolicyDocument, type PolicyStatement } from "../../src/index.js";
import { caught, failure } from "../helpers.js";
import "../../src/testing/vitest.js";

const ACCOUNT = "123456789012";
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: "2012-10-17", Statement });
const allowAll = doc({ Effect: "Allow", Action: "*", Resource: "*" });
const aurora = (id: string) => new CreateDBClusterCommand({ DBClusterIdentifier: id, Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "correct-horse-battery" });

async function denied(backend: MockBackend, call: () => Promise<unknown>) {
  backend.clock.runDue();
  const before = backend.dump();
  const error = await caught(call());
  expect(backend.dump()).toEqual(before);
  return error;
}

describe("authorization is off by default", () => {
  it("records nothing and allows everything without the iam option", async () => {
    const backend = createMockBackend({ seed: 1 });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    await dsql.send(new CreateClusterCommand({}));
    expect(backend.iam.requests()).toEqual([]);
  });
});

describe("each service's access-denied error", () => {
  it("RDS: AccessDenied (RDSServiceException, 403) with AWS's message, and no cluster made", async () => {
    const backend = createMockBackend({ seed: 1, iam: { principal: USER, policies: [doc({ Effect: "Allow", Action: "rds:Describe*", Resource: "*" })] } });
    const rds = backend.attach(new RDSClient({ region: "eu-west-1" }));
    const error = await denied(backend, () => rds.send(aurora("Orders")));
    expect(error).toBeInstanceOf(RDSServiceException);
    expect(error.name).toBe("AccessDenied");
    expect(error.$fault).toBe("client");
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(`User: ${USER} is not authorized to perform: rds:CreateDBCluster on resource: arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:orders because no identity-based policy allows the rds:CreateDBCluster action`);
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
  });

  it("DocDB Elastic: AccessDeniedException (403)", async () => {
    const backend = createMockBackend({ seed: 1, iam: { principal: USER, policies: [doc({ Effect: "Allow", Action: "docdb-elastic:List*", Resource: "*" })] } });
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    await docdb.send(new ListElasticClusters({}));
    const input = { clusterName: "elastic", authType: "PLAIN_TEXT" as const, adminUserName: "admin1", adminUserPassword: "correct-horse-battery", shardCapacity: 2, shardCount: 1 };
    const error = await denied(backend, () => docdb.send(new CreateElasticCluster(input)));
    expect(error).toBeInstanceOf(DocdbAccessDenied);
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toBe(`User: ${USER} is not authorized to perform: docdb-elastic:CreateCluster on resource: * because no identity-based policy allows the docdb-elastic:CreateCluster action`);
  });

  it.each([
    ["an explicit deny in an identity-based policy", { policies: [allowAll, doc({ Effect: "Deny", Action: "rds:DeleteDBCluster", Resource: "*" })] }, "with an explicit deny in an identity-based policy"],
    ["a boundary that does not allow it", { policies: [allowAll], permissionsBoundary: doc({ Effect: "Allow", Action: ["rds:Create*", "rds:Describe*"], Resource: "*" }) }, "because no permissions boundary allows the rds:DeleteDBCluster action"],
    ["an explicit deny in the boundary", { policies: [allowAll], permissionsBoundary: doc({ Effect: "Allow", Action: "*", Resource: "*" }, { Effect: "Deny", Action: "rds:Delete*", Resource: "*" }) }, "with an explicit deny in a permissions boundary"],
    ["an SCP that does not allow it", { policies: [allowAll], serviceControlPolicies: [doc({ Effect: "Allow", Action: ["rds:Create*", "rds:Describe*"], Resource: "*" })] }, "because no service control policy allows the rds:DeleteDBCluster action"],
    ["an explicit deny in an SCP", { policies: [allowAll], serviceControlPolicies: [allowAll, doc({ Effect: "Deny", Action: "rds:DeleteDBCluster", Resource: "*" })] }, "with an explicit deny in a service control policy"],
  ])("%s", async (_name, iam, tail) => {
    const backend = createMockBackend({ seed: 1 });
    await backend.attach(new RDSClient({ region: "us-east-1" })).send(aurora("orders"));
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }), { iam: { principal: USER, ...iam } });
    const error = await denied(backend, () => rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "orders", SkipFinalSnapshot: true })));
    expect(error.message).toBe(`User: ${USER} is not authorized to perform: rds:DeleteDBCluster on resource: arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders ${tail}`);
  });

  it("a bad policy fails where it is configured, naming what is wrong", () => {
    expect(() => createMockBackend({ iam: { principal: USER, policies: [doc({ Effect: "Allow", Action: "*", Resource: "*", Condition: { DateBefore: { "aws:CurrentTime": "2030" } } })] } })).toThrow(
      "iam.policies[0].Statement[0].Condition: unknown condition operator 'DateBefore'",
    );
    expect(() => createMockBackend({ iam: { principal: "alice" } })).toThrow(TypeError);
  });
});

describe("principals and the request context", () => {
  it("two roles in one test: each attached client has its own principal and policies", async () => {
    const backend = createMockBackend({ seed: 1 });
    const reader = backend.attach(new DSQLClient({ region: "us-east-1" }), { iam: { principal: `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/s`, policies: [doc({ Effect: "Allow", Action: ["dsql:Get*", "dsql:List*"], Resource: "*" })] } });
    const admin = backend.attach(new DSQLClient({ region: "us-east-1" }), { iam: { principal: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/s`, policies: [allowAll] } });
    const c = await admin.send(new CreateClusterCommand({}));
    await reader.send(new GetClusterCommand({ identifier: c.identifier }));
    const error = await denied(backend, () => reader.send(new CreateClusterCommand({})));
    expect(error.message).toContain("assumed-role/Reader/s is not authorized to perform: dsql:CreateCluster");
    expect(backend.iam.requests().map((r) => [r.principal.split("/")[1], r.action, r.decision])).toEqual([
      ["Admin", "dsql:CreateCluster", "allowed"],
      ["Reader", "dsql:GetCluster", "allowed"],
      ["Reader", "dsql:CreateCluster", "denied"],
    ]);
  });

  it("aws:CurrentTime is the backend clock's time", async () => {
    const until = doc({ Sid: "UntilNewYear", Effect: "Allow", Action: "dsql:ListClusters", Resource: "*", Condition: { DateLessThan: { "aws:CurrentTime": "2031-01-01T00:00:00Z" } } });
    const backend = createMockBackend({ seed: 1, startTime: new Date("2030-12-31T23:00:00Z"), iam: { principal: USER, policies: [until] } });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    await dsql.send(new ListClustersCommand({}));
    backend.clock.advance(2 * 60 * 60 * 1000);
    await denied(backend, () => dsql.send(new ListClustersCommand({})));
    expect(backend.iam.requests().map((r) => [r.context["aws:CurrentTime"], r.decision, r.statement?.sid])).toEqual([
      ["2030-12-31T23:00:00Z", "allowed", "UntilNewYear"],
      ["2031-01-01T01:00:00Z", "denied", undefined],
    ]);
  });

  it("requests() lists action, resource, context keys, decision and the deciding statement", async () => {
    const backend = createMockBackend({ seed: 1, iam: { principal: USER, policies: [doc({ Sid: "Create", Effect: "Allow", Action: ["rds:CreateDBCluster", "rds:AddTagsToResource"], Resource: "*" })] } });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "orders", Engine: "aurora-mysql", MasterUsername: "dbadmin", MasterUserPassword: "correct-horse-battery", Tags: [{ Key: "team", Value: "data" }] }));
    const [create, tag] = backend.iam.requests();
    expect(create).toMatchObject({
      service: "rds",
      command: "CreateDBCluster",
      principal: USER,
      action: "rds:CreateDBCluster",
      resource: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`,
      resourceType: "cluster",
      region: "us-east-1",
      decision: "allowed",
      reason: "allowed",
      statement: { policy: "identity", policyIndex: 0, statementIndex: 0, sid: "Create" },
    });
    expect(create.context).toMatchObject({
      "aws:RequestedRegion": "us-east-1",
      "aws:PrincipalArn": USER,
      "aws:PrincipalAccount": ACCOUNT,
      "aws:username": "alice",
      "rds:DatabaseEngine": "aurora-mysql",
      "aws:RequestTag/team": "data",
      "aws:TagKeys": ["team"],
    });
    expect(tag).toMatchObject({ action: "rds:AddTagsToResource", resource: create.resource, decision: "allowed" });
  });
});

describe("learning the policy", () => {
  async function workload(dsql: DSQLClient) {
    const c = await dsql.send(new CreateClusterCommand({ tags: { team: "data" }, multiRegionProperties: { witnessRegion: "us-west-2" } }));
    await dsql.send(new GetClusterCommand({ identifier: c.identifier }));
    await dsql.send(new ListClustersCommand({}));
    return c;
  }

  it("records without enforcing (iam: {}), then the least-privilege policy allows exactly that run", async () => {
    const recording = createMockBackend({ seed: 5, iam: {} });
    const c = await workload(recording.attach(new DSQLClient({ region: "us-east-1" })));
    expect(new Set(recording.iam.requests().map((r) => r.decision))).toEqual(new Set(["recorded"]));
    const policy = recording.iam.leastPrivilegePolicy();
    const anyEast1 = `arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/*`;
    expect(policy.Statement).toEqual([
      { Sid: "Dsql1", Effect: "Allow", Action: ["dsql:CreateCluster", "dsql:PutMultiRegionProperties", "dsql:TagResource"], Resource: anyEast1 },
      { Sid: "Dsql2", Effect: "Allow", Action: "dsql:GetCluster", Resource: c.arn },
      { Sid: "Dsql3", Effect: "Allow", Action: "dsql:ListClusters", Resource: "*" },
      { Sid: "Dsql4", Effect: "Allow", Action: "dsql:PutWitnessRegion", Resource: [anyEast1, `arn:aws:dsql:us-west-2:${ACCOUNT}:cluster/*`], Condition: { StringEquals: { "dsql:WitnessRegion": ["us-west-2"] } } },
    ]);
    expect(recording).toBeAllowedBy(policy);

    // The same run, enforced under that policy: allowed. Without one of its statements: denied.
    const enforced = createMockBackend({ seed: 5, iam: { policies: [policy] } });
    await workload(enforced.attach(new DSQLClient({ region: "us-east-1" })));
    const smaller = { ...policy, Statement: (policy.Statement as PolicyStatement[]).filter((s) => s.Sid !== "Dsql4") };
    const strict = createMockBackend({ seed: 5, iam: { policies: [smaller] } });
    const error = await caught(workload(strict.attach(new DSQLClient({ region: "us-east-1" }))));
    expect(error.message).toContain("dsql:PutWitnessRegion");
    expect(recording).not.toBeAllowedBy(smaller);
  });

  it("toBeAllowedBy fails listing what the policy does not allow", async () => {
    const backend = createMockBackend({ seed: 5, iam: {} });
    await workload(backend.attach(new DSQLClient({ region: "us-east-1" })));
    const message = failure(() => expect(backend).toBeAllowedBy(doc({ Effect: "Allow", Action: ["dsql:CreateCluster", "dsql:Get*", "dsql:List*", "dsql:TagResource"], Resource: "*" })));
    expect(message).toContain("The policy does not allow 3 of 7 recorded IAM requests:");
    expect(message).toContain(`CreateCluster: dsql:PutMultiRegionProperties on arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/* (noIdentityAllow)`);
    expect(failure(() => expect(createMockBackend()).toBeAllowedBy(allowAll))).toContain("The backend recorded no IAM requests");
  });
});
