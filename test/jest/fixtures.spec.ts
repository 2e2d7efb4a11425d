/** useMockBackend / createMockContext: a fresh backend and attached clients per test, under jest. */
import { beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand } from "@aws-sdk/client-dsql";
import { ListClustersCommand as ListElasticClustersCommand } from "@aws-sdk/client-docdb-elastic";
import { DescribeDBClustersCommand } from "@aws-sdk/client-rds";
import { backendOf, createMockBackend, type BackendState, type MockBackend } from "../../src/index.js";
import { createMockContext, useMockBackend } from "../../src/testing/jest.js";
import { networkAttempts, rendezvous } from "../helpers.js";

describe("useMockBackend()", () => {
  const mock = useMockBackend();
  let first: { backend: MockBackend; dsql: DSQLClient } | undefined;

  test("a first test creates a cluster", async () => {
    await mock.dsql.send(new CreateClusterCommand({}));
    expect((await mock.dsql.send(new ListClustersCommand({}))).clusters).toHaveLength(1);
    first = { backend: mock.backend, dsql: mock.dsql };
    expect(mock.dsql).toBe(first.dsql); // one client per test, made on first use
  });

  test("the next test starts empty; the last test's client was detached", async () => {
    expect(mock.backend).not.toBe(first!.backend);
    expect((await mock.dsql.send(new ListClustersCommand({}))).clusters).toEqual([]);
    expect(backendOf(first!.dsql)).toBeUndefined();
    expect(networkAttempts()).toEqual([]);
  });

  test("clients of the three services, in us-east-1 by default", async () => {
    await mock.dsql.send(new ListClustersCommand({}));
    await mock.rds.send(new DescribeDBClustersCommand({}));
    await mock.docdb.send(new ListElasticClustersCommand({}));
    expect(mock.region).toBe("us-east-1");
    expect(mock.backend.calls().map((c) => [c.service, c.region])).toEqual([
      ["dsql", "us-east-1"],
      ["rds", "us-east-1"],
      ["docdb-elastic", "us-east-1"],
    ]);
  });

  test("ids are seeded by the test's name", async () => {
    const { identifier } = await mock.dsql.send(new CreateClusterCommand({}));
    const again = createMockBackend({ seed: expect.getState().currentTestName });
    const client = again.attach(new DSQLClient({ region: "us-east-1" }));
    expect((await client.send(new CreateClusterCommand({}))).identifier).toBe(identifier);
  });
});

describe("useMockBackend(options)", () => {
  const mock = useMockBackend({ region: "ap-southeast-2", backend: { lifecycle: "timed", retries: { delay: false } }, clientConfig: { maxAttempts: 2 } });

  test("Region, backend options and client configuration apply", async () => {
    const created = await mock.dsql.send(new CreateClusterCommand({}));
    expect(created.arn).toMatch(/^arn:aws:dsql:ap-southeast-2:/);
    expect((await mock.dsql.send(new GetClusterCommand({ identifier: created.identifier }))).status).toBe("CREATING");
    mock.backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
    const err: any = await mock.dsql.send(new ListClustersCommand({})).catch((e) => e);
    expect(err.$metadata.attempts).toBe(2);
  });
});

describe("useMockBackend({ state })", () => {
  const file = join(mkdtempSync(join(tmpdir(), "aws-db-mock-jest-")), "state.json");
  let identifier = "";

  beforeAll(async () => {
    const seeded = createMockBackend({ seed: "fixture" });
    const client = seeded.attach(new DSQLClient({ region: "us-east-1" }));
    identifier = (await client.send(new CreateClusterCommand({ tags: { name: "orders" } }))).identifier!;
    await client.send(new ListClustersCommand({}));
    writeFileSync(file, JSON.stringify(seeded.dump()));
  });

  describe("each test starts from the file", () => {
    const mock = useMockBackend({ state: () => JSON.parse(readFileSync(file, "utf8")) as BackendState });

    test("the cluster is there", async () => {
      const cluster = await mock.dsql.send(new GetClusterCommand({ identifier }));
      expect(cluster.tags).toEqual({ name: "orders" });
      expect(cluster.status).toBe("ACTIVE");
      await mock.dsql.send(new CreateClusterCommand({}));
    });

    test("and what the last test made is not", async () => {
      expect((await mock.dsql.send(new ListClustersCommand({}))).clusters?.map((c) => c.identifier)).toEqual([identifier]);
    });
  });
});

describe("outside a test", () => {
  const mock = useMockBackend();
  let atCollection: unknown;
  try {
    void mock.backend;
  } catch (error) {
    atCollection = error;
  }

  test("the handle's values exist only inside tests and their hooks", () => {
    expect(String(atCollection)).toMatch(/inside tests/);
    expect(mock.backend).toBeDefined();
  });
});

describe("createMockContext() for concurrent tests", () => {
  const meet = rendezvous(2);

  for (const name of ["left", "right"]) {
    test.concurrent(name, async () => {
      const ctx = await createMockContext({ region: "eu-central-1" });
      const client = ctx.dsql;
      try {
        await ctx.dsql.send(new CreateClusterCommand({ tags: { name } }));
        await meet();
        const listed = await ctx.dsql.send(new ListClustersCommand({}));
        expect(listed.clusters).toHaveLength(1);
        expect((await ctx.dsql.send(new GetClusterCommand({ identifier: listed.clusters![0].identifier }))).tags).toEqual({ name });
        expect(ctx.dsql).toHaveReceivedCommandTimes(CreateClusterCommand, 1);
      } finally {
        ctx.dispose();
      }
      expect(backendOf(client)).toBeUndefined();
      expect(() => ctx.dsql).toThrow(/disposed/);
    });
  }
});
