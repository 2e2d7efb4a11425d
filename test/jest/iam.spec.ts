/** `expect(backend).toBeAllowedBy(policy)` under jest (registered by the jest entry point). */
import { describe, expect, test } from "@jest/globals";
import { CreateClusterCommand, DSQLClient } from "@aws-sdk/client-dsql";
import { createMockBackend } from "../../src/index.js";
import "../../src/testing/jest.js";

describe("toBeAllowedBy", () => {
  test("passes for a policy allowing every recorded request, fails for one that does not", async () => {
    const backend = createMockBackend({ seed: 1, iam: {} });
    await backend.attach(new DSQLClient({ region: "us-east-1" })).send(new CreateClusterCommand({ tags: { team: "data" } }));
    expect(backend).toBeAllowedBy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["dsql:CreateCluster", "dsql:TagResource"], Resource: "*" }] });
    expect(backend).not.toBeAllowedBy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "dsql:CreateCluster", Resource: "*" }] });
    expect(backend).toBeAllowedBy(backend.iam.leastPrivilegePolicy());
  });
});
