import {
  ConflictException,
  CreateClusterCommand,
  CreateClusterSnapshotCommand,
  DeleteClusterCommand,
  GetClusterCommand,
  ListClustersCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  StartClusterCommand,
  StopClusterCommand,
  UpdateClusterCommand,
  ValidationException,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { activeCluster, clusterInput, expectFailure, expectValidation, MINUTE, setup } from "./setup.js";

describe("UpdateCluster", () => {
  it("shows settings changes at once while UPDATING, then ACTIVE", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const { cluster: updated } = await client.send(
      new UpdateClusterCommand({
        clusterArn: cluster.clusterArn,
        backupRetentionPeriod: 7,
        preferredMaintenanceWindow: "Tue:04:00-Tue:05:00",
        preferredBackupWindow: "22:00-22:30",
        adminUserPassword: "N3w-password",
      }),
    );
    expect(updated).toMatchObject({ status: "UPDATING", backupRetentionPeriod: 7, preferredMaintenanceWindow: "tue:04:00-tue:05:00", preferredBackupWindow: "22:00-22:30" });
    const read = await client.send(new GetClusterCommand({ clusterArn: cluster.clusterArn }));
    expect(read.cluster).toMatchObject({ status: "ACTIVE", backupRetentionPeriod: 7 });
  });

  it("scales shards while MODIFYING, adding or removing shards", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const grown = await client.send(new UpdateClusterCommand({ clusterArn: cluster.clusterArn, shardCount: 4, shardCapacity: 8 }));
    expect(grown.cluster).toMatchObject({ status: "MODIFYING", shardCount: 4, shardCapacity: 8 });
    expect(grown.cluster!.shards).toHaveLength(4);
    expect(grown.cluster!.shards!.slice(0, 2).map((s) => s.shardId)).toEqual(cluster.shards!.map((s) => s.shardId));
    await client.send(new GetClusterCommand({ clusterArn: cluster.clusterArn }));
    const shrunk = await client.send(new UpdateClusterCommand({ clusterArn: cluster.clusterArn, shardCount: 1, shardInstanceCount: 3 }));
    expect(shrunk.cluster).toMatchObject({ status: "MODIFYING", shardCount: 1, shardInstanceCount: 3 });
    expect(shrunk.cluster!.shards!.map((s) => s.shardId)).toEqual([cluster.shards![0].shardId]);
    expect((await client.send(new GetClusterCommand({ clusterArn: cluster.clusterArn }))).cluster!.status).toBe("ACTIVE");
  });

  it("takes 10 minutes to scale (MODIFYING) and 2 to change settings (UPDATING) in the timed lifecycle", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { clusterArn } = await activeCluster(client, {}, backend);
    const status = async () => (await client.send(new GetClusterCommand({ clusterArn }))).cluster!.status;
    await client.send(new UpdateClusterCommand({ clusterArn, shardCount: 3 }));
    backend.clock.advance(10 * MINUTE - 1);
    expect(await status()).toBe("MODIFYING");
    backend.clock.advance(1);
    expect(await status()).toBe("ACTIVE");
    await client.send(new UpdateClusterCommand({ clusterArn, subnetIds: ["subnet-other"] }));
    expect(await status()).toBe("MODIFYING"); // network changes replace compute too
    backend.clock.advance(10 * MINUTE);
    await client.send(new UpdateClusterCommand({ clusterArn, backupRetentionPeriod: 9 }));
    backend.clock.advance(2 * MINUTE - 1);
    expect(await status()).toBe("UPDATING");
    backend.clock.advance(1);
    expect(await status()).toBe("ACTIVE");
  });

  it("leaves the cluster ACTIVE when nothing changes", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const out = await client.send(new UpdateClusterCommand({ clusterArn: cluster.clusterArn, shardCount: cluster.shardCount }));
    expect(out.cluster!.status).toBe("ACTIVE");
  });

  it("checks the documented rules", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const arn = cluster.clusterArn!;
    const cases: [string, Record<string, unknown>][] = [
      ["shardCapacity", { shardCapacity: 3 }],
      ["shardCount", { shardCount: 40 }],
      ["shardInstanceCount", { shardInstanceCount: 20 }],
      ["backupRetentionPeriod", { backupRetentionPeriod: 50 }],
      ["adminUserPassword", { adminUserPassword: "bad/pass1234" }],
      ["adminUserPassword", { authType: "SECRET_ARN" }],
      ["preferredMaintenanceWindow", { preferredMaintenanceWindow: "funday:01:00" }],
      ["preferredBackupWindow", { preferredBackupWindow: cluster.preferredMaintenanceWindow!.slice(4, 9) + "-" + cluster.preferredMaintenanceWindow!.slice(14) }],
    ];
    for (const [member, change] of cases) {
      const err = await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, ...change })), ValidationException, 400);
      expectValidation(err, member);
    }
    const secret = await client.send(
      new UpdateClusterCommand({ clusterArn: arn, authType: "SECRET_ARN", adminUserPassword: "arn:aws:secretsmanager:us-east-1:123456789012:secret:x" }),
    );
    expect(secret.cluster!.authType).toBe("SECRET_ARN");
  });

  it("counts scaled vCPUs against the quota", async () => {
    const { backend, client } = setup({ quotas: { "docdb-elastic": { vcpus: 16 } } });
    const cluster = await activeCluster(client, { shardCapacity: 4, shardCount: 2 });
    await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: cluster.clusterArn, shardCapacity: 16 })), ServiceQuotaExceededException, 402);
    const ok = await client.send(new UpdateClusterCommand({ clusterArn: cluster.clusterArn, shardCapacity: 8 }));
    expect(ok.cluster!.shardCapacity).toBe(8);
  });

  it("needs an ACTIVE cluster, and a retry with the same clientToken starts nothing new", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    const arn = cluster!.clusterArn!;
    const err = await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 3 })), ConflictException, 409);
    expect(err.message).toContain("CREATING");
    expect(err.resourceId).toBe(arn);
    expect(err.resourceType).toBe("cluster");

    backend.clock.advance(15 * MINUTE);
    const first = await client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 3, clientToken: "u-1" }));
    expect(first.cluster!.status).toBe("UPDATING");
    const before = backend.dump().worlds;
    const retry = await client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 3, clientToken: "u-1" }));
    expect(retry.cluster).toEqual(first.cluster);
    expect(backend.dump().worlds).toEqual(before);
    await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 4, clientToken: "u-2" })), ConflictException, 409);
    backend.clock.advance(2 * MINUTE);
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("ACTIVE");
  });
});

describe("DeleteCluster", () => {
  it("answers DELETING, then the cluster is gone and its name is free", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const { cluster: deleting } = await client.send(new DeleteClusterCommand({ clusterArn: cluster.clusterArn }));
    expect(deleting!.status).toBe("DELETING");
    expect(deleting!.clusterArn).toBe(cluster.clusterArn);
    await expectFailure(backend, () => client.send(new GetClusterCommand({ clusterArn: cluster.clusterArn })), ResourceNotFoundException, 404);
    expect((await client.send(new ListClustersCommand({}))).clusters).toEqual([]);
    await expectFailure(backend, () => client.send(new DeleteClusterCommand({ clusterArn: cluster.clusterArn })), ResourceNotFoundException, 404);
    const again = await activeCluster(client);
    expect(again.clusterArn).not.toBe(cluster.clusterArn);
  });

  it("takes the timed durations: created after 15 minutes, deleted 8 minutes later", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    const arn = cluster!.clusterArn!;
    backend.clock.advance(14 * MINUTE);
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("CREATING");
    await expectFailure(backend, () => client.send(new DeleteClusterCommand({ clusterArn: arn })), ConflictException, 409);
    backend.clock.advance(MINUTE);
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("ACTIVE");
    await client.send(new DeleteClusterCommand({ clusterArn: arn }));
    await expectFailure(backend, () => client.send(new DeleteClusterCommand({ clusterArn: arn })), ConflictException, 409);
    backend.clock.advance(7 * MINUTE);
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("DELETING");
    backend.clock.advance(MINUTE);
    await expectFailure(backend, () => client.send(new GetClusterCommand({ clusterArn: arn })), ResourceNotFoundException, 404);
  });
});

describe("StopCluster and StartCluster", () => {
  it("go STOPPING -> STOPPED -> STARTING -> ACTIVE", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const arn = cluster.clusterArn;
    expect((await client.send(new StopClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("STOPPING");
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("STOPPED");
    expect((await client.send(new StartClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("STARTING");
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster!.status).toBe("ACTIVE");
  });

  it("take 8 minutes each in the timed lifecycle", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { clusterArn } = await activeCluster(client, {}, backend);
    const status = async () => (await client.send(new GetClusterCommand({ clusterArn }))).cluster!.status;
    await client.send(new StopClusterCommand({ clusterArn }));
    backend.clock.advance(8 * MINUTE - 1);
    expect(await status()).toBe("STOPPING");
    backend.clock.advance(1);
    expect(await status()).toBe("STOPPED");
    await client.send(new StartClusterCommand({ clusterArn }));
    backend.clock.advance(8 * MINUTE - 1);
    expect(await status()).toBe("STARTING");
    backend.clock.advance(1);
    expect(await status()).toBe("ACTIVE");
  });

  it("answer the error each operation declares when the state does not allow them", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const arn = cluster.clusterArn!;
    // StartCluster and StopCluster declare ValidationException, not ConflictException.
    let err = await expectFailure(backend, () => client.send(new StartClusterCommand({ clusterArn: arn })), ValidationException, 400);
    expect(err.message).toContain("ACTIVE");
    expect(err.message).toContain("STOPPED");
    expect(err.reason).toBe("other");
    await client.send(new StopClusterCommand({ clusterArn: arn }));
    await client.send(new GetClusterCommand({ clusterArn: arn }));
    // A stopped cluster cannot be stopped, modified, deleted or snapshotted.
    err = await expectFailure(backend, () => client.send(new StopClusterCommand({ clusterArn: arn })), ValidationException, 400);
    expect(err.reason).toBe("other");
    await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 2 })), ConflictException, 409);
    await expectFailure(backend, () => client.send(new DeleteClusterCommand({ clusterArn: arn })), ConflictException, 409);
    await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: arn, snapshotName: "s" })), ConflictException, 409);
  });

  it("answer ResourceNotFoundException for an unknown cluster", async () => {
    const { backend, client } = setup();
    await activeCluster(client);
    const arn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/11111111-1111-4111-8111-111111111111";
    await expectFailure(backend, () => client.send(new StopClusterCommand({ clusterArn: arn })), ResourceNotFoundException, 404);
    await expectFailure(backend, () => client.send(new StartClusterCommand({ clusterArn: arn })), ResourceNotFoundException, 404);
    await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, shardCount: 3 })), ResourceNotFoundException, 404);
  });
});
