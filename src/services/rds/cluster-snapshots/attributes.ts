/**
 * Sharing manual DB cluster snapshots: the `restore` attribute lists the AWS accounts (or `all`) that
 * may copy or restore a snapshot. Sharing with an account also records the snapshot's ARN in that
 * account's world (same Region), so its DescribeDBClusterSnapshots can list what was shared with it.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import { parseArn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import type { SnapshotRecord } from "./record.js";
import { SHARED_ACCOUNTS_QUOTA, checkSnapshotStatus, findSnapshot } from "./rules.js";
import { SM } from "../messages/index.js";
import { shapeAttributes } from "./shape.js";
import type { RdsWorld } from "../world.js";

const ACCOUNT = /^\d{12}$/;

/** The ARNs shared with the world's account, created on first use (worlds made before it lack it). */
function sharedRefs(world: RdsWorld): Record<string, true> {
  return (world.sharedClusterSnapshots ??= {});
}

/** Snapshots other accounts of this Region currently share with the caller's account. */
export function sharedSnapshots(ctx: CallContext<RdsWorld>): { record: SnapshotRecord; isPublic: boolean }[] {
  const out: { record: SnapshotRecord; isPublic: boolean }[] = [];
  for (const arn in ctx.world.sharedClusterSnapshots ?? {}) {
    const parsed = parseArn(arn);
    if (!parsed || (ctx.hasWorld && !ctx.hasWorld(parsed.region, parsed.accountId))) continue;
    const owner = ctx.worldOf(parsed.region, parsed.accountId);
    const id = parsed.resource.slice("cluster-snapshot:".length);
    const record = owner.clusterSnapshots[id];
    const values = owner.clusterSnapshotAttributes[id]?.restore ?? [];
    // The owner may have deleted or unshared it since: then it is simply not listed.
    if (record && (values.includes(ctx.accountId) || values.includes("all"))) out.push({ record, isPublic: values.includes("all") });
  }
  return out;
}

export const snapshotAttributeHandlers: Operations<typeof Sdk, RdsWorld> = {
  ModifyDBClusterSnapshotAttribute(input, ctx) {
    const record = findSnapshot(ctx, input.DBClusterSnapshotIdentifier!, "DBClusterSnapshotIdentifier");
    const id = record.DBClusterSnapshotIdentifier;
    if (input.AttributeName !== "restore") fail("InvalidParameterValue", SM.attributeName(input.AttributeName!));
    if (record.SnapshotType === "automated") fail("InvalidDBClusterSnapshotStateFault", SM.automatedNotShareable(id));
    checkSnapshotStatus(record, ["available"]);
    const add = input.ValuesToAdd ?? [];
    const remove = input.ValuesToRemove ?? [];
    for (const value of [...add, ...remove]) {
      if (value !== "all" && !ACCOUNT.test(value)) fail("InvalidParameterValue", SM.attributeValue(value));
    }
    // Encrypted snapshots can be shared with accounts, never made public (documented).
    if (record.StorageEncrypted === true && add.includes("all")) fail("InvalidParameterValue", SM.encryptedPublic(id));
    const current = ctx.world.clusterSnapshotAttributes[id]?.restore ?? [];
    const removed = new Set(remove);
    const next = [...new Set([...current, ...add])].filter((v) => !removed.has(v));
    const limit = ctx.quota(SHARED_ACCOUNTS_QUOTA);
    if (next.filter((v) => v !== "all").length > limit) fail("SharedSnapshotQuotaExceededFault", SM.shareQuota(limit));

    ctx.world.clusterSnapshotAttributes[id] = { restore: next };
    const arn = record.DBClusterSnapshotArn!;
    for (const account of next) {
      if (account !== "all" && account !== ctx.accountId && !current.includes(account)) {
        sharedRefs(ctx.worldOf(ctx.region, account))[arn] = true;
      }
    }
    for (const account of current) {
      if (account !== "all" && !next.includes(account) && ctx.hasWorld?.(ctx.region, account) !== false) {
        delete sharedRefs(ctx.worldOf(ctx.region, account))[arn];
      }
    }
    return { DBClusterSnapshotAttributesResult: shapeAttributes(id, ctx.world.clusterSnapshotAttributes[id]) };
  },

  DescribeDBClusterSnapshotAttributes(input, ctx) {
    const record = findSnapshot(ctx, input.DBClusterSnapshotIdentifier!, "DBClusterSnapshotIdentifier");
    const id = record.DBClusterSnapshotIdentifier;
    return { DBClusterSnapshotAttributesResult: shapeAttributes(id, ctx.world.clusterSnapshotAttributes[id]) };
  },
};
