/**
 * DB cluster snapshots: create, describe, copy and delete. Manual snapshots are stored records with a
 * `creating`/`copying` -> `available` lifecycle; automated ones are derived (see automated-backups/snapshots.ts).
 * Handlers check every rule first, then change state.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { Filter } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { allAutomatedSnapshots } from "../automated-backups/snapshots.js";
import { findCluster } from "../clusters/resource.js";
import { describePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import { checkIdentifier, idFromArn } from "../shared/identifiers.js";
import { defaultVpcId, regionAzs } from "../subnet-groups/record.js";
import { checkTags, mergeTags } from "../shared/tags.js";
import { createClusterSnapshotRecord, SNAPSHOT_KIND, snapshotArn, type SnapshotRecord } from "./record.js";
import { checkKmsKey, checkNewSnapshotId, checkNotBlank, checkSnapshotStatus, findSnapshot, findSourceSnapshot } from "./rules.js";
import { SM } from "../messages/index.js";
import { shapeSnapshot } from "./shape.js";
import { sharedSnapshots } from "./attributes.js";
import type { RdsWorld } from "../world.js";

interface DescribeInput {
  DBClusterIdentifier?: string;
  DBClusterSnapshotIdentifier?: string;
  SnapshotType?: string;
  Filters?: Filter[];
  MaxRecords?: number;
  Marker?: string;
  IncludeShared?: boolean;
  IncludePublic?: boolean;
  DbClusterResourceId?: string;
}

const SNAPSHOT_TYPES = ["automated", "manual", "shared", "public"] as const;

/** A snapshot a describe call sees; `_shared` marks one shared by another account (never shaped). */
type Visible = SnapshotRecord & { _shared?: boolean };

const FILTERS: FilterTable<Visible> = {
  "db-cluster-id": (s) => [s.DBClusterIdentifier, clusterArnOf(s)],
  "db-cluster-snapshot-id": (s) => [s.DBClusterSnapshotIdentifier, s.DBClusterSnapshotArn],
  "snapshot-type": (s) => [s._shared ? "shared" : s.SnapshotType],
  engine: (s) => [s.Engine],
};

/** The cluster ARN a snapshot's ARN implies (same Region and account). */
function clusterArnOf(s: SnapshotRecord): string | undefined {
  const arn = s.DBClusterSnapshotArn;
  const cut = arn?.indexOf(":cluster-snapshot:");
  return arn && cut !== undefined && cut > 0 && s.DBClusterIdentifier ? `${arn.slice(0, cut)}:cluster:${s.DBClusterIdentifier}` : undefined;
}

/** Identifier filters match case-insensitively, like the identifiers themselves. */
function normalizeFilters(filters: Filter[] | undefined): Filter[] | undefined {
  return filters?.map((f) =>
    f.Name === "db-cluster-id" || f.Name === "db-cluster-snapshot-id"
      ? { ...f, Values: f.Values?.map((v) => (v.startsWith("arn:") ? v : v.toLowerCase())) }
      : f,
  );
}

/**
 * The snapshots a describe call can see, keyed for paging: own ones by identifier, shared ones by ARN.
 * No SnapshotType: own manual and automated ones, plus shared ones with IncludeShared (public ones of
 * other accounts are listed only when they were also shared with this account: there is no index of
 * every account's public snapshots).
 */
function visibleSnapshots(ctx: CallContext<RdsWorld>, input: DescribeInput): Record<string, Visible> {
  const type = input.SnapshotType;
  const out: Record<string, Visible> = {};
  const attrs = ctx.world.clusterSnapshotAttributes;
  const isPublic = (s: SnapshotRecord) => attrs[s.DBClusterSnapshotIdentifier]?.restore?.includes("all") === true;
  if (type === undefined || type === "manual" || type === "public") {
    for (const id in ctx.world.clusterSnapshots) {
      const s = ctx.world.clusterSnapshots[id];
      if (type !== "public" || isPublic(s)) out[id] = s;
    }
  }
  if (type === undefined || type === "automated") Object.assign(out, allAutomatedSnapshots(ctx));
  const shared = type === "shared" || (type === undefined && input.IncludeShared === true);
  const publicOnes = type === "public" || (type === undefined && input.IncludePublic === true);
  if (shared || publicOnes) {
    for (const ref of sharedSnapshots(ctx)) {
      if (shared || ref.isPublic) out[ref.record.DBClusterSnapshotArn!] = { ...ref.record, _shared: true };
    }
  }
  return out;
}

export const snapshotHandlers: Operations<typeof Sdk, RdsWorld> = {
  CreateDBClusterSnapshot(input, ctx) {
    const member = "DBClusterSnapshotIdentifier";
    // The request's own values first (identifier, tags), then the cluster, then the snapshot name's state.
    checkIdentifier(input.DBClusterSnapshotIdentifier, member);
    checkNotBlank(input.DBClusterIdentifier, "DBClusterIdentifier");
    const tags = checkTags(input.Tags);
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    if (cluster.Status !== "available") {
      fail("InvalidDBClusterStateFault", SM.clusterNotAvailable(cluster.DBClusterIdentifier, cluster.Status));
    }
    const id = checkNewSnapshotId(ctx, input.DBClusterSnapshotIdentifier, member);
    // Tags given with the request replace the cluster's (CopyTagsToSnapshot copies only when none are given).
    const extra = input.Tags !== undefined && input.Tags.length > 0 ? { TagList: tags } : {};
    const record = createClusterSnapshotRecord(ctx, cluster, id, extra);
    return { DBClusterSnapshot: shapeSnapshot(record) };
  },

  DeleteDBClusterSnapshot(input, ctx) {
    const record = findSnapshot(ctx, input.DBClusterSnapshotIdentifier!, "DBClusterSnapshotIdentifier");
    const id = record.DBClusterSnapshotIdentifier;
    if (record.SnapshotType === "automated") fail("InvalidDBClusterSnapshotStateFault", SM.automatedNotDeletable(id));
    // Deleting a snapshot that is still being copied cancels the copy (documented).
    checkSnapshotStatus(record, ["available", "copying"]);
    const output = shapeSnapshot(record);
    ctx.lifecycle.cancel(SNAPSHOT_KIND, id);
    ctx.lifecycle.begin(SNAPSHOT_KIND, id, "delete");
    // AWS answers with the snapshot as it was; reads then show `deleting` until it is gone.
    return { DBClusterSnapshot: output };
  },

  DescribeDBClusterSnapshots(input, ctx) {
    if (input.DBClusterIdentifier !== undefined && input.DBClusterSnapshotIdentifier !== undefined) {
      fail("InvalidParameterCombination", SM.clusterAndSnapshot());
    }
    if (input.SnapshotType !== undefined && !(SNAPSHOT_TYPES as readonly string[]).includes(input.SnapshotType)) {
      fail("InvalidParameterValue", SM.snapshotType(input.SnapshotType, SNAPSHOT_TYPES));
    }
    const keep = filterPredicate(normalizeFilters(input.Filters), FILTERS);
    let collection: Record<string, Visible>;
    if (input.DBClusterSnapshotIdentifier !== undefined) {
      const record = describedSnapshot(ctx, input.DBClusterSnapshotIdentifier);
      collection = { [record.DBClusterSnapshotIdentifier]: record };
    } else {
      collection = visibleSnapshots(ctx, input);
    }
    const clusterId = input.DBClusterIdentifier === undefined ? undefined : clusterIdOf(ctx, input.DBClusterIdentifier);
    const page = describePage(collection, input, (s) => {
      if (clusterId !== undefined && s.DBClusterIdentifier !== clusterId) return false;
      if (input.DbClusterResourceId !== undefined && s.DbClusterResourceId !== input.DbClusterResourceId) return false;
      return keep(s);
    });
    return { DBClusterSnapshots: page.items.map((s) => shapeSnapshot(s, ctx.now())), ...(page.Marker ? { Marker: page.Marker } : {}) };
  },

  CopyDBClusterSnapshot(input, ctx) {
    const member = "SourceDBClusterSnapshotIdentifier";
    const tags = checkTags(input.Tags);
    const source = findSourceSnapshot(ctx, input.SourceDBClusterSnapshotIdentifier!, member);
    checkSnapshotStatus(source.record, ["available"]);
    const id = checkNewSnapshotId(ctx, input.TargetDBClusterSnapshotIdentifier, "TargetDBClusterSnapshotIdentifier");
    const encrypted = source.record.StorageEncrypted === true;
    if (input.KmsKeyId !== undefined && !encrypted) fail("InvalidParameterCombination", SM.kmsOnUnencrypted("KmsKeyId"));
    // A KMS key belongs to one Region and account: copying an encrypted snapshot across them needs a new key.
    if (encrypted && input.KmsKeyId === undefined && (source.crossRegion || source.crossAccount)) {
      fail("InvalidParameterCombination", SM.kmsRequiredCrossRegion());
    }
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");

    const copy = structuredClone(source.record) as SnapshotRecord;
    copy.DBClusterSnapshotIdentifier = id;
    copy.DBClusterSnapshotArn = snapshotArn(ctx, id);
    copy.SourceDBClusterSnapshotArn = source.record.DBClusterSnapshotArn;
    copy.SnapshotType = "manual";
    copy.SnapshotCreateTime = ctx.now();
    copy.PercentProgress = 0;
    if (input.KmsKeyId !== undefined) copy.KmsKeyId = input.KmsKeyId;
    copy.TagList = input.CopyTags === true ? mergeTags(source.record.TagList, tags) : tags;
    if (source.crossRegion) {
      copy.AvailabilityZones = regionAzs(ctx.region);
      copy.VpcId = defaultVpcId(ctx);
    }
    ctx.world.clusterSnapshots[id] = copy;
    ctx.lifecycle.begin(SNAPSHOT_KIND, id, source.crossRegion ? "copyFromRegion" : "copy");
    return { DBClusterSnapshot: shapeSnapshot(copy) };
  },
};

/** DBClusterSnapshotIdentifier of a describe call: this Region's snapshots, or a shared one by ARN. */
function describedSnapshot(ctx: CallContext<RdsWorld>, value: string): Visible {
  const parsed = value.startsWith("arn:") ? value.split(":") : undefined;
  if (parsed && parsed[3] === ctx.region && parsed[4] !== ctx.accountId) {
    return { ...findSourceSnapshot(ctx, value, "DBClusterSnapshotIdentifier").record, _shared: true };
  }
  return findSnapshot(ctx, value, "DBClusterSnapshotIdentifier");
}

/** A cluster identifier or ARN, lowercase; the cluster need not exist any more (its snapshots may). */
function clusterIdOf(ctx: CallContext<RdsWorld>, value: string): string {
  return (idFromArn(value, "cluster", ctx.region, ctx.accountId) ?? value).toLowerCase();
}
