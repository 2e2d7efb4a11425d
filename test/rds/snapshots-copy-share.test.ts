import {
  CopyDBClusterSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  DBClusterSnapshotAlreadyExistsFault,
  DBClusterSnapshotNotFoundFault,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  InvalidDBClusterSnapshotStateFault,
  KMSKeyNotAccessibleFault,
  ModifyDBClusterSnapshotAttributeCommand,
  RDSClient,
  RestoreDBClusterFromSnapshotCommand,
  SharedSnapshotQuotaExceededFault,
  SnapshotQuotaExceededFault,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, OTHER_ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const arnOf = (id: string, region = "us-east-1", account = ACCOUNT) => `arn:aws:rds:${region}:${account}:cluster-snapshot:${id}`;
const copy = (SourceDBClusterSnapshotIdentifier: string, TargetDBClusterSnapshotIdentifier: string, extra = {}) =>
  new CopyDBClusterSnapshotCommand({ SourceDBClusterSnapshotIdentifier, TargetDBClusterSnapshotIdentifier, ...extra });

async function withSnapshot(options = {}, clusterExtra = {}) {
  const ctx = setup(options);
  await createCluster(ctx.rds, "db1", clusterExtra);
  if (ctx.backend.lifecycle === "timed") ctx.backend.clock.advance(2 * 60_000);
  await ctx.rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1", Tags: [{ Key: "a", Value: "1" }] }));
  if (ctx.backend.lifecycle === "timed") ctx.backend.clock.advance(3 * 60_000);
  return ctx;
}

describe("CopyDBClusterSnapshot", () => {
  it("copies a snapshot of this Region: copying, then available, with SourceDBClusterSnapshotArn", async () => {
    const { rds } = await withSnapshot();
    const out = await rds.send(copy("S1", "Copy-1"));
    const c = out.DBClusterSnapshot!;
    expect(c).toMatchObject({
      DBClusterSnapshotIdentifier: "copy-1",
      DBClusterSnapshotArn: arnOf("copy-1"),
      SourceDBClusterSnapshotArn: arnOf("s1"),
      SnapshotType: "manual",
      Status: "copying",
      PercentProgress: 0,
      DBClusterIdentifier: "db1",
      Engine: "aurora-postgresql",
      TagList: [],
    });
    const later = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "copy-1" }));
    expect(later.DBClusterSnapshots![0]).toMatchObject({ Status: "available", PercentProgress: 100 });
  });

  it("copies the source's tags with CopyTags, merged with the request's", async () => {
    const { rds } = await withSnapshot();
    const withTags = await rds.send(copy("s1", "c1", { CopyTags: true, Tags: [{ Key: "b", Value: "2" }] }));
    expect(withTags.DBClusterSnapshot!.TagList).toEqual([{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }]);
    const without = await rds.send(copy("s1", "c2", { Tags: [{ Key: "b", Value: "2" }] }));
    expect(without.DBClusterSnapshot!.TagList).toEqual([{ Key: "b", Value: "2" }]);
  });

  it("answers the documented faults, changing nothing", async () => {
    const { backend, rds } = await withSnapshot({ quotas: { rds: { manualClusterSnapshots: 2 } } });
    await rds.send(copy("s1", "c1"));
    await expectFault(backend, () => rds.send(copy("nope", "c9")), {
      Class: DBClusterSnapshotNotFoundFault,
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
      message: /nope.*SourceDBClusterSnapshotIdentifier/,
    });
    await expectFault(backend, () => rds.send(copy("s1", "C1")), {
      Class: DBClusterSnapshotAlreadyExistsFault,
      name: "DBClusterSnapshotAlreadyExistsFault",
      message: /c1.*TargetDBClusterSnapshotIdentifier/,
    });
    await expectFault(backend, () => rds.send(copy("s1", "c-")), { name: "InvalidParameterValue", message: /TargetDBClusterSnapshotIdentifier/ });
    await expectFault(backend, () => rds.send(copy("s1", "c2")), { Class: SnapshotQuotaExceededFault, name: "SnapshotQuotaExceededFault" });
    await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "c1" }));
    await expectFault(backend, () => rds.send(copy("s1", "c2", { KmsKeyId: "alias/k" })), {
      name: "InvalidParameterCombination",
      message: /KmsKeyId.*unencrypted/,
    });
    await expectFault(backend, () => rds.send(copy("arn:aws:rds:us-east-1:1:snapshot", "c2")), {
      name: "InvalidParameterValue",
      message: /SourceDBClusterSnapshotIdentifier/,
    });
  });

  it("copies only an available source (InvalidDBClusterSnapshotStateFault)", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    backend.clock.advance(2 * 60_000);
    await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1" }));
    await expectFault(backend, () => rds.send(copy("s1", "c1")), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
      message: /s1.*creating/,
    });
  });

  it("re-encrypts an encrypted snapshot with KmsKeyId; a key of another Region is not accessible", async () => {
    const { backend, rds } = await withSnapshot({ settings: { rds: { inaccessibleKmsKeys: ["alias/locked"] } } }, { StorageEncrypted: true });
    const out = await rds.send(copy("s1", "c1", { KmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/new" }));
    expect(out.DBClusterSnapshot).toMatchObject({ StorageEncrypted: true, KmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/new" });
    for (const KmsKeyId of ["arn:aws:kms:eu-west-1:123456789012:key/k", "alias/locked"]) {
      await expectFault(backend, () => rds.send(copy("s1", "c2", { KmsKeyId })), {
        Class: KMSKeyNotAccessibleFault,
        name: "KMSKeyNotAccessibleFault",
        message: /KmsKeyId/,
      });
    }
  });

  it("copies from another Region by ARN (a longer copy in the timed lifecycle)", async () => {
    const { backend } = setup({ lifecycle: "timed" });
    const west = backend.attach(new RDSClient({ region: "us-west-2" }));
    const east = backend.attach(new RDSClient({ region: "us-east-1" }));
    await createCluster(west, "db1");
    backend.clock.advance(2 * 60_000);
    await west.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1" }));
    backend.clock.advance(3 * 60_000);
    await expectFault(backend, () => east.send(copy("s1", "c1")), { name: "DBClusterSnapshotNotFoundFault", status: 404 });
    const out = await east.send(copy(arnOf("s1", "us-west-2"), "c1"));
    expect(out.DBClusterSnapshot).toMatchObject({
      DBClusterSnapshotArn: arnOf("c1"),
      SourceDBClusterSnapshotArn: arnOf("s1", "us-west-2"),
      AvailabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c"],
      Status: "copying",
    });
    backend.clock.advance(10 * 60_000);
    expect((await east.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "c1" }))).DBClusterSnapshots![0].Status).toBe("copying");
    backend.clock.advance(10 * 60_000);
    expect((await east.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "c1" }))).DBClusterSnapshots![0].Status).toBe("available");
    // The source stays where it was (manual ones only: an automated one may fall in this time of day).
    const left = await west.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "manual" }));
    expect(left.DBClusterSnapshots!.map((s) => s.DBClusterSnapshotIdentifier)).toEqual(["s1"]);
  });

  it("needs KmsKeyId to copy an encrypted snapshot from another Region; an unknown ARN changes nothing", async () => {
    const { backend } = setup();
    const west = backend.attach(new RDSClient({ region: "us-west-2" }));
    const east = backend.attach(new RDSClient({ region: "us-east-1" }));
    await createCluster(west, "db1", { StorageEncrypted: true });
    await west.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1" }));
    await expectFault(backend, () => east.send(copy(arnOf("s1", "us-west-2"), "c1")), {
      name: "InvalidParameterCombination",
      message: /KmsKeyId/,
    });
    await expectFault(backend, () => east.send(copy(arnOf("s1", "eu-central-1"), "c1")), { name: "DBClusterSnapshotNotFoundFault", status: 404 });
    const out = await east.send(copy(arnOf("s1", "us-west-2"), "c1", { KmsKeyId: "alias/east" }));
    expect(out.DBClusterSnapshot).toMatchObject({ StorageEncrypted: true, KmsKeyId: "alias/east" });
  });

  it("deleting a snapshot that is being copied cancels the copy", async () => {
    const { backend, rds } = await withSnapshot({ lifecycle: "timed" });
    await rds.send(copy("s1", "c1"));
    await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "c1" }));
    backend.clock.advance(60_000);
    const left = await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "manual" })); // whatever the time of day
    expect(left.DBClusterSnapshots!.map((s) => s.DBClusterSnapshotIdentifier)).toEqual(["s1"]);
  });
});

describe("ModifyDBClusterSnapshotAttribute and DescribeDBClusterSnapshotAttributes", () => {
  const modify = (extra: Record<string, unknown>) =>
    new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: "s1", AttributeName: "restore", ...extra });

  it("adds and removes accounts of the restore attribute", async () => {
    const { rds } = await withSnapshot();
    const empty = await rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: "s1" }));
    expect(empty.DBClusterSnapshotAttributesResult).toEqual({
      DBClusterSnapshotIdentifier: "s1",
      DBClusterSnapshotAttributes: [{ AttributeName: "restore", AttributeValues: [] }],
    });
    const added = await rds.send(modify({ ValuesToAdd: [OTHER_ACCOUNT, "111122223333"] }));
    expect(added.DBClusterSnapshotAttributesResult!.DBClusterSnapshotAttributes![0].AttributeValues).toEqual([OTHER_ACCOUNT, "111122223333"]);
    await rds.send(modify({ ValuesToRemove: ["111122223333"] }));
    const now = await rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: "S1" }));
    expect(now.DBClusterSnapshotAttributesResult!.DBClusterSnapshotAttributes![0].AttributeValues).toEqual([OTHER_ACCOUNT]);
  });

  it("answers the documented faults, changing nothing", async () => {
    const { backend, rds } = await withSnapshot({ quotas: { rds: { clusterSnapshotSharedAccounts: 2 } } });
    await expectFault(backend, () => rds.send(modify({ AttributeName: "copy", ValuesToAdd: ["all"] })), {
      name: "InvalidParameterValue",
      message: /AttributeName/,
    });
    await expectFault(backend, () => rds.send(modify({ ValuesToAdd: ["12345"] })), { name: "InvalidParameterValue", message: /ValuesToAdd/ });
    await expectFault(backend, () => rds.send(modify({ ValuesToAdd: ["111111111111", "222222222222", "333333333333"] })), {
      Class: SharedSnapshotQuotaExceededFault,
      name: "SharedSnapshotQuotaExceededFault",
      message: /2/,
    });
    await expectFault(backend, () => rds.send(modify({ DBClusterSnapshotIdentifier: "nope", ValuesToAdd: ["all"] })), {
      Class: DBClusterSnapshotNotFoundFault,
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
    });
    await expectFault(backend, () => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: "nope" })), {
      name: "DBClusterSnapshotNotFoundFault",
      status: 404,
    });
  });

  it("never makes an encrypted snapshot public", async () => {
    const { backend, rds } = await withSnapshot({}, { StorageEncrypted: true });
    await expectFault(backend, () => rds.send(modify({ ValuesToAdd: ["all"] })), { name: "InvalidParameterValue", message: /encrypted.*ValuesToAdd/ });
    await rds.send(modify({ ValuesToAdd: [OTHER_ACCOUNT] }));
  });

  it("shares only available snapshots", async () => {
    const { backend, rds } = setup({ lifecycle: "timed" });
    await createCluster(rds, "db1");
    backend.clock.advance(2 * 60_000);
    await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "db1", DBClusterSnapshotIdentifier: "s1" }));
    await expectFault(backend, () => rds.send(modify({ ValuesToAdd: [OTHER_ACCOUNT] })), {
      Class: InvalidDBClusterSnapshotStateFault,
      name: "InvalidDBClusterSnapshotStateFault",
    });
  });

  it("lets the account it is shared with list, copy and restore it by ARN; unsharing takes that back", async () => {
    const { backend, rds } = await withSnapshot();
    const other = backend.attach(new RDSClient({ region: "us-east-1" }), { accountId: OTHER_ACCOUNT });
    await expectFault(backend, () => other.send(copy(arnOf("s1"), "mine")), { name: "DBClusterSnapshotNotFoundFault", status: 404 });
    await rds.send(modify({ ValuesToAdd: [OTHER_ACCOUNT] }));

    expect((await other.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots).toEqual([]);
    const shared = await other.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "shared" }));
    expect(shared.DBClusterSnapshots!.map((s) => s.DBClusterSnapshotArn)).toEqual([arnOf("s1")]);
    const included = await other.send(new DescribeDBClusterSnapshotsCommand({ IncludeShared: true }));
    expect(included.DBClusterSnapshots).toHaveLength(1);
    const byArn = await other.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: arnOf("s1") }));
    expect(byArn.DBClusterSnapshots![0].DBClusterSnapshotIdentifier).toBe("s1");

    const mine = await other.send(copy(arnOf("s1"), "mine"));
    expect(mine.DBClusterSnapshot!.DBClusterSnapshotArn).toBe(arnOf("mine", "us-east-1", OTHER_ACCOUNT));
    const restored = await other.send(
      new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: "from-shared", SnapshotIdentifier: arnOf("s1"), Engine: "aurora-postgresql" }),
    );
    expect(restored.DBCluster!.DBClusterArn).toBe(`arn:aws:rds:us-east-1:${OTHER_ACCOUNT}:cluster:from-shared`);

    await rds.send(modify({ ValuesToRemove: [OTHER_ACCOUNT] }));
    expect((await other.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "shared" }))).DBClusterSnapshots).toEqual([]);
    await expectFault(backend, () => other.send(copy(arnOf("s1"), "again")), { name: "DBClusterSnapshotNotFoundFault", status: 404 });
  });

  it("a public snapshot (all) is listed as public and restorable by any account", async () => {
    const { backend, rds } = await withSnapshot();
    await rds.send(modify({ ValuesToAdd: ["all"] }));
    const own = await rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "public" }));
    expect(own.DBClusterSnapshots!.map((s) => s.DBClusterSnapshotIdentifier)).toEqual(["s1"]);
    const stranger = backend.attach(new RDSClient({ region: "us-east-1" }), { accountId: "999999999999" });
    const out = await stranger.send(copy(arnOf("s1"), "public-copy"));
    expect(out.DBClusterSnapshot!.SourceDBClusterSnapshotArn).toBe(arnOf("s1"));
  });

  it("deleting a shared snapshot ends the sharing", async () => {
    const { backend, rds } = await withSnapshot();
    const other = backend.attach(new RDSClient({ region: "us-east-1" }), { accountId: OTHER_ACCOUNT });
    await rds.send(modify({ ValuesToAdd: [OTHER_ACCOUNT] }));
    await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" }));
    expect((await other.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "shared" }))).DBClusterSnapshots).toEqual([]);
    const dump = backend.dump() as any;
    // The event log names the deleted snapshot for 14 days, as AWS's does; no other state may.
    const worlds = Object.values(dump.worlds.rds).map(({ events: _events, ...world }: any) => world);
    expect(JSON.stringify(worlds)).not.toContain("cluster-snapshot:s1");
  });
});
