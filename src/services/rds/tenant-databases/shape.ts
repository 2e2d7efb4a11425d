/** A stored tenant database -> the SDK's TenantDatabase, with its instance's current identifier. */
import type { TenantDatabase } from "@aws-sdk/client-rds";
import type { TenantDatabaseRecord } from "../world.js";

export function shapeTenant(record: TenantDatabaseRecord, instanceId: string | undefined): TenantDatabase {
  const { TenantDatabaseCreateTime, TagList, MasterUserSecret, PendingModifiedValues, ...rest } = record;
  const out: TenantDatabase = { ...rest, DBInstanceIdentifier: instanceId ?? record.DBInstanceIdentifier, TenantDatabaseCreateTime: new Date(TenantDatabaseCreateTime), TagList: (TagList ?? []).map((t) => ({ ...t })) };
  if (MasterUserSecret) out.MasterUserSecret = { ...MasterUserSecret };
  if (PendingModifiedValues) out.PendingModifiedValues = { ...PendingModifiedValues };
  return out;
}
