import {
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
  ValidationException,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { activeCluster, expectFailure, expectValidation, manualSnapshot, setup } from "./setup.js";

describe("TagResource, UntagResource, ListTagsForResource", () => {
  it("tag, list and untag a cluster and a snapshot", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client, { tags: { env: "prod" } });
    const snapshot = await manualSnapshot(client, cluster.clusterArn!);
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }))).tags).toEqual({ env: "prod" });

    await client.send(new TagResourceCommand({ resourceArn: cluster.clusterArn, tags: { team: "data", env: "test" } }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }))).tags).toEqual({ env: "test", team: "data" });
    await client.send(new UntagResourceCommand({ resourceArn: cluster.clusterArn, tagKeys: ["env", "not-there"] }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }))).tags).toEqual({ team: "data" });

    await client.send(new TagResourceCommand({ resourceArn: snapshot.snapshotArn, tags: { keep: "forever" } }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: snapshot.snapshotArn }))).tags).toEqual({ keep: "forever" });
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }))).tags).toEqual({ team: "data" });
  });

  it("answer a fresh copy of the tags", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client, { tags: { a: "1" } });
    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }));
    tags!.b = "2";
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster.clusterArn }))).tags).toEqual({ a: "1" });
  });

  it("enforce the model's tag rules and at most 50 tags per resource", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const arn = cluster.clusterArn!;
    expectValidation(await expectFailure(backend, () => client.send(new TagResourceCommand({ resourceArn: arn, tags: { "aws:owner": "x" } })), ValidationException, 400), "tags");
    expectValidation(await expectFailure(backend, () => client.send(new TagResourceCommand({ resourceArn: arn, tags: { ["k".repeat(129)]: "x" } })), ValidationException, 400), "tags");
    expectValidation(await expectFailure(backend, () => client.send(new TagResourceCommand({ resourceArn: arn, tags: { k: "v".repeat(257) } })), ValidationException, 400), "tags");
    expectValidation(await expectFailure(backend, () => client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: Array.from({ length: 51 }, (_, i) => `k${i}`) })), ValidationException, 400), "tagKeys");

    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: fifty }));
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: { k0: "overwritten" } })); // replacing a key adds none
    const err = await expectFailure(backend, () => client.send(new TagResourceCommand({ resourceArn: arn, tags: { k50: "v" } })), ValidationException, 400);
    expectValidation(err, "tags");
    expect(err.message).toContain("50");
  });

  it("answer ResourceNotFoundException for an unknown resource and ValidationException for a non-ARN", async () => {
    const { backend, client } = setup();
    await activeCluster(client);
    const unknown = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/55555555-5555-4555-8555-555555555555";
    const err = await expectFailure(backend, () => client.send(new TagResourceCommand({ resourceArn: unknown, tags: { a: "b" } })), ResourceNotFoundException, 404);
    expect(err.resourceId).toBe(unknown);
    expect(err.resourceType).toBe("cluster-snapshot");
    await expectFailure(backend, () => client.send(new ListTagsForResourceCommand({ resourceArn: unknown })), ResourceNotFoundException, 404);
    await expectFailure(backend, () => client.send(new UntagResourceCommand({ resourceArn: unknown, tagKeys: ["a"] })), ResourceNotFoundException, 404);
    expectValidation(await expectFailure(backend, () => client.send(new ListTagsForResourceCommand({ resourceArn: "my-cluster" })), ValidationException, 400), "resourceArn");
  });
});
