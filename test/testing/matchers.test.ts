import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand } from "@aws-sdk/client-dsql";
import { CreateClusterCommand as CreateElasticClusterCommand, DocDBElasticClient } from "@aws-sdk/client-docdb-elastic";
import { describe, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { expect } from "../../src/testing/vitest.js";
import { dsqlSetup, failure } from "../helpers.js";

/** One attempt per call: these tests look at each injected answer as the first attempt got it. */
const setup: typeof dsqlSetup = (options = {}, clientConfig = {}) => dsqlSetup({ retries: false, ...options }, clientConfig);

const ID = "abcdefghijklmnopqrstuvwxyz";

describe("toHaveReceivedCommand / toHaveReceivedCommandTimes", () => {
  it("count the calls of one command, on a client or on its backend", async () => {
    const { backend, dsql } = setup();
    await dsql.send(new ListClustersCommand({}));
    await dsql.send(new ListClustersCommand({ maxResults: 5 }));

    expect(dsql).toHaveReceivedCommand(ListClustersCommand);
    expect(backend).toHaveReceivedCommand(ListClustersCommand);
    expect(dsql).not.toHaveReceivedCommand(CreateClusterCommand);
    expect(dsql).toHaveReceivedCommandTimes(ListClustersCommand, 2);
    expect(backend).toHaveReceivedCommandTimes(CreateClusterCommand, 0);
    expect(dsql).not.toHaveReceivedCommandTimes(ListClustersCommand, 1);
  });

  it("a client sees only its own calls; the backend sees all", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const a = backend.attach(new DSQLClient({ region: "us-east-1" }));
    const b = backend.attach(new DSQLClient({ region: "eu-west-1" }));
    await a.send(new ListClustersCommand({}));
    await b.send(new ListClustersCommand({}));
    await b.send(new ListClustersCommand({}));
    expect(a).toHaveReceivedCommandTimes(ListClustersCommand, 1);
    expect(b).toHaveReceivedCommandTimes(ListClustersCommand, 2);
    expect(backend).toHaveReceivedCommandTimes(ListClustersCommand, 3);
  });

  it("failed calls count, and each retry attempt counts", async () => {
    const backend = createMockBackend({ seed: 1, retries: { delay: false } });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 2 });
    await dsql.send(new ListClustersCommand({}));
    expect(dsql).toHaveReceivedCommandTimes(ListClustersCommand, 3);
  });

  it("tell apart the same-named commands of two services", async () => {
    const backend = createMockBackend({ seed: 1, retries: false });
    const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
    backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    await dsql.send(new CreateClusterCommand({}));
    expect(backend).toHaveReceivedCommand(CreateClusterCommand);
    expect(backend).not.toHaveReceivedCommand(CreateElasticClusterCommand);
  });

  it("a failure shows the calls received", async () => {
    const { backend, dsql } = setup();
    await dsql.send(new ListClustersCommand({ maxResults: 3 }));
    backend.faults.inject({ command: GetClusterCommand, error: "ThrottlingException" });
    await dsql.send(new GetClusterCommand({ identifier: ID })).catch(() => undefined);

    const message = failure(() => expect(dsql).toHaveReceivedCommand(CreateClusterCommand));
    expect(message).toContain("toHaveReceivedCommand");
    expect(message).toContain("Expected a CreateClusterCommand call, received none.");
    expect(message).toContain("Calls received by DSQLClient (2):");
    expect(message).toMatch(/1\. ListClustersCommand .*maxResults.*3.* -> ok/);
    expect(message).toMatch(/2\. GetClusterCommand .*abcdefghijklmnopqrstuvwxyz.* -> failed: ThrottlingException/);

    const times = failure(() => expect(dsql).toHaveReceivedCommandTimes(ListClustersCommand, 2));
    expect(times).toContain("Expected 2 ListClustersCommand calls, received 1.");
    const not = failure(() => expect(dsql).not.toHaveReceivedCommand(ListClustersCommand));
    expect(not).toContain("Expected no ListClustersCommand call, received 1 call.");
  });

  it("a client with no calls, and a long history, say so", async () => {
    const { dsql } = setup();
    expect(failure(() => expect(dsql).toHaveReceivedCommand(ListClustersCommand))).toContain("DSQLClient received no calls.");
    for (let i = 1; i <= 25; i++) await dsql.send(new ListClustersCommand({ maxResults: i }));
    const message = failure(() => expect(dsql).toHaveReceivedCommand(CreateClusterCommand));
    expect(message).toContain("... 5 earlier calls not shown");
    expect(message).toMatch(/25\. ListClustersCommand .*25/);
    expect(message).not.toMatch(/\n\s+5\. ListClustersCommand/);
  });
});

describe("toHaveReceivedCommandWith", () => {
  it("matches top-level members of some call's input, with asymmetric matchers", async () => {
    const { dsql } = setup();
    await dsql.send(new CreateClusterCommand({ deletionProtectionEnabled: false, tags: { team: "payments", env: "prod" } }));

    expect(dsql).toHaveReceivedCommandWith(CreateClusterCommand, { deletionProtectionEnabled: false });
    expect(dsql).toHaveReceivedCommandWith(CreateClusterCommand, { tags: { team: "payments", env: "prod" } });
    expect(dsql).toHaveReceivedCommandWith(CreateClusterCommand, { tags: expect.objectContaining({ team: "payments" }) });
    expect(dsql).toHaveReceivedCommandWith(CreateClusterCommand, { deletionProtectionEnabled: expect.any(Boolean) });
    // Nested members compare whole, as aws-sdk-client-mock's matcher does.
    expect(dsql).not.toHaveReceivedCommandWith(CreateClusterCommand, { tags: { team: "payments" } });
    expect(dsql).not.toHaveReceivedCommandWith(CreateClusterCommand, { deletionProtectionEnabled: true });
  });

  it("a failure shows the expected input and the calls", async () => {
    const { dsql } = setup();
    await dsql.send(new ListClustersCommand({ maxResults: 3 }));
    const message = failure(() => expect(dsql).toHaveReceivedCommandWith(ListClustersCommand, { maxResults: 4 }));
    expect(message).toContain("Expected a ListClustersCommand call whose input contains:");
    expect(message).toMatch(/maxResults.*4/);
    expect(message).toContain("Received: 1 ListClustersCommand call, none matching.");
    expect(message).toMatch(/1\. ListClustersCommand .*maxResults.*3/);

    const not = failure(() => expect(dsql).not.toHaveReceivedCommandWith(ListClustersCommand, { maxResults: 3 }));
    expect(not).toContain("Expected no ListClustersCommand call whose input contains:");
    expect(not).toContain("call 1 of 1 matches");
  });
});

describe("toHaveReceivedNthCommandWith / toHaveReceivedLastCommandWith", () => {
  it("look at the nth (from 1) and the last call of the command", async () => {
    const { dsql } = setup();
    await dsql.send(new ListClustersCommand({ maxResults: 1 }));
    await dsql.send(new CreateClusterCommand({}));
    await dsql.send(new ListClustersCommand({ maxResults: 2 }));

    expect(dsql).toHaveReceivedNthCommandWith(ListClustersCommand, 1, { maxResults: 1 });
    expect(dsql).toHaveReceivedNthCommandWith(ListClustersCommand, 2, { maxResults: 2 });
    expect(dsql).not.toHaveReceivedNthCommandWith(ListClustersCommand, 2, { maxResults: 1 });
    expect(dsql).toHaveReceivedLastCommandWith(ListClustersCommand, { maxResults: 2 });
    expect(dsql).not.toHaveReceivedLastCommandWith(ListClustersCommand, { maxResults: 1 });

    const missing = failure(() => expect(dsql).toHaveReceivedNthCommandWith(ListClustersCommand, 3, { maxResults: 3 }));
    expect(missing).toContain("Received: 2 ListClustersCommand calls, so there is no call 3.");
    const wrong = failure(() => expect(dsql).toHaveReceivedLastCommandWith(ListClustersCommand, { maxResults: 9 }));
    expect(wrong).toContain("Expected the last ListClustersCommand to have an input containing:");
    expect(wrong).toMatch(/Received input: .*maxResults.*2/);
  });

  it("refuses an n that is not a position", async () => {
    const { dsql } = setup();
    expect(() => expect(dsql).toHaveReceivedNthCommandWith(ListClustersCommand, 0, {})).toThrow(/from 1/);
  });
});

describe("what the matchers accept", () => {
  it("a client that is not attached is an error that says how to attach it", () => {
    const loose = new DSQLClient({ region: "us-east-1" });
    expect(() => expect(loose).toHaveReceivedCommand(ListClustersCommand)).toThrow(/attached to a mock backend/);
    expect(() => expect({}).toHaveReceivedCommand(ListClustersCommand)).toThrow(/attached/);
  });

  it("a command must be a command class", () => {
    const { dsql } = setup();
    expect(() => expect(dsql).toHaveReceivedCommand("ListClusters" as any)).toThrow(/command class/);
  });

  it("inputs are typed by the command", () => {
    const { dsql } = setup();
    // @ts-expect-error not a member of ListClusters' input
    expect(() => expect(dsql).toHaveReceivedCommandWith(ListClustersCommand, { identifier: "x" })).toThrow();
    // @ts-expect-error maxResults is a number
    expect(() => expect(dsql).toHaveReceivedLastCommandWith(ListClustersCommand, { maxResults: "1" })).toThrow();
  });
});

describe("how inputs print", () => {
  it("on one line, asymmetric matchers with what they were given", async () => {
    const { dsql } = setup();
    await dsql.send(new CreateClusterCommand({ tags: { team: "a", "cost-center": "42" }, deletionProtectionEnabled: true }));
    const message = failure(() =>
      expect(dsql).toHaveReceivedCommandWith(CreateClusterCommand, { tags: expect.objectContaining({ team: "b" }), clientToken: expect.any(String) }),
    );
    expect(message).toContain('{ tags: ObjectContaining { team: "b" }, clientToken: Any String }');
    expect(message).toContain('1. CreateClusterCommand { tags: { team: "a", "cost-center": "42" }, deletionProtectionEnabled: true } -> ok');
  });
});
