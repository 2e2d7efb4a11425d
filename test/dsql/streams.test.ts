import {
  ConflictException,
  CreateClusterCommand,
  CreateStreamCommand,
  DeleteClusterCommand,
  DeleteStreamCommand,
  GetStreamCommand,
  ListStreamsCommand,
  paginateListStreams,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
  waitUntilStreamActive,
  waitUntilStreamNotExists,
  type CreateStreamCommandInput,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { ACCOUNT, activeCluster, expectFailure, MISSING_ID, setup, type Env } from "./setup.js";

const TARGET = {
  kinesis: { streamArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/cdc`, roleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/dsql-cdc` },
};
const FAST = { maxWaitTime: 2, minDelay: 0.01, maxDelay: 0.02 };

const streamInput = (clusterIdentifier: string, extra: Partial<CreateStreamCommandInput> = {}): CreateStreamCommandInput => ({
  clusterIdentifier,
  targetDefinition: TARGET,
  ordering: "UNORDERED",
  format: "JSON",
  ...extra,
});

async function clusterWithStream(env: Env) {
  const cluster = await activeCluster(env);
  const stream = await env.client().send(new CreateStreamCommand(streamInput(cluster.identifier, { tags: { pipeline: "orders" } })));
  return { cluster, stream };
}

describe("streams", () => {
  it("creates a stream: CREATING, then ACTIVE, with AWS's ARN format", async () => {
    const env = setup();
    const { cluster, stream } = await clusterWithStream(env);
    expect(stream.streamIdentifier).toMatch(/^[a-z0-9]{26}$/);
    expect(stream.arn).toBe(`arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/${cluster.identifier}/stream/${stream.streamIdentifier}`);
    expect(stream).toMatchObject({ clusterIdentifier: cluster.identifier, status: "CREATING", ordering: "UNORDERED", format: "JSON" });
    expect(stream.creationTime).toBeInstanceOf(Date);
    const got = await env.client().send(new GetStreamCommand({ clusterIdentifier: cluster.identifier, streamIdentifier: stream.streamIdentifier }));
    expect(got).toMatchObject({ status: "ACTIVE", targetDefinition: TARGET, tags: { pipeline: "orders" }, arn: stream.arn });
    expect(got).not.toHaveProperty("statusReason");
  });

  it("lists a cluster's streams with ListStreams and paginateListStreams", async () => {
    const env = setup();
    const cluster = await activeCluster(env);
    const other = await activeCluster(env);
    const made: string[] = [];
    for (let i = 0; i < 4; i++) made.push((await env.client().send(new CreateStreamCommand(streamInput(cluster.identifier)))).streamIdentifier!);
    await env.client().send(new CreateStreamCommand(streamInput(other.identifier)));
    const all = await env.client().send(new ListStreamsCommand({ clusterIdentifier: cluster.identifier }));
    expect(all.streams!.map((s) => s.streamIdentifier).sort()).toEqual([...made].sort());
    expect(Object.keys(all.streams![0]).sort()).toEqual(["arn", "clusterIdentifier", "creationTime", "status", "streamIdentifier"]);
    const sizes: number[] = [];
    for await (const page of paginateListStreams({ client: env.client(), pageSize: 3 }, { clusterIdentifier: cluster.identifier })) {
      sizes.push(page.streams!.length);
    }
    expect(sizes).toEqual([3, 1]);
  });

  it("deletes a stream: DELETING, then gone", async () => {
    const env = setup();
    const { cluster, stream } = await clusterWithStream(env);
    const ids = { clusterIdentifier: cluster.identifier, streamIdentifier: stream.streamIdentifier };
    const out = await env.client().send(new DeleteStreamCommand(ids));
    expect(out).toMatchObject({ ...ids, arn: stream.arn, status: "DELETING" });
    const err = await expectFailure(env, () => env.client().send(new GetStreamCommand(ids)), {
      type: ResourceNotFoundException,
      status: 404,
      mentions: stream.streamIdentifier,
    });
    expect(err).toMatchObject({ resourceId: stream.streamIdentifier, resourceType: "stream" });
  });

  it("waits with waitUntilStreamActive and waitUntilStreamNotExists (instant lifecycle)", async () => {
    const env = setup();
    const { cluster, stream } = await clusterWithStream(env);
    const ids = { clusterIdentifier: cluster.identifier, streamIdentifier: stream.streamIdentifier };
    expect((await waitUntilStreamActive({ client: env.client(), ...FAST }, ids)).state).toBe("SUCCESS");
    await env.client().send(new DeleteStreamCommand(ids));
    expect((await waitUntilStreamNotExists({ client: env.client(), ...FAST }, ids)).state).toBe("SUCCESS");
  });

  it("waits with the stream waiters while the clock moves (timed lifecycle)", async () => {
    const env = setup({ lifecycle: "timed" });
    const cluster = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    env.backend.clock.advance(60_000);
    const stream = await env.client().send(new CreateStreamCommand(streamInput(cluster.identifier!)));
    const ids = { clusterIdentifier: cluster.identifier!, streamIdentifier: stream.streamIdentifier! };
    const active = waitUntilStreamActive({ client: env.client(), ...FAST }, ids);
    setTimeout(() => env.backend.clock.advance(60_000), 50);
    expect((await active).state).toBe("SUCCESS");
    await env.client().send(new DeleteStreamCommand(ids));
    expect((await env.client().send(new GetStreamCommand(ids))).status).toBe("DELETING");
    const gone = waitUntilStreamNotExists({ client: env.client(), ...FAST }, ids);
    setTimeout(() => env.backend.clock.advance(30_000), 50);
    expect((await gone).state).toBe("SUCCESS");
  });

  it("refuses to delete a stream that is still being created (ConflictException)", async () => {
    const env = setup({ lifecycle: "timed" });
    const cluster = await env.client().send(new CreateClusterCommand({}));
    env.backend.clock.advance(60_000);
    const stream = await env.client().send(new CreateStreamCommand(streamInput(cluster.identifier!)));
    const err = await expectFailure(
      env,
      () => env.client().send(new DeleteStreamCommand({ clusterIdentifier: cluster.identifier, streamIdentifier: stream.streamIdentifier })),
      { type: ConflictException, status: 409, mentions: /CREATING/ },
    );
    expect(err).toMatchObject({ resourceId: stream.streamIdentifier, resourceType: "stream" });
  });

  it("needs an ACTIVE cluster: a validation error otherwise, as the CDC guide says", async () => {
    const env = setup({ lifecycle: "timed" });
    const cluster = await env.client().send(new CreateClusterCommand({}));
    const err = await expectFailure(env, () => env.client().send(new CreateStreamCommand(streamInput(cluster.identifier!))), {
      type: ValidationException,
      status: 400,
      mentions: /CREATING.*ACTIVE/,
    });
    expect(err.fieldList).toEqual([{ name: "clusterIdentifier", message: err.message }]);
  });

  it.each([
    ["a Kinesis stream of another account", { streamArn: "arn:aws:kinesis:us-east-1:210987654321:stream/cdc" }, "targetDefinition.kinesis.streamArn", /account/],
    ["a Kinesis stream of another Region", { streamArn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/cdc` }, "targetDefinition.kinesis.streamArn", /us-east-1/],
    ["a role of another account", { roleArn: "arn:aws:iam::210987654321:role/cdc" }, "targetDefinition.kinesis.roleArn", /account/],
  ])("refuses %s: the cluster, stream and role share one account and Region", async (_what, target, field, mentions) => {
    const env = setup();
    const cluster = await activeCluster(env);
    const targetDefinition = { kinesis: { ...TARGET.kinesis, ...target } };
    const err = await expectFailure(env, () => env.client().send(new CreateStreamCommand(streamInput(cluster.identifier, { targetDefinition }))), {
      type: ValidationException,
      status: 400,
      mentions,
    });
    expect(err.reason).toBe("fieldValidationFailed");
    expect(err.fieldList).toEqual([{ name: field, message: err.message }]);
  });

  it("allows 5 streams per cluster, then ServiceQuotaExceededException (402)", async () => {
    const env = setup();
    const cluster = await activeCluster(env);
    for (let i = 0; i < 5; i++) await env.client().send(new CreateStreamCommand(streamInput(cluster.identifier)));
    const err = await expectFailure(env, () => env.client().send(new CreateStreamCommand(streamInput(cluster.identifier))), {
      type: ServiceQuotaExceededException,
      status: 402,
      mentions: /stream limit/,
    });
    expect(err).toMatchObject({ resourceId: cluster.identifier, serviceCode: "dsql", quotaCode: "streamsPerCluster" });
    expect(err.message.startsWith("You have reached the stream limit.")).toBe(true);
  });

  it("checks the model's enums, patterns and required members", async () => {
    const env = setup();
    const cluster = await activeCluster(env);
    const bad: [Partial<CreateStreamCommandInput>, string][] = [
      [{ ordering: "ORDERED" as never }, "ordering"],
      [{ format: "AVRO" as never }, "format"],
      [{ targetDefinition: { kinesis: { streamArn: "arn:aws:sqs:us-east-1:123456789012:queue", roleArn: TARGET.kinesis.roleArn } } }, "targetDefinition.kinesis.streamArn"],
      [{ targetDefinition: { kinesis: { streamArn: TARGET.kinesis.streamArn, roleArn: "arn:aws:iam::123:user/x" } } }, "targetDefinition.kinesis.roleArn"],
    ];
    for (const [extra, field] of bad) {
      const err = await expectFailure(env, () => env.client().send(new CreateStreamCommand(streamInput(cluster.identifier, extra))), {
        type: ValidationException,
        status: 400,
        mentions: field,
      });
      expect(err.fieldList?.map((f) => f.name)).toContain(field);
    }
  });

  it("fails with ResourceNotFoundException for an unknown cluster or stream", async () => {
    const env = setup();
    const cluster = await activeCluster(env);
    const noCluster = await expectFailure(env, () => env.client().send(new ListStreamsCommand({ clusterIdentifier: MISSING_ID })), {
      type: ResourceNotFoundException,
      status: 404,
    });
    expect(noCluster).toMatchObject({ resourceId: MISSING_ID, resourceType: "cluster" });
    await expectFailure(env, () => env.client().send(new CreateStreamCommand(streamInput(MISSING_ID))), { type: ResourceNotFoundException, status: 404 });
    const noStream = await expectFailure(
      env,
      () => env.client().send(new DeleteStreamCommand({ clusterIdentifier: cluster.identifier, streamIdentifier: MISSING_ID })),
      { type: ResourceNotFoundException, status: 404 },
    );
    expect(noStream.resourceType).toBe("stream");
  });

  it("finds a stream only under its own cluster", async () => {
    const env = setup();
    const { stream } = await clusterWithStream(env);
    const other = await activeCluster(env);
    await expectFailure(env, () => env.client().send(new GetStreamCommand({ clusterIdentifier: other.identifier, streamIdentifier: stream.streamIdentifier })), {
      type: ResourceNotFoundException,
      status: 404,
    });
  });

  it("deletes a cluster's streams with the cluster", async () => {
    const env = setup({ lifecycle: "timed" });
    const cluster = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    env.backend.clock.advance(60_000);
    const stream = await env.client().send(new CreateStreamCommand(streamInput(cluster.identifier!)));
    env.backend.clock.advance(60_000);
    await env.client().send(new DeleteClusterCommand({ identifier: cluster.identifier }));
    const ids = { clusterIdentifier: cluster.identifier!, streamIdentifier: stream.streamIdentifier! };
    expect((await env.client().send(new GetStreamCommand(ids))).status).toBe("DELETING");
    env.backend.clock.advance(60_000);
    await expectFailure(env, () => env.client().send(new GetStreamCommand(ids)), { type: ResourceNotFoundException, status: 404 });
    // Nothing of the cluster is left: its Region's state is back to a fresh world (which dump() omits).
    const world = env.backend.dump().worlds.dsql?.[`${ACCOUNT}/us-east-1`] as { streams: Record<string, unknown> } | undefined;
    expect(world?.streams ?? {}).toEqual({});
  });
});
