import {
  ConflictException,
  CopyClusterSnapshotCommand,
  CreateClusterCommand,
  CreateClusterSnapshotCommand,
  DeleteClusterCommand,
  DeleteClusterSnapshotCommand,
  GetClusterSnapshotCommand,
  ListClusterSnapshotsCommand,
  ListTagsForResourceCommand,
  paginateListClusterSnapshots,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ValidationException,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { ACCOUNT, activeCluster, clusterInput, expectFailure, expectValidation, ISO, manualSnapshot, MINUTE, setup, START, UUID } from "./setup.js";

describe("CreateClusterSnapshot (seed 004)", () => {
  it("answers the snapshot with every member of the seed, CREATING then ACTIVE", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client, { subnetIds: ["subnet-a", "subnet-b"], vpcSecurityGroupIds: ["sg-a"], kmsKeyId: "alias/mine" });
    backend.clock.advance(60 * MINUTE);
    const { snapshot } = await client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster.clusterArn, snapshotName: "Nightly-1", tags: { team: "data" } }));
    expect(snapshot).toEqual({
      adminUserName: "docdbadmin",
      clusterArn: cluster.clusterArn,
      clusterCreationTime: cluster.createTime,
      kmsKeyId: "alias/mine",
      snapshotArn: expect.stringMatching(new RegExp(`^arn:aws:docdb-elastic:us-east-1:${ACCOUNT}:cluster-snapshot/${UUID}$`)),
      snapshotCreationTime: new Date(START + 60 * MINUTE).toISOString(),
      snapshotName: "nightly-1",
      snapshotType: "MANUAL",
      status: "CREATING",
      subnetIds: ["subnet-a", "subnet-b"],
      vpcSecurityGroupIds: ["sg-a"],
    });
    expect(snapshot!.clusterCreationTime).toMatch(ISO);
    const read = await client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot!.snapshotArn }));
    expect(read.snapshot).toEqual({ ...snapshot, status: "ACTIVE" });
    const tags = await client.send(new ListTagsForResourceCommand({ resourceArn: snapshot!.snapshotArn }));
    expect(tags.tags).toEqual({ team: "data" });
    expect(networkAttempts()).toEqual([]);
  });

  it("checks the name: 1-63 characters, the identifier rules, unique in any case", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const arn = cluster.clusterArn!;
    for (const snapshotName of ["", "s".repeat(64), "1snap", "snap--1", "snap-", "snap_1"]) {
      const err = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: arn, snapshotName })), ValidationException, 400);
      expectValidation(err, "snapshotName");
    }
    await manualSnapshot(client, arn, "taken");
    const err = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: arn, snapshotName: "TAKEN" })), ConflictException, 409);
    expect(err.resourceId).toBe("taken");
    expect(err.resourceType).toBe("cluster-snapshot");
    expect(err.message).toContain("taken");
    const missing = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: arn } as never)), ValidationException, 400);
    expectValidation(missing, "snapshotName");
    const noCluster = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ snapshotName: "s1" } as never)), ValidationException, 400);
    expectValidation(noCluster, "clusterArn");
    expect(noCluster.fieldList![0].message).toMatch(/must not be null/);
  });

  it("needs an existing, ACTIVE cluster", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    const unknown = cluster!.clusterArn!.replace(/cluster\/.*/, "cluster/22222222-2222-4222-8222-222222222222");
    const nf = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: unknown, snapshotName: "s1" })), ResourceNotFoundException, 404);
    expect(nf.resourceId).toBe(unknown);
    expect(nf.resourceType).toBe("cluster");
    const err = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster!.clusterArn, snapshotName: "s1" })), ConflictException, 409);
    expect(err.message).toContain("CREATING");
    expectValidation(await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: "nope", snapshotName: "s1" })), ValidationException, 400), "clusterArn");
    backend.clock.advance(15 * MINUTE);
    const { snapshot } = await client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster!.clusterArn, snapshotName: "s1" }));
    backend.clock.advance(3 * MINUTE);
    expect((await client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot!.snapshotArn }))).snapshot!.status).toBe("CREATING");
    backend.clock.advance(MINUTE);
    expect((await client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot!.snapshotArn }))).snapshot!.status).toBe("ACTIVE");
  });

  it("answers ServiceQuotaExceededException past the manual snapshots quota", async () => {
    const { backend, client } = setup({ quotas: { "docdb-elastic": { manualSnapshots: 2 } } });
    const cluster = await activeCluster(client);
    await manualSnapshot(client, cluster.clusterArn!, "s1");
    await manualSnapshot(client, cluster.clusterArn!, "s2");
    const err = await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster.clusterArn, snapshotName: "s3" })), ServiceQuotaExceededException, 402);
    expect(err.message).toMatch(/2 manual/);
  });
});

describe("automated snapshots and ListClusterSnapshots", () => {
  it("takes no automated snapshot in the instant lifecycle unless asked", async () => {
    const { client } = setup();
    const one = await activeCluster(client, { clusterName: "one" });
    await manualSnapshot(client, one.clusterArn!, "manual-1");
    const all = await client.send(new ListClusterSnapshotsCommand({ clusterArn: one.clusterArn }));
    expect(all.snapshots!.map((s) => s.snapshotName)).toEqual(["manual-1"]);
  });

  it("takes an automated snapshot when a cluster becomes ACTIVE (timed)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    expect((await client.send(new ListClusterSnapshotsCommand({}))).snapshots).toEqual([]);
    backend.clock.advance(15 * MINUTE);
    const listed = await client.send(new ListClusterSnapshotsCommand({ clusterArn: cluster!.clusterArn, snapshotType: "AUTOMATED" }));
    expect(listed.snapshots!.map((s) => s.snapshotName)).toEqual(["my-cluster-2025-01-01-00-15"]);
  });

  it("lists automated and manual snapshots, filtered by type and cluster", async () => {
    const { client } = setup({ settings: { "docdb-elastic": { automatedSnapshots: true } } });
    const one = await activeCluster(client, { clusterName: "one" });
    const two = await activeCluster(client, { clusterName: "two" });
    const manual = await manualSnapshot(client, one.clusterArn!, "manual-1");

    const all = await client.send(new ListClusterSnapshotsCommand({}));
    expect(all.snapshots!.map((s) => s.snapshotName)).toEqual(["one-2025-01-01-00-00", "two-2025-01-01-00-00", "manual-1"]);
    expect(all.snapshots![2]).toEqual({
      snapshotName: "manual-1",
      snapshotArn: manual.snapshotArn,
      clusterArn: one.clusterArn,
      status: "ACTIVE",
      snapshotCreationTime: manual.snapshotCreationTime,
    });
    const automated = await client.send(new ListClusterSnapshotsCommand({ snapshotType: "AUTOMATED" }));
    expect(automated.snapshots!.map((s) => s.clusterArn)).toEqual([one.clusterArn, two.clusterArn]);
    const manualOnly = await client.send(new ListClusterSnapshotsCommand({ snapshotType: "manual" }));
    expect(manualOnly.snapshots!.map((s) => s.snapshotName)).toEqual(["manual-1"]);
    const ofTwo = await client.send(new ListClusterSnapshotsCommand({ clusterArn: two.clusterArn }));
    expect(ofTwo.snapshots!.map((s) => s.snapshotName)).toEqual(["two-2025-01-01-00-00"]);
    const auto = await client.send(new GetClusterSnapshotCommand({ snapshotArn: automated.snapshots![0].snapshotArn }));
    expect(auto.snapshot!.snapshotType).toBe("AUTOMATED");
  });

  it("takes no automated snapshot when the backend setting turns them off", async () => {
    const { client } = setup({ settings: { "docdb-elastic": { automatedSnapshots: false } } });
    await activeCluster(client);
    expect((await client.send(new ListClusterSnapshotsCommand({}))).snapshots).toEqual([]);
  });

  it("pages with maxResults (20-100) and the SDK's paginator", async () => {
    const { backend, client } = setup({ quotas: { "docdb-elastic": { manualSnapshots: 50 } }, settings: { "docdb-elastic": { automatedSnapshots: false } } });
    const cluster = await activeCluster(client);
    const names = Array.from({ length: 45 }, (_, i) => `snap-${String(i).padStart(2, "0")}`);
    for (const name of names) await manualSnapshot(client, cluster.clusterArn!, name);
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListClusterSnapshots({ client, pageSize: 20 }, { clusterArn: cluster.clusterArn })) {
      pages++;
      seen.push(...page.snapshots!.map((s) => s.snapshotName!));
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
    expectValidation(await expectFailure(backend, () => client.send(new ListClusterSnapshotsCommand({ maxResults: 10 })), ValidationException, 400), "maxResults");
    expectValidation(await expectFailure(backend, () => client.send(new ListClusterSnapshotsCommand({ snapshotType: "shared" })), ValidationException, 400), "snapshotType");
    expectValidation(await expectFailure(backend, () => client.send(new ListClusterSnapshotsCommand({ nextToken: "x" })), ValidationException, 400), "nextToken");
  });
});

describe("DeleteClusterSnapshot", () => {
  it("answers DELETING, then the snapshot is gone", async () => {
    const { backend, client } = setup();
    const cluster = await activeCluster(client);
    const snapshot = await manualSnapshot(client, cluster.clusterArn!);
    await client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn }));
    const { snapshot: deleting } = await client.send(new DeleteClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn }));
    expect(deleting).toEqual({ ...snapshot, status: "DELETING" });
    const err = await expectFailure(backend, () => client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn })), ResourceNotFoundException, 404);
    expect(err.resourceType).toBe("cluster-snapshot");
    expect(err.resourceId).toBe(snapshot.snapshotArn);
    await manualSnapshot(client, cluster.clusterArn!); // the name is free again
  });

  it("takes a minute in the timed lifecycle, the name staying taken until the snapshot is gone", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const cluster = await activeCluster(client, {}, backend);
    const snapshot = await manualSnapshot(client, cluster.clusterArn!);
    backend.clock.advance(4 * MINUTE);
    await client.send(new DeleteClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn }));
    backend.clock.advance(MINUTE - 1);
    expect((await client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn }))).snapshot!.status).toBe("DELETING");
    await expectFailure(backend, () => client.send(new CreateClusterSnapshotCommand({ clusterArn: cluster.clusterArn, snapshotName: snapshot.snapshotName })), ConflictException, 409);
    await expectFailure(backend, () => client.send(new DeleteClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn })), ConflictException, 409);
    backend.clock.advance(1);
    await expectFailure(backend, () => client.send(new GetClusterSnapshotCommand({ snapshotArn: snapshot.snapshotArn })), ResourceNotFoundException, 404);
    await manualSnapshot(client, cluster.clusterArn!, snapshot.snapshotName);
  });

  it("refuses automated snapshots and snapshots that are not ACTIVE", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    backend.clock.advance(15 * MINUTE);
    const [automated] = (await client.send(new ListClusterSnapshotsCommand({ snapshotType: "AUTOMATED" }))).snapshots!;
    const err = await expectFailure(backend, () => client.send(new DeleteClusterSnapshotCommand({ snapshotArn: automated.snapshotArn })), ConflictException, 409);
    expect(err.message).toContain("automated");
    const creating = await manualSnapshot(client, cluster!.clusterArn!);
    await expectFailure(backend, () => client.send(new DeleteClusterSnapshotCommand({ snapshotArn: creating.snapshotArn })), ConflictException, 409);
    expectValidation(await expectFailure(backend, () => client.send(new DeleteClusterSnapshotCommand({ snapshotArn: cluster!.clusterArn })), ValidationException, 400), "snapshotArn");
  });

  it("keeps manual snapshots and drops automated ones when their cluster is deleted", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const manual = await manualSnapshot(client, cluster.clusterArn!);
    await client.send(new DeleteClusterCommand({ clusterArn: cluster.clusterArn }));
    const left = await client.send(new ListClusterSnapshotsCommand({}));
    expect(left.snapshots!.map((s) => s.snapshotArn)).toEqual([manual.snapshotArn]);
  });
});

describe("CopyClusterSnapshot", () => {
  it("copies a snapshot as a new MANUAL snapshot (COPYING, then ACTIVE) with copied and given tags", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const { snapshot: source } = await client.send(
      new CreateClusterSnapshotCommand({ clusterArn: cluster.clusterArn, snapshotName: "source", tags: { team: "data", env: "prod" } }),
    );
    await client.send(new GetClusterSnapshotCommand({ snapshotArn: source!.snapshotArn }));
    const { snapshot: copy } = await client.send(
      new CopyClusterSnapshotCommand({ snapshotArn: source!.snapshotArn, targetSnapshotName: "Copy-1", copyTags: true, tags: { env: "test" } }),
    );
    expect(copy).toMatchObject({
      snapshotName: "copy-1",
      status: "COPYING",
      snapshotType: "MANUAL",
      clusterArn: cluster.clusterArn,
      clusterCreationTime: source!.clusterCreationTime,
      kmsKeyId: source!.kmsKeyId,
      adminUserName: source!.adminUserName,
      subnetIds: source!.subnetIds,
    });
    expect(copy!.snapshotArn).not.toBe(source!.snapshotArn);
    expect((await client.send(new GetClusterSnapshotCommand({ snapshotArn: copy!.snapshotArn }))).snapshot!.status).toBe("ACTIVE");
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: copy!.snapshotArn }))).tags).toEqual({ team: "data", env: "test" });

    const { snapshot: plain } = await client.send(
      new CopyClusterSnapshotCommand({ snapshotArn: source!.snapshotArn, targetSnapshotName: "copy-2", kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/k2" }),
    );
    expect(plain!.kmsKeyId).toBe("arn:aws:kms:us-east-1:123456789012:key/k2");
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: plain!.snapshotArn }))).tags).toEqual({});
  });

  it("copies an automated snapshot as a manual one", async () => {
    const { client } = setup({ settings: { "docdb-elastic": { automatedSnapshots: true } } });
    await activeCluster(client);
    const [automated] = (await client.send(new ListClusterSnapshotsCommand({ snapshotType: "AUTOMATED" }))).snapshots!;
    const { snapshot } = await client.send(new CopyClusterSnapshotCommand({ snapshotArn: automated.snapshotArn, targetSnapshotName: "kept" }));
    expect(snapshot!.snapshotType).toBe("MANUAL");
  });

  it("checks the target name, the source and the quota", async () => {
    const { backend, client } = setup({ lifecycle: "timed", quotas: { "docdb-elastic": { manualSnapshots: 2 } } });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    backend.clock.advance(15 * MINUTE);
    const source = await manualSnapshot(client, cluster!.clusterArn!, "source");
    const arn = source.snapshotArn!;
    // still CREATING
    const busy = await expectFailure(backend, () => client.send(new CopyClusterSnapshotCommand({ snapshotArn: arn, targetSnapshotName: "c1" })), ConflictException, 409);
    expect(busy.resourceId).toBe(arn);
    backend.clock.advance(4 * MINUTE);
    for (const targetSnapshotName of ["9lives", "a--b", "x".repeat(64)]) {
      expectValidation(await expectFailure(backend, () => client.send(new CopyClusterSnapshotCommand({ snapshotArn: arn, targetSnapshotName })), ValidationException, 400), "targetSnapshotName");
    }
    await expectFailure(backend, () => client.send(new CopyClusterSnapshotCommand({ snapshotArn: arn, targetSnapshotName: "SOURCE" })), ConflictException, 409);
    const gone = arn.replace(/\/.*$/, "/33333333-3333-4333-8333-333333333333");
    await expectFailure(backend, () => client.send(new CopyClusterSnapshotCommand({ snapshotArn: gone, targetSnapshotName: "c1" })), ResourceNotFoundException, 404);
    const { snapshot: copy } = await client.send(new CopyClusterSnapshotCommand({ snapshotArn: arn, targetSnapshotName: "c1" }));
    backend.clock.advance(4 * MINUTE - 1);
    expect((await client.send(new GetClusterSnapshotCommand({ snapshotArn: copy!.snapshotArn }))).snapshot!.status).toBe("COPYING");
    backend.clock.advance(1);
    expect((await client.send(new GetClusterSnapshotCommand({ snapshotArn: copy!.snapshotArn }))).snapshot!.status).toBe("ACTIVE");
    await expectFailure(backend, () => client.send(new CopyClusterSnapshotCommand({ snapshotArn: arn, targetSnapshotName: "c2" })), ServiceQuotaExceededException, 402);
  });
});
