/**
 * Tags on clusters and streams, addressed by ARN. The model bounds a tag map at 200 entries; the
 * same bound applies to a resource's tags after TagResource merges new ones in (beyond it:
 * ServiceQuotaExceededException, which the model lists for TagResource).
 */
import { constraints } from "./constraints.generated.js";
import { invalid, notFound, quotaExceeded, type ResourceType } from "./errors.js";
import { messages } from "./messages.js";
import { parseDsqlArn } from "./naming.js";
import type { DsqlContext } from "./world.js";

const tagMap = constraints.shapes.TagMap;
export const MAX_TAGS = tagMap.type === "map" && tagMap.max !== undefined ? tagMap.max : 200;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Sets a tag as an own property even for keys like `__proto__` (allowed by the tag key pattern). */
function setTag(tags: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(tags, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A state copy of an input tag map. */
export function copyTags(tags: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(tags ?? {})) setTag(out, key, tags![key]);
  return out;
}

/** Keys starting with `aws:` are reserved for AWS on every taggable AWS resource. */
export function checkTagKeys(tags: Record<string, string> | undefined, field = "tags"): void {
  for (const key of Object.keys(tags ?? {})) {
    if (key.toLowerCase().startsWith("aws:")) invalid(field, messages.tagKeyReserved(key));
  }
}

interface Taggable {
  type: ResourceType;
  id: string;
  tags: Record<string, string>;
}

/** The cluster or stream an ARN names in this account and Region. */
function taggable(ctx: DsqlContext, resourceArn: string): Taggable {
  const parsed = parseDsqlArn(resourceArn);
  if (!parsed) return invalid("resourceArn", messages.resourceArnInvalid(resourceArn));
  const here = parsed.region === ctx.region && parsed.accountId === ctx.accountId;
  if (parsed.kind === "cluster") {
    const c = here ? ctx.world.clusters[parsed.clusterId] : undefined;
    if (!c) return notFound("cluster", parsed.clusterId, messages.resourceNotFound(resourceArn));
    return { type: "cluster", id: c.identifier, tags: c.tags };
  }
  const s = here ? ctx.world.streams[parsed.streamId] : undefined;
  if (!s || s.clusterIdentifier !== parsed.clusterId) return notFound("stream", parsed.streamId, messages.resourceNotFound(resourceArn));
  return { type: "stream", id: s.streamIdentifier, tags: s.tags };
}

export function tagResource(ctx: DsqlContext, input: { resourceArn: string; tags: Record<string, string> }): void {
  const target = taggable(ctx, input.resourceArn);
  checkTagKeys(input.tags);
  let total = Object.keys(target.tags).length;
  for (const key of Object.keys(input.tags)) if (!hasOwn(target.tags, key)) total++;
  if (total > MAX_TAGS) quotaExceeded(target.type, target.id, "tagsPerResource", messages.tagQuota(MAX_TAGS, input.resourceArn, total));
  for (const key of Object.keys(input.tags)) setTag(target.tags, key, input.tags[key]);
}

export function untagResource(ctx: DsqlContext, input: { resourceArn: string; tagKeys: string[] }): void {
  const target = taggable(ctx, input.resourceArn);
  for (const key of input.tagKeys) if (hasOwn(target.tags, key)) delete target.tags[key];
}

export function listTags(ctx: DsqlContext, input: { resourceArn: string }): { tags: Record<string, string> } {
  return { tags: taggable(ctx, input.resourceArn).tags };
}
