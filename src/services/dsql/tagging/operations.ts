/** TagResource, UntagResource and ListTagsForResource on clusters and streams, by ARN. */
import type * as Sdk from "@aws-sdk/client-dsql";
import type { Operations } from "../../../core/operations.js";
import { out } from "../shared/output.js";
import { checkTagKeys, copyTags, hasOwn, setTag } from "../shared/tags.js";
import type { DsqlWorld } from "../world.js";
import { checkTagQuota, taggable } from "./rules.js";

export const taggingOperations: Operations<typeof Sdk, DsqlWorld> = {
  TagResource: (input, ctx) => {
    const target = taggable(ctx, input.resourceArn!);
    const tags = input.tags!;
    checkTagKeys(tags);
    checkTagQuota(target, tags, input.resourceArn!);
    const merged = copyTags(target.tags.read(target.record));
    for (const key of Object.keys(tags)) setTag(merged, key, tags[key]);
    target.tags.write(target.record, merged);
    return {};
  },

  UntagResource: (input, ctx) => {
    const target = taggable(ctx, input.resourceArn!);
    const kept = copyTags(target.tags.read(target.record));
    for (const key of input.tagKeys!) if (hasOwn(kept, key)) delete kept[key];
    target.tags.write(target.record, kept);
    return {};
  },

  ListTagsForResource: (input, ctx) => {
    const target = taggable(ctx, input.resourceArn!);
    return out({ tags: target.tags.read(target.record) });
  },
};
