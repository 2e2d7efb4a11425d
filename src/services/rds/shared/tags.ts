/**
 * Tags: the documented rules (key 1-128 and value 0-256 characters, no `aws:` or `rds:` prefix, letters,
 * digits, white space and `_ . : / = + - @`), at most 50 per resource, and the three tagging operations
 * over every taggable RDS resource this mock keeps, found by ARN.
 */
import type { Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext, OperationHandler } from "../../../core/service.js";
import { own } from "./identifiers.js";
import { M } from "../messages.js";
import type { RdsWorld } from "../world.js";

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const RESERVED_PREFIX = /^(aws|rds):/i;
export const MAX_TAGS = 50;

function length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Checks a tag list (the documented rules) and returns a fresh copy with duplicates merged, last wins. */
export function checkTags(tags: readonly Tag[] | undefined): Tag[] {
  if (!tags) return [];
  const out = new Map<string, string | undefined>();
  for (const tag of tags) {
    const key = tag?.Key;
    if (typeof key !== "string" || key.length === 0) fail("InvalidParameterValue", M.tagKey(String(key ?? ""), "a tag must have a Key of 1 to 128 characters"));
    if (length(key) > 128) fail("InvalidParameterValue", M.tagKey(key, "it must be at most 128 characters"));
    if (RESERVED_PREFIX.test(key)) fail("InvalidParameterValue", M.tagKey(key, 'it must not begin with "aws:" or "rds:"'));
    if (!TAG_CHARS.test(key)) fail("InvalidParameterValue", M.tagKey(key, "it may contain only letters, digits, white space and _ . : / = + - @"));
    const value = tag.Value;
    if (value !== undefined && value !== null) {
      // The model documents 1-256 characters, but RDS accepts an empty value; so does the mock.
      if (length(value) > 256) fail("InvalidParameterValue", M.tagValue(key, "it must be at most 256 characters"));
      // The seed documents the reserved prefixes for values too; the mock follows the documentation.
      if (RESERVED_PREFIX.test(value)) fail("InvalidParameterValue", M.tagValue(key, 'it must not begin with "aws:" or "rds:"'));
      if (!TAG_CHARS.test(value)) fail("InvalidParameterValue", M.tagValue(key, "it may contain only letters, digits, white space and _ . : / = + - @"));
    }
    out.set(key, value ?? undefined);
  }
  if (out.size > MAX_TAGS) fail("InvalidParameterValue", M.tagQuota());
  return [...out].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value }));
}

/** `existing` with `added` merged in (same key: the new value). */
export function mergeTags(existing: readonly Tag[] | undefined, added: readonly Tag[]): Tag[] {
  const map = new Map<string, string | undefined>();
  for (const t of existing ?? []) map.set(t.Key!, t.Value);
  for (const t of added) map.set(t.Key!, t.Value);
  return [...map].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value }));
}

/**
 * Where each ARN resource type lives, and the fault for an ARN of that type that names nothing. The
 * three tagging operations declare only some not-found faults (DBClusterNotFoundFault,
 * DBInstanceNotFoundFault, DBSnapshotNotFoundFault, ...): a cluster snapshot answers the declared
 * snapshot fault, and a type with no declared fault (subnet group, cluster parameter group, cluster
 * endpoint) answers the common InvalidParameterValue, so each operation answers only what it declares.
 */
const TAGGABLE: Record<string, { collection: (w: RdsWorld) => Record<string, { TagList?: Tag[] }>; notFound: string; label: string }> = {
  cluster: { collection: (w) => w.clusters, notFound: "DBClusterNotFoundFault", label: "DBCluster" },
  db: { collection: (w) => w.instances, notFound: "DBInstanceNotFoundFault", label: "DBInstance" },
  "cluster-snapshot": { collection: (w) => w.clusterSnapshots, notFound: "DBSnapshotNotFoundFault", label: "DBClusterSnapshot" },
  subgrp: { collection: (w) => w.subnetGroups, notFound: "InvalidParameterValue", label: "DBSubnetGroup" },
  "cluster-pg": { collection: (w) => w.clusterParameterGroups, notFound: "InvalidParameterValue", label: "DBClusterParameterGroup" },
  "cluster-endpoint": { collection: (w) => w.clusterEndpoints ?? {}, notFound: "InvalidParameterValue", label: "DBClusterEndpoint" },
};

/** The tagged record an ARN names; faults as AWS answers an unknown ARN of each resource type. */
export function taggedResource(ctx: CallContext<RdsWorld>, resourceName: string): { TagList?: Tag[] } {
  const parts = resourceName.split(":");
  const kind = parts[5];
  const spec = kind !== undefined && Object.hasOwn(TAGGABLE, kind) ? TAGGABLE[kind] : undefined;
  if (parts.length !== 7 || parts[0] !== "arn" || parts[2] !== "rds" || !spec) fail("InvalidParameterValue", M.invalidArn(resourceName));
  if (parts[3] !== ctx.region || parts[4] !== ctx.accountId) fail(spec.notFound, M.resourceNotFound(resourceName));
  const record = own(spec.collection(ctx.world), parts[6].toLowerCase());
  if (!record) fail(spec.notFound, `${spec.label} ${parts[6]} not found (ResourceName).`);
  return record;
}

export const tagOperations: Record<string, OperationHandler<RdsWorld>> = {
  ListTagsForResource(input: { ResourceName: string }, ctx) {
    const record = taggedResource(ctx, input.ResourceName);
    return { TagList: (record.TagList ?? []).map((t) => ({ ...t })) };
  },
  AddTagsToResource(input: { ResourceName: string; Tags: Tag[] }, ctx) {
    const record = taggedResource(ctx, input.ResourceName);
    const added = checkTags(input.Tags);
    const merged = mergeTags(record.TagList, added);
    if (merged.length > MAX_TAGS) fail("InvalidParameterValue", M.tagQuota());
    record.TagList = merged;
    return {};
  },
  RemoveTagsFromResource(input: { ResourceName: string; TagKeys: string[] }, ctx) {
    const record = taggedResource(ctx, input.ResourceName);
    const remove = new Set(input.TagKeys);
    record.TagList = (record.TagList ?? []).filter((t) => !remove.has(t.Key!));
    return {};
  },
};
