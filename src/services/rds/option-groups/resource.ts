/**
 * Option groups as a resource: stored by lowercase name, ARN `og:<name>`, quota `optionGroups` (20 per
 * account and Region; the `default:*` groups RDS provides do not count).
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { GM } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { OptionGroupRecord, RdsWorld } from "../world.js";

export const isDefaultOptionGroup = (name: string) => name.startsWith("default:");

export const optionGroups = defineResource<RdsWorld, OptionGroupRecord>({
  name: "option group",
  // Optional in the world: a dump made before option groups existed has none.
  collection: (world) => (world.optionGroups ??= {}),
  key: lowercase,
  arn: { service: "rds", type: "og" },
  notFound: (name) => fail("OptionGroupNotFoundFault", GM.optionGroupNotFound(name)),
  alreadyExists: (name) => fail("OptionGroupAlreadyExistsFault", GM.optionGroupExists(name)),
  quota: {
    name: "optionGroups",
    exceeded: (limit) => fail("OptionGroupQuotaExceededFault", GM.optionGroupQuota(limit)),
    counts: (group) => !isDefaultOptionGroup(group.OptionGroupName),
  },
});
