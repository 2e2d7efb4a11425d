import {
  CreateClusterCommand,
  CreateStreamCommand,
  GetClusterCommand,
  GetStreamCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TagResourceCommand,
  UntagResourceCommand,
  ValidationException,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { ACCOUNT, activeCluster, expectFailure, setup } from "./setup.js";

const manyTags = (n: number, prefix = "k") => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, `v${i}`]));

describe("tags", () => {
  it("tags, lists and untags a cluster by ARN; GetCluster shows them", async () => {
    const env = setup();
    const { identifier, arn } = await activeCluster(env, { tags: { team: "data" } });
    const tagged = await env.client().send(new TagResourceCommand({ resourceArn: arn, tags: { env: "prod", team: "platform" } }));
    expect(tagged.$metadata.httpStatusCode).toBe(200);
    expect((await env.client().send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ team: "platform", env: "prod" });
    await env.client().send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ["team", "absent"] }));
    expect((await env.client().send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ env: "prod" });
    expect((await env.client().send(new GetClusterCommand({ identifier }))).tags).toEqual({ env: "prod" });
  });

  it("tags a stream by its ARN", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const stream = await env.client().send(
      new CreateStreamCommand({
        clusterIdentifier: identifier,
        ordering: "UNORDERED",
        format: "JSON",
        tags: { a: "1" },
        targetDefinition: { kinesis: { streamArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/s`, roleArn: `arn:aws:iam::${ACCOUNT}:role/r` } },
      }),
    );
    await env.client().send(new TagResourceCommand({ resourceArn: stream.arn, tags: { b: "2" } }));
    expect((await env.client().send(new ListTagsForResourceCommand({ resourceArn: stream.arn }))).tags).toEqual({ a: "1", b: "2" });
    const got = await env.client().send(new GetStreamCommand({ clusterIdentifier: identifier, streamIdentifier: stream.streamIdentifier }));
    expect(got.tags).toEqual({ a: "1", b: "2" });
  });

  it("accepts up to 200 tags on a resource; more is ServiceQuotaExceededException (402)", async () => {
    const env = setup();
    const { identifier, arn } = await activeCluster(env, { tags: manyTags(150) });
    await env.client().send(new TagResourceCommand({ resourceArn: arn, tags: manyTags(50, "x") }));
    // Overwriting existing keys does not count twice.
    await env.client().send(new TagResourceCommand({ resourceArn: arn, tags: { k0: "new" } }));
    const err = await expectFailure(env, () => env.client().send(new TagResourceCommand({ resourceArn: arn, tags: { extra: "1" } })), {
      type: ServiceQuotaExceededException,
      status: 402,
      mentions: /200/,
    });
    expect(err).toMatchObject({ resourceId: identifier, resourceType: "cluster", serviceCode: "dsql", quotaCode: "tagsPerResource" });
  });

  it("enforces the model's limits on tag maps, keys and values", async () => {
    const env = setup();
    const { arn } = await activeCluster(env);
    const cases: [Record<string, string>, string][] = [
      [manyTags(201), "tags"],
      [{ ["k".repeat(129)]: "v" }, "tags"],
      [{ key: "v".repeat(257) }, "tags"],
      [{ "bad*key": "v" }, "tags"],
    ];
    for (const [tags, field] of cases) {
      const err = await expectFailure(env, () => env.client().send(new TagResourceCommand({ resourceArn: arn, tags })), {
        type: ValidationException,
        status: 400,
        mentions: field,
      });
      expect(err.reason).toBe("fieldValidationFailed");
      expect(err.fieldList?.[0]?.name).toBe(field);
    }
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({ tags: manyTags(201) })), { type: ValidationException, status: 400 });
    // UntagResource: at most 200 keys per call, each 1-128 characters.
    for (const tagKeys of [Object.keys(manyTags(201)), [""]]) {
      const err = await expectFailure(env, () => env.client().send(new UntagResourceCommand({ resourceArn: arn, tagKeys })), {
        type: ValidationException,
        status: 400,
        mentions: "tagKeys",
      });
      expect(err.fieldList?.[0]?.name).toMatch(/^tagKeys/);
    }
  });

  it("refuses the reserved aws: key prefix", async () => {
    const env = setup();
    const { arn } = await activeCluster(env);
    await expectFailure(env, () => env.client().send(new TagResourceCommand({ resourceArn: arn, tags: { "aws:owner": "me" } })), {
      type: ValidationException,
      status: 400,
      mentions: "aws:owner",
    });
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({ tags: { "AWS:x": "y" } })), { type: ValidationException, status: 400 });
  });

  it("fails with ResourceNotFoundException for an ARN that names nothing here", async () => {
    const env = setup();
    const { identifier } = await activeCluster(env);
    const missing = `arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/abcdefghijklmnopqrstuvwxyz`;
    const err = await expectFailure(env, () => env.client().send(new ListTagsForResourceCommand({ resourceArn: missing })), {
      type: ResourceNotFoundException,
      status: 404,
      mentions: missing,
    });
    expect(err).toMatchObject({ resourceId: "abcdefghijklmnopqrstuvwxyz", resourceType: "cluster" });
    // The same cluster addressed through another Region's ARN is not found there.
    const otherRegion = `arn:aws:dsql:us-west-2:${ACCOUNT}:cluster/${identifier}`;
    await expectFailure(env, () => env.client().send(new TagResourceCommand({ resourceArn: otherRegion, tags: { a: "b" } })), {
      type: ResourceNotFoundException,
      status: 404,
    });
    const missingStream = `arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/${identifier}/stream/abcdefghijklmnopqrstuvwxyz`;
    const streamErr = await expectFailure(env, () => env.client().send(new UntagResourceCommand({ resourceArn: missingStream, tagKeys: ["a"] })), {
      type: ResourceNotFoundException,
      status: 404,
    });
    expect(streamErr.resourceType).toBe("stream");
  });

  it("refuses an ARN of another service with ValidationException naming resourceArn", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new ListTagsForResourceCommand({ resourceArn: "arn:aws:s3:::my-bucket" })), {
      type: ValidationException,
      status: 400,
      mentions: "resourceArn",
    });
    expect(err.fieldList).toEqual([{ name: "resourceArn", message: err.message }]);
  });
});
