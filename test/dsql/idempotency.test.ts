import {
  ConflictException,
  CreateClusterCommand,
  CreateStreamCommand,
  DeleteClusterCommand,
  GetClusterCommand,
  ListClustersCommand,
  PutClusterPolicyCommand,
  UpdateClusterCommand,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { activeCluster, expectFailure, setup } from "./setup.js";

const policy = (sid: string) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: sid, Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "dsql:DbConnect", Resource: "*" }] });

describe("clientToken", () => {
  it("answers a retry of CreateCluster with the original result and creates nothing", async () => {
    const env = setup();
    const input = { clientToken: "create-once", tags: { a: "b" }, deletionProtectionEnabled: false };
    const first = await env.client().send(new CreateClusterCommand(input));
    env.backend.clock.runDue(); // settle CREATING -> ACTIVE, which the retry would do first
    const dumpAfterFirst = env.backend.dump().worlds;
    const retry = await env.client().send(new CreateClusterCommand({ ...input }));
    const { $metadata: m1, ...r1 } = first;
    const { $metadata: m2, ...r2 } = retry;
    expect(r2).toEqual(r1);
    expect(r2.creationTime).toBeInstanceOf(Date);
    expect(m2.requestId).not.toBe(m1.requestId);
    expect(env.backend.dump().worlds).toEqual(dumpAfterFirst);
    const listed = await env.client().send(new ListClustersCommand({}));
    expect(listed.clusters).toHaveLength(1);
  });

  it("treats an omitted member and its model default as the same input", async () => {
    const env = setup();
    const first = await env.client().send(new CreateClusterCommand({ clientToken: "defaults" }));
    const retry = await env.client().send(new CreateClusterCommand({ clientToken: "defaults", deletionProtectionEnabled: true }));
    expect(retry.identifier).toBe(first.identifier);
  });

  it("refuses the same token with a different input: ConflictException (409), nothing created", async () => {
    const env = setup();
    const first = await env.client().send(new CreateClusterCommand({ clientToken: "reused", tags: { v: "1" } }));
    const err = await expectFailure(env, () => env.client().send(new CreateClusterCommand({ clientToken: "reused", tags: { v: "2" } })), {
      type: ConflictException,
      status: 409,
      mentions: /clientToken 'reused'/,
    });
    expect(err.resourceId).toBe(first.identifier);
    expect(err.resourceType).toBe("cluster");
    expect((await env.client().send(new ListClustersCommand({}))).clusters).toHaveLength(1);
  });

  it("refuses a reused UpdateCluster or DeleteCluster token with a different input (ConflictException)", async () => {
    const env = setup();
    const a = await activeCluster(env);
    const b = await activeCluster(env);
    await env.client().send(new UpdateClusterCommand({ identifier: a.identifier, clientToken: "u", deletionProtectionEnabled: true }));
    const upd = await expectFailure(
      env,
      () => env.client().send(new UpdateClusterCommand({ identifier: a.identifier, clientToken: "u", deletionProtectionEnabled: false })),
      { type: ConflictException, status: 409, mentions: /clientToken 'u'/ },
    );
    expect(upd).toMatchObject({ resourceId: a.identifier, resourceType: "cluster" });
    await env.client().send(new DeleteClusterCommand({ identifier: b.identifier, clientToken: "d" }));
    const del = await expectFailure(env, () => env.client().send(new DeleteClusterCommand({ identifier: a.identifier, clientToken: "d" })), {
      type: ConflictException,
      status: 409,
    });
    expect(del).toMatchObject({ resourceId: b.identifier, resourceType: "cluster" });
    expect((await env.client().send(new GetClusterCommand({ identifier: a.identifier }))).deletionProtectionEnabled).toBe(true);
  });

  it("creates a new cluster for a new token or no token", async () => {
    const env = setup();
    const a = await env.client().send(new CreateClusterCommand({ clientToken: "t1" }));
    const b = await env.client().send(new CreateClusterCommand({ clientToken: "t2" }));
    const c = await env.client().send(new CreateClusterCommand({}));
    const d = await env.client().send(new CreateClusterCommand({}));
    expect(new Set([a.identifier, b.identifier, c.identifier, d.identifier]).size).toBe(4);
  });

  it("keeps tokens per operation and per Region", async () => {
    const env = setup();
    const east = await env.client().send(new CreateClusterCommand({ clientToken: "shared", deletionProtectionEnabled: false }));
    const west = await env.client("us-west-2").send(new CreateClusterCommand({ clientToken: "shared", deletionProtectionEnabled: false }));
    expect(west.identifier).not.toBe(east.identifier);
    const upd = await env.client().send(new UpdateClusterCommand({ identifier: east.identifier, clientToken: "shared", deletionProtectionEnabled: true }));
    expect(upd.status).toBe("UPDATING");
  });

  it("answers a retried DeleteCluster with the original answer after the cluster is gone", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const first = await env.client().send(new DeleteClusterCommand({ identifier, clientToken: "delete-1" }));
    expect((await env.client().send(new ListClustersCommand({}))).clusters).toEqual([]);
    const retry = await env.client().send(new DeleteClusterCommand({ identifier, clientToken: "delete-1" }));
    expect(retry.status).toBe("DELETING");
    expect(retry.identifier).toBe(first.identifier);
  });

  it("answers a retried UpdateCluster without starting a second update", async () => {
    const env = setup({ lifecycle: "timed" });
    const { identifier } = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    env.backend.clock.advance(60_000);
    const input = { identifier, clientToken: "update-1", deletionProtectionEnabled: true };
    await env.client().send(new UpdateClusterCommand(input));
    env.backend.clock.advance(30_000);
    expect((await env.client().send(new GetClusterCommand({ identifier }))).status).toBe("ACTIVE");
    const retry = await env.client().send(new UpdateClusterCommand(input));
    expect(retry.status).toBe("UPDATING");
    expect((await env.client().send(new GetClusterCommand({ identifier }))).status).toBe("ACTIVE");
  });

  it("applies to PutClusterPolicy: a retry does not issue another version", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const first = await env.client().send(new PutClusterPolicyCommand({ identifier, policy: policy("a"), clientToken: "p" }));
    const retry = await env.client().send(new PutClusterPolicyCommand({ identifier, policy: policy("a"), clientToken: "p" }));
    expect(retry.policyVersion).toBe(first.policyVersion);
    await expectFailure(env, () => env.client().send(new PutClusterPolicyCommand({ identifier, policy: policy("b"), clientToken: "p" })), {
      type: ConflictException,
      status: 409,
    });
  });

  it("applies to CreateStream", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    await env.client().send(new GetClusterCommand({ identifier }));
    const input = {
      clusterIdentifier: identifier,
      clientToken: "s",
      ordering: "UNORDERED" as const,
      format: "JSON" as const,
      targetDefinition: { kinesis: { streamArn: "arn:aws:kinesis:us-east-1:123456789012:stream/s", roleArn: "arn:aws:iam::123456789012:role/r" } },
    };
    const first = await env.client().send(new CreateStreamCommand(input));
    const retry = await env.client().send(new CreateStreamCommand(input));
    expect(retry.streamIdentifier).toBe(first.streamIdentifier);
  });
});
