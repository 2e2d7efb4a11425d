/**
 * Audit of the documented rules across operations: input rules are checked before any resource is
 * looked up, every broken documented rule of a request is reported in one ValidationException, and
 * CreateClusterSnapshot answers each error its seed (004) lists with the SDK's own class.
 */
import {
  AccessDeniedException,
  ApplyPendingMaintenanceActionCommand,
  ConflictException,
  CopyClusterSnapshotCommand,
  CreateClusterCommand,
  CreateClusterSnapshotCommand,
  GetClusterCommand,
  InternalServerException,
  ListClusterSnapshotsCommand,
  RestoreClusterFromSnapshotCommand,
  ThrottlingException,
  UpdateClusterCommand,
  ValidationException,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { activeCluster, clusterInput, expectFailure, expectValidation, manualSnapshot, MINUTE, setup } from "./setup.js";

const MISSING_CLUSTER = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/11111111-1111-4111-8111-111111111111";
const MISSING_SNAPSHOT = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/22222222-2222-4222-8222-222222222222";

const fieldNames = (err: ValidationException) => err.fieldList!.map((f) => f.name);

describe("CreateClusterSnapshot errors (seed 004)", () => {
  it("checks the request before looking up the cluster", async () => {
    const { backend, client } = setup();
    const err = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: MISSING_CLUSTER, snapshotName: "1-snap" })), ValidationException, 400);
    expectValidation(err, "snapshotName");
    expect(err.fieldList![0].message).toMatch(/start with a letter/);

    const both = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: "my-cluster", snapshotName: "snap--1" })), ValidationException, 400);
    expect(fieldNames(both)).toEqual(["clusterArn", "snapshotName"]);
    expect(both.message).toMatch(/^2 validation errors detected: /);

    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
    expectValidation(await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: MISSING_CLUSTER, snapshotName: "ok", tags })), ValidationException, 400), "tags");
  });

  it("answers ConflictException while the cluster is MODIFYING", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const cluster = await activeCluster(client, {}, backend);
    await client.send(new UpdateClusterCommand({ clusterArn: cluster.clusterArn, shardCount: 3 }));
    const err = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster.clusterArn, snapshotName: "s1" })), ConflictException, 409);
    expect(err.message).toContain("MODIFYING");
    expect(err.resourceId).toBe(cluster.clusterArn);
    expect(err.resourceType).toBe("cluster");
  });

  it("answers the injected service errors with the SDK's classes, changing nothing", async () => {
    const { backend, client } = setup({ retries: false });
    const cluster = await activeCluster(client);
    const send = () => client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster.clusterArn, snapshotName: "s1" }));
    const cases: [string, abstract new (...args: any[]) => any, number][] = [
      ["ThrottlingException", ThrottlingException, 429],
      ["AccessDeniedException", AccessDeniedException, 403],
      ["InternalServerException", InternalServerException, 500],
    ];
    for (const [code, ErrorClass, status] of cases) {
      backend.faults.inject({ command: CreateClusterSnapshotCommand, error: code, times: 1 });
      await expectFailure(backend, send, ErrorClass, status);
    }
    expect((await send()).snapshot!.snapshotName).toBe("s1");
  });
});

describe("documented rules are all reported together", () => {
  it("CreateCluster lists every broken rule in one ValidationException", async () => {
    const { backend, client } = setup();
    const err = await expectFailure(
      backend,
      () =>
        client.send(
          new CreateClusterCommand(
            clusterInput({
              clusterName: "bad-",
              adminUserName: "1admin",
              shardCapacity: 3,
              shardCount: 33,
              preferredMaintenanceWindow: "mon:01:00-mon:01:10",
              preferredBackupWindow: "25:00-26:00",
              backupRetentionPeriod: 36,
              shardInstanceCount: 0,
            }),
          ),
        ),
      ValidationException,
      400,
    );
    expect(fieldNames(err)).toEqual([
      "clusterName",
      "adminUserName",
      "shardCapacity",
      "shardCount",
      "preferredMaintenanceWindow",
      "preferredBackupWindow",
      "backupRetentionPeriod",
      "shardInstanceCount",
    ]);
    expect(err.message).toMatch(/^8 validation errors detected: /);
    expect(err.message).toContain("Value 'mon:01:00-mon:01:10' at 'preferredMaintenanceWindow' failed to satisfy constraint: Member must be a window of at least 30 minutes");
  });

  it("UpdateCluster checks the request before looking up the cluster", async () => {
    const { backend, client } = setup();
    const err = await expectFailure(
      backend,
      () => client.send(new UpdateClusterCommand({ clusterArn: MISSING_CLUSTER, shardCapacity: 5, preferredBackupWindow: "1:00-2:00" })),
      ValidationException,
      400,
    );
    expect(fieldNames(err)).toEqual(["shardCapacity", "preferredBackupWindow"]);
    const password = await expectFailure(
      backend,
      () => client.send(new UpdateClusterCommand({ clusterArn: MISSING_CLUSTER, authType: "PLAIN_TEXT", adminUserPassword: "a@b" })),
      ValidationException,
      400,
    );
    expectValidation(password, "adminUserPassword");
    expect(password.message).not.toContain("a@b");
  });

  it("CopyClusterSnapshot and RestoreClusterFromSnapshot check names before the snapshot", async () => {
    const { backend, client } = setup();
    const copy = await expectFailure(backend, () => client.send(new CopyClusterSnapshotCommand({ snapshotArn: MISSING_SNAPSHOT, targetSnapshotName: "copy-" })), ValidationException, 400);
    expectValidation(copy, "targetSnapshotName");
    const restore = await expectFailure(
      backend,
      () => client.send(new RestoreClusterFromSnapshotCommand({ snapshotArn: MISSING_SNAPSHOT, clusterName: "9lives", shardCapacity: 6 })),
      ValidationException,
      400,
    );
    expect(fieldNames(restore)).toEqual(["clusterName", "shardCapacity"]);
  });

  it("ApplyPendingMaintenanceAction checks the action and applyOn before the cluster", async () => {
    const { backend, client } = setup();
    const err = await expectFailure(
      backend,
      () => client.send(new ApplyPendingMaintenanceActionCommand({ resourceArn: MISSING_CLUSTER, applyAction: "REBOOT", optInType: "APPLY_ON", applyOn: "tomorrow" })),
      ValidationException,
      400,
    );
    expect(fieldNames(err)).toEqual(["applyAction", "applyOn"]);
  });
});

describe("ListClusterSnapshots clusterArn filter", () => {
  it("must be an elastic cluster ARN; one of no cluster lists nothing", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    await manualSnapshot(client, cluster.clusterArn!);
    expectValidation(await expectFailure(backend, () => client.send(new ListClusterSnapshotsCommand({ clusterArn: "my-cluster" })), ValidationException, 400), "clusterArn");
    const bad = await expectFailure(backend, () => client.send(new ListClusterSnapshotsCommand({ clusterArn: MISSING_SNAPSHOT, snapshotType: "daily" })), ValidationException, 400);
    expect(fieldNames(bad)).toEqual(["clusterArn", "snapshotType"]);
    expect((await client.send(new ListClusterSnapshotsCommand({ clusterArn: MISSING_CLUSTER }))).snapshots).toEqual([]);
  });
});

describe("UpdateCluster clientToken", () => {
  it("a token reused with different parameters is a ConflictException, during and after the update", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const cluster = await activeCluster(client, {}, backend);
    const arn = cluster.clusterArn!;
    await client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 3, clientToken: "t-1" }));
    const during = await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 4, clientToken: "t-1" })), ConflictException, 409);
    expect(during.message).toContain("t-1");
    expect(during.resourceId).toBe(arn);
    backend.clock.advance(2 * MINUTE);
    await expectFailure(backend, () => client.send(new UpdateClusterCommand({ clusterArn: arn, backupRetentionPeriod: 5, clientToken: "t-1" })), ConflictException, 409);
    expect((await client.send(new GetClusterCommand({ clusterArn: arn }))).cluster).toMatchObject({ status: "ACTIVE", backupRetentionPeriod: 3 });
  });

  it("a retry after the update settled answers the cluster and starts nothing", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const cluster = await activeCluster(client, {}, backend);
    const request = { clusterArn: cluster.clusterArn, adminUserPassword: "An0ther-pass", clientToken: "t-2" };
    expect((await client.send(new UpdateClusterCommand(request))).cluster!.status).toBe("UPDATING");
    backend.clock.advance(2 * MINUTE);
    backend.clock.runDue();
    const before = backend.dump().worlds;
    expect((await client.send(new UpdateClusterCommand(request))).cluster!.status).toBe("ACTIVE");
    expect(backend.dump().worlds).toEqual(before);
    // Without the token the same request is a new update.
    const { clientToken: _token, ...again } = request;
    expect((await client.send(new UpdateClusterCommand(again))).cluster!.status).toBe("UPDATING");
  });
});

describe("default windows keep clear of a given window", () => {
  it("a given backup window moves the default maintenance window off it, and the other way round", async () => {
    const first = setup();
    const plain = (await first.client.send(new CreateClusterCommand(clusterInput()))).cluster!;
    // Same seed: the default maintenance window would be the same, so make the backup window cover it.
    const [, hh, mm] = plain.preferredMaintenanceWindow!.split(/[:-]/);
    const backup = `${hh}:${mm}-${String((Number(hh) + 1) % 24).padStart(2, "0")}:${mm}`;
    const second = setup();
    const withBackup = (await second.client.send(new CreateClusterCommand(clusterInput({ preferredBackupWindow: backup })))).cluster!;
    expect(withBackup.preferredBackupWindow).toBe(backup);
    expect(withBackup.preferredMaintenanceWindow).not.toBe(plain.preferredMaintenanceWindow);
    // Moved on just past the backup window, the same day (defaults start between 03:00 and 11:00).
    expect(withBackup.preferredMaintenanceWindow!.slice(0, 9)).toBe(`${plain.preferredMaintenanceWindow!.slice(0, 3)}:${backup.slice(6)}`);
    // The stored pair is valid: re-submitting both windows is accepted.
    await second.client.send(new GetClusterCommand({ clusterArn: withBackup.clusterArn }));
    await second.client.send(
      new UpdateClusterCommand({ clusterArn: withBackup.clusterArn, preferredBackupWindow: backup, preferredMaintenanceWindow: withBackup.preferredMaintenanceWindow }),
    );

    const withMaintenance = (await second.client.send(new CreateClusterCommand(clusterInput({ clusterName: "other", preferredMaintenanceWindow: "wed:01:00-wed:03:00" })))).cluster!;
    expect(withMaintenance.preferredBackupWindow).toBe("23:00-23:30");
  });
});
