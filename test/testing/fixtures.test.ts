import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand } from "@aws-sdk/client-dsql";
import { ListClustersCommand as ListElasticClustersCommand } from "@aws-sdk/client-docdb-elastic";
import { DescribeDBClustersCommand } from "@aws-sdk/client-rds";
import { describe } from "vitest";
import { backendOf, createMockBackend, type BackendState, type MockBackend } from "../../src/index.js";
import { expect, MockContext, test } from "../../src/testing/vitest.js";
import { networkAttempts, rendezvous } from "../helpers.js";

describe("each test gets its own backend and clients", () => {
  let first: { backend: MockBackend; dsql: DSQLClient } | undefined;

  test("a first test creates a cluster", async ({ backend, dsql }) => {
    await dsql.send(new CreateClusterCommand({}));
    expect((await dsql.send(new ListClustersCommand({}))).clusters).toHaveLength(1);
    expect(backendOf(dsql)).toBe(backend);
    first = { backend, dsql };
  });

  test("the next test starts empty, and the last test's client was detached", async ({ backend, dsql }) => {
    expect(first).toBeDefined();
    expect(backend).not.toBe(first!.backend);
    expect((await dsql.send(new ListClustersCommand({}))).clusters).toEqual([]);
    expect(backendOf(first!.dsql)).toBeUndefined();
    expect(first!.dsql.middlewareStack.identify().some((m) => m.startsWith("awsDbMockMiddleware"))).toBe(false);
    expect(networkAttempts()).toEqual([]);
  });

  test("the clients of all three services answer from the test's backend, in us-east-1 by default", async ({ backend, dsql, rds, docdb, region }) => {
    await dsql.send(new ListClustersCommand({}));
    await rds.send(new DescribeDBClustersCommand({}));
    await docdb.send(new ListElasticClustersCommand({}));
    expect(region).toBe("us-east-1");
    expect(backend.calls().map((c) => [c.service, c.region])).toEqual([
      ["dsql", "us-east-1"],
      ["rds", "us-east-1"],
      ["docdb-elastic", "us-east-1"],
    ]);
    expect(dsql).toHaveReceivedCommand(ListClustersCommand);
    expect(rds).toHaveReceivedCommandTimes(DescribeDBClustersCommand, 1);
  });

  test("ids are seeded by the test's name, so they repeat run to run", async ({ dsql, task }) => {
    const { identifier } = await dsql.send(new CreateClusterCommand({}));
    const again = createMockBackend({ seed: task.name });
    const client = again.attach(new DSQLClient({ region: "us-east-1" }));
    expect((await client.send(new CreateClusterCommand({}))).identifier).toBe(identifier);
  });
});

describe("fixtures are options", () => {
  describe("in another Region", () => {
    test.override({ region: "eu-west-1" });

    test("the clients answer in it", async ({ dsql, backend }) => {
      const created = await dsql.send(new CreateClusterCommand({}));
      expect(created.arn).toMatch(/^arn:aws:dsql:eu-west-1:123456789012:cluster\//);
      expect(backend.calls()[0].region).toBe("eu-west-1");
    });
  });

  describe("with backend options and client configuration", () => {
    test.override({ backendOptions: { lifecycle: "timed", retries: { delay: false }, seed: 7 }, clientConfig: { maxAttempts: 2 } });

    test("they reach the backend and the clients", async ({ dsql, backend }) => {
      const { identifier } = await dsql.send(new CreateClusterCommand({}));
      expect((await dsql.send(new GetClusterCommand({ identifier }))).status).toBe("CREATING");
      backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException" });
      const err: any = await dsql.send(new ListClustersCommand({})).catch((e) => e);
      expect(err.$metadata.attempts).toBe(2);
    });
  });
});

describe("starting from a state file", () => {
  const file = join(mkdtempSync(join(tmpdir(), "aws-db-mock-")), "state.json");
  const seeded = createMockBackend({ seed: "fixture" });
  const seededClient = seeded.attach(new DSQLClient({ region: "us-east-1" }));
  let identifier = "";

  test("a suite writes what dump() produced", async () => {
    identifier = (await seededClient.send(new CreateClusterCommand({ tags: { name: "orders" } }))).identifier!;
    await seededClient.send(new ListClustersCommand({}));
    writeFileSync(file, JSON.stringify(seeded.dump(), null, 2));
    expect(identifier).toMatch(/^[a-z0-9]{26}$/);
  });

  describe("and a test starts from it", () => {
    // Read when the test runs (after the test above wrote it), not when the file is collected.
    test.override("initialState", () => JSON.parse(readFileSync(file, "utf8")) as BackendState);

    test("the loaded cluster is there, and new ids continue the sequence", async ({ dsql }) => {
      const cluster = await dsql.send(new GetClusterCommand({ identifier }));
      expect(cluster.status).toBe("ACTIVE");
      expect(cluster.tags).toEqual({ name: "orders" });
      const next = await dsql.send(new CreateClusterCommand({}));
      const expected = await seededClient.send(new CreateClusterCommand({}));
      expect(next.identifier).toBe(expected.identifier);
    });
  });
});

describe.concurrent("tests that run at the same time do not see each other's state", () => {
  // Both tests wait here after creating, so they are certainly in flight together.
  const meet = rendezvous(2);

  for (const name of ["left", "right"]) {
    test(`${name}`, async ({ dsql, backend, expect }) => {
      await dsql.send(new CreateClusterCommand({ tags: { name } }));
      await meet();
      const listed = await dsql.send(new ListClustersCommand({}));
      expect(listed.clusters).toHaveLength(1);
      const only = await dsql.send(new GetClusterCommand({ identifier: listed.clusters![0].identifier }));
      expect(only.tags).toEqual({ name });
      expect(backend).toHaveReceivedCommandTimes(CreateClusterCommand, 1);
    });
  }
});

describe("the SDK clients are optional peers", () => {
  test("a client whose package is missing is an error only when asked for, naming the package", () => {
    const ctx = new MockContext({ region: "us-east-1" }, { dsql: undefined });
    expect(ctx.backend.calls()).toEqual([]);
    expect(() => ctx.rds).toThrow(/needs @aws-sdk\/client-rds; install it/);
    ctx.dispose();
  });
});
