/**
 * Tag maps of clusters and streams. The model bounds a tag map at 200 entries; the same bound applies
 * to a resource's tags after TagResource merges new ones in.
 */
import type { TagAccess } from "../../../core/resource.js";
import { constraints } from "../constraints.generated.js";
import { invalid } from "../errors.js";
import { messages } from "../messages.js";

const tagMap = constraints.shapes.TagMap;
export const MAX_TAGS = tagMap.type === "map" && tagMap.max !== undefined ? tagMap.max : 200;

export const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Sets a tag as an own property even for keys like `__proto__` (allowed by the tag key pattern). */
export function setTag(tags: Record<string, string>, key: string, value: string): void {
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

/** DSQL records keep their tags as one map (`tags`), as the API does. */
export const recordTags: TagAccess<{ tags: Record<string, string> }> = {
  read: (record) => record.tags,
  write: (record, tags) => {
    record.tags = tags;
  },
};
