/**
 * Page tokens (core/paging.ts): a token names the key its page starts at, found by binary search.
 * Through a real client (DSQL ListClusters, identifier order) and, for the search itself, against the
 * linear scan it replaced on many sorted key lists.
 */
import { CreateClusterCommand, DeleteClusterCommand, DSQLClient, ListClustersCommand, ValidationException } from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { decodeToken, encodeToken, lowerBound, paginate } from "../../src/core/paging.js";
import { IdSource } from "../../src/core/ids.js";
import { caught } from "../helpers.js";

async function listAll(client: DSQLClient, maxResults: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  let nextToken: string | undefined;
  do {
    const out = await client.send(new ListClustersCommand({ maxResults, nextToken }));
    ids.push(...out.clusters!.map((c) => c.identifier!));
    nextToken = out.nextToken;
    pages++;
  } while (nextToken !== undefined);
  return { ids, pages };
}

describe("page tokens through ListClusters", () => {
  it("walks every cluster once, in identifier order, whatever the page size", async () => {
    const backend = createMockBackend({ seed: 3 });
    const client = backend.attach(new DSQLClient({ region: "us-east-1" }));
    for (let i = 0; i < 19; i++) await client.send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    const all = (await client.send(new ListClustersCommand({ maxResults: 100 }))).clusters!.map((c) => c.identifier!);
    expect(all).toHaveLength(19);
    expect(all).toEqual([...all].sort());
    for (const size of [1, 2, 5, 18, 19]) {
      const { ids, pages } = await listAll(client, size);
      expect(ids).toEqual(all);
      expect(pages).toBe(Math.ceil(19 / size));
    }
  });

  it("a token stays good when its cluster is deleted: the page starts at the next identifier", async () => {
    const backend = createMockBackend({ seed: 4 });
    const client = backend.attach(new DSQLClient({ region: "us-east-1" }));
    for (let i = 0; i < 6; i++) await client.send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    const first = await client.send(new ListClustersCommand({ maxResults: 2 }));
    const all = (await client.send(new ListClustersCommand({}))).clusters!.map((c) => c.identifier!);
    expect(decodeToken(first.nextToken!)).toBe(all[2]);
    await client.send(new DeleteClusterCommand({ identifier: all[2] }));
    backend.clock.runAll();
    const next = await client.send(new ListClustersCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(next.clusters!.map((c) => c.identifier)).toEqual([all[3], all[4]]);
  });

  it("a token past the last identifier is an empty last page; a token not ours is a ValidationException", async () => {
    const backend = createMockBackend({ seed: 5 });
    const client = backend.attach(new DSQLClient({ region: "us-east-1" }));
    await client.send(new CreateClusterCommand({}));
    const past = await client.send(new ListClustersCommand({ nextToken: encodeToken("zzzzzzzzzzzzzzzzzzzzzzzzzz") }));
    expect(past.clusters).toEqual([]);
    expect(past.nextToken).toBeUndefined();
    const err = await caught(client.send(new ListClustersCommand({ nextToken: "not-a-token" })));
    expect(err).toBeInstanceOf(ValidationException);
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.message).toMatch(/nextToken/i);
  });
});

describe("lowerBound", () => {
  it("finds what the linear scan found, on sorted keys with gaps, duplicates of prefixes and misses", () => {
    const ids = new IdSource("paging");
    for (let n = 0; n < 60; n++) {
      const keys = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? ids.lowerAlnum(1 + (i % 4)) : ids.hex(3)));
      const entries = [...new Set(keys)].sort().map((k) => [k, k] as [string, string]);
      const probes = [...entries.map(([k]) => k), "", "0", "zzzz", ...Array.from({ length: 20 }, () => ids.lowerAlnum(2))];
      for (const probe of probes) {
        const linear = entries.findIndex(([k]) => k >= probe);
        expect(lowerBound(entries, probe)).toBe(linear < 0 ? entries.length : linear);
      }
    }
  });

  it("paginate keeps its page and next key for every start", () => {
    const entries = Array.from({ length: 9 }, (_, i) => [`k${i}`, i] as [string, number]);
    const never = (): never => {
      throw new Error("invalid");
    };
    expect(paginate(entries, 4, undefined, never)).toEqual({ items: [0, 1, 2, 3], next: encodeToken("k4") });
    expect(paginate(entries, 4, encodeToken("k4"), never)).toEqual({ items: [4, 5, 6, 7], next: encodeToken("k8") });
    expect(paginate(entries, 4, encodeToken("k35"), never)).toEqual({ items: [4, 5, 6, 7], next: encodeToken("k8") });
    expect(paginate(entries, 4, encodeToken("k8"), never)).toEqual({ items: [8], next: undefined });
    expect(() => paginate(entries, 4, "%%%", never)).toThrow("invalid");
  });
});
