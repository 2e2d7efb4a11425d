/** Event notification subscriptions as a resource: by lowercase name, ARN `es:<name>`, quota `eventSubscriptions` (20). */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { EM } from "../messages/index.js";
import { lowercase } from "../shared/identifiers.js";
import type { EventSubscriptionRecord, RdsWorld } from "../world.js";

export const eventSubscriptions = defineResource<RdsWorld, EventSubscriptionRecord>({
  name: "event subscription",
  // A world from an older dump has no subscriptions yet.
  collection: (world) => (world.eventSubscriptions ??= {}),
  key: lowercase,
  arn: { service: "rds", type: "es" },
  notFound: (name) => fail("SubscriptionNotFoundFault", EM.subscriptionNotFound(name)),
  alreadyExists: (name) => fail("SubscriptionAlreadyExistFault", EM.subscriptionExists(name)),
  quota: { name: "eventSubscriptions", exceeded: (limit) => fail("EventSubscriptionQuotaExceededFault", EM.subscriptionQuota(limit)) },
});
