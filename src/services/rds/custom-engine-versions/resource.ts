/**
 * Custom engine versions (RDS Custom and RDS for SQL Server developer edition): keyed `engine/version`
 * (the pair is unique per account and Region); ARN `cev:<engine>/<version>/<uuid>` kept on the record.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { CEM } from "../messages/index.js";
import { NO_RECORDS, own } from "../shared/identifiers.js";
import type { CustomEngineVersionRecord, RdsWorld } from "../world.js";

export const customEngineVersions = defineResource<RdsWorld, CustomEngineVersionRecord>({
  name: "custom engine version",
  // Dumps saved before CEVs existed have no collection: the first create makes it.
  collection: (world) => world.customEngineVersions ?? NO_RECORDS,
  notFound: (key) => fail("CustomDBEngineVersionNotFoundFault", CEM.notFound(key)),
  alreadyExists: (key) => fail("CustomDBEngineVersionAlreadyExistsFault", CEM.exists(key)),
  quota: { name: "customEngineVersions", exceeded: (limit) => fail("CustomDBEngineVersionQuotaExceededFault", CEM.quota(limit)) },
  lifecycle: { kind: "customEngineVersion", id: (v) => cevKey(v.Engine, v.EngineVersion) },
});

export const cevKey = (engine: string, version: string) => `${engine}/${version}`;

/** The CEV whose DBEngineVersionArn is `arn`, if any (TagList lives on the record). */
export function cevByArn(ctx: CallContext<RdsWorld>, arn: string): CustomEngineVersionRecord | undefined {
  return Object.values(ctx.world.customEngineVersions ?? {}).find((v) => v.DBEngineVersionArn === arn);
}

export function getCev(ctx: CallContext<RdsWorld>, engine: string, version: string): CustomEngineVersionRecord {
  return own(ctx.world.customEngineVersions ?? {}, cevKey(engine, version)) ?? customEngineVersions.descriptor.notFound(cevKey(engine, version));
}
