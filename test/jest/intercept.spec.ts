import { afterAll, describe, expect, test } from "@jest/globals";
import { DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { createMockContext, useMockBackend } from "../../src/testing/jest.js";
import { createCluster, handler } from "../fixtures/lambda-handler.js";
import { networkAttempts } from "../helpers.js";

describe("useMockBackend({ intercept: 'classes' }) reaches a handler's module-level client", () => {
  const mock = useMockBackend({ intercept: "classes", region: "eu-west-1" });

  test("the handler's calls land in the test's backend", async () => {
    await createCluster("orders");
    expect(await handler({ stamp: "nightly" })).toEqual(["orders-nightly"]);
    expect(mock.backend.calls().map((c) => [c.command, c.region])).toEqual([
      ["CreateDBCluster", "eu-west-1"],
      ["DescribeDBClusters", "eu-west-1"],
      ["CreateDBClusterSnapshot", "eu-west-1"],
    ]);
    const { DBClusters } = await mock.rds.send(new DescribeDBClustersCommand({}));
    expect(DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(["orders"]);
    expect(networkAttempts()).toEqual([]);
  });

  test("the next test starts from an empty backend", async () => {
    expect(await handler({ stamp: "nightly" })).toEqual([]);
    expect(mock.backend.calls()).toHaveLength(1);
  });
});

describe("jest's test.concurrent: a context per test, and run() around the body", () => {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  const meet = async () => {
    if (++arrived === 2) release();
    await all;
  };

  test.concurrent("first", async () => {
    const ctx = await createMockContext({ intercept: [RDSClient] });
    try {
      await ctx.run(async () => {
        await meet();
        await createCluster("first-a");
        await createCluster("first-b");
        expect(await handler({ stamp: "x" })).toEqual(["first-a-x", "first-b-x"]);
      });
      expect(ctx.backend.calls().filter((c) => c.command === "CreateDBCluster")).toHaveLength(2);
    } finally {
      ctx.dispose();
    }
  });

  test.concurrent("second", async () => {
    const ctx = await createMockContext({ intercept: [RDSClient] });
    try {
      await ctx.run(async () => {
        await meet();
        await createCluster("second-a");
        expect(await handler({ stamp: "y" })).toEqual(["second-a-y"]);
      });
      expect(ctx.backend.calls().filter((c) => c.command === "CreateDBCluster")).toHaveLength(1);
    } finally {
      ctx.dispose();
    }
  });
});

afterAll(() => {
  // Every test's context detached: the class is as it was.
  expect(Object.hasOwn(RDSClient.prototype, "send")).toBe(false);
});
