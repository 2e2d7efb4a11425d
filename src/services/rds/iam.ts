/**
 * Authorization of the RDS commands, as a table: actions, resource ARNs (`arn:aws:rds:REGION:ACCOUNT:
 * cluster:ID`, ids lowercase), and the condition keys of the Service Authorization Reference. Tags on
 * create need rds:AddTagsToResource on the new resource (RDS's "tagging on creation" rule); a role
 * given to RDS needs iam:PassRole; a customer KMS key needs kms:CreateGrant and kms:DescribeKey.
 * A call without an identifier is checked on the type's wildcard (`cluster:*`), the form of AWS's
 * access-denied messages for describe calls.
 */
import type { Tag } from "@aws-sdk/client-rds";
import { commandsFromRules, kmsKeyArn, type AuthorizationRule, type ContextValue, type ServiceIam } from "../../core/iam/requests.js";
import { arn } from "../../core/regions.js";
import type { CallContext } from "../../core/service.js";
import { iamReference } from "./iam.generated.js";
import { own } from "./shared/identifiers.js";
import { endpointArnOrWildcard, proxyArnOrWildcard, targetGroupArnOrWildcard } from "./proxies/resource.js";
import type { RdsWorld } from "./world.js";
import { globalClusterByArn } from "./global-clusters/resource.js"; // --- global databases ---

type Ctx = CallContext<RdsWorld>;
type Rule = AuthorizationRule<RdsWorld>;
type Input = Record<string, any>;

/** The ARN of a resource named by id (lowercase, as RDS keeps it) or already by ARN. */
const rdsArn = (type: string, id: string, ctx: Ctx) => (id.startsWith("arn:") ? id : arn("rds", ctx.region, ctx.accountId, `${type}:${id.toLowerCase()}`));
/** The member's resource ARN; absent member: the type's wildcard or (with `optional`) no request. */
const res = (type: string, member: string, optional = false) => (i: Input, ctx: Ctx) =>
  typeof i[member] === "string" && i[member] !== "" ? rdsArn(type, i[member], ctx) : optional ? undefined : rdsArn(type, "*", ctx);
const named = (type: string, member: string) => res(type, member, true);
const arnType = (value: string) => value.split(":")[5] ?? "";
/**
 * An RDS ARN given in `member` whose resource type is one of `types` (any for the tagging commands).
 * Authorization needs a resource: another ARN is answered by the handler's InvalidParameterValue.
 */
const byArn = (member: string, types?: readonly string[]) => (i: Input) => {
  const parts = typeof i[member] === "string" ? (i[member] as string).split(":") : [];
  const ok = parts.length === 7 && parts[0] === "arn" && parts[2] === "rds" && parts[6] !== "" && (types ? types.includes(parts[5]) : parts[5] in iamReference.resourceTypes);
  return ok ? (i[member] as string) : undefined;
};

/** The ARN of the shard group DBShardGroupIdentifier names (`shard-group:<resource id>`), or the type's wildcard. */
const shardGroupArn = (i: Input, ctx: Ctx) => {
  const key = typeof i.DBShardGroupIdentifier === "string" ? own(ctx.world.shardGroupNames ?? {}, i.DBShardGroupIdentifier.toLowerCase()) : undefined;
  return rdsArn("shard-group", key ?? "*", ctx);
};

/** The ARN of the integration IntegrationIdentifier names (an id or an ARN, kept as given). */
const integrationArn = (i: Input, ctx: Ctx) =>
  typeof i.IntegrationIdentifier === "string" && i.IntegrationIdentifier !== "" ? (i.IntegrationIdentifier.startsWith("arn:") ? i.IntegrationIdentifier : arn("rds", ctx.region, ctx.accountId, `integration:${i.IntegrationIdentifier}`)) : rdsArn("integration", "*", ctx);

/** A CEV's ARN: the one it has, else `cev:<engine>/<version>/*`; a malformed name gives the handler's error first. */
const cevArn = (i: Input, ctx: Ctx) => {
  if (typeof i.Engine !== "string" || typeof i.EngineVersion !== "string" || !/^[a-z0-9-]+$/.test(i.Engine) || !/^[a-z0-9_.-]+$/.test(i.EngineVersion)) return undefined;
  return ctx.world.customEngineVersions?.[`${i.Engine}/${i.EngineVersion}`]?.DBEngineVersionArn ?? rdsArn("cev", `${i.Engine}/${i.EngineVersion}/*`, ctx);
};

/** The ARN of the tenant TenantDBName names in DBInstanceIdentifier's instance, or the type's wildcard. */
const tenantArn = (i: Input, ctx: Ctx) => {
  const instance = typeof i.DBInstanceIdentifier === "string" ? own(ctx.world.instances, i.DBInstanceIdentifier.toLowerCase()) : undefined;
  const name = typeof i.TenantDBName === "string" ? i.TenantDBName.toUpperCase() : undefined;
  const tenant = Object.values(ctx.world.tenantDatabases ?? {}).find((t) => t.DbiResourceId === instance?.DbiResourceId && t.TenantDBName.toUpperCase() === name);
  return rdsArn("tenant-database", tenant?.TenantDatabaseResourceId ?? "*", ctx);
};

/** aws:RequestTag, aws:TagKeys and rds:req-tag for the request's Tags. */
function tagKeys(i: Input): Record<string, ContextValue> | undefined {
  const tags = ((i.Tags ?? []) as Tag[]).filter((t) => typeof t?.Key === "string" && t.Key !== "");
  if (tags.length === 0) return undefined;
  const out: Record<string, ContextValue> = { "aws:TagKeys": tags.map((t) => t.Key ?? "") };
  for (const t of tags) {
    out[`aws:RequestTag/${t.Key}`] = t.Value ?? "";
    out[`rds:req-tag/${t.Key}`] = t.Value ?? "";
  }
  return out;
}
const hasTags = (i: Input) => tagKeys(i) !== undefined;

/** The request's own rds: condition keys, when the member is given. */
const KEY_MEMBERS: Array<[key: string, member: string]> = [
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
const keysFor = (...keys: string[]) => (i: Input): Record<string, ContextValue> | undefined => {
  const out: Record<string, ContextValue> = { ...tagKeys(i) };
  for (const [key, member] of KEY_MEMBERS) if (keys.includes(key) && i[member] !== undefined) out[key] = String(i[member]);
  return Object.keys(out).length > 0 ? out : undefined;
};

/** Tagging on creation: rds:AddTagsToResource on the new resource, with the request's tags. */
const tagOnCreate = (type: string, member: string): Rule => ({ action: "AddTagsToResource", type, when: hasTags, resource: named(type, member), context: tagKeys });
/** A role handed to RDS. */
const passRole = (member: string, service = "rds.amazonaws.com"): Rule => ({
  action: "iam:PassRole",
  type: "role",
  // Only an IAM role ARN is passed; anything else is the handler's InvalidParameterValue.
  resource: (i) => (typeof i[member] === "string" && /^arn:aws[a-z-]*:iam::\d{12}:role\/./.test(i[member]) ? i[member] : undefined),
  context: () => ({ "iam:PassedToService": service }),
  pin: ["iam:PassedToService"],
});
/** A customer managed key RDS encrypts with: it describes the key and creates a grant on it. */
const kms = (member = "KmsKeyId"): Rule[] =>
  ["kms:DescribeKey", "kms:CreateGrant"].map((action) => ({
    action,
    type: "key",
    resource: (i: Input, ctx: Ctx) => (typeof i[member] === "string" ? kmsKeyArn(i[member], ctx) : undefined),
    context: (_i: Input, ctx: Ctx) => ({ "kms:ViaService": `rds.${ctx.region}.amazonaws.com`, "kms:CallerAccount": ctx.accountId }),
    pin: ["kms:ViaService"],
  }));
/** The groups a new cluster is placed in, when named. */
const clusterGroups = (action: string): Rule[] => [
  { action, type: "cluster-pg", resource: named("cluster-pg", "DBClusterParameterGroupName") },
  { action, type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
  { action, type: "og", resource: named("og", "OptionGroupName") },
];
const one = (action: string, type: string, member: string, context?: Rule["context"]): Rule[] => [{ action, type, resource: res(type, member), context }];

// --- Issue 13: automated backups --- The backup a call names: its ARN, or the `ab-` id of a DbiResourceId (instance-automated-backups/record.ts).
const autoBackup = (i: Input, ctx: Ctx) =>
  i.DBInstanceAutomatedBackupsArn !== undefined
    ? byArn("DBInstanceAutomatedBackupsArn", ["auto-backup"])(i)
    : arn("rds", ctx.region, ctx.accountId, `auto-backup:${typeof i.DbiResourceId === "string" && /^db-[A-Za-z0-9]+$/.test(i.DbiResourceId) ? `ab-${i.DbiResourceId.slice(3)}` : "*"}`);
// --- end issue 13 automated backups ---
// --- Aurora global databases ---
/** A global cluster's ARN (no Region); absent member: the type's wildcard. */
const globalCluster = (member: string) => (i: Input, ctx: Ctx) =>
  arn("rds", "", ctx.accountId, `global-cluster:${typeof i[member] === "string" && i[member] !== "" ? (i[member] as string).toLowerCase() : "*"}`);
/** The global cluster and the member DB cluster a command names (by ARN or identifier). */
const globalAndCluster = (action: string, member: string): Rule[] => [
  { action, type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") },
  { action, type: "cluster", resource: res("cluster", member) },
];
// --- end global databases ---
// --- RDS Proxy helpers ---
/** aws:RequestTag and aws:TagKeys of the request's Tags (the proxy actions take no rds:req-tag). */
const awsTagKeys = (i: Input) => {
  const all = tagKeys(i);
  return all && Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith("aws:")));
};
/** The ARN of the first identifier of a list member, when it names one. */
const firstArn = (type: string, ids: unknown, ctx: Ctx) => (Array.isArray(ids) && typeof ids[0] === "string" && ids[0] !== "" ? rdsArn(type, ids[0], ctx) : undefined);
// --- end RDS Proxy helpers ---

const rules: Record<string, Rule[]> = {
  CreateDBCluster: [
    { action: "CreateDBCluster", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:DatabaseName", "rds:StorageEncrypted", "rds:StorageSize", "rds:Piops", "rds:ManageMasterUserPassword") },
    ...clusterGroups("CreateDBCluster"),
    { action: "CreateDBCluster", type: "global-cluster", resource: (i, ctx) => (i.GlobalClusterIdentifier ? arn("rds", "", ctx.accountId, `global-cluster:${i.GlobalClusterIdentifier}`) : undefined) },
    tagOnCreate("cluster", "DBClusterIdentifier"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
    ...kms(),
  ],
  DescribeDBClusters: one("DescribeDBClusters", "cluster", "DBClusterIdentifier"),
  DeleteDBCluster: [
    ...one("DeleteDBCluster", "cluster", "DBClusterIdentifier"),
    // The final snapshot is a cluster-snapshot resource of the same action.
    { action: "DeleteDBCluster", type: "cluster-snapshot", resource: named("cluster-snapshot", "FinalDBSnapshotIdentifier") },
  ],
  ModifyDBCluster: [
    ...one("ModifyDBCluster", "cluster", "DBClusterIdentifier", keysFor("rds:DatabaseClass", "rds:StorageSize", "rds:Piops", "rds:ManageMasterUserPassword")),
    { action: "ModifyDBCluster", type: "cluster-pg", resource: named("cluster-pg", "DBClusterParameterGroupName") },
    { action: "ModifyDBCluster", type: "og", resource: named("og", "OptionGroupName") },
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
  ],
  FailoverDBCluster: [...one("FailoverDBCluster", "cluster", "DBClusterIdentifier"), { action: "FailoverDBCluster", type: "db", resource: named("db", "TargetDBInstanceIdentifier") }],
  StopDBCluster: one("StopDBCluster", "cluster", "DBClusterIdentifier"),
  StartDBCluster: one("StartDBCluster", "cluster", "DBClusterIdentifier"),
  PromoteReadReplicaDBCluster: one("PromoteReadReplicaDBCluster", "cluster", "DBClusterIdentifier"),
  RebootDBCluster: one("RebootDBCluster", "cluster", "DBClusterIdentifier"),
  BacktrackDBCluster: one("BacktrackDBCluster", "cluster", "DBClusterIdentifier"),
  DescribeDBClusterBacktracks: one("DescribeDBClusterBacktracks", "cluster", "DBClusterIdentifier"),
  AddRoleToDBCluster: [...one("AddRoleToDBCluster", "cluster", "DBClusterIdentifier"), passRole("RoleArn")],
  RemoveRoleFromDBCluster: one("RemoveRoleFromDBCluster", "cluster", "DBClusterIdentifier"),

  CreateDBInstance: [
    { action: "CreateDBInstance", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:PubliclyAccessible", "rds:ManageMasterUserPassword") },
    { action: "CreateDBInstance", type: "cluster", resource: named("cluster", "DBClusterIdentifier") },
    { action: "CreateDBInstance", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "CreateDBInstance", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "CreateDBInstance", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
  ],
  DescribeDBInstances: one("DescribeDBInstances", "db", "DBInstanceIdentifier"),
  ModifyDBInstance: [
    ...one("ModifyDBInstance", "db", "DBInstanceIdentifier", keysFor("rds:ManageMasterUserPassword")),
    { action: "ModifyDBInstance", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "ModifyDBInstance", type: "og", resource: named("og", "OptionGroupName") },
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
  ],
  DeleteDBInstance: one("DeleteDBInstance", "db", "DBInstanceIdentifier"),
  RebootDBInstance: one("RebootDBInstance", "db", "DBInstanceIdentifier"),

  CreateDBSubnetGroup: [...one("CreateDBSubnetGroup", "subgrp", "DBSubnetGroupName", keysFor()), tagOnCreate("subgrp", "DBSubnetGroupName")],
  ModifyDBSubnetGroup: one("ModifyDBSubnetGroup", "subgrp", "DBSubnetGroupName"),
  // The catalogs (catalogs/): account-wide reads with no resource type, and the EC2-Classic DB security groups.
  DescribeOrderableDBInstanceOptions: [{ action: "DescribeOrderableDBInstanceOptions" }],
  DescribeDBMajorEngineVersions: [{ action: "DescribeDBMajorEngineVersions" }],
  DescribeCertificates: [{ action: "DescribeCertificates" }],
  ModifyCertificates: [{ action: "ModifyCertificates" }],
  DescribeSourceRegions: [{ action: "DescribeSourceRegions" }],
  DescribeEventCategories: [{ action: "DescribeEventCategories" }],
  DescribeAccountAttributes: [{ action: "DescribeAccountAttributes" }],
  CreateDBSecurityGroup: [...one("CreateDBSecurityGroup", "secgrp", "DBSecurityGroupName", keysFor()), tagOnCreate("secgrp", "DBSecurityGroupName")],
  DescribeDBSecurityGroups: one("DescribeDBSecurityGroups", "secgrp", "DBSecurityGroupName"),
  DeleteDBSecurityGroup: one("DeleteDBSecurityGroup", "secgrp", "DBSecurityGroupName"),
  AuthorizeDBSecurityGroupIngress: one("AuthorizeDBSecurityGroupIngress", "secgrp", "DBSecurityGroupName"),
  RevokeDBSecurityGroupIngress: one("RevokeDBSecurityGroupIngress", "secgrp", "DBSecurityGroupName"),
  DescribeDBSubnetGroups: one("DescribeDBSubnetGroups", "subgrp", "DBSubnetGroupName"),
  DeleteDBSubnetGroup: one("DeleteDBSubnetGroup", "subgrp", "DBSubnetGroupName"),
  CreateDBClusterParameterGroup: [...one("CreateDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName", keysFor()), tagOnCreate("cluster-pg", "DBClusterParameterGroupName")],
  DescribeDBClusterParameterGroups: one("DescribeDBClusterParameterGroups", "cluster-pg", "DBClusterParameterGroupName"),
  DeleteDBClusterParameterGroup: one("DeleteDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName"),
  DescribeDBClusterParameters: one("DescribeDBClusterParameters", "cluster-pg", "DBClusterParameterGroupName"),
  ModifyDBClusterParameterGroup: one("ModifyDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName"),
  ResetDBClusterParameterGroup: one("ResetDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName"),
  CopyDBClusterParameterGroup: [
    { action: "CopyDBClusterParameterGroup", type: "cluster-pg", resource: named("cluster-pg", "SourceDBClusterParameterGroupIdentifier") },
    { action: "CopyDBClusterParameterGroup", type: "cluster-pg", resource: named("cluster-pg", "TargetDBClusterParameterGroupIdentifier"), context: keysFor() },
    tagOnCreate("cluster-pg", "TargetDBClusterParameterGroupIdentifier"),
  ],
  DescribeEngineDefaultClusterParameters: [{ action: "DescribeEngineDefaultClusterParameters" }],
  DescribeDBEngineVersions: [{ action: "DescribeDBEngineVersions" }],

  ListTagsForResource: [{ action: "ListTagsForResource", type: arnType, resource: byArn("ResourceName") }],
  AddTagsToResource: [{ action: "AddTagsToResource", type: arnType, resource: byArn("ResourceName"), context: tagKeys }],
  RemoveTagsFromResource: [{ action: "RemoveTagsFromResource", type: arnType, resource: byArn("ResourceName"), context: (i) => ({ "aws:TagKeys": i.TagKeys ?? [] }) }],

  CreateDBClusterSnapshot: [
    ...one("CreateDBClusterSnapshot", "cluster", "DBClusterIdentifier"),
    { action: "CreateDBClusterSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "DBClusterSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("cluster-snapshot", "DBClusterSnapshotIdentifier"),
  ],
  DeleteDBClusterSnapshot: one("DeleteDBClusterSnapshot", "cluster-snapshot", "DBClusterSnapshotIdentifier"),
  DescribeDBClusterSnapshots: [
    { action: "DescribeDBClusterSnapshots", type: "cluster", resource: named("cluster", "DBClusterIdentifier") },
    { action: "DescribeDBClusterSnapshots", type: "cluster-snapshot", resource: (i, ctx) => (i.DBClusterIdentifier && !i.DBClusterSnapshotIdentifier ? undefined : res("cluster-snapshot", "DBClusterSnapshotIdentifier")(i, ctx)) },
  ],
  // Copying reads the source snapshot and creates the target: both are resources of the action.
  CopyDBClusterSnapshot: [
    { action: "CopyDBClusterSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "SourceDBClusterSnapshotIdentifier") },
    { action: "CopyDBClusterSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "TargetDBClusterSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("cluster-snapshot", "TargetDBClusterSnapshotIdentifier"),
    ...kms(),
  ],
  ModifyDBClusterSnapshotAttribute: one("ModifyDBClusterSnapshotAttribute", "cluster-snapshot", "DBClusterSnapshotIdentifier"),
  DescribeDBClusterSnapshotAttributes: one("DescribeDBClusterSnapshotAttributes", "cluster-snapshot", "DBClusterSnapshotIdentifier"),
  RestoreDBClusterFromSnapshot: [
    { action: "RestoreDBClusterFromSnapshot", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseClass", "rds:StorageSize", "rds:Piops") },
    { action: "RestoreDBClusterFromSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "SnapshotIdentifier") },
    ...clusterGroups("RestoreDBClusterFromSnapshot"),
    tagOnCreate("cluster", "DBClusterIdentifier"),
    ...kms(),
  ],
  // The point-in-time restore reads the source cluster and creates the new one.
  RestoreDBClusterToPointInTime: [
    { action: "RestoreDBClusterToPointInTime", type: "cluster", resource: named("cluster", "SourceDBClusterIdentifier") },
    { action: "RestoreDBClusterToPointInTime", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseClass", "rds:StorageSize", "rds:Piops") },
    ...clusterGroups("RestoreDBClusterToPointInTime"),
    tagOnCreate("cluster", "DBClusterIdentifier"),
    ...kms(),
  ],
  RestoreDBClusterFromS3: [
    { action: "RestoreDBClusterFromS3", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseName", "rds:StorageEncrypted", "rds:ManageMasterUserPassword") },
    ...clusterGroups("RestoreDBClusterFromS3"),
    tagOnCreate("cluster", "DBClusterIdentifier"),
    passRole("S3IngestionRoleArn"),
    ...kms(),
  ],

  StartActivityStream: [{ action: "StartActivityStream", type: arnType, resource: byArn("ResourceArn", ["cluster", "db"]) }, ...kms()],
  StopActivityStream: [{ action: "StopActivityStream", type: arnType, resource: byArn("ResourceArn", ["cluster", "db"]) }],
  ModifyActivityStream: [{ action: "ModifyActivityStream", type: arnType, resource: (i, ctx) => (i.ResourceArn === undefined ? rdsArn("db", "*", ctx) : byArn("ResourceArn", ["db"])(i)) }],

  CreateDBClusterEndpoint: [
    ...one("CreateDBClusterEndpoint", "cluster", "DBClusterIdentifier"),
    { action: "CreateDBClusterEndpoint", type: "cluster-endpoint", resource: named("cluster-endpoint", "DBClusterEndpointIdentifier"), context: keysFor("rds:EndpointType") },
    tagOnCreate("cluster-endpoint", "DBClusterEndpointIdentifier"),
  ],
  DescribeDBClusterEndpoints: [
    { action: "DescribeDBClusterEndpoints", type: "cluster", resource: named("cluster", "DBClusterIdentifier") },
    { action: "DescribeDBClusterEndpoints", type: "cluster-endpoint", resource: (i, ctx) => (i.DBClusterIdentifier && !i.DBClusterEndpointIdentifier ? undefined : res("cluster-endpoint", "DBClusterEndpointIdentifier")(i, ctx)) },
  ],
  ModifyDBClusterEndpoint: one("ModifyDBClusterEndpoint", "cluster-endpoint", "DBClusterEndpointIdentifier"),
  DeleteDBClusterEndpoint: one("DeleteDBClusterEndpoint", "cluster-endpoint", "DBClusterEndpointIdentifier"),
  // --- Events and event subscriptions (subscriptions are `es:NAME`) ---
  DescribeEvents: [{ action: "DescribeEvents" }],
  CreateEventSubscription: [
    { action: "CreateEventSubscription", type: "es", resource: named("es", "SubscriptionName"), context: tagKeys },
    tagOnCreate("es", "SubscriptionName"),
  ],
  ModifyEventSubscription: one("ModifyEventSubscription", "es", "SubscriptionName"),
  DeleteEventSubscription: one("DeleteEventSubscription", "es", "SubscriptionName"),
  DescribeEventSubscriptions: one("DescribeEventSubscriptions", "es", "SubscriptionName"),
  AddSourceIdentifierToSubscription: one("AddSourceIdentifierToSubscription", "es", "SubscriptionName"),
  RemoveSourceIdentifierFromSubscription: one("RemoveSourceIdentifierFromSubscription", "es", "SubscriptionName"),
  // --- end events ---

  // --- Issue 13: DB parameter groups (pg) and option groups (og) ---
  CreateDBParameterGroup: [...one("CreateDBParameterGroup", "pg", "DBParameterGroupName", keysFor()), tagOnCreate("pg", "DBParameterGroupName")],
  CopyDBParameterGroup: [
    { action: "CopyDBParameterGroup", type: "pg", resource: named("pg", "SourceDBParameterGroupIdentifier") },
    { action: "CopyDBParameterGroup", type: "pg", resource: named("pg", "TargetDBParameterGroupIdentifier"), context: keysFor() },
    tagOnCreate("pg", "TargetDBParameterGroupIdentifier"),
  ],
  ModifyDBParameterGroup: one("ModifyDBParameterGroup", "pg", "DBParameterGroupName"),
  ResetDBParameterGroup: one("ResetDBParameterGroup", "pg", "DBParameterGroupName"),
  DeleteDBParameterGroup: one("DeleteDBParameterGroup", "pg", "DBParameterGroupName"),
  DescribeDBParameterGroups: one("DescribeDBParameterGroups", "pg", "DBParameterGroupName"),
  DescribeDBParameters: one("DescribeDBParameters", "pg", "DBParameterGroupName"),
  DescribeEngineDefaultParameters: [{ action: "DescribeEngineDefaultParameters" }],
  CreateOptionGroup: [...one("CreateOptionGroup", "og", "OptionGroupName", keysFor()), tagOnCreate("og", "OptionGroupName")],
  CopyOptionGroup: [
    { action: "CopyOptionGroup", type: "og", resource: named("og", "SourceOptionGroupIdentifier") },
    { action: "CopyOptionGroup", type: "og", resource: named("og", "TargetOptionGroupIdentifier"), context: keysFor() },
    tagOnCreate("og", "TargetOptionGroupIdentifier"),
  ],
  ModifyOptionGroup: one("ModifyOptionGroup", "og", "OptionGroupName"),
  DeleteOptionGroup: one("DeleteOptionGroup", "og", "OptionGroupName"),
  DescribeOptionGroups: one("DescribeOptionGroups", "og", "OptionGroupName"),
  DescribeOptionGroupOptions: [{ action: "DescribeOptionGroupOptions" }],
  // --- end issue 13 groups ---
  // --- Read replicas and instance restores: the new instance and its source (a db by id or ARN) are both `db` resources ---
  CreateDBInstanceReadReplica: [
    { action: "CreateDBInstanceReadReplica", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseClass", "rds:PubliclyAccessible") },
    { action: "CreateDBInstanceReadReplica", type: "db", resource: named("db", "SourceDBInstanceIdentifier") },
    { action: "CreateDBInstanceReadReplica", type: "cluster", resource: named("cluster", "SourceDBClusterIdentifier") },
    { action: "CreateDBInstanceReadReplica", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "CreateDBInstanceReadReplica", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "CreateDBInstanceReadReplica", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
    ...kms(),
  ],
  PromoteReadReplica: one("PromoteReadReplica", "db", "DBInstanceIdentifier"),
  SwitchoverReadReplica: one("SwitchoverReadReplica", "db", "DBInstanceIdentifier"),
  RestoreDBInstanceFromDBSnapshot: [
    { action: "RestoreDBInstanceFromDBSnapshot", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:PubliclyAccessible", "rds:ManageMasterUserPassword") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "snapshot", resource: named("snapshot", "DBSnapshotIdentifier") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
  ],
  RestoreDBInstanceFromS3: [
    { action: "RestoreDBInstanceFromS3", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:PubliclyAccessible", "rds:ManageMasterUserPassword") },
    { action: "RestoreDBInstanceFromS3", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "RestoreDBInstanceFromS3", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "RestoreDBInstanceFromS3", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
    passRole("S3IngestionRoleArn"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
    ...kms(),
  ],
  // --- end read replicas and instance restores ---
  // --- Issue 13: automated backups and point-in-time restore of DB instances ---
  DescribeDBInstanceAutomatedBackups: one("DescribeDBInstanceAutomatedBackups", "db", "DBInstanceIdentifier"),
  DeleteDBInstanceAutomatedBackup: [{ action: "DeleteDBInstanceAutomatedBackup", type: "auto-backup", resource: autoBackup }],
  StartDBInstanceAutomatedBackupsReplication: [
    { action: "StartDBInstanceAutomatedBackupsReplication", type: "db", resource: byArn("SourceDBInstanceArn", ["db"]) },
    ...kms(),
  ],
  StopDBInstanceAutomatedBackupsReplication: [{ action: "StopDBInstanceAutomatedBackupsReplication", type: "db", resource: byArn("SourceDBInstanceArn", ["db"]) }],
  DescribeDBClusterAutomatedBackups: one("DescribeDBClusterAutomatedBackups", "cluster", "DBClusterIdentifier"),
  DeleteDBClusterAutomatedBackup: [{ action: "DeleteDBClusterAutomatedBackup", type: "cluster-auto-backup", resource: (_i, ctx) => rdsArn("cluster-auto-backup", "*", ctx) }],
  RestoreDBInstanceToPointInTime: [
    { action: "RestoreDBInstanceToPointInTime", type: "db", resource: named("db", "SourceDBInstanceIdentifier") },
    { action: "RestoreDBInstanceToPointInTime", type: "auto-backup", resource: byArn("SourceDBInstanceAutomatedBackupsArn", ["auto-backup"]) },
    { action: "RestoreDBInstanceToPointInTime", type: "db", resource: named("db", "TargetDBInstanceIdentifier"), context: keysFor("rds:PubliclyAccessible") },
    { action: "RestoreDBInstanceToPointInTime", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "RestoreDBInstanceToPointInTime", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "RestoreDBInstanceToPointInTime", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "TargetDBInstanceIdentifier"),
  ],
  // --- end issue 13 automated backups ---
  // --- Issue 14: Data API and Aurora Serverless ---
  EnableHttpEndpoint: [{ action: "EnableHttpEndpoint", type: "cluster", resource: byArn("ResourceArn", ["cluster"]) }],
  DisableHttpEndpoint: [{ action: "DisableHttpEndpoint", type: "cluster", resource: byArn("ResourceArn", ["cluster"]) }],
  ModifyCurrentDBClusterCapacity: one("ModifyCurrentDBClusterCapacity", "cluster", "DBClusterIdentifier"),
  DescribeServerlessV2PlatformVersions: [{ action: "DescribeServerlessV2PlatformVersions" }],
  DescribeReservedDBInstancesOfferings: [{ action: "DescribeReservedDBInstancesOfferings" }],
  DescribeReservedDBInstances: [{ action: "DescribeReservedDBInstances", type: "ri", resource: named("ri", "ReservedDBInstanceId") }],
  PurchaseReservedDBInstancesOffering: [
    { action: "PurchaseReservedDBInstancesOffering", type: "ri", resource: res("ri", "ReservedDBInstanceId"), context: tagKeys },
  ],
  // DB shard groups: the ARN names the shard group's resource id, looked up by its identifier (none yet: the type's wildcard).
  CreateDBShardGroup: [
    ...one("CreateDBShardGroup", "cluster", "DBClusterIdentifier"),
    { action: "CreateDBShardGroup", type: "shardgrp", resource: (_i, ctx) => rdsArn("shard-group", "*", ctx), context: keysFor("rds:PubliclyAccessible") },
    { action: "AddTagsToResource", type: "shardgrp", when: hasTags, resource: (_i, ctx) => rdsArn("shard-group", "*", ctx), context: tagKeys },
  ],
  ModifyDBShardGroup: [{ action: "ModifyDBShardGroup", type: "shardgrp", resource: shardGroupArn }],
  DeleteDBShardGroup: [{ action: "DeleteDBShardGroup", type: "shardgrp", resource: shardGroupArn }],
  RebootDBShardGroup: [{ action: "RebootDBShardGroup", type: "shardgrp", resource: shardGroupArn }],
  DescribeDBShardGroups: [{ action: "DescribeDBShardGroups", type: "shardgrp", resource: shardGroupArn }],
  // Zero-ETL integrations: the ARN names the integration id (`integration:<uuid>`), given as id or ARN.
  CreateIntegration: [
    // The source, when SourceArn is a well-formed cluster or DB instance ARN (anything else is the handler's error).
    { action: "CreateIntegration", type: arnType, resource: (i) => (typeof i.SourceArn === "string" && /^arn:aws(-[a-z]+)*:rds:[a-z]{2}(-[a-z]+)+-\d:\d{12}:(cluster|db):./.test(i.SourceArn) ? i.SourceArn : undefined) },
    { action: "CreateIntegration", type: "integration", resource: (_i, ctx) => rdsArn("integration", "*", ctx), context: tagKeys },
    ...kms("KMSKeyId"),
  ],
  ModifyIntegration: [{ action: "ModifyIntegration", type: "integration", resource: integrationArn }],
  DeleteIntegration: [{ action: "DeleteIntegration", type: "integration", resource: integrationArn }],
  DescribeIntegrations: [{ action: "DescribeIntegrations", type: "integration", resource: (i, ctx) => (i.IntegrationIdentifier === undefined ? undefined : integrationArn(i, ctx)) }],
  // Exports to S3: the source snapshot or cluster is the resource; the role is passed to RDS's export service.
  StartExportTask: [
    { action: "StartExportTask", type: arnType, resource: (i) => (typeof i.SourceArn === "string" && /^arn:aws(-[a-z]+)*:rds:[a-z]{2}(-[a-z]+)+-\d:\d{12}:(cluster|cluster-snapshot|snapshot):./.test(i.SourceArn) ? i.SourceArn : undefined) },
    passRole("IamRoleArn", "export.rds.amazonaws.com"),
    ...kms(),
  ],
  CancelExportTask: [{ action: "CancelExportTask" }],
  DescribeExportTasks: [{ action: "DescribeExportTasks" }],
  // Custom engine versions: `cev:<engine>/<version>/<id>`; the id is the one the CEV got (or `*` before it exists).
  CreateCustomDBEngineVersion: [{ action: "CreateCustomDBEngineVersion", type: "cev", resource: cevArn, context: tagKeys }, ...kms("KMSKeyId")],
  ModifyCustomDBEngineVersion: [{ action: "ModifyCustomDBEngineVersion", type: "cev", resource: cevArn }],
  DeleteCustomDBEngineVersion: [{ action: "DeleteCustomDBEngineVersion", type: "cev", resource: cevArn }],
  // Tenant databases: the CDB instance and the tenant (`tenant-database:<resource id>`, looked up by name in the instance).
  CreateTenantDatabase: [
    ...one("CreateTenantDatabase", "db", "DBInstanceIdentifier"),
    { action: "CreateTenantDatabase", type: "tenant-database", resource: (_i, ctx) => rdsArn("tenant-database", "*", ctx), context: tagKeys },
  ],
  ModifyTenantDatabase: [...one("ModifyTenantDatabase", "db", "DBInstanceIdentifier"), { action: "ModifyTenantDatabase", type: "tenant-database", resource: tenantArn }],
  DeleteTenantDatabase: [...one("DeleteTenantDatabase", "db", "DBInstanceIdentifier"), { action: "DeleteTenantDatabase", type: "tenant-database", resource: tenantArn }],
  DescribeTenantDatabases: [{ action: "DescribeTenantDatabases", type: "db", resource: named("db", "DBInstanceIdentifier") }],
  // --- end issue 14 Data API and serverless ---
  // --- standalone DB instances (instances/power.ts) ---
  // DB snapshots: the snapshot StopDBInstance takes (DBSnapshotIdentifier), when named.
  StopDBInstance: [...one("StopDBInstance", "db", "DBInstanceIdentifier"), { action: "StopDBInstance", type: "snapshot", resource: named("snapshot", "DBSnapshotIdentifier") }],
  StartDBInstance: one("StartDBInstance", "db", "DBInstanceIdentifier"),
  // --- end standalone DB instances ---
  // --- Issue 13: ModifyDBInstance (standalone), valid modifications, instance roles ---
  DescribeValidDBInstanceModifications: one("DescribeValidDBInstanceModifications", "db", "DBInstanceIdentifier"),
  AddRoleToDBInstance: [...one("AddRoleToDBInstance", "db", "DBInstanceIdentifier"), passRole("RoleArn")],
  RemoveRoleFromDBInstance: one("RemoveRoleFromDBInstance", "db", "DBInstanceIdentifier"),
  // --- end issue 13 instance modify ---

  // --- DB snapshots (snapshot) ---
  CreateDBSnapshot: [
    ...one("CreateDBSnapshot", "db", "DBInstanceIdentifier"),
    { action: "CreateDBSnapshot", type: "snapshot", resource: named("snapshot", "DBSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("snapshot", "DBSnapshotIdentifier"),
  ],
  CopyDBSnapshot: [
    { action: "CopyDBSnapshot", type: "snapshot", resource: named("snapshot", "SourceDBSnapshotIdentifier") },
    { action: "CopyDBSnapshot", type: "snapshot", resource: named("snapshot", "TargetDBSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("snapshot", "TargetDBSnapshotIdentifier"),
    ...kms(),
  ],
  DeleteDBSnapshot: one("DeleteDBSnapshot", "snapshot", "DBSnapshotIdentifier"),
  DescribeDBSnapshots: [
    { action: "DescribeDBSnapshots", type: "db", resource: named("db", "DBInstanceIdentifier") },
    { action: "DescribeDBSnapshots", type: "snapshot", resource: (i, ctx) => (i.DBInstanceIdentifier && !i.DBSnapshotIdentifier ? undefined : res("snapshot", "DBSnapshotIdentifier")(i, ctx)) },
  ],
  ModifyDBSnapshot: [...one("ModifyDBSnapshot", "snapshot", "DBSnapshotIdentifier"), { action: "ModifyDBSnapshot", type: "og", resource: named("og", "OptionGroupName") }],
  ModifyDBSnapshotAttribute: one("ModifyDBSnapshotAttribute", "snapshot", "DBSnapshotIdentifier"),
  DescribeDBSnapshotAttributes: one("DescribeDBSnapshotAttributes", "snapshot", "DBSnapshotIdentifier"),
  DescribeDBSnapshotTenantDatabases: [
    { action: "DescribeDBSnapshotTenantDatabases", type: "db", resource: named("db", "DBInstanceIdentifier") },
    { action: "DescribeDBSnapshotTenantDatabases", type: "snapshot", resource: (i, ctx) => (i.DBInstanceIdentifier && !i.DBSnapshotIdentifier ? undefined : res("snapshot", "DBSnapshotIdentifier")(i, ctx)) },
  ],
  // --- end DB snapshots ---
  // --- Issue 13: maintenance, log files, recommendations (SAR: recommendations name no resource type) ---
  DescribePendingMaintenanceActions: [{ action: "DescribePendingMaintenanceActions" }],
  ApplyPendingMaintenanceAction: [{ action: "ApplyPendingMaintenanceAction", type: arnType, resource: byArn("ResourceIdentifier", ["cluster", "db"]) }],
  DescribeDBLogFiles: one("DescribeDBLogFiles", "db", "DBInstanceIdentifier"),
  DownloadDBLogFilePortion: one("DownloadDBLogFilePortion", "db", "DBInstanceIdentifier"),
  DescribeDBRecommendations: [{ action: "DescribeDBRecommendations" }],
  ModifyDBRecommendation: [{ action: "ModifyDBRecommendation" }],
  // --- end issue 13 maintenance ---

  // --- Aurora global databases (global-cluster ARNs carry no Region: arn:aws:rds::ACCOUNT:global-cluster:ID) ---
  CreateGlobalCluster: [
    { action: "CreateGlobalCluster", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier"), context: tagKeys },
    { action: "CreateGlobalCluster", type: "cluster", resource: (i, ctx) => (typeof i.SourceDBClusterIdentifier === "string" && i.SourceDBClusterIdentifier !== "" ? rdsArn("cluster", i.SourceDBClusterIdentifier, ctx) : undefined) },
    { action: "AddTagsToResource", type: "global-cluster", when: hasTags, resource: globalCluster("GlobalClusterIdentifier"), context: tagKeys },
  ],
  DescribeGlobalClusters: [{ action: "DescribeGlobalClusters", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") }],
  ModifyGlobalCluster: [{ action: "ModifyGlobalCluster", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") }],
  DeleteGlobalCluster: [{ action: "DeleteGlobalCluster", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") }],
  FailoverGlobalCluster: globalAndCluster("FailoverGlobalCluster", "TargetDbClusterIdentifier"),
  SwitchoverGlobalCluster: globalAndCluster("SwitchoverGlobalCluster", "TargetDbClusterIdentifier"),
  RemoveFromGlobalCluster: globalAndCluster("RemoveFromGlobalCluster", "DbClusterIdentifier"),
  // --- end global databases ---
  // --- RDS Proxy: proxies are named by DBProxyName but authorized on `db-proxy:prx-...` (the wildcard when none) ---
  // Their actions list aws:RequestTag and aws:TagKeys only (no rds:req-tag).
  CreateDBProxy: [{ action: "CreateDBProxy", context: awsTagKeys }, passRole("RoleArn")],
  DescribeDBProxies: [{ action: "DescribeDBProxies", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }],
  ModifyDBProxy: [{ action: "ModifyDBProxy", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }, passRole("RoleArn")],
  DeleteDBProxy: [{ action: "DeleteDBProxy", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }],
  CreateDBProxyEndpoint: [
    { action: "CreateDBProxyEndpoint", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) },
    { action: "CreateDBProxyEndpoint", type: "proxy-endpoint", resource: (_i, ctx) => endpointArnOrWildcard(ctx, undefined), context: awsTagKeys },
  ],
  DescribeDBProxyEndpoints: [
    { action: "DescribeDBProxyEndpoints", type: "proxy", resource: (i, ctx) => (i.DBProxyName === undefined ? undefined : proxyArnOrWildcard(ctx, i.DBProxyName)) },
    { action: "DescribeDBProxyEndpoints", type: "proxy-endpoint", resource: (i, ctx) => (i.DBProxyName !== undefined && i.DBProxyEndpointName === undefined ? undefined : endpointArnOrWildcard(ctx, i.DBProxyEndpointName)) },
  ],
  ModifyDBProxyEndpoint: [{ action: "ModifyDBProxyEndpoint", type: "proxy-endpoint", resource: (i, ctx) => endpointArnOrWildcard(ctx, i.DBProxyEndpointName) }],
  DeleteDBProxyEndpoint: [{ action: "DeleteDBProxyEndpoint", type: "proxy-endpoint", resource: (i, ctx) => endpointArnOrWildcard(ctx, i.DBProxyEndpointName) }],
  DescribeDBProxyTargetGroups: [{ action: "DescribeDBProxyTargetGroups", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }],
  ModifyDBProxyTargetGroup: [{ action: "ModifyDBProxyTargetGroup", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) }],
  DescribeDBProxyTargets: [
    { action: "DescribeDBProxyTargets", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) },
    { action: "DescribeDBProxyTargets", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) },
  ],
  RegisterDBProxyTargets: [
    { action: "RegisterDBProxyTargets", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) },
    { action: "RegisterDBProxyTargets", type: "db", resource: (i, ctx) => firstArn("db", i.DBInstanceIdentifiers, ctx) },
  ],
  DeregisterDBProxyTargets: [
    { action: "DeregisterDBProxyTargets", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) },
    { action: "DeregisterDBProxyTargets", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) },
    { action: "DeregisterDBProxyTargets", type: "db", resource: (i, ctx) => firstArn("db", i.DBInstanceIdentifiers, ctx) },
    { action: "DeregisterDBProxyTargets", type: "cluster", resource: (i, ctx) => firstArn("cluster", i.DBClusterIdentifiers, ctx) },
  ],
  // --- end RDS Proxy ---
  // --- Issue 14: DB capacity reservations (no resource type in the reference yet: checked on no resource) ---
  CreateDBCapacityReservation: [{ action: "CreateDBCapacityReservation", context: tagKeys }],
  ModifyDBCapacityReservation: [{ action: "ModifyDBCapacityReservation" }],
  CancelDBCapacityReservation: [{ action: "CancelDBCapacityReservation" }],
  DescribeDBCapacityReservations: [{ action: "DescribeDBCapacityReservations" }],
  // --- end issue 14 DB capacity reservations ---
  // --- Issue 14: blue/green deployments: the deployment (`deployment:<id>`), the source database and the target groups ---
  CreateBlueGreenDeployment: [
    { action: "CreateBlueGreenDeployment", type: "deployment", resource: (_i, ctx) => rdsArn("deployment", "*", ctx), context: tagKeys },
    { action: "CreateBlueGreenDeployment", type: arnType, resource: byArn("Source", ["db", "cluster"]) },
    { action: "CreateBlueGreenDeployment", type: "pg", resource: named("pg", "TargetDBParameterGroupName") },
    { action: "CreateBlueGreenDeployment", type: "cluster-pg", resource: named("cluster-pg", "TargetDBClusterParameterGroupName") },
    { action: "AddTagsToResource", type: "deployment", when: hasTags, resource: (_i, ctx) => rdsArn("deployment", "*", ctx), context: tagKeys },
  ],
  DescribeBlueGreenDeployments: [{ action: "DescribeBlueGreenDeployments", type: "deployment", resource: named("deployment", "BlueGreenDeploymentIdentifier") }],
  SwitchoverBlueGreenDeployment: one("SwitchoverBlueGreenDeployment", "deployment", "BlueGreenDeploymentIdentifier"),
  DeleteBlueGreenDeployment: one("DeleteBlueGreenDeployment", "deployment", "BlueGreenDeploymentIdentifier"),
  // --- end issue 14 blue/green deployments ---
};


/** Where each taggable resource type lives, and its own tag condition key. */
const RECORDS: Record<string, (w: RdsWorld) => Record<string, { TagList?: Tag[] }>> = {
  cluster: (w) => w.clusters,
  db: (w) => w.instances,
  "cluster-snapshot": (w) => w.clusterSnapshots,
  subgrp: (w) => w.subnetGroups,
  "cluster-pg": (w) => w.clusterParameterGroups,
  "cluster-endpoint": (w) => w.clusterEndpoints ?? {},
  es: (w) => w.eventSubscriptions ?? {},
  // Issue 13: DB parameter groups and option groups (optional in older dumps).
  pg: (w) => w.dbParameterGroups ?? {},
  og: (w) => w.optionGroups ?? {},
  // Issue 14: reserved DB instances (kept by id as given, so looked up as given too: see resourceContext).
  ri: (w) => w.reservedInstances ?? {},
  "shard-group": (w) => w.shardGroups ?? {},
  integration: (w) => w.integrations ?? {},
  "tenant-database": (w) => w.tenantDatabases ?? {},
  // DB snapshots (manual ones; automated ids hold a colon and are not found here).
  snapshot: (w) => w.dbSnapshots ?? {},
  // --- RDS Proxy (keyed by resource id, the ARN's last part) ---
  "db-proxy": (w) => w.dbProxies ?? {},
  "db-proxy-endpoint": (w) => w.dbProxyEndpoints ?? {},
  "target-group": (w) => w.dbProxyTargetGroups ?? {},
  // --- end RDS Proxy ---
  // --- Issue 14: blue/green deployments (lowercase `bgd-` ids) ---
  deployment: (w) => w.blueGreenDeployments ?? {},
  // --- end issue 14 blue/green deployments ---
};
/** ARN types with no `rds:<type>-tag` condition key of their own (aws:ResourceTag only). */
const NO_RDS_TAG_KEY = new Set(["cluster-endpoint", "db-proxy", "db-proxy-endpoint", "target-group", /* issue 14: blue/green deployments */ "deployment"]);

// --- Issue 14: DB capacity reservations --- The reference does not list these actions yet either: declared
// the same way, on no resource type (no ARN type for a reservation is published); Create takes the tag keys.
const capacityReservationActions = {
  CreateDBCapacityReservation: { access: "Write", resourceTypes: {}, conditionKeys: ["aws:RequestTag/${TagKey}", "aws:TagKeys", "rds:req-tag/${TagKey}"], dependentActions: [] },
  ModifyDBCapacityReservation: { access: "Write", resourceTypes: {}, conditionKeys: [], dependentActions: [] },
  CancelDBCapacityReservation: { access: "Write", resourceTypes: {}, conditionKeys: [], dependentActions: [] },
  DescribeDBCapacityReservations: { access: "List", resourceTypes: {}, conditionKeys: [], dependentActions: [] },
};
// --- end issue 14 DB capacity reservations ---

/**
 * The Service Authorization Reference iam.generated.ts is made from does not list
 * rds:DescribeServerlessV2PlatformVersions yet (the operation is newer). It is declared here as the
 * reference declares the other catalog reads (DescribeSourceRegions, DescribeDBMajorEngineVersions):
 * a List action on no resource type, until a newer reference lists it.
 */
const reference = {
  ...iamReference,
  actions: { ...iamReference.actions, DescribeServerlessV2PlatformVersions: { access: "List", resourceTypes: {}, conditionKeys: [], dependentActions: [] }, ...capacityReservationActions },
};

// --- Aurora global databases ---
/** A global cluster's tags as condition keys (aws:ResourceTag; the reference lists no rds:global-cluster-tag key). */
function globalTagContext(record: { TagList?: Tag[] } | undefined): Record<string, ContextValue> | undefined {
  if (!record) return undefined;
  const out: Record<string, ContextValue> = {};
  for (const t of record.TagList ?? []) {
    out[`aws:ResourceTag/${t.Key}`] = t.Value ?? "";
  }
  return out;
}
// --- end global databases ---

export const rdsIam: ServiceIam<RdsWorld> = {
  reference,
  accessDeniedCode: "AccessDenied",
  commands: commandsFromRules("rds", rules),
  resourceContext(resourceArn, ctx) {
    const parts = resourceArn.split(":");
    // --- Aurora global databases: an account-wide ARN, its record in the home Region (global-clusters/resource.ts) ---
    if (parts[5] === "global-cluster") return globalTagContext(globalClusterByArn(ctx, resourceArn));
    // --- end global databases ---
    const collection = RECORDS[parts[5]];
    if (parts.length !== 7 || parts[3] !== ctx.region || parts[4] !== ctx.accountId || !collection) return undefined;
    const record = own(collection(ctx.world), ["ri", "shard-group", "integration", "tenant-database"].includes(parts[5]) ? parts[6] : parts[6].toLowerCase()) as ({ TagList?: Tag[] } & Record<string, unknown>) | undefined;
    if (!record) return undefined;
    const out: Record<string, ContextValue> = {};
    for (const t of record.TagList ?? []) {
      out[`aws:ResourceTag/${t.Key}`] = t.Value ?? "";
      if (!NO_RDS_TAG_KEY.has(parts[5])) out[`rds:${parts[5]}-tag/${t.Key}`] = t.Value ?? "";
    }
    if (parts[5] === "db") {
      if (typeof record.DBInstanceClass === "string") out["rds:DatabaseClass"] = record.DBInstanceClass;
      if (typeof record.Engine === "string") out["rds:DatabaseEngine"] = record.Engine;
    }
    return out;
  },
};
