/** The matchers under jest: same core as vitest, jest's own equality and hints. */
import { describe, expect, test } from "@jest/globals";
import { CreateClusterCommand, DSQLClient, ListClustersCommand } from "@aws-sdk/client-dsql";
import { CreateClusterCommand as CreateElasticClusterCommand } from "@aws-sdk/client-docdb-elastic";
import { createMockBackend } from "../../src/index.js";
import { useMockBackend } from "../../src/testing/jest.js";
import { failure } from "../helpers.js";

// One attempt per call: the failure messages below show each injected answer as the first attempt got it.
const mock = useMockBackend({ backend: { retries: false } });

describe("matchers", () => {
  test("on a client and on its backend", async () => {
    await mock.dsql.send(new CreateClusterCommand({ tags: { team: "a" }, deletionProtectionEnabled: false }));
    await mock.dsql.send(new ListClustersCommand({ maxResults: 1 }));
    await mock.dsql.send(new ListClustersCommand({ maxResults: 2 }));

    expect(mock.dsql).toHaveReceivedCommand(CreateClusterCommand);
    expect(mock.backend).toHaveReceivedCommandTimes(ListClustersCommand, 2);
    expect(mock.dsql).not.toHaveReceivedCommand(CreateElasticClusterCommand);
    expect(mock.dsql).toHaveReceivedCommandWith(CreateClusterCommand, { tags: { team: "a" } });
    expect(mock.dsql).toHaveReceivedCommandWith(CreateClusterCommand, { tags: expect.objectContaining({ team: "a" }), deletionProtectionEnabled: expect.any(Boolean) });
    expect(mock.dsql).toHaveReceivedNthCommandWith(ListClustersCommand, 1, { maxResults: 1 });
    expect(mock.dsql).toHaveReceivedLastCommandWith(ListClustersCommand, { maxResults: 2 });
    expect(mock.dsql).not.toHaveReceivedLastCommandWith(ListClustersCommand, { maxResults: 1 });
  });

  test("a client sees only its own calls", async () => {
    const other = mock.backend.attach(new DSQLClient({ region: "us-east-1" }));
    await other.send(new ListClustersCommand({}));
    expect(other).toHaveReceivedCommandTimes(ListClustersCommand, 1);
    expect(mock.dsql).toHaveReceivedCommandTimes(ListClustersCommand, 0);
  });

  test("failure messages show the calls received", async () => {
    mock.backend.faults.inject({ command: ListClustersCommand, error: "ThrottlingException", times: 1 });
    await mock.dsql.send(new ListClustersCommand({ maxResults: 3 })).catch(() => undefined);
    await mock.dsql.send(new ListClustersCommand({ maxResults: 4 }));

    const message = failure(() => expect(mock.dsql).toHaveReceivedCommandWith(ListClustersCommand, { maxResults: 5 }));
    expect(message).toContain("toHaveReceivedCommandWith");
    expect(message).toContain("Expected a ListClustersCommand call whose input contains:");
    expect(message).toContain("{ maxResults: 5 }");
    expect(message).toContain("Calls received by DSQLClient (2):");
    expect(message).toContain("1. ListClustersCommand { maxResults: 3 } -> failed: ThrottlingException");
    expect(message).toContain("2. ListClustersCommand { maxResults: 4 } -> ok");

    const times = failure(() => expect(mock.dsql).not.toHaveReceivedCommandTimes(ListClustersCommand, 2));
    expect(times).toContain("Expected not 2 ListClustersCommand calls, received 2.");
  });

  test("typed by the command under jest's own expect (checked by tsc)", async () => {
    await mock.dsql.send(new ListClustersCommand({ maxResults: 1 }));
    // @ts-expect-error maxResults is a number
    expect(() => expect(mock.dsql).toHaveReceivedCommandWith(ListClustersCommand, { maxResults: "1" })).toThrow();
    // @ts-expect-error not a member of ListClusters' input
    expect(() => expect(mock.dsql).toHaveReceivedLastCommandWith(ListClustersCommand, { identifier: "x" })).toThrow();
  });

  test("an unattached client is an error that says how to attach it", () => {
    const loose = new DSQLClient({ region: "us-east-1" });
    expect(() => expect(loose).toHaveReceivedCommand(ListClustersCommand)).toThrow(/backend\.attach\(client\)/);
    // A backend made outside the hooks works too.
    const backend = createMockBackend();
    expect(backend).not.toHaveReceivedCommand(ListClustersCommand);
  });
});
