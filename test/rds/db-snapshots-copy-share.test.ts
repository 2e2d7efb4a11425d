import {
  CopyDBSnapshotCommand,
  CreateDBSnapshotCommand,
  DBSnapshotAlreadyExistsFault,
  DBSnapshotNotFoundFault,
  DeleteDBSnapshotCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  InvalidDBSnapshotStateFault,
  KMSKeyNotAccessibleFault,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
  SharedSnapshotQuotaExceededFault,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, OTHER_ACCOUNT, createStandalone, expectFault, setup, type StandaloneOptions } from "./db-snapshots-fixtures.js";

const MINUTE = 60_000;
const arnOf = (id: string, region = "us-east-1", account = ACCOUNT) => `arn:aws:rds:${region}:${account}:snapshot:${id}`;
const copy = (SourceDBSnapshotIdentifier: string, TargetDBSnapshotIdentifier: string, extra = {}) =>
  new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier, TargetDBSnapshotIdentifier, ...extra });
const share = (extra: Record<string, unknown>, id = "s1") => new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: id, AttributeName: "restore", ...extra });

async function withSnapshot(options: Parameters<typeof setup>[0] = {}, instance: StandaloneOptions = {}) {
  const ctx = setup(options);
  await createStandalone(ctx, "pg1", instance);
  await ctx.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "pg1", DBSnapshotIdentifier: "s1", Tags: [{ Key: "a", Value: "1" }] }));
  if (ctx.backend.lifecycle === "timed") ctx.backend.clock.advance(4 * MINUTE);
  return ctx;
}

describe("CopyDBSnapshot", () => {
  it("copies within the Region: copying, then available at 5 minutes (1 ms before: still copying)", async () => {
    const { backend, rds } = await withSnapshot({ lifecycle: "timed" });
    const out = (await rds.send(copy("S1", "Copy-1"))).DBSnapshot!;
    expect(out).toMatchObject({ DBSnapshotIdentifier: "copy-1", DBSnapshotArn: arnOf("copy-1"), SnapshotType: "manual", Status: "copying", DBInstanceIdentifier: "pg1", TagList: [] });
    expect(out.SourceDBSnapshotIdentifier).toBeUndefined();
    const start = backend.clock.now();
    backend.clock.set(start + 5 * MINUTE - 1);
    expect((await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "copy-1" }))).DBSnapshots![0].Status).toBe("copying");
    backend.clock.set(start + 5 * MINUTE);
    expect((await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: "copy-1" }))).DBSnapshots![0]).toMatchObject({ Status: "available", PercentProgress: 100 });
  });

  it("copies tags with CopyTags, merged with the request's; then the source can go and the copy stays", async () => {
    const { rds } = await withSnapshot();
    expect((await rds.send(copy("s1", "c1", { CopyTags: true, Tags: [{ Key: "b", Value: "2" }] }))).DBSnapshot!.TagList).toEqual([
      { Key: "a", Value: "1" },
      { Key: "b", Value: "2" },
    ]);
    expect((await rds.send(copy("s1", "c2", { Tags: [{ Key: "b", Value: "2" }] }))).DBSnapshot!.TagList).toEqual([{ Key: "b", Value: "2" }]);
    await rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "s1" }));
    const left = (await rds.send(new DescribeDBSnapshotsCommand({}))).DBSnapshots!.map((s) => [s.DBSnapshotIdentifier, s.Status]);
    expect(left).toEqual([["c1", "available"], ["c2", "available"]]);
  });

  it("refuses, changing nothing: unknown source, taken target, a source not available, a custom AZ, an unknown option group", async () => {
    const ctx = await withSnapshot({ lifecycle: "timed" });
    const { backend, rds } = ctx;
    await expectFault(backend, () => rds.send(copy("nope", "c1")), { Class: DBSnapshotNotFoundFault, name: "DBSnapshotNotFoundFault", status: 404 });
    await expectFault(backend, () => rds.send(copy("s1", "S1")), { Class: DBSnapshotAlreadyExistsFault, name: "DBSnapshotAlreadyExistsFault", message: /s1/ });
    await expectFault(backend, () => rds.send(copy("s1", "c1", { TargetCustomAvailabilityZone: "rds-caz-1" })), { name: "InvalidParameterValue", message: /TargetCustomAvailabilityZone/ });
    await expectFault(backend, () => rds.send(copy("s1", "c1", { OptionGroupName: "no-such-group" })), { name: "InvalidParameterValue", message: /OptionGroupName/ });
    await expectFault(backend, () => rds.send(copy("arn:aws:rds:us-east-1:123:db:x", "c1")), { name: "InvalidParameterValue", message: /SourceDBSnapshotIdentifier/ });
    await rds.send(copy("s1", "c1"));
    await expectFault(backend, () => rds.send(copy("c1", "c2")), { Class: InvalidDBSnapshotStateFault, name: "InvalidDBSnapshotStateFault", message: /copying/ });
  });

  it("copies from another Region by ARN; an encrypted one needs KmsKeyId of this Region", async () => {
    const ctx = setup();
    const west = ctx.backend.attach(new RDSClient({ region: "us-west-2" }));
    await createStandalone({ backend: ctx.backend, rds: west }, "w1", { StorageEncrypted: true });
    await west.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "w1", DBSnapshotIdentifier: "s1" }));
    await expectFault(ctx.backend, () => ctx.rds.send(copy(arnOf("s1", "us-west-2"), "c1")), { name: "InvalidParameterCombination", message: /KmsKeyId is required/ });
    await expectFault(ctx.backend, () => ctx.rds.send(copy(arnOf("s1", "us-west-2"), "c1", { KmsKeyId: "arn:aws:kms:us-west-2:123456789012:key/abc" })), {
      Class: KMSKeyNotAccessibleFault,
      name: "KMSKeyNotAccessibleFault",
    });
    const out = (await ctx.rds.send(copy(arnOf("s1", "us-west-2"), "c1", { KmsKeyId: "alias/east", SourceRegion: "us-west-2" }))).DBSnapshot!;
    expect(out).toMatchObject({
      DBSnapshotArn: arnOf("c1"),
      SourceDBSnapshotIdentifier: arnOf("s1", "us-west-2"),
      SourceRegion: "us-west-2",
      Encrypted: true,
      KmsKeyId: "alias/east",
      AvailabilityZone: "us-east-1a",
      Status: "copying",
    });
  });

  it("encrypts the copy of an unencrypted snapshot given KmsKeyId", async () => {
    const { rds } = await withSnapshot();
    expect((await rds.send(copy("s1", "enc", { KmsKeyId: "alias/mine" }))).DBSnapshot).toMatchObject({ Encrypted: true, KmsKeyId: "alias/mine" });
  });
});

describe("ModifyDBSnapshotAttribute / DescribeDBSnapshotAttributes", () => {
  it("shares with accounts and unshares; the attribute is listed even when empty", async () => {
    const { rds } = await withSnapshot();
    const empty = await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: "s1" }));
    expect(empty.DBSnapshotAttributesResult).toEqual({ DBSnapshotIdentifier: "s1", DBSnapshotAttributes: [{ AttributeName: "restore", AttributeValues: [] }] });
    const added = await rds.send(share({ ValuesToAdd: [OTHER_ACCOUNT, "111122223333"] }));
    expect(added.DBSnapshotAttributesResult!.DBSnapshotAttributes![0].AttributeValues).toEqual([OTHER_ACCOUNT, "111122223333"]);
    const removed = await rds.send(share({ ValuesToRemove: ["111122223333"] }));
    expect(removed.DBSnapshotAttributesResult!.DBSnapshotAttributes![0].AttributeValues).toEqual([OTHER_ACCOUNT]);
  });

  it("refuses, changing nothing: other attribute names, bad account ids, public encrypted snapshots, more than 20 accounts, unknown snapshots", async () => {
    const ctx = await withSnapshot({}, { StorageEncrypted: true });
    const { backend, rds } = ctx;
    await expectFault(backend, () => rds.send(share({ AttributeName: "other", ValuesToAdd: [OTHER_ACCOUNT] })), { name: "InvalidParameterValue", message: /restore/ });
    await expectFault(backend, () => rds.send(share({ ValuesToAdd: ["12"] })), { name: "InvalidParameterValue", message: /12-digit/ });
    await expectFault(backend, () => rds.send(share({ ValuesToAdd: ["all"] })), { name: "InvalidParameterValue", message: /encrypted.*public/ });
    const many = Array.from({ length: 21 }, (_, i) => String(100000000000 + i));
    await expectFault(backend, () => rds.send(share({ ValuesToAdd: many })), { Class: SharedSnapshotQuotaExceededFault, name: "SharedSnapshotQuotaExceededFault", message: /20/ });
    await rds.send(share({ ValuesToAdd: many.slice(0, 20) }));
    await expectFault(backend, () => rds.send(share({ ValuesToAdd: ["1"] }, "nope")), { Class: DBSnapshotNotFoundFault, name: "DBSnapshotNotFoundFault", status: 404 });
  });

  it("lets the account it is shared with list and copy it by ARN; unsharing takes that back", async () => {
    const { backend, rds } = await withSnapshot();
    const other = backend.attach(new RDSClient({ region: "us-east-1" }), { accountId: OTHER_ACCOUNT });
    await expectFault(backend, () => other.send(copy(arnOf("s1"), "mine")), { name: "DBSnapshotNotFoundFault", status: 404 });
    await rds.send(share({ ValuesToAdd: [OTHER_ACCOUNT] }));
    expect((await other.send(new DescribeDBSnapshotsCommand({}))).DBSnapshots).toEqual([]);
    expect((await other.send(new DescribeDBSnapshotsCommand({ SnapshotType: "shared" }))).DBSnapshots!.map((s) => s.DBSnapshotArn)).toEqual([arnOf("s1")]);
    expect((await other.send(new DescribeDBSnapshotsCommand({ IncludeShared: true }))).DBSnapshots).toHaveLength(1);
    expect((await other.send(new DescribeDBSnapshotsCommand({ SnapshotType: "public" }))).DBSnapshots).toEqual([]);
    const mine = (await other.send(copy(arnOf("s1"), "mine"))).DBSnapshot!;
    expect(mine).toMatchObject({ DBSnapshotArn: arnOf("mine", "us-east-1", OTHER_ACCOUNT), SourceDBSnapshotIdentifier: arnOf("s1") });
    await rds.send(share({ ValuesToAdd: ["all"] }));
    expect((await other.send(new DescribeDBSnapshotsCommand({ SnapshotType: "public" }))).DBSnapshots).toHaveLength(1);
    await rds.send(share({ ValuesToRemove: [OTHER_ACCOUNT, "all"] }));
    expect((await other.send(new DescribeDBSnapshotsCommand({ SnapshotType: "shared" }))).DBSnapshots).toEqual([]);
    await expectFault(backend, () => other.send(copy(arnOf("s1"), "again")), { name: "DBSnapshotNotFoundFault", status: 404, message: /not shared/ });
  });

  it("deleting a shared snapshot takes it from the accounts it was shared with", async () => {
    const { backend, rds } = await withSnapshot();
    const other = backend.attach(new RDSClient({ region: "us-east-1" }), { accountId: OTHER_ACCOUNT });
    await rds.send(share({ ValuesToAdd: [OTHER_ACCOUNT] }));
    await rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: "s1" }));
    await rds.send(new DescribeDBSnapshotsCommand({}));
    expect((await other.send(new DescribeDBSnapshotsCommand({ SnapshotType: "shared" }))).DBSnapshots).toEqual([]);
    const world = backend.dump().worlds.rds[`${OTHER_ACCOUNT}/us-east-1`] as any;
    // The other account's world holds no reference any more (it may not differ from a fresh one at all).
    expect(world?.sharedDbSnapshots ?? {}).toEqual({});
  });
});
