import {
  ConflictException,
  CreateClusterCommand,
  DeleteClusterCommand,
  DSQL,
  GetClusterCommand,
  GetVpcEndpointServiceNameCommand,
  ResourceNotFoundException,
  UpdateClusterCommand,
  ValidationException,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { ACCOUNT, activeCluster, CLUSTER_ID_PATTERN, expectFailure, MISSING_ID, setup } from "./setup.js";

const KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

describe("CreateCluster", () => {
  it("creates a cluster with AWS's identifier, ARN and endpoint formats, CREATING then ACTIVE", async () => {
    const start = new Date("2030-03-01T12:00:00Z");
    const env = setup({ startTime: start });
    const client = env.client("eu-west-1");
    const out = await client.send(new CreateClusterCommand({}));
    expect(out.identifier).toMatch(CLUSTER_ID_PATTERN);
    expect(out.arn).toBe(`arn:aws:dsql:eu-west-1:${ACCOUNT}:cluster/${out.identifier}`);
    expect(out.endpoint).toBe(`${out.identifier}.dsql.eu-west-1.on.aws`);
    expect(out.status).toBe("CREATING");
    expect(out.creationTime).toBeInstanceOf(Date);
    expect(out.creationTime!.getTime()).toBe(start.getTime());
    expect(out.deletionProtectionEnabled).toBe(true);
    expect(out.encryptionDetails).toEqual({ encryptionType: "AWS_OWNED_KMS_KEY", encryptionStatus: "ENABLED" });
    expect(out).not.toHaveProperty("multiRegionProperties");
    expect(out.$metadata.httpStatusCode).toBe(200);

    const got = await client.send(new GetClusterCommand({ identifier: out.identifier }));
    expect(got.status).toBe("ACTIVE");
    expect(got.endpoint).toBe(out.endpoint);
    expect(networkAttempts()).toEqual([]);
  });

  it("gives every cluster its own identifier", async () => {
    const env = setup();
    const a = await env.client().send(new CreateClusterCommand({}));
    const b = await env.client().send(new CreateClusterCommand({}));
    expect(a.identifier).not.toBe(b.identifier);
  });

  it("keeps deletionProtectionEnabled=false when asked", async () => {
    const env = setup();
    const out = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    expect(out.deletionProtectionEnabled).toBe(false);
  });

  it.each([
    ["a key ARN", `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`, `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`],
    ["a key ID", KEY_ID, `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`],
    ["an alias name", "alias/my-dsql-key", `arn:aws:kms:us-east-1:${ACCOUNT}:alias/my-dsql-key`],
    ["an alias ARN", `arn:aws:kms:us-east-1:${ACCOUNT}:alias/other`, `arn:aws:kms:us-east-1:${ACCOUNT}:alias/other`],
  ])("encrypts with a customer managed key given as %s (ENABLING then ENABLED)", async (_what, key, expectedArn) => {
    const env = setup();
    const out = await env.client().send(new CreateClusterCommand({ kmsEncryptionKey: key }));
    expect(out.encryptionDetails).toEqual({ encryptionType: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyArn: expectedArn, encryptionStatus: "ENABLING" });
    const got = await env.client().send(new GetClusterCommand({ identifier: out.identifier }));
    expect(got.encryptionDetails).toEqual({ encryptionType: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyArn: expectedArn, encryptionStatus: "ENABLED" });
  });

  it("uses an AWS owned key for the reserved value AWS_OWNED_KMS_KEY", async () => {
    const env = setup();
    const out = await env.client().send(new CreateClusterCommand({ kmsEncryptionKey: "AWS_OWNED_KMS_KEY" }));
    expect(out.encryptionDetails).toEqual({ encryptionType: "AWS_OWNED_KMS_KEY", encryptionStatus: "ENABLED" });
  });

  it.each([
    ["not a key", "my-key"],
    ["a key of another service", `arn:aws:s3:us-east-1:${ACCOUNT}:key/${KEY_ID}`],
  ])("refuses a kmsEncryptionKey that is %s", async (_what, key) => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new CreateClusterCommand({ kmsEncryptionKey: key })), {
      type: ValidationException,
      status: 400,
      mentions: "kmsEncryptionKey",
    });
    expect(err.reason).toBe("fieldValidationFailed");
    expect(err.fieldList).toEqual([{ name: "kmsEncryptionKey", message: err.message }]);
  });

  it("refuses a KMS key of another Region", async () => {
    const env = setup();
    const key = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${KEY_ID}`;
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({ kmsEncryptionKey: key })), {
      type: ValidationException,
      status: 400,
      mentions: /kmsEncryptionKey.*us-east-1/,
    });
  });

  it("answers a model constraint violation with ValidationException naming the member", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new CreateClusterCommand({ kmsEncryptionKey: "bad key!" })), {
      type: ValidationException,
      status: 400,
      mentions: "kmsEncryptionKey",
    });
    expect(err.reason).toBe("fieldValidationFailed");
    expect(err.fieldList?.[0]?.name).toBe("kmsEncryptionKey");
  });
});

describe("GetCluster", () => {
  it("returns every member of the seed's response, tags included", async () => {
    const env = setup();
    const created = await env.client().send(
      new CreateClusterCommand({ tags: { team: "data", env: "test" }, kmsEncryptionKey: KEY_ID, deletionProtectionEnabled: false }),
    );
    const got = await env.client().send(new GetClusterCommand({ identifier: created.identifier }));
    const { $metadata, ...members } = got;
    expect(Object.keys(members).sort()).toEqual(
      ["arn", "creationTime", "deletionProtectionEnabled", "encryptionDetails", "endpoint", "identifier", "status", "tags"].sort(),
    );
    expect(got).toMatchObject({
      identifier: created.identifier,
      arn: created.arn,
      status: "ACTIVE",
      creationTime: created.creationTime,
      deletionProtectionEnabled: false,
      tags: { team: "data", env: "test" },
      endpoint: created.endpoint,
    });
    expect($metadata.requestId).toBeTruthy();
  });

  it("answers a fresh copy: changing an output does not change the cluster", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env, { tags: { a: "1" } });
    const first = await env.client().send(new GetClusterCommand({ identifier }));
    first.tags!.a = "changed";
    first.encryptionDetails!.encryptionStatus = "UPDATING";
    const second = await env.client().send(new GetClusterCommand({ identifier }));
    expect(second.tags).toEqual({ a: "1" });
    expect(second.encryptionDetails!.encryptionStatus).toBe("ENABLED");
  });

  it("fails with ResourceNotFoundException (404) carrying resourceId and resourceType", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new GetClusterCommand({ identifier: MISSING_ID })), {
      type: ResourceNotFoundException,
      status: 404,
      mentions: MISSING_ID,
    });
    expect(err.resourceId).toBe(MISSING_ID);
    expect(err.resourceType).toBe("cluster");
  });

  it("finds clusters only in their own Region", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    await expectFailure(env, () => env.client("us-east-2").send(new GetClusterCommand({ identifier })), {
      type: ResourceNotFoundException,
      status: 404,
    });
  });

  it("refuses an identifier that breaks the model's pattern", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new GetClusterCommand({ identifier: "Not-An-Id" })), {
      type: ValidationException,
      status: 400,
      mentions: "identifier",
    });
    expect(err.fieldList).toEqual([expect.objectContaining({ name: "identifier" })]);
  });
});

describe("UpdateCluster", () => {
  it("changes deletion protection: UPDATING then ACTIVE", async () => {
    const env = setup();
    const { identifier, arn } = await activeCluster(env);
    const out = await env.client().send(new UpdateClusterCommand({ identifier, deletionProtectionEnabled: true }));
    expect(out).toMatchObject({ identifier, arn, status: "UPDATING" });
    expect(out.creationTime).toBeInstanceOf(Date);
    const { $metadata: _metadata, ...members } = out;
    expect(Object.keys(members).sort()).toEqual(["arn", "creationTime", "identifier", "status"]);
    const got = await env.client().send(new GetClusterCommand({ identifier }));
    expect(got).toMatchObject({ status: "ACTIVE", deletionProtectionEnabled: true });
  });

  it("changes the KMS key: the encryption status passes through UPDATING", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    await env.client().send(new UpdateClusterCommand({ identifier, kmsEncryptionKey: "alias/new-key" }));
    env.backend.clock.runDue();
    const updated = await env.client().send(new GetClusterCommand({ identifier }));
    expect(updated.encryptionDetails).toEqual({
      encryptionType: "CUSTOMER_MANAGED_KMS_KEY",
      kmsKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/new-key`,
      encryptionStatus: "ENABLED",
    });
    await env.client().send(new UpdateClusterCommand({ identifier, kmsEncryptionKey: "AWS_OWNED_KMS_KEY" }));
    expect((await env.client().send(new GetClusterCommand({ identifier }))).encryptionDetails).toEqual({
      encryptionType: "AWS_OWNED_KMS_KEY",
      encryptionStatus: "ENABLED",
    });
  });

  it("shows UPDATING on the cluster and on its encryption while a key change runs (timed)", async () => {
    const env = setup({ lifecycle: "timed" });
    const created = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    env.backend.clock.advance(60_000);
    await env.client().send(new UpdateClusterCommand({ identifier: created.identifier, kmsEncryptionKey: KEY_ID }));
    const during = await env.client().send(new GetClusterCommand({ identifier: created.identifier }));
    expect(during.status).toBe("UPDATING");
    expect(during.encryptionDetails?.encryptionStatus).toBe("UPDATING");
    env.backend.clock.advance(30_000);
    const after = await env.client().send(new GetClusterCommand({ identifier: created.identifier }));
    expect(after.status).toBe("ACTIVE");
    expect(after.encryptionDetails?.encryptionStatus).toBe("ENABLED");
  });

  it("answers an update that changes nothing with the cluster as it is", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    await env.client().send(new GetClusterCommand({ identifier }));
    const out = await env.client().send(new UpdateClusterCommand({ identifier, deletionProtectionEnabled: false }));
    expect(out.status).toBe("ACTIVE");
  });

  it("refuses to change a cluster that is still being created (ConflictException, 409)", async () => {
    const env = setup({ lifecycle: "timed" });
    const { identifier } = await env.client().send(new CreateClusterCommand({}));
    const err = await expectFailure(env, () => env.client().send(new UpdateClusterCommand({ identifier, deletionProtectionEnabled: false })), {
      type: ConflictException,
      status: 409,
      mentions: /CREATING/,
    });
    expect(err.resourceId).toBe(identifier);
    expect(err.resourceType).toBe("cluster");
  });

  it("fails with ResourceNotFoundException for an unknown cluster", async () => {
    const env = setup();
    await expectFailure(env, () => env.client().send(new UpdateClusterCommand({ identifier: MISSING_ID, deletionProtectionEnabled: false })), {
      type: ResourceNotFoundException,
      status: 404,
    });
  });
});

describe("DeleteCluster", () => {
  it("goes DELETING, then the cluster is gone", async () => {
    const env = setup();
    const { identifier, arn } = await activeCluster(env);
    const out = await env.client().send(new DeleteClusterCommand({ identifier }));
    expect(out).toMatchObject({ identifier, arn, status: "DELETING" });
    expect(out.creationTime).toBeInstanceOf(Date);
    await expectFailure(env, () => env.client().send(new GetClusterCommand({ identifier })), { type: ResourceNotFoundException, status: 404 });
  });

  it("refuses a protected cluster with ValidationException reason deletionProtectionEnabled, changing nothing", async () => {
    const env = setup();
    const { identifier } = await env.client().send(new CreateClusterCommand({}));
    const err = await expectFailure(env, () => env.client().send(new DeleteClusterCommand({ identifier })), {
      type: ValidationException,
      status: 400,
      mentions: /deletion protection/,
    });
    expect(err.reason).toBe("deletionProtectionEnabled");
    expect(err.fieldList).toEqual([{ name: "deletionProtectionEnabled", message: err.message }]);
    expect((await env.client().send(new GetClusterCommand({ identifier }))).status).toBe("ACTIVE");
    // As the member's documentation says: disable the protection first, then delete.
    await env.client().send(new UpdateClusterCommand({ identifier, deletionProtectionEnabled: false }));
    expect((await env.client().send(new DeleteClusterCommand({ identifier }))).status).toBe("DELETING");
  });

  it("answers a second delete of a deleting cluster with its current state (timed)", async () => {
    const env = setup({ lifecycle: "timed" });
    const { identifier } = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    env.backend.clock.advance(60_000);
    await env.client().send(new DeleteClusterCommand({ identifier }));
    const again = await env.client().send(new DeleteClusterCommand({ identifier }));
    expect(again.status).toBe("DELETING");
    env.backend.clock.advance(60_000);
    await expectFailure(env, () => env.client().send(new DeleteClusterCommand({ identifier })), { type: ResourceNotFoundException, status: 404 });
  });
});

describe("GetVpcEndpointServiceName", () => {
  it("answers a service name of the model's pattern (dsql- and six hex digits) and the cluster's endpoint behind it", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const out = await env.client().send(new GetVpcEndpointServiceNameCommand({ identifier }));
    // The botocore model's ServiceName pattern, anchored.
    expect(out.serviceName).toMatch(/^com\.amazonaws\.[a-z0-9-]+\.dsql-[a-f0-9]{6}$/);
    expect(out.serviceName).toMatch(/^com\.amazonaws\.us-east-1\./);
    const suffix = out.serviceName!.split(".").pop();
    expect(out.clusterVpcEndpoint).toBe(`${identifier}.${suffix}.us-east-1.on.aws`);
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  it("answers one service name per Region, in AWS's format and the model's pattern", async () => {
    const env = setup();
    const a = await activeCluster(env, {}, "us-west-2");
    const b = await activeCluster(env, {}, "us-west-2");
    const outA = await env.client("us-west-2").send(new GetVpcEndpointServiceNameCommand({ identifier: a.identifier }));
    const outB = await env.client("us-west-2").send(new GetVpcEndpointServiceNameCommand({ identifier: b.identifier }));
    expect(outA.serviceName).toMatch(/^com\.amazonaws\.us-west-2\.dsql-[a-f0-9]{6}$/);
    expect(outB.serviceName).toBe(outA.serviceName);
    const suffix = outA.serviceName!.split(".").pop();
    expect(outA.clusterVpcEndpoint).toBe(`${a.identifier}.${suffix}.us-west-2.on.aws`);
    const other = await activeCluster(env, {}, "eu-west-2");
    const outOther = await env.client("eu-west-2").send(new GetVpcEndpointServiceNameCommand({ identifier: other.identifier }));
    expect(outOther.serviceName).toMatch(/^com\.amazonaws\.eu-west-2\.dsql-[a-f0-9]{6}$/);
    expect(outOther.serviceName!.split(".").pop()).not.toBe(suffix);
  });

  it("fails with ResourceNotFoundException for an unknown cluster", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new GetVpcEndpointServiceNameCommand({ identifier: MISSING_ID })), {
      type: ResourceNotFoundException,
      status: 404,
    });
    expect(err.resourceId).toBe(MISSING_ID);
  });
});

describe("the aggregated DSQL client", () => {
  it("runs the same simulation through its methods", async () => {
    const env = setup();
    const dsql = env.backend.attach(new DSQL({ region: "ap-northeast-1" }));
    const created = await dsql.createCluster({ deletionProtectionEnabled: false, tags: { via: "aggregated" } });
    expect(created.arn).toBe(`arn:aws:dsql:ap-northeast-1:${ACCOUNT}:cluster/${created.identifier}`);
    const got = await dsql.getCluster({ identifier: created.identifier });
    expect(got).toMatchObject({ status: "ACTIVE", tags: { via: "aggregated" } });
    const listed = await dsql.listClusters({});
    expect(listed.clusters).toEqual([{ identifier: created.identifier, arn: created.arn }]);
    await dsql.deleteCluster({ identifier: created.identifier });
    const err = await dsql.getCluster({ identifier: created.identifier }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(networkAttempts()).toEqual([]);
  });
});
