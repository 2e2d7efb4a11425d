/**
 * The rules DB snapshots share: identifiers, existence and the manual snapshot quota, the state an
 * instance must be in to be snapshotted, and finding a snapshot by identifier or ARN (in this Region,
 * another Region, or shared by another account). Each check throws AWS's error and changes nothing.
 */
import { fail } from "../../../core/aws-error.js";
import { AWS_REGIONS, parseArn, partitionOf } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { DSM } from "../messages/index.js";
import { checkIdentifier } from "../shared/identifiers.js";
import type { DBSnapshotRecord, InstanceRecord, RdsWorld } from "../world.js";
import { findAutomatedDbSnapshot } from "./automated.js";
import { optionGroups } from "../option-groups/resource.js";
import { dbSnapshots } from "./resource.js";

/**
 * A new snapshot identifier: 1-255 letters, digits or hyphens, a letter first, no `--` or trailing
 * hyphen (CreateDBSnapshot / CopyDBSnapshot API reference), stored lowercase; not taken; within the quota.
 */
export function checkNewDbSnapshotId(ctx: CallContext<RdsWorld>, value: unknown, member: string, options: { stateFault?: boolean } = {}): string {
  const id = checkIdentifier(value, member, { maxLength: 255 });
  const taken = dbSnapshots.find(ctx, id);
  // A snapshot still being deleted holds its identifier until it is gone (chosen: the model's state fault,
  // where the operation declares it; DeleteDBInstance and StopDBInstance do not: already-exists there).
  if (taken?.Status === "deleting" && options.stateFault !== false) fail("InvalidDBSnapshotStateFault", DSM.beingDeleted(id, member));
  if (taken) fail("DBSnapshotAlreadyExistsFault", DSM.exists(id, member));
  dbSnapshots.checkQuota(ctx);
  return id;
}

/**
 * An instance CreateDBSnapshot may snapshot. A member of an Aurora or Multi-AZ DB cluster is refused
 * with AWS's own InvalidParameterValue ("...Please use the CreateDBClusterSnapshot API instead", as
 * RDS answers it); otherwise it must be `available` or `storage-optimization` (API reference).
 */
export function checkSnapshotableInstance(instance: InstanceRecord): void {
  if (instance.DBClusterIdentifier !== undefined) fail("InvalidParameterValue", DSM.clusterMember());
  if (instance.DBInstanceStatus !== "available" && instance.DBInstanceStatus !== "storage-optimization") {
    fail("InvalidDBInstanceStateFault", DSM.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus));
  }
}

const PREFIX = "snapshot:";

/** The identifier a value names when it is a DB snapshot ARN of this account and Region, else the value lowercase. */
function localId(ctx: CallContext<RdsWorld>, value: string): string | undefined {
  const parsed = value.startsWith("arn:") ? parseArn(value) : undefined;
  if (!parsed) return value.toLowerCase();
  if (parsed.service !== "rds" || parsed.region !== ctx.region || parsed.accountId !== ctx.accountId) return undefined;
  return parsed.resource.startsWith(PREFIX) ? parsed.resource.slice(PREFIX.length).toLowerCase() : undefined;
}

/** A snapshot of this account and Region (manual, or automated in the timed lifecycle), by identifier or ARN. */
export function findDbSnapshot(ctx: CallContext<RdsWorld>, value: string, member: string): DBSnapshotRecord {
  const id = localId(ctx, value);
  const record = id === undefined ? undefined : (dbSnapshots.find(ctx, id) ?? findAutomatedDbSnapshot(ctx, id));
  if (!record) fail("DBSnapshotNotFoundFault", DSM.notFound(value, member));
  return record;
}

export interface SourceDbSnapshot {
  record: DBSnapshotRecord;
  owner: CallContext<RdsWorld>;
  crossRegion: boolean;
  crossAccount: boolean;
}

/** The `restore` attribute of a snapshot (account ids or `all`). */
export function restoreValues(ctx: CallContext<RdsWorld>, id: string): string[] {
  return ctx.world.dbSnapshotAttributes?.[id]?.restore ?? [];
}

/**
 * The source of a copy: an identifier or ARN of this Region, or the ARN of a snapshot in another
 * Region of this account or shared with this account. Looking never creates a world.
 */
export function findSourceDbSnapshot(ctx: CallContext<RdsWorld>, value: string, member: string): SourceDbSnapshot {
  const here = { owner: ctx, crossRegion: false, crossAccount: false };
  if (!value.startsWith("arn:")) return { record: findDbSnapshot(ctx, value, member), ...here };
  const parsed = parseArn(value);
  const known = parsed && (AWS_REGIONS as readonly string[]).includes(parsed.region);
  if (!parsed || parsed.service !== "rds" || !parsed.resource.startsWith(PREFIX) || !/^\d{12}$/.test(parsed.accountId) || !known) {
    fail("InvalidParameterValue", DSM.sourceArn(value));
  }
  if (parsed.region === ctx.region && parsed.accountId === ctx.accountId) return { record: findDbSnapshot(ctx, value, member), ...here };
  // Snapshots do not cross partitions (aws, aws-cn, aws-us-gov).
  if (partitionOf(parsed.region) !== partitionOf(ctx.region) || parsed.partition !== partitionOf(parsed.region)) {
    fail("DBSnapshotNotFoundFault", DSM.notFound(value, member));
  }
  const owner = ctx.hasWorld && !ctx.hasWorld(parsed.region, parsed.accountId) ? undefined : ctx.contextOf(parsed.region, parsed.accountId);
  const id = parsed.resource.slice(PREFIX.length).toLowerCase();
  const record = owner && (dbSnapshots.find(owner, id) ?? findAutomatedDbSnapshot(owner, id));
  if (!owner || !record) fail("DBSnapshotNotFoundFault", DSM.notFound(value, member));
  const values = owner.accountId === ctx.accountId ? [ctx.accountId] : restoreValues(owner, record.DBSnapshotIdentifier);
  if (!values.includes(ctx.accountId) && !values.includes("all")) fail("DBSnapshotNotFoundFault", DSM.notShared(value));
  return { record, owner, crossRegion: parsed.region !== ctx.region, crossAccount: parsed.accountId !== ctx.accountId };
}

/** Fails unless the snapshot is in one of `statuses`. */
export function checkDbSnapshotStatus(record: DBSnapshotRecord, statuses: readonly string[]): void {
  if (!statuses.includes(record.Status)) {
    fail("InvalidDBSnapshotStateFault", DSM.state(record.DBSnapshotIdentifier, record.Status, statuses.join(" or ")));
  }
}

/**
 * An option group a copy or an upgrade associates with a snapshot: it must exist in this account and
 * Region and be for the snapshot's engine and major version (option groups are per engine and major
 * version). Neither operation declares OptionGroupNotFoundFault: the common InvalidParameterValue.
 */
export function checkOptionGroupFor(ctx: CallContext<RdsWorld>, name: string, engine: string | undefined, version: string | undefined): string {
  const group = optionGroups.find(ctx, name);
  if (!group) fail("InvalidParameterValue", DSM.optionGroup(name));
  const major = group.MajorEngineVersion ?? "";
  if (group.EngineName !== engine || !(version === major || version?.startsWith(`${major}.`))) {
    fail("InvalidParameterCombination", DSM.optionGroupEngine(group.OptionGroupName, engine ?? "", version ?? ""));
  }
  return group.OptionGroupName;
}
