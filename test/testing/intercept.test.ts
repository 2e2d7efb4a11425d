import { CreateDBClusterSnapshotCommand, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { describe } from "vitest";
import { expect, test } from "../../src/testing/vitest.js";
import { createCluster, handler, handlerClient } from "../fixtures/lambda-handler.js";
import { networkAttempts, rendezvous } from "../helpers.js";

describe("intercept: 'classes' reaches a handler's module-level client", () => {
  test.override({ intercept: "classes", region: "eu-west-1" });

  test("the handler's calls land in the test's backend, in the client's own Region", async ({ backend }) => {
    await createCluster("orders");
    expect(await handler({ stamp: "nightly" })).toEqual(["orders-nightly"]);
    expect(backend.calls().map((c) => [c.command, c.region])).toEqual([
      ["CreateDBCluster", "eu-west-1"],
      ["DescribeDBClusters", "eu-west-1"],
      ["CreateDBClusterSnapshot", "eu-west-1"],
    ]);
    expect(networkAttempts()).toEqual([]);
  });

  test("the next test starts from an empty backend", async ({ backend }) => {
    expect(await handler({ stamp: "nightly" })).toEqual([]);
    expect(backend.calls()).toHaveLength(1);
  });

  test("a test that asks for no fixture is intercepted too, and the matchers see the module's client", async () => {
    await createCluster("quiet");
    expect(await handler({ stamp: "n" })).toEqual(["quiet-n"]);
    expect(handlerClient).toHaveReceivedCommandTimes(DescribeDBClustersCommand, 1);
    expect(handlerClient).toHaveReceivedCommandWith(CreateDBClusterSnapshotCommand, { DBClusterSnapshotIdentifier: "quiet-n" });
    expect(networkAttempts()).toEqual([]);
  });

  test("the fixture's own clients and the handler's client share the test's state", async ({ rds }) => {
    await createCluster("shared");
    const { DBClusters } = await rds.send(new DescribeDBClustersCommand({}));
    expect(DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(["shared"]);
  });
});

describe("concurrent tests sharing one module-level client each reach their own backend", () => {
  test.override({ intercept: [RDSClient] });
  const meet = rendezvous(2);

  test.concurrent("first", async ({ backend }) => {
    await meet(); // both tests have attached before either sends
    await createCluster("first-a");
    await createCluster("first-b");
    expect(await handler({ stamp: "x" })).toEqual(["first-a-x", "first-b-x"]);
    expect(backend.calls().filter((c) => c.command === "CreateDBCluster")).toHaveLength(2);
  });

  test.concurrent("second", async ({ backend }) => {
    await meet();
    await createCluster("second-a");
    expect(await handler({ stamp: "y" })).toEqual(["second-a-y"]);
    expect(backend.calls().filter((c) => c.command === "CreateDBCluster")).toHaveLength(1);
  });
});

describe("after the tests, the class is as it was", () => {
  test("no own send on the prototype once the intercepting tests are done", () => {
    expect(Object.hasOwn(RDSClient.prototype, "send")).toBe(false);
  });
});
