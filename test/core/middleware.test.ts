import { CreateClusterCommand, DSQLClient, ListClustersCommand } from "@aws-sdk/client-dsql";
import { RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, defaultBackend, MockNotImplementedError, mockMiddleware, resetDefaultBackend } from "../../src/index.js";
import { caught, FutureRdsCommand, networkAttempts } from "../helpers.js";

describe("interception", () => {
  it("fails loudly, naming the client and command, for a command that is not simulated", async () => {
    const backend = createMockBackend();
    const rds = backend.attach(new RDSClient({ region: "eu-west-1" }));
    const err = await caught(rds.send(new FutureRdsCommand({})));
    expect(err).toBeInstanceOf(MockNotImplementedError);
    expect(err.message).toContain("DescribeFutureThingsCommand");
    expect(err.message).toContain("RDSClient");
    expect(err.$metadata.httpStatusCode).toBe(501);
    expect(networkAttempts()).toEqual([]);
  });

  it("the literal middleware answers from the default backend", async () => {
    resetDefaultBackend();
    const client = new DSQLClient({ region: "us-east-1" });
    client.middlewareStack.add(mockMiddleware);
    const created = await client.send(new CreateClusterCommand({}));
    const listed = await client.send(new ListClustersCommand({}));
    expect(listed.clusters?.map((c) => c.identifier)).toEqual([created.identifier]);
    expect(defaultBackend().calls().map((c) => c.command)).toEqual(["CreateCluster", "ListClusters"]);
    expect(networkAttempts()).toEqual([]);
    resetDefaultBackend();
  });
});
