/** The building blocks of the RDS authorization rules (iam.ts): resource ARNs of a request, condition keys, tagging on creation, passed roles and KMS keys. */
import type { Tag } from "@aws-sdk/client-rds";
import { kmsKeyArn, type AuthorizationRule, type ContextValue } from "../../../core/iam/requests.js";
import { arn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { iamReference } from "../iam.generated.js";
import { own } from "../shared/identifiers.js";
import type { RdsWorld } from "../world.js";

export type Ctx = CallContext<RdsWorld>;
export type Rule = AuthorizationRule<RdsWorld>;
export type Input = Record<string, any>;

/** The ARN of a resource named by id (lowercase, as RDS keeps it) or already by ARN. */
export const rdsArn = (type: string, id: string, ctx: Ctx) => (id.startsWith("arn:") ? id : arn("rds", ctx.region, ctx.accountId, `${type}:${id.toLowerCase()}`));
/** The member's resource ARN; absent member: the type's wildcard or (with `optional`) no request. */
export const res = (type: string, member: string, optional = false) => (i: Input, ctx: Ctx) =>
  typeof i[member] === "string" && i[member] !== "" ? rdsArn(type, i[member], ctx) : optional ? undefined : rdsArn(type, "*", ctx);
export const named = (type: string, member: string) => res(type, member, true);
export const arnType = (value: string) => value.split(":")[5] ?? "";
/**
 * An RDS ARN given in `member` whose resource type is one of `types` (any for the tagging commands).
 * Authorization needs a resource: another ARN is answered by the handler's InvalidParameterValue.
 */
export const byArn = (member: string, types?: readonly string[]) => (i: Input) => {
  const parts = typeof i[member] === "string" ? (i[member] as string).split(":") : [];
  const ok = parts.length === 7 && parts[0] === "arn" && parts[2] === "rds" && parts[6] !== "" && (types ? types.includes(parts[5]) : parts[5] in iamReference.resourceTypes);
  return ok ? (i[member] as string) : undefined;
};

/** The ARN of the shard group DBShardGroupIdentifier names (`shard-group:<resource id>`), or the type's wildcard. */
export const shardGroupArn = (i: Input, ctx: Ctx) => {
  const key = typeof i.DBShardGroupIdentifier === "string" ? own(ctx.world.shardGroupNames ?? {}, i.DBShardGroupIdentifier.toLowerCase()) : undefined;
  return rdsArn("shard-group", key ?? "*", ctx);
};

/** The ARN of the integration IntegrationIdentifier names (an id or an ARN, kept as given). */
export const integrationArn = (i: Input, ctx: Ctx) =>
  typeof i.IntegrationIdentifier === "string" && i.IntegrationIdentifier !== "" ? (i.IntegrationIdentifier.startsWith("arn:") ? i.IntegrationIdentifier : arn("rds", ctx.region, ctx.accountId, `integration:${i.IntegrationIdentifier}`)) : rdsArn("integration", "*", ctx);

/** A CEV's ARN: the one it has, else `cev:<engine>/<version>/*`; a malformed name gives the handler's error first. */
export const cevArn = (i: Input, ctx: Ctx) => {
  if (typeof i.Engine !== "string" || typeof i.EngineVersion !== "string" || !/^[a-z0-9-]+$/.test(i.Engine) || !/^[a-z0-9_.-]+$/.test(i.EngineVersion)) return undefined;
  return ctx.world.customEngineVersions?.[`${i.Engine}/${i.EngineVersion}`]?.DBEngineVersionArn ?? rdsArn("cev", `${i.Engine}/${i.EngineVersion}/*`, ctx);
};

/** The ARN of the tenant TenantDBName names in DBInstanceIdentifier's instance, or the type's wildcard. */
export const tenantArn = (i: Input, ctx: Ctx) => {
  const instance = typeof i.DBInstanceIdentifier === "string" ? own(ctx.world.instances, i.DBInstanceIdentifier.toLowerCase()) : undefined;
  const name = typeof i.TenantDBName === "string" ? i.TenantDBName.toUpperCase() : undefined;
  const tenant = Object.values(ctx.world.tenantDatabases ?? {}).find((t) => t.DbiResourceId === instance?.DbiResourceId && t.TenantDBName.toUpperCase() === name);
  return rdsArn("tenant-database", tenant?.TenantDatabaseResourceId ?? "*", ctx);
};

/** aws:RequestTag, aws:TagKeys and rds:req-tag for the request's Tags. */
export function tagKeys(i: Input): Record<string, ContextValue> | undefined {
  const tags = ((i.Tags ?? []) as Tag[]).filter((t) => typeof t?.Key === "string" && t.Key !== "");
  if (tags.length === 0) return undefined;
  const out: Record<string, ContextValue> = { "aws:TagKeys": tags.map((t) => t.Key ?? "") };
  for (const t of tags) {
    out[`aws:RequestTag/${t.Key}`] = t.Value ?? "";
    out[`rds:req-tag/${t.Key}`] = t.Value ?? "";
  }
  return out;
}
export const hasTags = (i: Input) => tagKeys(i) !== undefined;

/** The request's own rds: condition keys, when the member is given. */
export const KEY_MEMBERS: Array<[key: string, member: string]> = [
  ["rds:DatabaseEngine", "Engine"],
  ["rds:DatabaseClass", "DBClusterInstanceClass"],
  ["rds:DatabaseClass", "DBInstanceClass"],
  ["rds:DatabaseName", "DatabaseName"],
  ["rds:StorageEncrypted", "StorageEncrypted"],
  ["rds:StorageSize", "AllocatedStorage"],
  ["rds:Piops", "Iops"],
  ["rds:ManageMasterUserPassword", "ManageMasterUserPassword"],
  ["rds:PubliclyAccessible", "PubliclyAccessible"],
  ["rds:EndpointType", "EndpointType"],
];
export const keysFor = (...keys: string[]) => (i: Input): Record<string, ContextValue> | undefined => {
  const out: Record<string, ContextValue> = { ...tagKeys(i) };
  for (const [key, member] of KEY_MEMBERS) if (keys.includes(key) && i[member] !== undefined) out[key] = String(i[member]);
  return Object.keys(out).length > 0 ? out : undefined;
};

/** Tagging on creation: rds:AddTagsToResource on the new resource, with the request's tags. */
export const tagOnCreate = (type: string, member: string): Rule => ({ action: "AddTagsToResource", type, when: hasTags, resource: named(type, member), context: tagKeys });
/** A role handed to RDS. */
export const passRole = (member: string, service = "rds.amazonaws.com"): Rule => ({
  action: "iam:PassRole",
  type: "role",
  // Only an IAM role ARN is passed; anything else is the handler's InvalidParameterValue.
  resource: (i) => (typeof i[member] === "string" && /^arn:aws[a-z-]*:iam::\d{12}:role\/./.test(i[member]) ? i[member] : undefined),
  context: () => ({ "iam:PassedToService": service }),
  pin: ["iam:PassedToService"],
});
/** A customer managed key RDS encrypts with: it describes the key and creates a grant on it. */
export const kms = (member = "KmsKeyId"): Rule[] =>
  ["kms:DescribeKey", "kms:CreateGrant"].map((action) => ({
    action,
    type: "key",
    resource: (i: Input, ctx: Ctx) => (typeof i[member] === "string" ? kmsKeyArn(i[member], ctx) : undefined),
    context: (_i: Input, ctx: Ctx) => ({ "kms:ViaService": `rds.${ctx.region}.amazonaws.com`, "kms:CallerAccount": ctx.accountId }),
    pin: ["kms:ViaService"],
  }));
/** The groups a new cluster is placed in, when named. */
export const clusterGroups = (action: string): Rule[] => [
  { action, type: "cluster-pg", resource: named("cluster-pg", "DBClusterParameterGroupName") },
  { action, type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
  { action, type: "og", resource: named("og", "OptionGroupName") },
];
export const one = (action: string, type: string, member: string, context?: Rule["context"]): Rule[] => [{ action, type, resource: res(type, member), context }];

// --- Issue 13: automated backups --- The backup a call names: its ARN, or the `ab-` id of a DbiResourceId (instance-automated-backups/record.ts).
export const autoBackup = (i: Input, ctx: Ctx) =>
  i.DBInstanceAutomatedBackupsArn !== undefined
    ? byArn("DBInstanceAutomatedBackupsArn", ["auto-backup"])(i)
    : arn("rds", ctx.region, ctx.accountId, `auto-backup:${typeof i.DbiResourceId === "string" && /^db-[A-Za-z0-9]+$/.test(i.DbiResourceId) ? `ab-${i.DbiResourceId.slice(3)}` : "*"}`);
// --- end issue 13 automated backups ---
// --- Aurora global databases ---
/** A global cluster's ARN (no Region); absent member: the type's wildcard. */
export const globalCluster = (member: string) => (i: Input, ctx: Ctx) =>
  arn("rds", "", ctx.accountId, `global-cluster:${typeof i[member] === "string" && i[member] !== "" ? (i[member] as string).toLowerCase() : "*"}`);
/** The global cluster and the member DB cluster a command names (by ARN or identifier). */
export const globalAndCluster = (action: string, member: string): Rule[] => [
  { action, type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") },
  { action, type: "cluster", resource: res("cluster", member) },
];
// --- end global databases ---
// --- RDS Proxy helpers ---
/** aws:RequestTag and aws:TagKeys of the request's Tags (the proxy actions take no rds:req-tag). */
export const awsTagKeys = (i: Input) => {
  const all = tagKeys(i);
  return all && Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith("aws:")));
};
/** The ARN of the first identifier of a list member, when it names one. */
export const firstArn = (type: string, ids: unknown, ctx: Ctx) => (Array.isArray(ids) && typeof ids[0] === "string" && ids[0] !== "" ? rdsArn(type, ids[0], ctx) : undefined);
// --- end RDS Proxy helpers ---
