/**
 * The rules DB cluster snapshots share: identifiers, existence, the manual snapshot quota, finding a
 * snapshot by identifier or ARN (in this Region, another Region, or shared by another account), and
 * KMS keys. Each check throws AWS's error code and names the member it judges; none changes state.
 */
import { fail } from "../../../core/aws-error.js";
import { AWS_REGIONS, parseArn, partitionOf } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { findAutomatedSnapshot } from "../automated-backups/snapshots.js";
import { checkIdentifier } from "../shared/identifiers.js";
import type { SnapshotRecord } from "./record.js";
import { clusterSnapshots } from "./resource.js";
import { SM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

export const SHARED_ACCOUNTS_QUOTA = "clusterSnapshotSharedAccounts";

/** A member given as an empty string (the SDK sends it; RDS refuses a blank value). */
export function checkNotBlank(value: unknown, member: string): void {
  if (value === "") fail("InvalidParameterValue", SM.blank(member));
}

/** A new snapshot identifier: the identifier rule (stored lowercase), not taken, within the quota. */
export function checkNewSnapshotId(ctx: CallContext<RdsWorld>, value: unknown, member: string): string {
  const id = checkIdentifier(value, member, { maxLength: 63 });
  const taken = clusterSnapshots.find(ctx, id);
  // A snapshot still being deleted holds its identifier until it is gone (chosen: the model's state fault).
  if (taken?.Status === "deleting") fail("InvalidDBClusterSnapshotStateFault", SM.snapshotBeingDeleted(id, member));
  if (taken) fail("DBClusterSnapshotAlreadyExistsFault", SM.snapshotExists(id, member));
  clusterSnapshots.checkQuota(ctx);
  return id;
}

/** The identifier a value names when it is a snapshot ARN of this account and Region, else the value lowercase. */
function localId(ctx: CallContext<RdsWorld>, value: string): string | undefined {
  const parsed = value.startsWith("arn:") ? parseArn(value) : undefined;
  if (!parsed) return value.toLowerCase();
  if (parsed.service !== "rds" || parsed.region !== ctx.region || parsed.accountId !== ctx.accountId) return undefined;
  if (!parsed.resource.startsWith("cluster-snapshot:")) return undefined;
  return parsed.resource.slice("cluster-snapshot:".length).toLowerCase();
}

/** A snapshot of this account and Region (manual, or automated in the timed lifecycle), by identifier or ARN. */
export function findSnapshot(ctx: CallContext<RdsWorld>, value: string, member: string): SnapshotRecord {
  const id = localId(ctx, value);
  const record = id === undefined ? undefined : (clusterSnapshots.find(ctx, id) ?? findAutomatedSnapshot(ctx, id));
  if (!record) fail("DBClusterSnapshotNotFoundFault", SM.snapshotNotFound(value, member));
  return record;
}

export interface SourceSnapshot {
  record: SnapshotRecord;
  /** The context of the account and Region the snapshot lives in. */
  owner: CallContext<RdsWorld>;
  crossRegion: boolean;
  crossAccount: boolean;
}

/** Whether `record` of `owner` may be copied or restored by `accountId` (owner, or shared by `restore`). */
function sharedWith(owner: CallContext<RdsWorld>, record: SnapshotRecord, accountId: string): boolean {
  if (owner.accountId === accountId) return true;
  const values = owner.world.clusterSnapshotAttributes[record.DBClusterSnapshotIdentifier]?.restore ?? [];
  return values.includes(accountId) || values.includes("all");
}

/**
 * The source of a copy or restore: an identifier or ARN of this Region, or the ARN of a snapshot in
 * another Region of this account or shared by another account. Never creates a world on the way (a
 * failed call changes nothing).
 */
export function findSourceSnapshot(ctx: CallContext<RdsWorld>, value: string, member: string): SourceSnapshot {
  if (!value.startsWith("arn:")) return { record: findSnapshot(ctx, value, member), owner: ctx, crossRegion: false, crossAccount: false };
  const parsed = parseArn(value);
  const known = parsed && (AWS_REGIONS as readonly string[]).includes(parsed.region);
  if (!parsed || parsed.service !== "rds" || !parsed.resource.startsWith("cluster-snapshot:") || !/^\d{12}$/.test(parsed.accountId) || !known) {
    fail("InvalidParameterValue", SM.sourceSnapshotArn(value));
  }
  if (parsed.region === ctx.region && parsed.accountId === ctx.accountId) {
    return { record: findSnapshot(ctx, value, member), owner: ctx, crossRegion: false, crossAccount: false };
  }
  // Snapshots do not cross partitions (aws, aws-cn, aws-us-gov).
  if (partitionOf(parsed.region) !== partitionOf(ctx.region) || parsed.partition !== partitionOf(parsed.region)) {
    fail("DBClusterSnapshotNotFoundFault", SM.snapshotNotFound(value, member));
  }
  const owner = existingContext(ctx, parsed.region, parsed.accountId);
  const id = parsed.resource.slice("cluster-snapshot:".length).toLowerCase();
  const record = owner && (owner.world.clusterSnapshots[id] ?? findAutomatedSnapshot(owner, id));
  if (!owner || !record) fail("DBClusterSnapshotNotFoundFault", SM.snapshotNotFound(value, member));
  if (!sharedWith(owner, record, ctx.accountId)) fail("DBClusterSnapshotNotFoundFault", SM.sourceNotShared(value));
  return { record, owner, crossRegion: parsed.region !== ctx.region, crossAccount: parsed.accountId !== ctx.accountId };
}

/** The context of another account or Region when its world already exists (looking must not create one). */
function existingContext(ctx: CallContext<RdsWorld>, region: string, accountId: string): CallContext<RdsWorld> | undefined {
  if (ctx.hasWorld && !ctx.hasWorld(region, accountId)) return undefined;
  return ctx.contextOf(region, accountId);
}

/** Fails unless the snapshot is in one of `statuses`. */
export function checkSnapshotStatus(record: SnapshotRecord, statuses: readonly string[]): void {
  if (!statuses.includes(record.Status)) {
    fail("InvalidDBClusterSnapshotStateFault", SM.snapshotState(record.DBClusterSnapshotIdentifier, record.Status, statuses.join(" or ")));
  }
}

/**
 * A KMS key the caller names. There is no KMS here: a key ARN of another Region is not accessible
 * (KMS keys belong to one Region), and so is any key listed in the `inaccessibleKmsKeys` setting.
 */
export function checkKmsKey(ctx: CallContext<RdsWorld>, key: string | undefined, member: string): void {
  if (key === undefined) return;
  const parsed = key.startsWith("arn:") ? parseArn(key) : undefined;
  const blocked = ctx.settings.inaccessibleKmsKeys;
  const listed = Array.isArray(blocked) && blocked.includes(key);
  if (listed || (parsed && parsed.service === "kms" && parsed.region !== ctx.region)) {
    fail("KMSKeyNotAccessibleFault", SM.kmsNotAccessible(member, key, ctx.region));
  }
}
