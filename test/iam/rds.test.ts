/**
 * RDS authorization rules through a real RDSClient: tagging on creation needs rds:AddTagsToResource
 * (with rds:req-tag / aws:RequestTag), a role given to a cluster needs iam:PassRole (with
 * iam:PassedToService), a customer KMS key needs kms:DescribeKey and kms:CreateGrant, and the
 * resource's tags are aws:ResourceTag and rds:cluster-tag at the time of the call.
 */
import { AddRoleToDBClusterCommand, AddTagsToResourceCommand, CreateDBClusterCommand, RDSClient, StopDBClusterCommand, type Tag } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, type PolicyStatement } from "../../src/index.js";
import { caught } from "../helpers.js";

const ACCOUNT = "123456789012";
const ROLE_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/DbOps/ci`;
const CLUSTER = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}`;
const doc = (...Statement: PolicyStatement[]) => ({ Version: "2012-10-17", Statement });
const create = (id: string, extra: { Tags?: Tag[]; KmsKeyId?: string; StorageEncrypted?: boolean } = {}) =>
  new CreateDBClusterCommand({ DBClusterIdentifier: id, Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "correct-horse-battery", ...extra });

function setup(...statements: PolicyStatement[]) {
  const backend = createMockBackend({ seed: 1 });
  const admin = backend.attach(new RDSClient({ region: "us-east-1" }));
  const rds = backend.attach(new RDSClient({ region: "us-east-1" }), { iam: { principal: ROLE_SESSION, policies: [doc(...statements)] } });
  return { backend, admin, rds };
}

async function deniedWith(backend: ReturnType<typeof setup>["backend"], call: () => Promise<unknown>): Promise<string> {
  backend.clock.runDue();
  const before = backend.dump();
  const error = await caught(call());
  expect(error.name).toBe("AccessDenied");
  expect(error.$metadata.httpStatusCode).toBe(403);
  expect(backend.dump()).toEqual(before);
  return error.message;
}

describe("RDS: permissions beyond the command's own action", () => {
  it("tags on create need rds:AddTagsToResource, and conditions on rds:req-tag apply", async () => {
    const env = setup({ Effect: "Allow", Action: "rds:CreateDBCluster", Resource: "*" });
    const message = await deniedWith(env.backend, () => env.rds.send(create("orders", { Tags: [{ Key: "team", Value: "data" }] })));
    expect(message).toContain(`rds:AddTagsToResource on resource: ${CLUSTER("orders")} because no identity-based policy allows`);
    const tagOnlyData = setup({ Effect: "Allow", Action: "rds:CreateDBCluster", Resource: "*" }, { Effect: "Allow", Action: "rds:AddTagsToResource", Resource: "*", Condition: { StringEquals: { "rds:req-tag/team": "data" } } });
    await tagOnlyData.rds.send(create("orders", { Tags: [{ Key: "team", Value: "data" }] }));
    expect(await deniedWith(tagOnlyData.backend, () => tagOnlyData.rds.send(create("web", { Tags: [{ Key: "team", Value: "web" }] })))).toContain("rds:AddTagsToResource");
  });

  it("AddRoleToDBCluster needs iam:PassRole on the role, passed to rds.amazonaws.com", async () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/AuroraS3`;
    const env = setup({ Effect: "Allow", Action: "rds:AddRoleToDBCluster", Resource: CLUSTER("orders") });
    await env.admin.send(create("orders"));
    const message = await deniedWith(env.backend, () => env.rds.send(new AddRoleToDBClusterCommand({ DBClusterIdentifier: "orders", RoleArn: role })));
    expect(message).toContain(`iam:PassRole on resource: ${role}`);
    const ok = setup(
      { Effect: "Allow", Action: "rds:AddRoleToDBCluster", Resource: CLUSTER("orders") },
      { Effect: "Allow", Action: "iam:PassRole", Resource: role, Condition: { StringEquals: { "iam:PassedToService": "rds.amazonaws.com" } } },
    );
    await ok.admin.send(create("orders"));
    await ok.rds.send(new AddRoleToDBClusterCommand({ DBClusterIdentifier: "orders", RoleArn: role }));
  });

  it("a customer KMS key needs kms:DescribeKey and kms:CreateGrant on the key", async () => {
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const env = setup({ Effect: "Allow", Action: ["rds:CreateDBCluster", "kms:DescribeKey"], Resource: "*" });
    const message = await deniedWith(env.backend, () => env.rds.send(create("orders", { StorageEncrypted: true, KmsKeyId: key })));
    expect(message).toContain(`kms:CreateGrant on resource: ${key}`);
    const ok = setup({ Effect: "Allow", Action: ["rds:CreateDBCluster", "kms:DescribeKey", "kms:CreateGrant"], Resource: "*", Condition: { StringEqualsIfExists: { "kms:ViaService": "rds.us-east-1.amazonaws.com" } } });
    await ok.rds.send(create("orders", { StorageEncrypted: true, KmsKeyId: key }));
  });

  it("aws:ResourceTag and rds:cluster-tag come from the cluster's tags at the time of the call", async () => {
    const env = setup({ Effect: "Allow", Action: "rds:StopDBCluster", Resource: "*", Condition: { StringEquals: { "aws:ResourceTag/env": "dev", "rds:cluster-tag/env": "dev" } } });
    await env.admin.send(create("orders", { Tags: [{ Key: "env", Value: "prod" }] }));
    expect(await deniedWith(env.backend, () => env.rds.send(new StopDBClusterCommand({ DBClusterIdentifier: "orders" })))).toContain(`rds:StopDBCluster on resource: ${CLUSTER("orders")}`);
    await env.admin.send(new AddTagsToResourceCommand({ ResourceName: CLUSTER("orders"), Tags: [{ Key: "env", Value: "dev" }] }));
    const stopped = await env.rds.send(new StopDBClusterCommand({ DBClusterIdentifier: "orders" }));
    expect(stopped.DBCluster?.DBClusterIdentifier).toBe("orders");
  });
});
