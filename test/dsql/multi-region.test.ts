import {
  ConflictException,
  CreateClusterCommand,
  DeleteClusterCommand,
  GetClusterCommand,
  ResourceNotFoundException,
  UpdateClusterCommand,
  ValidationException,
  waitUntilClusterActive,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { ACCOUNT, activeCluster, expectFailure, setup, type Env } from "./setup.js";

const WITNESS = "us-west-2";

/** Creates the first cluster in us-east-1 and the second in us-east-2 naming the first. */
async function pendingPair(env: Env, protect = false) {
  const first = await env.client("us-east-1").send(
    new CreateClusterCommand({ deletionProtectionEnabled: protect, multiRegionProperties: { witnessRegion: WITNESS } }),
  );
  const second = await env.client("us-east-2").send(
    new CreateClusterCommand({ deletionProtectionEnabled: protect, multiRegionProperties: { witnessRegion: WITNESS, clusters: [first.arn!] } }),
  );
  return { first, second };
}

async function linkedPair(env: Env) {
  const pair = await pendingPair(env);
  await env.client("us-east-1").send(
    new UpdateClusterCommand({ identifier: pair.first.identifier, multiRegionProperties: { clusters: [pair.second.arn!] } }),
  );
  return pair;
}

const get = (env: Env, region: string, identifier: string) => env.client(region).send(new GetClusterCommand({ identifier }));

describe("multi-Region clusters", () => {
  it("waits in PENDING_SETUP until each side lists the other, then both are ACTIVE", async () => {
    const env = setup();
    const { first, second } = await pendingPair(env);
    expect(first.status).toBe("PENDING_SETUP");
    // AWS lists the cluster's own ARN among its multi-Region clusters.
    expect(first.multiRegionProperties).toEqual({ witnessRegion: WITNESS, clusters: [first.arn] });
    expect(second.status).toBe("PENDING_SETUP");
    expect(second.multiRegionProperties).toEqual({ witnessRegion: WITNESS, clusters: [second.arn, first.arn] });
    expect((await get(env, "us-east-1", first.identifier!)).status).toBe("PENDING_SETUP");
    expect((await get(env, "us-east-2", second.identifier!)).status).toBe("PENDING_SETUP");

    const updated = await env.client("us-east-1").send(
      new UpdateClusterCommand({ identifier: first.identifier, multiRegionProperties: { witnessRegion: WITNESS, clusters: [second.arn!] } }),
    );
    expect(updated.status).toBe("UPDATING");
    const a = await get(env, "us-east-1", first.identifier!);
    const b = await get(env, "us-east-2", second.identifier!);
    expect(a.status).toBe("ACTIVE");
    expect(b.status).toBe("ACTIVE");
    expect(a.multiRegionProperties).toEqual({ witnessRegion: WITNESS, clusters: [first.arn, second.arn] });
    expect(b.multiRegionProperties).toEqual({ witnessRegion: WITNESS, clusters: [second.arn, first.arn] });
  });

  it("links in the timed lifecycle: the updated side UPDATING, the waiting side CREATING", async () => {
    const env = setup({ lifecycle: "timed" });
    const { first, second } = await pendingPair(env);
    await env.client("us-east-1").send(
      new UpdateClusterCommand({ identifier: first.identifier, multiRegionProperties: { clusters: [second.arn!] } }),
    );
    expect((await get(env, "us-east-1", first.identifier!)).status).toBe("UPDATING");
    expect((await get(env, "us-east-2", second.identifier!)).status).toBe("CREATING");
    env.backend.clock.advance(60_000);
    expect((await get(env, "us-east-1", first.identifier!)).status).toBe("ACTIVE");
    await waitUntilClusterActive({ client: env.client("us-east-2"), maxWaitTime: 1, minDelay: 0.01, maxDelay: 0.02 }, { identifier: second.identifier });
  });

  it("accepts the cluster's own ARN among clusters (as GetCluster shows it)", async () => {
    const env = setup();
    const { first, second } = await pendingPair(env);
    await env.client("us-east-1").send(
      new UpdateClusterCommand({ identifier: first.identifier, multiRegionProperties: { clusters: [first.arn!, second.arn!] } }),
    );
    expect((await get(env, "us-east-1", first.identifier!)).multiRegionProperties?.clusters).toEqual([first.arn, second.arn]);
  });

  it("un-peers both sides when an update drops a peer", async () => {
    const env = setup();
    const { first, second } = await linkedPair(env);
    await env.client("us-east-1").send(new GetClusterCommand({ identifier: first.identifier }));
    await env.client("us-east-1").send(new UpdateClusterCommand({ identifier: first.identifier, multiRegionProperties: { clusters: [] } }));
    const a = await get(env, "us-east-1", first.identifier!);
    const b = await get(env, "us-east-2", second.identifier!);
    expect(a).toMatchObject({ status: "PENDING_SETUP", multiRegionProperties: { clusters: [first.arn] } });
    expect(b).toMatchObject({ status: "PENDING_SETUP", multiRegionProperties: { clusters: [second.arn] } });
  });

  describe("rules", () => {
    const create = (env: Env, multiRegionProperties: { witnessRegion?: string; clusters?: string[] }, region = "us-east-1") =>
      env.client(region).send(new CreateClusterCommand({ multiRegionProperties }));

    it("refuses a witness Region equal to the cluster's own Region", async () => {
      const env = setup();
      const err = await expectFailure(env, () => create(env, { witnessRegion: "us-east-1" }), {
        type: ValidationException,
        status: 400,
        mentions: "witnessRegion",
      });
      expect(err.reason).toBe("fieldValidationFailed");
      expect(err.fieldList).toEqual([{ name: "multiRegionProperties.witnessRegion", message: err.message }]);
    });

    it.each(["sa-east-1", "mars-north-1"])("refuses witness Region %s where DSQL does not run", async (witnessRegion) => {
      const env = setup();
      await expectFailure(env, () => create(env, { witnessRegion }), { type: ValidationException, status: 400, mentions: witnessRegion });
    });

    it("refuses an empty witnessRegion instead of creating a single-Region cluster", async () => {
      const env = setup();
      const err = await expectFailure(env, () => create(env, { witnessRegion: "" }), {
        type: ValidationException,
        status: 400,
        mentions: "witnessRegion",
      });
      expect(err.fieldList?.[0]?.name).toBe("multiRegionProperties.witnessRegion");
      const { identifier } = await activeCluster(env, { multiRegionProperties: { witnessRegion: WITNESS } });
      await expectFailure(env, () => env.client().send(new UpdateClusterCommand({ identifier, multiRegionProperties: { witnessRegion: "" } })), {
        type: ValidationException,
        status: 400,
        mentions: "witnessRegion",
      });
    });

    it("takes the list of DSQL Regions from settings.dsql.regions", async () => {
      const env = setup({ settings: { dsql: { regions: ["us-east-1", "sa-east-1"] } } });
      const out = await create(env, { witnessRegion: "sa-east-1" });
      expect(out.multiRegionProperties?.witnessRegion).toBe("sa-east-1");
      await expectFailure(env, () => create(env, { witnessRegion: "us-west-2" }), { type: ValidationException, status: 400 });
    });

    it("refuses peers without a witness Region", async () => {
      const env = setup();
      const first = await create(env, { witnessRegion: WITNESS });
      await expectFailure(env, () => create(env, { clusters: [first.arn!] }, "us-east-2"), {
        type: ValidationException,
        status: 400,
        mentions: "witnessRegion",
      });
    });

    it("refuses a peer in another account", async () => {
      const env = setup();
      const arn = `arn:aws:dsql:us-east-2:210987654321:cluster/abcdefghijklmnopqrstuvwxyz`;
      const err = await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [arn] }), {
        type: ValidationException,
        status: 400,
        mentions: /another account/,
      });
      expect(err.fieldList?.[0]?.name).toBe("multiRegionProperties.clusters");
    });

    it("refuses a peer in the cluster's own Region", async () => {
      const env = setup();
      const local = await create(env, { witnessRegion: WITNESS });
      await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [local.arn!] }), {
        type: ValidationException,
        status: 400,
        mentions: /own Region/,
      });
    });

    it("refuses a peer that does not exist, without creating state in the peer's Region", async () => {
      const env = setup();
      await activeCluster(env);
      const arn = `arn:aws:dsql:us-east-2:${ACCOUNT}:cluster/abcdefghijklmnopqrstuvwxyz`;
      await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [arn] }), {
        type: ValidationException,
        status: 400,
        mentions: /does not exist/,
      });
      expect(Object.keys(env.backend.dump().worlds.dsql)).toEqual([`${ACCOUNT}/us-east-1`]);
    });

    it("refuses a single-Region peer", async () => {
      const env = setup();
      const single = await activeCluster(env, {}, "us-east-2");
      await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [single.arn] }), {
        type: ValidationException,
        status: 400,
        mentions: /single-Region/,
      });
    });

    it("refuses a peer with another witness Region", async () => {
      const env = setup();
      const peer = await create(env, { witnessRegion: "eu-west-1" }, "us-east-2");
      await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [peer.arn!] }), {
        type: ValidationException,
        status: 400,
        mentions: /witness Region 'eu-west-1'/,
      });
    });

    it("refuses a witness Region that is a peer's Region", async () => {
      const env = setup();
      const peer = await create(env, { witnessRegion: "us-east-1" }, "us-east-2");
      await expectFailure(env, () => create(env, { witnessRegion: "us-east-2", clusters: [peer.arn!] }), {
        type: ValidationException,
        status: 400,
        mentions: /third Region/,
      });
    });

    it("refuses the same peer twice", async () => {
      const env = setup();
      const peer = await create(env, { witnessRegion: WITNESS }, "us-east-2");
      await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [peer.arn!, peer.arn!] }), {
        type: ValidationException,
        status: 400,
        mentions: /more than once/,
      });
    });

    it("refuses to change the witness Region of a cluster with peers", async () => {
      const env = setup();
      const { second } = await pendingPair(env);
      await expectFailure(
        env,
        () => env.client("us-east-2").send(new UpdateClusterCommand({ identifier: second.identifier, multiRegionProperties: { witnessRegion: "eu-west-1" } })),
        { type: ValidationException, status: 400, mentions: "witnessRegion" },
      );
    });

    it("refuses a peer that is being deleted (ConflictException)", async () => {
      const env = setup({ lifecycle: "timed" });
      const peer = await create(env, { witnessRegion: WITNESS }, "us-east-2");
      await env.client("us-east-2").send(new UpdateClusterCommand({ identifier: peer.identifier, deletionProtectionEnabled: false }));
      env.backend.clock.advance(60_000);
      await env.client("us-east-2").send(new DeleteClusterCommand({ identifier: peer.identifier }));
      const err = await expectFailure(env, () => create(env, { witnessRegion: WITNESS, clusters: [peer.arn!] }), {
        type: ConflictException,
        status: 409,
      });
      expect(err.resourceId).toBe(peer.identifier);
    });
  });

  describe("deletion", () => {
    it("parks the first deleted peer in PENDING_DELETE; deleting the other removes both", async () => {
      const env = setup();
      const { first, second } = await linkedPair(env);
      const out = await env.client("us-east-1").send(new DeleteClusterCommand({ identifier: first.identifier }));
      expect(out.status).toBe("PENDING_DELETE");
      expect((await get(env, "us-east-1", first.identifier!)).status).toBe("PENDING_DELETE");
      expect((await get(env, "us-east-2", second.identifier!)).status).toBe("ACTIVE");

      const last = await env.client("us-east-2").send(new DeleteClusterCommand({ identifier: second.identifier }));
      expect(last.status).toBe("DELETING");
      for (const [region, id] of [["us-east-1", first.identifier!], ["us-east-2", second.identifier!]]) {
        await expectFailure(env, () => get(env, region, id), { type: ResourceNotFoundException, status: 404 });
      }
    });

    it("deletes a cluster whose peer never listed it, and the peer forgets it", async () => {
      const env = setup();
      const { first, second } = await pendingPair(env);
      await env.client("us-east-1").send(new DeleteClusterCommand({ identifier: first.identifier }));
      await expectFailure(env, () => get(env, "us-east-1", first.identifier!), { type: ResourceNotFoundException, status: 404 });
      const b = await get(env, "us-east-2", second.identifier!);
      expect(b.status).toBe("PENDING_SETUP");
      expect(b.multiRegionProperties).toEqual({ witnessRegion: WITNESS, clusters: [second.arn] });
    });

    it("deletes a PENDING_DELETE cluster once its peer drops it", async () => {
      const env = setup();
      const { first, second } = await linkedPair(env);
      await env.client("us-east-1").send(new DeleteClusterCommand({ identifier: first.identifier }));
      await env.client("us-east-2").send(new UpdateClusterCommand({ identifier: second.identifier, multiRegionProperties: { clusters: [] } }));
      await expectFailure(env, () => get(env, "us-east-1", first.identifier!), { type: ResourceNotFoundException, status: 404 });
      const b = await get(env, "us-east-2", second.identifier!);
      expect(b).toMatchObject({ status: "PENDING_SETUP", multiRegionProperties: { witnessRegion: WITNESS, clusters: [second.arn] } });
    });

    it("refuses to update a cluster parked in PENDING_DELETE", async () => {
      const env = setup();
      const { first } = await linkedPair(env);
      await env.client("us-east-1").send(new DeleteClusterCommand({ identifier: first.identifier }));
      await expectFailure(env, () => env.client("us-east-1").send(new UpdateClusterCommand({ identifier: first.identifier, deletionProtectionEnabled: true })), {
        type: ConflictException,
        status: 409,
        mentions: /PENDING_DELETE/,
      });
    });

    it("keeps deletion protection on each peer", async () => {
      const env = setup();
      const { first } = await pendingPair(env, true);
      const err = await expectFailure(env, () => env.client("us-east-1").send(new DeleteClusterCommand({ identifier: first.identifier })), {
        type: ValidationException,
        status: 400,
      });
      expect(err.reason).toBe("deletionProtectionEnabled");
    });
  });
});
