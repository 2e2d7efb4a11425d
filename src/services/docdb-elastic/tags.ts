/**
 * Tags of elastic clusters and snapshots. The model's traits check each key and value; here a
 * resource keeps at most 50 tags (the model's TagKeyList limit). Untagging a key the resource does
 * not have is not an error.
 */
import type { ListTagsForResourceRequest, TagResourceRequest, UntagResourceRequest } from "@aws-sdk/client-docdb-elastic";
import type { CallContext } from "../../core/service.js";
import { requireTaggable } from "./arns.js";
import { checkTagCount } from "./rules.js";
import { tagsOutput } from "./shape.js";
import type { DocdbWorld } from "./world.js";

type Ctx = CallContext<DocdbWorld>;

export function tagResource(ctx: Ctx, input: TagResourceRequest) {
  const resource = requireTaggable(ctx, input.resourceArn!);
  checkTagCount("tags", input.tags, resource.tags);
  // fromEntries defines keys (never calls a `__proto__` setter).
  resource.tags = Object.fromEntries([...Object.entries(resource.tags), ...Object.entries(input.tags!)]);
  return {};
}

export function untagResource(ctx: Ctx, input: UntagResourceRequest) {
  const resource = requireTaggable(ctx, input.resourceArn!);
  const remove = new Set(input.tagKeys);
  resource.tags = Object.fromEntries(Object.entries(resource.tags).filter(([key]) => !remove.has(key)));
  return {};
}

export function listTagsForResource(ctx: Ctx, input: ListTagsForResourceRequest) {
  return { tags: tagsOutput(requireTaggable(ctx, input.resourceArn!).tags) };
}
