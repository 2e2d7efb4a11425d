/** Under jest (the SDK's CommonJS build): SDK waiters against a timed backend sleep in simulated time. */
import { describe, expect, test } from "@jest/globals";
import { CreateClusterCommand, GetClusterCommand, waitUntilClusterActive } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, waitUntilDBClusterAvailable } from "@aws-sdk/client-rds";
import { useMockBackend } from "../../src/testing/jest.js";

describe("useMockBackend({ backend: { lifecycle: 'timed' } })", () => {
  const mock = useMockBackend({ backend: { lifecycle: "timed" } });

  test("DSQL waitUntilClusterActive finishes, the clock showing the minute it took", async () => {
    const start = mock.backend.clock.now();
    const { identifier } = await mock.dsql.send(new CreateClusterCommand({}));
    expect((await waitUntilClusterActive({ client: mock.dsql, maxWaitTime: 600 }, { identifier })).state).toBe("SUCCESS");
    const polls = mock.backend.calls(GetClusterCommand).map((c) => c.time.getTime() - start);
    expect(polls.at(-1)).toBeGreaterThanOrEqual(60_000);
    expect(polls.at(-2)).toBeLessThan(60_000);
    expect(mock.backend.clock.now() - start).toBe(polls.at(-1));
  });

  test("RDS waitUntilDBClusterAvailable times out after maxWaitTime of simulated time when the cluster never comes", async () => {
    await mock.rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "Secret-pass1" }));
    // The waiter asks for a cluster that does not exist: each poll is a DBClusterNotFoundFault, which
    // this waiter's acceptors retry, as against AWS.
    const start = mock.backend.clock.now();
    const err = await waitUntilDBClusterAvailable({ client: mock.rds, maxWaitTime: 300 }, { DBClusterIdentifier: "nope" }).catch((e: Error) => e);
    expect((err as Error).name).toBe("TimeoutError");
    expect(mock.backend.clock.now() - start).toBeLessThanOrEqual(300_000);
    expect(mock.backend.calls().length).toBeGreaterThan(3);
  });
});
