/**
 * The documented rules of event subscriptions (API reference: CreateEventSubscription,
 * ModifyEventSubscription, AddSourceIdentifierToSubscription; RDS user guide, "Subscribing to Amazon
 * RDS event notification").
 */
import { fail } from "../../../core/aws-error.js";
import { parseArn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { EVENT_CATEGORIES } from "../catalogs/event-categories.js";
import { clusterSnapshots } from "../cluster-snapshots/resource.js";
import { clusters } from "../clusters/resource.js";
import { dbParameterGroups } from "../db-parameter-groups/resource.js";
import { instances } from "../instances/resource.js";
import { CM, EM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

const NAME = /^[A-Za-z][A-Za-z0-9-]{0,254}$/;

/** SubscriptionName: "must be less than 255 characters"; the console's rule: letters, digits and hyphens, a letter first. */
export function checkSubscriptionName(name: string): string {
  if (!NAME.test(name)) fail("InvalidParameterValue", EM.subscriptionName(name));
  return name.toLowerCase();
}

/**
 * SnsTopicArn: this mock has no SNS, so any well-formed SNS topic ARN of this account and Region is
 * taken as an existing topic RDS may publish to. Not an SNS topic ARN (or another Region's): SNSInvalidTopic;
 * another account's topic: SNSNoAuthorization (RDS cannot know that topic's access policy allows it).
 */
export function checkTopic(ctx: CallContext<RdsWorld>, value: string): void {
  const parsed = parseArn(value);
  const topic = parsed?.resource ?? "";
  if (!parsed || parsed.service !== "sns" || parsed.region !== ctx.region || !/^[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(topic)) {
    fail("SNSInvalidTopicFault", EM.topic(value));
  }
  if (parsed.accountId !== ctx.accountId) fail("SNSNoAuthorizationFault", EM.topicAccount(value, ctx.accountId));
}

const SOURCE_TYPES = Object.keys(EVENT_CATEGORIES);

/** SourceType: one of the source types DescribeEventCategories lists. */
export function checkSourceType(type: string | undefined): void {
  if (type !== undefined && !SOURCE_TYPES.includes(type)) fail("InvalidParameterValue", CM.sourceType(type, SOURCE_TYPES));
}

/**
 * EventCategories: categories need a SourceType (AWS: "If SourceType is null, Categories must also be
 * null.", InvalidParameterCombination), and each must be a category of that type, else SubscriptionCategoryNotFound.
 */
export function checkCategories(categories: readonly string[] | undefined, type: string | undefined): void {
  if (!categories || categories.length === 0) return;
  if (type === undefined) fail("InvalidParameterCombination", EM.categoriesNeedType());
  const valid = new Set(EVENT_CATEGORIES[type]);
  for (const c of categories) if (!valid.has(c)) fail("SubscriptionCategoryNotFoundFault", EM.category(c, type));
}

/**
 * Whether a source of each type exists, by identifier. Types whose resources this mock does not keep
 * (DB security groups, DB snapshots, proxies) have none: SourceNotFound.
 */
const SOURCE_EXISTS: Record<string, (ctx: CallContext<RdsWorld>, id: string) => boolean> = {
  "db-cluster": (ctx, id) => clusters.find(ctx, id) !== undefined,
  "db-instance": (ctx, id) => instances.find(ctx, id) !== undefined,
  "db-cluster-snapshot": (ctx, id) => clusterSnapshots.find(ctx, id) !== undefined,
  "db-parameter-group": (ctx, id) => dbParameterGroups.find(ctx, id) !== undefined,
};

/** Each source identifier names an existing source of `type` (SourceNotFound); returns them lowercase, once each. */
export function checkSources(ctx: CallContext<RdsWorld>, ids: readonly string[], type: string): string[] {
  const exists = Object.hasOwn(SOURCE_EXISTS, type) ? SOURCE_EXISTS[type] : undefined;
  for (const id of ids) if (!exists?.(ctx, id)) fail("SourceNotFoundFault", EM.sourceNotFound(id, type));
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
