/**
 * Event notification subscriptions: Create/Modify/Delete/DescribeEventSubscriptions and
 * Add/RemoveSourceIdentifierTo/FromSubscription. Notifications are not sent (there is no SNS here);
 * a subscription is stored, validated and described as AWS does, always `active`.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { noFilters } from "../catalogs/describe.js";
import { EM } from "../messages/index.js";
import { describeResourcePage } from "../shared/filters.js";
import { checkTags } from "../shared/tags.js";
import type { EventSubscriptionRecord, RdsWorld } from "../world.js";
import { eventSubscriptions } from "./resource.js";
import { checkCategories, checkSources, checkSourceType, checkSubscriptionName, checkTopic } from "./rules.js";
import { creationTime, shapeSubscription } from "./shape.js";

export const eventSubscriptionOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateEventSubscription(input, ctx) {
    const name = checkSubscriptionName(input.SubscriptionName!);
    checkTopic(ctx, input.SnsTopicArn!);
    checkSourceType(input.SourceType);
    checkCategories(input.EventCategories, input.SourceType);
    const ids = input.SourceIds ?? [];
    // API reference: "If SourceIds are supplied, SourceType must also be provided."
    if (ids.length > 0 && input.SourceType === undefined) fail("InvalidParameterCombination", EM.sourceIdsNeedType());
    const sources = input.SourceType === undefined ? [] : checkSources(ctx, ids, input.SourceType);
    const tags = checkTags(input.Tags);
    eventSubscriptions.requireNew(ctx, name);
    const record: EventSubscriptionRecord = {
      CustomerAwsId: ctx.accountId,
      CustSubscriptionId: name,
      SnsTopicArn: input.SnsTopicArn!,
      Status: "active",
      SubscriptionCreationTime: creationTime(ctx.now()),
      Enabled: input.Enabled ?? true,
      EventSubscriptionArn: eventSubscriptions.arnOf(ctx, name),
      TagList: tags,
    };
    if (input.SourceType !== undefined) record.SourceType = input.SourceType;
    if (sources.length > 0) record.SourceIdsList = sources;
    if (input.EventCategories && input.EventCategories.length > 0) record.EventCategoriesList = [...new Set(input.EventCategories)];
    eventSubscriptions.insert(ctx, name, record);
    return { EventSubscription: shapeSubscription(record) };
  },

  ModifyEventSubscription(input, ctx) {
    const record = eventSubscriptions.get(ctx, input.SubscriptionName!);
    if (input.SnsTopicArn !== undefined) checkTopic(ctx, input.SnsTopicArn);
    checkSourceType(input.SourceType);
    const type = input.SourceType ?? record.SourceType;
    // Categories kept from before must fit a new source type too.
    const categories = input.EventCategories ?? record.EventCategoriesList;
    checkCategories(categories, type);
    // Every check has passed: from here on, state changes.
    if (input.SnsTopicArn !== undefined) record.SnsTopicArn = input.SnsTopicArn;
    if (input.SourceType !== undefined) record.SourceType = input.SourceType;
    if (input.EventCategories !== undefined) {
      if (input.EventCategories.length > 0) record.EventCategoriesList = [...new Set(input.EventCategories)];
      else delete record.EventCategoriesList;
    }
    if (input.Enabled !== undefined) record.Enabled = input.Enabled;
    return { EventSubscription: shapeSubscription(record) };
  },

  DeleteEventSubscription(input, ctx) {
    const record = eventSubscriptions.get(ctx, input.SubscriptionName!);
    eventSubscriptions.remove(ctx, input.SubscriptionName!);
    // AWS answers the subscription as it goes: `deleting`.
    return { EventSubscription: { ...shapeSubscription(record), Status: "deleting" } };
  },

  DescribeEventSubscriptions(input, ctx) {
    // API reference: Filters "isn't currently supported".
    noFilters(input.Filters);
    if (input.SubscriptionName !== undefined) {
      return { EventSubscriptionsList: [shapeSubscription(eventSubscriptions.get(ctx, input.SubscriptionName))] };
    }
    const page = describeResourcePage(eventSubscriptions, ctx, input);
    return { EventSubscriptionsList: page.items.map(shapeSubscription), Marker: page.Marker };
  },

  AddSourceIdentifierToSubscription(input, ctx) {
    const record = eventSubscriptions.get(ctx, input.SubscriptionName!);
    if (record.SourceType === undefined) fail("SourceNotFoundFault", EM.sourceNoType(record.CustSubscriptionId));
    const [id] = checkSources(ctx, [input.SourceIdentifier!], record.SourceType);
    const list = record.SourceIdsList ?? [];
    if (!list.includes(id)) record.SourceIdsList = [...list, id];
    return { EventSubscription: shapeSubscription(record) };
  },

  RemoveSourceIdentifierFromSubscription(input, ctx) {
    const record = eventSubscriptions.get(ctx, input.SubscriptionName!);
    const id = input.SourceIdentifier!.toLowerCase();
    if (!record.SourceIdsList?.includes(id)) fail("SourceNotFoundFault", EM.sourceNotInSubscription(input.SourceIdentifier!, record.CustSubscriptionId));
    const rest = record.SourceIdsList.filter((s) => s !== id);
    if (rest.length > 0) record.SourceIdsList = rest;
    else delete record.SourceIdsList;
    return { EventSubscription: shapeSubscription(record) };
  },
};
