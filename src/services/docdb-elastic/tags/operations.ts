/**
 * Tags of elastic clusters and snapshots, routed by ARN. The model's traits check each key and
 * value; here a resource keeps at most 50 tags (the model's TagKeyList limit). Untagging a key the
 * resource does not have is not an error.
 */
import type * as Sdk from "@aws-sdk/client-docdb-elastic";
import type { Operations } from "../../../core/operations.js";
import { recordByArn, type Resource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { clusters } from "../clusters/resource.js";
import { invalid, notFound, reject } from "../errors.js";
import { constraint, message } from "../messages.js";
import { parseResourceArn } from "../shared/arns.js";
import { tagCountProblem } from "../shared/rules.js";
import { tagsOutput } from "../shared/shape.js";
import { snapshots } from "../snapshots/resource.js";
import type { DocdbWorld } from "../world.js";

const TAGGABLE: readonly Resource<DocdbWorld, any>[] = [clusters, snapshots];

/** A taggable resource's tags: a malformed ARN is a ValidationException, one that names nothing here not found. */
function requireTags(ctx: CallContext<DocdbWorld>, value: string): { held: Record<string, string>; replace(tags: Record<string, string>): void } {
  const parsed = parseResourceArn(value);
  if (!parsed) invalid("resourceArn", value, constraint.resourceArn);
  const found = recordByArn(TAGGABLE, ctx, value);
  if (!found) notFound(parsed.kind, value, message.resourceNotFound(value));
  const { record, resource } = found;
  const access = resource.descriptor.tags!;
  return { held: access.read(record), replace: (tags) => access.write(record, tags) };
}

export const tagOperations: Operations<typeof Sdk, DocdbWorld> = {
  TagResource(input, ctx) {
    const { held, replace } = requireTags(ctx, input.resourceArn!);
    reject(tagCountProblem("tags", input.tags, held));
    // fromEntries defines keys (never calls a `__proto__` setter).
    replace(Object.fromEntries([...Object.entries(held), ...Object.entries(input.tags!)]));
    return {};
  },

  UntagResource(input, ctx) {
    const { held, replace } = requireTags(ctx, input.resourceArn!);
    const remove = new Set(input.tagKeys);
    replace(Object.fromEntries(Object.entries(held).filter(([key]) => !remove.has(key))));
    return {};
  },

  ListTagsForResource: (input, ctx) => ({ tags: tagsOutput(requireTags(ctx, input.resourceArn!).held) }),
};
