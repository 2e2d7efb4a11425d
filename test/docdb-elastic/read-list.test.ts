import {
  DocDBElasticClient,
  GetClusterCommand,
  ListClustersCommand,
  paginateListClusters,
  ResourceNotFoundException,
  ValidationException,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { activeCluster, expectFailure, expectValidation, setup } from "./setup.js";

describe("GetCluster", () => {
  it("answers ResourceNotFoundException with resourceId and resourceType for an unknown cluster", async () => {
    const { backend, client } = setup();
    await activeCluster(client);
    const arn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/00000000-0000-4000-8000-000000000000";
    const err = await expectFailure(backend, () => client.send(new GetClusterCommand({ clusterArn: arn })), ResourceNotFoundException, 404);
    expect(err.resourceId).toBe(arn);
    expect(err.resourceType).toBe("cluster");
    expect(err.message).toContain(arn);
  });

  it("answers ValidationException for a value that is not an elastic cluster ARN", async () => {
    const { backend, client } = setup();
    await activeCluster(client);
    for (const clusterArn of ["my-cluster", "arn:aws:rds:us-east-1:123456789012:cluster:my-cluster", "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/abc"]) {
      const err = await expectFailure(backend, () => client.send(new GetClusterCommand({ clusterArn })), ValidationException, 400);
      expectValidation(err, "clusterArn");
    }
  });

  it("finds a cluster only in its own Region and account", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const west = backend.attach(new DocDBElasticClient({ region: "us-west-2" }));
    await west.send(new ListClustersCommand({}));
    await expectFailure(backend, () => west.send(new GetClusterCommand({ clusterArn: cluster.clusterArn })), ResourceNotFoundException, 404);
    // the same id under another Region or account is another resource
    const east = client;
    await expectFailure(backend, () => east.send(new GetClusterCommand({ clusterArn: cluster.clusterArn!.replace("us-east-1", "us-west-2") })), ResourceNotFoundException, 404);
    await expectFailure(backend, () => east.send(new GetClusterCommand({ clusterArn: cluster.clusterArn!.replace("123456789012", "210987654321") })), ResourceNotFoundException, 404);
    const other = backend.attach(new DocDBElasticClient({ region: "us-east-1" }), { accountId: "210987654321" });
    await other.send(new ListClustersCommand({}));
    await expectFailure(backend, () => other.send(new GetClusterCommand({ clusterArn: cluster.clusterArn })), ResourceNotFoundException, 404);
  });
});

describe("ListClusters", () => {
  it("lists name, ARN and status in creation order, a page at a time", async () => {
    const { client } = setup();
    const names = ["alpha", "bravo", "charlie", "delta", "echo"];
    const arns: string[] = [];
    for (const clusterName of names) arns.push((await activeCluster(client, { clusterName })).clusterArn!);

    const first = await client.send(new ListClustersCommand({ maxResults: 2 }));
    expect(first.clusters).toEqual([
      { clusterName: "alpha", clusterArn: arns[0], status: "ACTIVE" },
      { clusterName: "bravo", clusterArn: arns[1], status: "ACTIVE" },
    ]);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await client.send(new ListClustersCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(second.clusters!.map((c) => c.clusterName)).toEqual(["charlie", "delta"]);
    const last = await client.send(new ListClustersCommand({ maxResults: 2, nextToken: second.nextToken }));
    expect(last.clusters!.map((c) => c.clusterName)).toEqual(["echo"]);
    expect(last).not.toHaveProperty("nextToken");

    const all = await client.send(new ListClustersCommand({}));
    expect(all.clusters).toHaveLength(5);
    expect(all.nextToken).toBeUndefined();
  });

  it("works with the SDK's paginator", async () => {
    const { client } = setup();
    for (const clusterName of ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]) await activeCluster(client, { clusterName });
    const pages: string[][] = [];
    for await (const page of paginateListClusters({ client, pageSize: 3 }, {})) pages.push(page.clusters!.map((c) => c.clusterName!));
    expect(pages).toEqual([["a1", "a2", "a3"], ["a4", "a5", "a6"], ["a7"]]);
  });

  it("answers an empty list when there are no clusters", async () => {
    const { client } = setup();
    const out = await client.send(new ListClustersCommand({}));
    expect(out.clusters).toEqual([]);
    expect(out.nextToken).toBeUndefined();
  });

  it("rejects a nextToken it did not issue and maxResults out of range", async () => {
    const { backend, client } = setup();
    await activeCluster(client);
    expectValidation(await expectFailure(backend, () => client.send(new ListClustersCommand({ nextToken: "garbage!" })), ValidationException, 400), "nextToken");
    expectValidation(await expectFailure(backend, () => client.send(new ListClustersCommand({ maxResults: 0 })), ValidationException, 400), "maxResults");
    expectValidation(await expectFailure(backend, () => client.send(new ListClustersCommand({ maxResults: 101 })), ValidationException, 400), "maxResults");
  });
});
