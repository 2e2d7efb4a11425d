import {
  ConflictException,
  CreateClusterCommand,
  DeleteClusterPolicyCommand,
  GetClusterPolicyCommand,
  PutClusterPolicyCommand,
  ResourceNotFoundException,
  ValidationException,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { activeCluster, expectFailure, MISSING_ID, setup } from "./setup.js";

const doc = (statement: Record<string, unknown>) => JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
const ALLOW = doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "dsql:DbConnect", Resource: "*" });
const BLOCK_PUBLIC = doc({
  Effect: "Deny",
  Principal: { AWS: "*" },
  Action: ["dsql:DbConnect", "dsql:DbConnectAdmin"],
  Resource: "*",
  Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-123" } },
});
const LOCKOUT = doc({ Effect: "Deny", Principal: "*", Action: "dsql:*", Resource: "*" });

describe("cluster policies", () => {
  it("puts, reads and deletes a policy with increasing versions", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const put1 = await env.client().send(new PutClusterPolicyCommand({ identifier, policy: ALLOW }));
    expect(put1.policyVersion).toBe("1");
    expect(await env.client().send(new GetClusterPolicyCommand({ identifier }))).toMatchObject({ policy: ALLOW, policyVersion: "1" });

    const put2 = await env.client().send(new PutClusterPolicyCommand({ identifier, policy: BLOCK_PUBLIC, expectedPolicyVersion: "1" }));
    expect(put2.policyVersion).toBe("2");
    expect(await env.client().send(new GetClusterPolicyCommand({ identifier }))).toMatchObject({ policy: BLOCK_PUBLIC, policyVersion: "2" });

    const del = await env.client().send(new DeleteClusterPolicyCommand({ identifier, expectedPolicyVersion: "2" }));
    expect(del.policyVersion).toBe("2");
    const err = await expectFailure(env, () => env.client().send(new GetClusterPolicyCommand({ identifier })), {
      type: ResourceNotFoundException,
      status: 404,
      mentions: identifier,
    });
    expect(err).toMatchObject({ resourceId: identifier, resourceType: "policy" });

    // Versions keep counting after a delete.
    expect((await env.client().send(new PutClusterPolicyCommand({ identifier, policy: ALLOW }))).policyVersion).toBe("3");
  });

  it("stores the policy given to CreateCluster as version 1", async () => {
    const env = setup();
    const { identifier } = await env.client().send(new CreateClusterCommand({ policy: BLOCK_PUBLIC }));
    expect(await env.client().send(new GetClusterPolicyCommand({ identifier }))).toMatchObject({ policy: BLOCK_PUBLIC, policyVersion: "1" });
  });

  it("answers a stale expectedPolicyVersion with ConflictException (409)", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    await env.client().send(new PutClusterPolicyCommand({ identifier, policy: ALLOW }));
    await env.client().send(new PutClusterPolicyCommand({ identifier, policy: ALLOW }));
    const err = await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy: BLOCK_PUBLIC, expectedPolicyVersion: "1" })), {
      type: ConflictException,
      status: 409,
      mentions: /expectedPolicyVersion '1'.*'2'/,
    });
    expect(err).toMatchObject({ resourceId: identifier, resourceType: "policy" });
    await expectFailure(env, () => env.client().send(new DeleteClusterPolicyCommand({ identifier, expectedPolicyVersion: "7" })), {
      type: ConflictException,
      status: 409,
      mentions: "expectedPolicyVersion",
    });
  });

  it("answers an expectedPolicyVersion for a cluster without a policy with ConflictException", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy: ALLOW, expectedPolicyVersion: "1" })), {
      type: ConflictException,
      status: 409,
      mentions: /no policy attached/,
    });
  });

  it("refuses to delete a policy that does not exist", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const err = await expectFailure(env, () => env.client().send(new DeleteClusterPolicyCommand({ identifier })), {
      type: ResourceNotFoundException,
      status: 404,
    });
    expect(err.resourceType).toBe("policy");
  });

  it.each([
    ["is not JSON", "{not json", /not valid JSON/],
    ["is a JSON array", "[]", /Statement/],
    ["has no Statement", JSON.stringify({ Version: "2012-10-17" }), /Statement/],
  ])("refuses a policy that %s", async (_what, policy, mentions) => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const err = await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy })), {
      type: ValidationException,
      status: 400,
      mentions,
    });
    expect(err.reason).toBe("fieldValidationFailed");
    expect(err.fieldList).toEqual([{ name: "policy", message: err.message }]);
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({ policy })), { type: ValidationException, status: 400 });
  });

  it("refuses a policy longer than the model's 20480 characters", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const policy = doc({ Sid: "x".repeat(20_480), Effect: "Allow", Principal: "*", Action: "dsql:DbConnect", Resource: "*" });
    const err = await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy })), {
      type: ValidationException,
      status: 400,
      mentions: "policy",
    });
    expect(err.fieldList?.[0]?.name).toBe("policy");
  });

  it("runs the lockout safety check unless bypassPolicyLockoutSafetyCheck is set", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const err = await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy: LOCKOUT })), {
      type: ValidationException,
      status: 400,
      mentions: /bypassPolicyLockoutSafetyCheck/,
    });
    expect(err.reason).toBe("other");
    const ok = await env.client().send(new PutClusterPolicyCommand({ identifier, policy: LOCKOUT, bypassPolicyLockoutSafetyCheck: true }));
    expect(ok.policyVersion).toBe("1");
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({ policy: LOCKOUT })), { type: ValidationException, status: 400 });
    const created = await env.client().send(new CreateClusterCommand({ policy: LOCKOUT, bypassPolicyLockoutSafetyCheck: true }));
    expect(created.identifier).toBeTruthy();
  });

  it.each([
    ["Principal \"*\"", "*"],
    ["Principal { AWS: \"*\" }", { AWS: "*" }],
    ["a principal list holding \"*\"", { AWS: ["arn:aws:iam::123456789012:root", "*"] }],
  ])("refuses a public Allow for %s (Block Public Access), even with the lockout check bypassed", async (_what, principal) => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const policy = doc({ Effect: "Allow", Principal: principal, Action: "dsql:DbConnect", Resource: "*" });
    const err = await expectFailure(
      env,
      () => env.client().send(new PutClusterPolicyCommand({ identifier, policy, bypassPolicyLockoutSafetyCheck: true })),
      { type: ValidationException, status: 400, mentions: /public access/ },
    );
    expect(err.fieldList).toEqual([{ name: "policy", message: err.message }]);
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({ policy })), { type: ValidationException, status: 400, mentions: /public/ });
  });

  it("accepts an Allow for every principal when a trusted condition key restricts it", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const inAccount = doc({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "dsql:DbConnect",
      Resource: "*",
      Condition: { StringEquals: { "aws:PrincipalAccount": "123456789012" } },
    });
    expect((await env.client().send(new PutClusterPolicyCommand({ identifier, policy: inAccount }))).policyVersion).toBe("1");
    // A condition on a key that says nothing about who calls keeps the grant public.
    const timed = doc({
      Effect: "Allow",
      Principal: "*",
      Action: "dsql:DbConnect",
      Resource: "*",
      Condition: { DateLessThan: { "aws:CurrentTime": "2030-01-01T00:00:00Z" } },
    });
    await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy: timed })), {
      type: ValidationException,
      status: 400,
      mentions: /public access/,
    });
  });

  it("fails with ResourceNotFoundException for an unknown cluster", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier: MISSING_ID, policy: ALLOW })), {
      type: ResourceNotFoundException,
      status: 404,
    });
    expect(err).toMatchObject({ resourceId: MISSING_ID, resourceType: "cluster" });
  });
});
