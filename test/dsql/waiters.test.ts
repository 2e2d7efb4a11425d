import {
  CreateClusterCommand,
  DeleteClusterCommand,
  GetClusterCommand,
  UpdateClusterCommand,
  waitUntilClusterActive,
  waitUntilClusterNotExists,
} from "@aws-sdk/client-dsql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { caught } from "../helpers.js";
import { setup, type Env } from "./setup.js";

const FAST = { maxWaitTime: 2, minDelay: 0.01, maxDelay: 0.02 };

/** Statuses the waiter's polls saw, from the call log. */
function polledStatuses(env: Env, identifier: string): (string | undefined)[] {
  return env.backend
    .calls()
    .filter((c) => c.command === "GetCluster" && c.input.identifier === identifier)
    .map((c) => (c.output as { status?: string } | undefined)?.status ?? c.error?.name);
}

/** Moves fake time a second at a time (letting each poll run) until the waiter settles. */
async function drive<T>(waiting: Promise<T>): Promise<T> {
  let settled = false;
  waiting.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let s = 0; s < 400 && !settled; s++) await vi.advanceTimersByTimeAsync(1_000);
  return waiting;
}

describe("cluster waiters, instant lifecycle", () => {
  it("waitUntilClusterActive succeeds on the first poll after CreateCluster", async () => {
    const env = setup();
    const { identifier } = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    const result = await waitUntilClusterActive({ client: env.client(), ...FAST }, { identifier });
    expect(result.state).toBe("SUCCESS");
    expect(polledStatuses(env, identifier!)).toEqual(["ACTIVE"]);
  });

  it("waitUntilClusterNotExists succeeds once the deleted cluster is gone", async () => {
    const env = setup();
    const { identifier } = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    await env.client().send(new DeleteClusterCommand({ identifier }));
    const result = await waitUntilClusterNotExists({ client: env.client(), ...FAST }, { identifier });
    expect(result.state).toBe("SUCCESS");
    expect(polledStatuses(env, identifier!)).toEqual(["ResourceNotFoundException"]);
  });
});

describe("cluster waiters, multi-Region clusters", () => {
  it.each(["instant", "timed"] as const)("wait for both peers to link and to go away (%s lifecycle)", async (lifecycle) => {
    const env = setup({ lifecycle });
    const mr = (clusters?: string[]) => ({ deletionProtectionEnabled: false, multiRegionProperties: { witnessRegion: "us-west-2", clusters } });
    const first = await env.client("us-east-1").send(new CreateClusterCommand(mr()));
    const second = await env.client("us-east-2").send(new CreateClusterCommand(mr([first.arn!])));
    const peers = [
      { region: "us-east-1", identifier: first.identifier! },
      { region: "us-east-2", identifier: second.identifier! },
    ];
    const waitAll = (waiter: typeof waitUntilClusterActive | typeof waitUntilClusterNotExists) =>
      Promise.all(peers.map((p) => waiter({ client: env.client(p.region), ...FAST }, { identifier: p.identifier })));
    const tick = () => setTimeout(() => env.backend.clock.advance(60_000), 60);

    await env.client("us-east-1").send(new UpdateClusterCommand({ identifier: first.identifier, multiRegionProperties: { clusters: [second.arn!] } }));
    if (lifecycle === "timed") tick();
    expect((await waitAll(waitUntilClusterActive)).map((r) => r.state)).toEqual(["SUCCESS", "SUCCESS"]);

    expect((await env.client("us-east-1").send(new DeleteClusterCommand({ identifier: first.identifier }))).status).toBe("PENDING_DELETE");
    await env.client("us-east-2").send(new DeleteClusterCommand({ identifier: second.identifier }));
    if (lifecycle === "timed") {
      expect((await env.client("us-east-1").send(new GetClusterCommand({ identifier: first.identifier }))).status).toBe("DELETING");
      tick();
    }
    expect((await waitAll(waitUntilClusterNotExists)).map((r) => r.state)).toEqual(["SUCCESS", "SUCCESS"]);
  });
});

describe("cluster waiters, timed lifecycle", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keep polling while CREATING / DELETING and succeed when the clock moves on", async () => {
    const env = setup({ lifecycle: "timed" });
    const { identifier } = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    const active = waitUntilClusterActive({ client: env.client(), ...FAST }, { identifier });
    setTimeout(() => env.backend.clock.advance(60_000), 60);
    expect((await active).state).toBe("SUCCESS");
    const seen = polledStatuses(env, identifier!);
    expect(seen[0]).toBe("CREATING");
    expect(seen.at(-1)).toBe("ACTIVE");

    await env.client().send(new DeleteClusterCommand({ identifier }));
    const gone = waitUntilClusterNotExists({ client: env.client(), ...FAST }, { identifier });
    setTimeout(() => env.backend.clock.advance(60_000), 60);
    expect((await gone).state).toBe("SUCCESS");
    expect(polledStatuses(env, identifier!)).toContain("DELETING");
  });

  it("time out while the clock stands still", async () => {
    const env = setup({ lifecycle: "timed" });
    const { identifier } = await env.client().send(new CreateClusterCommand({}));
    const err = await caught(waitUntilClusterActive({ client: env.client(), maxWaitTime: 0.3, minDelay: 0.01, maxDelay: 0.02 }, { identifier }));
    expect(err.name).toBe("TimeoutError");
    expect((await env.client().send(new GetClusterCommand({ identifier }))).status).toBe("CREATING");
  });

  it("run with the SDK's default delays under fake timers and a system clock", async () => {
    vi.useFakeTimers({ now: new Date("2031-05-01T00:00:00Z") });
    const env = setup({ lifecycle: "timed", clock: "system" });
    const { identifier } = await env.client().send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    const active = await drive(waitUntilClusterActive({ client: env.client(), maxWaitTime: 300 }, { identifier }));
    expect(active.state).toBe("SUCCESS");
    expect(polledStatuses(env, identifier!).length).toBeGreaterThan(1);

    await env.client().send(new DeleteClusterCommand({ identifier }));
    const gone = await drive(waitUntilClusterNotExists({ client: env.client(), maxWaitTime: 300 }, { identifier }));
    expect(gone.state).toBe("SUCCESS");
  });
});
