/** Event subscription record -> the SDK's EventSubscription (lists copied; tags are not part of it). */
import type { EventSubscription } from "@aws-sdk/client-rds";
import type { EventSubscriptionRecord } from "../world.js";

export function shapeSubscription(record: EventSubscriptionRecord): EventSubscription {
  const { TagList: _tags, ...out } = record;
  const shaped: EventSubscription = { ...out };
  if (record.SourceIdsList) shaped.SourceIdsList = [...record.SourceIdsList];
  if (record.EventCategoriesList) shaped.EventCategoriesList = [...record.EventCategoriesList];
  return shaped;
}

/** SubscriptionCreationTime is a string in the API; AWS writes it as `2018-07-31 23:22:01.893` (UTC). */
export function creationTime(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").replace("Z", "");
}
