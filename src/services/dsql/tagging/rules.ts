/**
 * Which record a tagging call names: clusters and streams, addressed by ARN and routed through their
 * descriptors. A resource's tags are bounded by the model's TagMap limit after TagResource merges new
 * ones in (beyond it: ServiceQuotaExceededException, which the model lists for TagResource).
 */
import { recordByArn, type Resource, type TagAccess } from "../../../core/resource.js";
import { clusters } from "../clusters/resource.js";
import { invalid, notFound, quotaExceeded, type ResourceType } from "../errors.js";
import { messages } from "../messages.js";
import { parseDsqlArn, type DsqlArn } from "../shared/arns.js";
import { hasOwn, MAX_TAGS } from "../shared/tags.js";
import { streams } from "../streams/resource.js";
import type { DsqlContext, DsqlWorld } from "../world.js";

/** The taggable resources: each descriptor says how its ARNs look and where its records keep tags. */
const TAGGABLE: readonly Resource<DsqlWorld, any>[] = [clusters, streams];

export interface Taggable {
  /** The resource type, as errors name it. */
  type: ResourceType;
  /** The record's identifier (its key). */
  key: string;
  record: object;
  tags: TagAccess<object>;
}

/**
 * The ARN as the descriptors spell it. DSQL has always matched an ARN by Region, account and
 * identifiers, whatever partition it names, so the partition is the Region's own here.
 */
function asDsqlSpellsIt(parsed: DsqlArn): string {
  const scope = { region: parsed.region, accountId: parsed.accountId };
  return parsed.kind === "cluster" ? clusters.arnOf(scope, parsed.clusterId) : streams.arnOf(scope, parsed.streamId, parsed.clusterId);
}

/** The cluster or stream an ARN names in this account and Region. */
export function taggable(ctx: DsqlContext, resourceArn: string): Taggable {
  const parsed = parseDsqlArn(resourceArn);
  if (!parsed) return invalid("resourceArn", messages.resourceArnInvalid(resourceArn));
  const hit = recordByArn(TAGGABLE, ctx, asDsqlSpellsIt(parsed));
  if (!hit) {
    const id = parsed.kind === "cluster" ? parsed.clusterId : parsed.streamId;
    return notFound(parsed.kind, id, messages.resourceNotFound(resourceArn));
  }
  const { name, tags } = hit.resource.descriptor;
  // The descriptors' names are DSQL's resource types ("cluster", "stream"), and every taggable one has tags.
  return { type: name as ResourceType, key: hit.key, record: hit.record, tags: tags! };
}

/** The tag count after merging `tags` in must stay within the model's bound. */
export function checkTagQuota(target: Taggable, tags: Record<string, string>, resourceArn: string): void {
  const current = target.tags.read(target.record);
  let total = Object.keys(current).length;
  for (const key of Object.keys(tags)) if (!hasOwn(current, key)) total++;
  if (total > MAX_TAGS) quotaExceeded(target.type, target.key, "tagsPerResource", messages.tagQuota(MAX_TAGS, resourceArn, total));
}
