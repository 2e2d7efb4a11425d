/**
 * Zero-ETL integrations: keyed by their id (the UUID ending the ARN `integration:<id>`), unique per
 * account and Region by IntegrationName (kept as given; compared lowercase like other RDS names).
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { IM } from "../messages/index.js";
import { NO_RECORDS, own } from "../shared/identifiers.js";
import type { IntegrationRecord, RdsWorld } from "../world.js";

export const integrations = defineResource<RdsWorld, IntegrationRecord>({
  name: "zero-ETL integration",
  // Dumps saved before integrations existed have neither collection: the first create makes them.
  collection: (world) => world.integrations ?? NO_RECORDS,
  arn: { service: "rds", type: "integration" },
  notFound: (id) => fail("IntegrationNotFoundFault", IM.notFound(id)),
  alreadyExists: (name) => fail("IntegrationAlreadyExistsFault", IM.nameTaken(name)),
  names: { index: (world) => world.integrationNames ?? NO_RECORDS, of: (i) => i.IntegrationName!.toLowerCase() },
  quota: { name: "integrations", exceeded: (limit) => fail("IntegrationQuotaExceededFault", IM.quota(limit)) },
  sortKey: (_id, i) => `${String(i.CreateTime).padStart(15, "0")}/${i.IntegrationId}`,
  lifecycle: { kind: "integration", id: (i) => i.IntegrationId },
});

/** The integration an IntegrationIdentifier names: its ARN or its id; else IntegrationNotFoundFault. */
export function getIntegration(ctx: CallContext<RdsWorld>, identifier: string): IntegrationRecord {
  const id = identifier.startsWith("arn:") ? integrations.keyFromArn(ctx, identifier) : identifier;
  const found = id === undefined ? undefined : own(ctx.world.integrations ?? {}, id);
  return found ?? integrations.descriptor.notFound(identifier);
}
