import { DSQLClient, ListClustersCommand } from "@aws-sdk/client-dsql";
import { RDS, RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, MockNotImplementedError } from "../../src/index.js";
import { caught, FutureRdsCommand, networkAttempts } from "../helpers.js";

// An `onUnhandled` function answers every command that is not simulated: it lets these tests look at
// routing, Regions and the call log without depending on any one service's simulation.
function echoBackend(options: Parameters<typeof createMockBackend>[0] = {}) {
  return createMockBackend({
    ...options,
    onUnhandled: ({ client, command, region }) => ({ echo: { client, command, region } }),
  });
}

describe("backend.attach", () => {
  it("answers in the client's own Region and returns the client", async () => {
    const backend = echoBackend();
    const client = new RDSClient({ region: "ap-southeast-2" });
    expect(backend.attach(client)).toBe(client);
    const out: any = await client.send(new FutureRdsCommand({}));
    expect(out.echo).toEqual({ client: "RDSClient", command: "DescribeFutureThingsCommand", region: "ap-southeast-2" });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(backend.calls().map((c) => [c.service, c.command, c.region])).toEqual([
      ["rds", "DescribeFutureThings", "ap-southeast-2"],
    ]);
  });

  it("intercepts once when attached twice, and detach undoes it", async () => {
    const backend = echoBackend();
    const client = backend.attach(backend.attach(new DSQLClient({ region: "us-east-2" })));
    await client.send(new ListClustersCommand({}));
    expect(backend.calls()).toHaveLength(1);
    expect(client.middlewareStack.identify().filter((m) => m.startsWith("awsDbMockMiddleware"))).toHaveLength(1);

    backend.detach(client);
    expect(client.middlewareStack.identify().some((m) => m.startsWith("awsDbMockMiddleware"))).toBe(false);
  });

  it("a second backend attached to the same client takes over; detaching the first leaves it", async () => {
    const first = echoBackend();
    const second = echoBackend();
    const client = first.attach(new DSQLClient({ region: "us-east-1" }));
    second.attach(client);
    first.detach(client);
    await client.send(new ListClustersCommand({}));
    expect(first.calls()).toHaveLength(0);
    expect(second.calls()).toHaveLength(1);
  });

  it("works with the aggregated client", async () => {
    const backend = echoBackend();
    const rds = backend.attach(new RDS({ region: "eu-west-1" }));
    const out = await rds.describeDBProxies({});
    expect(out.DBProxies).toEqual([]);
    expect(backend.calls().map((c) => [c.service, c.command, c.region])).toEqual([["rds", "DescribeDBProxies", "eu-west-1"]]);
  });

  it("fails a client built without a Region as the real client fails, recording nothing", async () => {
    const backend = echoBackend({ region: "eu-central-1" });
    const prior = { region: process.env.AWS_REGION, config: process.env.AWS_CONFIG_FILE };
    delete process.env.AWS_REGION;
    process.env.AWS_CONFIG_FILE = "/nonexistent/aws-db-mock/config";
    try {
      // The real client's own error for a missing Region, read from an unattached client.
      const expected = await caught(new RDSClient({}).config.region());
      const client = backend.attach(new RDSClient({}));
      const err = await caught(client.send(new FutureRdsCommand({})));
      expect(err.constructor).toBe(expected.constructor);
      expect(err.message).toBe(expected.message);
      expect(err.message).toBe("Region is missing");
      expect(backend.calls()).toEqual([]);
    } finally {
      for (const [key, value] of [["AWS_REGION", prior.region], ["AWS_CONFIG_FILE", prior.config]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("looks up no credentials and opens no socket", async () => {
    const backend = createMockBackend();
    const client = backend.attach(new RDSClient({ region: "us-east-1" }));
    expect(process.env.AWS_ACCESS_KEY_ID).toBeUndefined();
    const err = await caught(client.send(new FutureRdsCommand({})));
    expect(err).toBeInstanceOf(MockNotImplementedError);
    expect(networkAttempts()).toEqual([]);
  });
});

describe("onUnhandled", () => {
  it("defaults to a MockNotImplementedError naming the client and command", async () => {
    const backend = createMockBackend();
    const client = backend.attach(new RDSClient({ region: "us-east-1" }));
    const err = await caught<MockNotImplementedError>(client.send(new FutureRdsCommand({})));
    expect(err).toBeInstanceOf(MockNotImplementedError);
    expect(err.name).toBe("MockNotImplementedError");
    expect(err.client).toBe("RDSClient");
    expect(err.command).toBe("DescribeFutureThingsCommand");
    expect(backend.calls()[0].error).toBe(err);
  });
});

describe("the call log", () => {
  it("keeps the newest calls up to callLogLimit", async () => {
    const backend = echoBackend({ callLogLimit: 3 });
    const client = backend.attach(new DSQLClient({ region: "us-east-1" }));
    for (let i = 0; i < 5; i++) await client.send(new ListClustersCommand({ maxResults: i + 1 }));
    expect(backend.calls().map((c) => c.input.maxResults)).toEqual([3, 4, 5]);
  });

  it("records the virtual time of each call", async () => {
    const backend = echoBackend({ startTime: new Date("2030-01-01T00:00:00Z") });
    const client = backend.attach(new DSQLClient({ region: "us-east-1" }));
    await client.send(new ListClustersCommand({}));
    backend.clock.advance(60_000);
    await client.send(new ListClustersCommand({}));
    expect(backend.calls().map((c) => c.time.toISOString())).toEqual(["2030-01-01T00:00:00.000Z", "2030-01-01T00:01:00.000Z"]);
  });
});
