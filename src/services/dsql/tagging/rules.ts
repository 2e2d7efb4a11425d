/**
 * Which record a tagging call names: clusters and streams, addressed by ARN and routed through their
 * descriptors. A resource's tags are bounded by the model's TagMap limit after TagResource merges new
 * ones in (beyond it: ServiceQuotaExceededException, which the model lists for TagResource).
 */
import { recordByArn, type Resource } from "../../../core/resource.js";
import { clusters } from "../clusters/resource.js";
import { invalid, notFound, quotaExceeded, type ResourceType } from "../errors.js";
import { messages } from "../messages.js";
import { parseDsqlArn } from "../shared/arns.js";
import { hasOwn, MAX_TAGS } from "../shared/tags.js";
import type { DsqlContext, DsqlWorld } from "../world.js";
import { streams } from "../streams/resource.js";

const TAGGABLE: readonly Resource<DsqlWorld, any>[] = [clusters, streams];

export interface Taggable {
  resource: Resource<DsqlWorld, any>;
  /** The record's identifier (its key). */
  key: string;
  record: object;
}

/** The cluster or stream an ARN names in this account and Region. */
export function taggable(ctx: DsqlContext, resourceArn: string): Taggable {
  const parsed = parseDsqlArn(resourceArn);
  if (!parsed) return invalid("resourceArn", messages.resourceArnInvalid(resourceArn));
  const hit = recordByArn(TAGGABLE, ctx, resourceArn);
  if (!hit) {
    const id = parsed.kind === "cluster" ? parsed.clusterId : parsed.streamId;
    return notFound(parsed.kind, id, messages.resourceNotFound(resourceArn));
  }
  return hit;
}

/** The tag count after merging `tags` in must stay within the model's bound. */
export function checkTagQuota(target: Taggable, tags: Record<string, string>, resourceArn: string): void {
  const current = target.resource.descriptor.tags!.read(target.record);
  let total = Object.keys(current).length;
  for (const key of Object.keys(tags)) if (!hasOwn(current, key)) total++;
  // The descriptors' names are DSQL's resource types: "cluster", "stream".
  const type = target.resource.descriptor.name as ResourceType;
  if (total > MAX_TAGS) quotaExceeded(type, target.key, "tagsPerResource", messages.tagQuota(MAX_TAGS, resourceArn, total));
}
