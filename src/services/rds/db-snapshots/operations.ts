/**
 * DB snapshots: CreateDBSnapshot, CopyDBSnapshot and DeleteDBSnapshot. Manual snapshots are stored
 * records with a `creating`/`copying` -> `available` lifecycle; automated ones are derived (automated.ts).
 * Handlers check every rule first, then change state.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { findInstance } from "../instances/resource.js";
import { DSM } from "../messages/index.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkTags, mergeTags } from "../shared/tags.js";
import { defaultVpcId, regionAzs } from "../subnet-groups/record.js";
import type { DBSnapshotRecord, RdsWorld } from "../world.js";
import { takeDbSnapshot } from "./record.js";
import { DB_SNAPSHOT_KIND, dbSnapshots } from "./resource.js";
import { checkDbSnapshotStatus, checkNewDbSnapshotId, checkOptionGroupFor, checkSnapshotableInstance, findDbSnapshot, findSourceDbSnapshot } from "./rules.js";
import { shapeDbSnapshot } from "./shape.js";

export const dbSnapshotOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBSnapshot(input, ctx) {
    const member = "DBSnapshotIdentifier";
    // The request's own values first (identifier, tags), then the instance, then the snapshot name's state.
    checkIdentifier(input.DBSnapshotIdentifier, member, { maxLength: 255 });
    const tags = checkTags(input.Tags);
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    checkSnapshotableInstance(instance);
    const id = checkNewDbSnapshotId(ctx, input.DBSnapshotIdentifier, member);
    return { DBSnapshot: shapeDbSnapshot(takeDbSnapshot(ctx, instance, id, tags)) };
  },

  /**
   * Only manual snapshots can be deleted (automated ones go with their retention period), and only
   * when `available`; deleting one still `copying` cancels the copy (user guide, "Copying a DB snapshot").
   * AWS answers with the snapshot in status `deleted`; reads show `deleting` until it is gone.
   */
  DeleteDBSnapshot(input, ctx) {
    const record = findDbSnapshot(ctx, input.DBSnapshotIdentifier!, "DBSnapshotIdentifier");
    const id = record.DBSnapshotIdentifier;
    if (record.SnapshotType === "automated") fail("InvalidDBSnapshotStateFault", DSM.automatedNotDeletable(id));
    checkDbSnapshotStatus(record, ["available", "copying"]);
    const output = shapeDbSnapshot({ ...record, Status: "deleted" });
    ctx.lifecycle.cancel(DB_SNAPSHOT_KIND, id);
    dbSnapshots.begin(ctx, record, "delete");
    return { DBSnapshot: output };
  },

  /**
   * A copy in this Region, or from another Region (SourceDBSnapshotIdentifier an ARN; SourceRegion and
   * PreSignedUrl are the SDK's business and ignored here, as the SDK fills them in). A KMS key belongs
   * to one Region and account, so an encrypted copy across them needs KmsKeyId; KmsKeyId on an
   * unencrypted source encrypts the copy (CopyDBSnapshot API reference).
   */
  CopyDBSnapshot(input, ctx) {
    const tags = checkTags(input.Tags);
    const source = findSourceDbSnapshot(ctx, input.SourceDBSnapshotIdentifier!, "SourceDBSnapshotIdentifier");
    checkDbSnapshotStatus(source.record, ["available"]);
    const id = checkNewDbSnapshotId(ctx, input.TargetDBSnapshotIdentifier, "TargetDBSnapshotIdentifier");
    // RDS Custom for SQL Server only, which this mock does not simulate.
    if (input.TargetCustomAvailabilityZone !== undefined) fail("InvalidParameterValue", DSM.customAz());
    const encrypted = source.record.Encrypted === true;
    if (encrypted && input.KmsKeyId === undefined && (source.crossRegion || source.crossAccount)) {
      fail("InvalidParameterCombination", DSM.kmsRequired());
    }
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");
    const optionGroup =
      input.OptionGroupName === undefined ? undefined : checkOptionGroupFor(ctx, input.OptionGroupName, source.record.Engine, source.record.EngineVersion);

    const copy = structuredClone(source.record) as DBSnapshotRecord;
    copy.DBSnapshotIdentifier = id;
    copy.DBSnapshotArn = dbSnapshots.arnOf(ctx, id);
    // Set only for a copy from another Region or account (DBSnapshot reference); else the source's own, if any.
    if (source.crossRegion || source.crossAccount) copy.SourceDBSnapshotIdentifier = source.record.DBSnapshotArn;
    copy.SnapshotType = "manual";
    copy.SnapshotCreateTime = ctx.now();
    copy.PercentProgress = 0;
    if (input.KmsKeyId !== undefined) {
      copy.Encrypted = true;
      copy.KmsKeyId = input.KmsKeyId;
    }
    if (optionGroup !== undefined) copy.OptionGroupName = optionGroup;
    copy.TagList = input.CopyTags === true ? mergeTags(source.record.TagList, tags) : tags;
    if (source.crossRegion) {
      copy.SourceRegion = source.owner.region;
      copy.AvailabilityZone = regionAzs(ctx.region)[0];
      copy.VpcId = defaultVpcId(ctx);
    }
    dbSnapshots.insert(ctx, id, copy);
    dbSnapshots.begin(ctx, copy, source.crossRegion ? "copyFromRegion" : "copy");
    return { DBSnapshot: shapeDbSnapshot(copy) };
  },
};
