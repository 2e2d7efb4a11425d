/**
 * Sharing manual DB snapshots: the `restore` attribute lists the AWS accounts (or `all`) that may copy
 * or restore a snapshot. Sharing with an account also records the snapshot's ARN in that account's
 * world (same Region), so its DescribeDBSnapshots can list what was shared with it (as
 * cluster-snapshots/attributes.ts does for cluster snapshots).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { parseArn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { DSM } from "../messages/index.js";
import type { DBSnapshotRecord, RdsWorld } from "../world.js";
import { DB_SNAPSHOT_SHARED_ACCOUNTS_QUOTA } from "./resource.js";
import { checkDbSnapshotStatus, findDbSnapshot, restoreValues } from "./rules.js";
import { shapeDbSnapshotAttributes } from "./shape.js";

const ACCOUNT = /^\d{12}$/;

function sharedRefs(world: RdsWorld): Record<string, true> {
  return (world.sharedDbSnapshots ??= {});
}

/** DB snapshots other accounts of this Region currently share with the caller's account. */
export function sharedDbSnapshots(ctx: CallContext<RdsWorld>): { record: DBSnapshotRecord; isPublic: boolean }[] {
  const out: { record: DBSnapshotRecord; isPublic: boolean }[] = [];
  for (const arn in ctx.world.sharedDbSnapshots ?? {}) {
    const parsed = parseArn(arn);
    if (!parsed || (ctx.hasWorld && !ctx.hasWorld(parsed.region, parsed.accountId))) continue;
    const owner = ctx.contextOf(parsed.region, parsed.accountId);
    const id = parsed.resource.slice("snapshot:".length);
    const record = owner.world.dbSnapshots?.[id];
    const values = restoreValues(owner, id);
    // The owner may have deleted or unshared it since: then it is simply not listed.
    if (record && (values.includes(ctx.accountId) || values.includes("all"))) out.push({ record, isPublic: values.includes("all") });
  }
  return out;
}

export const dbSnapshotAttributeOperations: Operations<typeof Sdk, RdsWorld> = {
  /**
   * Only manual, available snapshots can be shared; encrypted ones never made public (`all`); at most
   * 20 accounts (user guide, "Sharing a DB snapshot").
   */
  ModifyDBSnapshotAttribute(input, ctx) {
    const record = findDbSnapshot(ctx, input.DBSnapshotIdentifier!, "DBSnapshotIdentifier");
    const id = record.DBSnapshotIdentifier;
    if (input.AttributeName !== "restore") fail("InvalidParameterValue", DSM.attributeName(input.AttributeName!));
    if (record.SnapshotType === "automated") fail("InvalidDBSnapshotStateFault", DSM.automatedNotShareable(id));
    checkDbSnapshotStatus(record, ["available"]);
    const add = input.ValuesToAdd ?? [];
    const remove = input.ValuesToRemove ?? [];
    for (const value of [...add, ...remove]) if (value !== "all" && !ACCOUNT.test(value)) fail("InvalidParameterValue", DSM.attributeValue(value));
    if (record.Encrypted === true && add.includes("all")) fail("InvalidParameterValue", DSM.encryptedPublic(id));
    const current = restoreValues(ctx, id);
    const removed = new Set(remove);
    const next = [...new Set([...current, ...add])].filter((v) => !removed.has(v));
    const limit = ctx.quota(DB_SNAPSHOT_SHARED_ACCOUNTS_QUOTA);
    if (next.filter((v) => v !== "all").length > limit) fail("SharedSnapshotQuotaExceededFault", DSM.shareQuota(limit));

    (ctx.world.dbSnapshotAttributes ??= {})[id] = { restore: next };
    const arn = record.DBSnapshotArn!;
    for (const account of next) {
      if (account !== "all" && account !== ctx.accountId && !current.includes(account)) sharedRefs(ctx.worldOf(ctx.region, account))[arn] = true;
    }
    for (const account of current) {
      if (account !== "all" && !next.includes(account) && ctx.hasWorld?.(ctx.region, account) !== false) {
        delete sharedRefs(ctx.worldOf(ctx.region, account))[arn];
      }
    }
    return { DBSnapshotAttributesResult: shapeDbSnapshotAttributes(id, ctx.world.dbSnapshotAttributes[id]) };
  },

  DescribeDBSnapshotAttributes(input, ctx) {
    const record = findDbSnapshot(ctx, input.DBSnapshotIdentifier!, "DBSnapshotIdentifier");
    const id = record.DBSnapshotIdentifier;
    return { DBSnapshotAttributesResult: shapeDbSnapshotAttributes(id, ctx.world.dbSnapshotAttributes?.[id]) };
  },
};
