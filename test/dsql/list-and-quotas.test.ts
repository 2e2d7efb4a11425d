import {
  CreateClusterCommand,
  DeleteClusterCommand,
  ListClustersCommand,
  paginateListClusters,
  ServiceQuotaExceededException,
  UpdateClusterCommand,
  ValidationException,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { activeCluster, expectFailure, setup, type Env } from "./setup.js";

async function createMany(env: Env, n: number, region?: string) {
  const made: { identifier: string; arn: string }[] = [];
  for (let i = 0; i < n; i++) made.push(await activeCluster(env, {}, region));
  return made;
}

describe("ListClusters", () => {
  it("lists the Region's clusters as identifier and ARN, 20 per page by default", async () => {
    const env = setup({ quotas: { dsql: { singleRegionClusters: 50 } } });
    const made = await createMany(env, 23);
    await createMany(env, 1, "eu-west-1");
    const first = await env.client().send(new ListClustersCommand({}));
    expect(first.clusters).toHaveLength(20);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await env.client().send(new ListClustersCommand({ nextToken: first.nextToken }));
    expect(second.clusters).toHaveLength(3);
    expect(second.nextToken).toBeUndefined();
    const all = [...first.clusters!, ...second.clusters!];
    expect(all.map((c) => c.identifier).sort()).toEqual(made.map((c) => c.identifier).sort());
    for (const c of all) expect(Object.keys(c).sort()).toEqual(["arn", "identifier"]);
  });

  it("pages with maxResults and nextToken", async () => {
    const env = setup();
    const made = await createMany(env, 5);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await env.client().send(new ListClustersCommand({ maxResults: 2, nextToken: token }));
      expect(page.clusters!.length).toBeLessThanOrEqual(2);
      seen.push(...page.clusters!.map((c) => c.identifier!));
      token = page.nextToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(made.map((c) => c.identifier).sort());
  });

  it("works with paginateListClusters", async () => {
    const env = setup();
    const made = await createMany(env, 7);
    const pages: number[] = [];
    const ids: string[] = [];
    for await (const page of paginateListClusters({ client: env.client(), pageSize: 3 }, {})) {
      pages.push(page.clusters!.length);
      ids.push(...page.clusters!.map((c) => c.identifier!));
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(ids.sort()).toEqual(made.map((c) => c.identifier).sort());
  });

  it("answers an empty list when the Region has no clusters", async () => {
    const env = setup();
    const out = await env.client().send(new ListClustersCommand({}));
    expect(out.clusters).toEqual([]);
    expect(out.nextToken).toBeUndefined();
  });

  it.each([0, 101])("refuses maxResults %i (range 1-100)", async (maxResults) => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new ListClustersCommand({ maxResults })), {
      type: ValidationException,
      status: 400,
      mentions: "maxResults",
    });
    expect(err.fieldList?.[0]?.name).toBe("maxResults");
  });

  it("refuses a nextToken it did not issue", async () => {
    const env = setup();
    const err = await expectFailure(env, () => env.client().send(new ListClustersCommand({ nextToken: "not-a-token" })), {
      type: ValidationException,
      status: 400,
      mentions: "nextToken",
    });
    expect(err.fieldList).toEqual([{ name: "nextToken", message: err.message }]);
  });
});

describe("cluster quotas", () => {
  it("allows 20 single-Region clusters per Region, then ServiceQuotaExceededException (402)", async () => {
    const env = setup();
    await createMany(env, 20);
    const err = await expectFailure(env, () => env.client().send(new CreateClusterCommand({})), {
      type: ServiceQuotaExceededException,
      status: 402,
      mentions: /cluster limit.*20/,
    });
    // The quotas page's message for this quota.
    expect(err.message.startsWith("You have reached the cluster limit.")).toBe(true);
    expect(err).toMatchObject({ resourceType: "cluster", serviceCode: "dsql", quotaCode: "singleRegionClusters" });
    expect(err.resourceId).toEqual(expect.any(String));
    // Another Region has its own quota.
    await env.client("us-east-2").send(new CreateClusterCommand({}));
  });

  it("frees quota when a cluster is deleted", async () => {
    const env = setup({ quotas: { dsql: { singleRegionClusters: 2 } } });
    const [a] = await createMany(env, 2);
    await expectFailure(env, () => env.client().send(new CreateClusterCommand({})), { type: ServiceQuotaExceededException, status: 402 });
    await env.client().send(new DeleteClusterCommand({ identifier: a.identifier }));
    await env.client().send(new CreateClusterCommand({}));
  });

  it("reads the quota from createMockBackend({ quotas })", async () => {
    const env = setup({ quotas: { dsql: { singleRegionClusters: 25 } } });
    await createMany(env, 25);
    const err = await expectFailure(env, () => env.client().send(new CreateClusterCommand({})), {
      type: ServiceQuotaExceededException,
      status: 402,
      mentions: /25/,
    });
    expect(err.quotaCode).toBe("singleRegionClusters");
  });

  it("allows 5 multi-Region clusters per Region, counted apart from single-Region ones", async () => {
    const env = setup({ quotas: { dsql: { singleRegionClusters: 1 } } });
    await createMany(env, 1);
    for (let i = 0; i < 5; i++) {
      await env.client().send(new CreateClusterCommand({ multiRegionProperties: { witnessRegion: "us-west-2" } }));
    }
    const err = await expectFailure(
      env,
      () => env.client().send(new CreateClusterCommand({ multiRegionProperties: { witnessRegion: "us-west-2" } })),
      { type: ServiceQuotaExceededException, status: 402, mentions: /multi-Region/ },
    );
    expect(err.quotaCode).toBe("multiRegionClusters");
    expect(err.message.startsWith("You have reached the cluster limit.")).toBe(true);
  });

  it("counts a single-Region cluster turned multi-Region against the multi-Region quota", async () => {
    const env = setup({ quotas: { dsql: { multiRegionClusters: 1 } } });
    await env.client().send(new CreateClusterCommand({ multiRegionProperties: { witnessRegion: "us-west-2" } }));
    const single = await activeCluster(env);
    const err = await expectFailure(
      env,
      () => env.client().send(new UpdateClusterCommand({ identifier: single.identifier, multiRegionProperties: { witnessRegion: "us-west-2" } })),
      { type: ServiceQuotaExceededException, status: 402 },
    );
    expect(err.resourceId).toBe(single.identifier);
  });
});
