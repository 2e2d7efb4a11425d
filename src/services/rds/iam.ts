/**
 * Authorization of the RDS commands, as a table: actions, resource ARNs (`arn:aws:rds:REGION:ACCOUNT:
 * cluster:ID`, ids lowercase), and the condition keys of the Service Authorization Reference. Tags on
 * create need rds:AddTagsToResource on the new resource (RDS's "tagging on creation" rule); a role
 * given to RDS needs iam:PassRole; a customer KMS key needs kms:CreateGrant and kms:DescribeKey.
 * A call without an identifier is checked on the type's wildcard (`cluster:*`), the form of AWS's
 * access-denied messages for describe calls.
 */
import type { Tag } from "@aws-sdk/client-rds";
import { commandsFromRules, type AuthorizationRule, type ContextValue, type ServiceIam } from "../../core/iam/requests.js";
import { iamReference } from "./iam.generated.js";
import { own } from "./shared/identifiers.js";
import type { RdsWorld } from "./world.js";
import { globalClusterByArn } from "./global-clusters/resource.js";
import { clusterRules } from "./iam/rules-clusters.js";
import { instanceRules } from "./iam/rules-instances.js";
import { moreRules } from "./iam/rules-more.js";

type Rule = AuthorizationRule<RdsWorld>;

/** One table of every simulated command, assembled from the three areas (iam/rules-*.ts). */
const rules: Record<string, Rule[]> = { ...clusterRules, ...instanceRules, ...moreRules };


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
