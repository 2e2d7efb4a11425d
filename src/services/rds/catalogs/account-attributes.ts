/**
 * DescribeAccountAttributes: the account's RDS quotas in this Region with their usage, read from the
 * same quotas (`ctx.quota`, the RDS service definition's defaults or the backend's overrides) and
 * counted as the create calls count them, so a quota shown as full is one the next create refuses.
 * Quota names are AWS's (`AccountQuotaName`); AllocatedStorage is in bytes, as AWS reports it.
 * Per-resource quotas (subnets per group, roles and custom endpoints per cluster) show the fullest resource.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { AccountQuota } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { multiAzStorage } from "../clusters/create-rules.js";
import { engineSpec } from "../engines/engines.js";
import { reservedThisMonth } from "../reserved-instances/rules.js";
import { standaloneStorage } from "../instances/storage.js";
import type { RdsWorld } from "../world.js";

type Ctx = CallContext<RdsWorld>;

const GIB = 1024 ** 3;
const count = (collection: Record<string, unknown>) => Object.keys(collection).length;
const fullest = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/** [AWS quota name, the service's quota key, usage, unit factor], in the order AWS lists them. */
const QUOTAS: ReadonlyArray<readonly [name: string, key: string, used: (world: RdsWorld, ctx: Ctx) => number, factor?: number]> = [
  ["DBInstances", "dbInstances", (w) => count(w.instances)],
  // Issue 14: a per-month quota (on the backend clock), counted as PurchaseReservedDBInstancesOffering counts it.
  ["ReservedDBInstances", "reservedDBInstances", (_w, ctx) => reservedThisMonth(ctx)],
  // checkStorageQuota counts Multi-AZ DB clusters' three instances and standalone instances; Aurora's cluster volume does not count.
  ["AllocatedStorage", "totalStorageGiB", (w) => (Object.values(w.clusters).reduce((sum, c) => sum + (engineSpec(c.Engine)?.kind === "multi-az" ? multiAzStorage(c.AllocatedStorage) : 0), 0) + standaloneStorage(w)) * GIB, GIB],
  // Issue 13: DB parameter groups (default.* groups do not count, as CreateDBParameterGroup counts them).
  ["DBParameterGroups", "dbParameterGroups", (w) => Object.keys(w.dbParameterGroups ?? {}).filter((n) => !n.startsWith("default.")).length],
  // --- DB snapshots (AWS lists ManualSnapshots here): every stored DB snapshot is manual (CreateDBSnapshot / CopyDBSnapshot count them so). ---
  ["ManualSnapshots", "manualDbSnapshots", (w) => count(w.dbSnapshots ?? {})],
  // --- end DB snapshots ---
  // CreateDBSubnetGroup counts every group, the default one included.
  ["DBSubnetGroups", "dbSubnetGroups", (w) => count(w.subnetGroups)],
  ["EventSubscriptions", "eventSubscriptions", (w) => count(w.eventSubscriptions ?? {})],
  // Issue 13: option groups (default:* groups do not count, as CreateOptionGroup counts them).
  ["OptionGroups", "optionGroups", (w) => Object.keys(w.optionGroups ?? {}).filter((n) => !n.startsWith("default:")).length],
  ["SubnetsPerDBSubnetGroup", "subnetsPerGroup", (w) => fullest(Object.values(w.subnetGroups).map((g) => g.Subnets?.length ?? 0))],
  ["DBClusters", "dbClusters", (w) => count(w.clusters)],
  // Default groups (default.FAMILY) are RDS's own and do not count.
  ["DBClusterParameterGroups", "dbClusterParameterGroups", (w) => Object.keys(w.clusterParameterGroups).filter((n) => !n.startsWith("default.")).length],
  ["DBClusterRoles", "rolesPerCluster", (w) => fullest(Object.values(w.clusters).map((c) => c.AssociatedRoles?.length ?? 0))],
  ["ManualClusterSnapshots", "manualClusterSnapshots", (w) => count(w.clusterSnapshots)],
  ["CustomEndpointsPerDBCluster", "customEndpointsPerCluster", (w) => {
    const per: Record<string, number> = {};
    for (const e of Object.values(w.clusterEndpoints)) per[e.DBClusterIdentifier ?? ""] = (per[e.DBClusterIdentifier ?? ""] ?? 0) + 1;
    return fullest(Object.values(per));
  }],
];

/** The account's quotas and their usage, for DescribeAccountAttributes (and tests). */
export function accountQuotas(ctx: Ctx): AccountQuota[] {
  return QUOTAS.map(([AccountQuotaName, key, used, factor = 1]) => ({ AccountQuotaName, Used: used(ctx.world, ctx), Max: ctx.quota(key) * factor }));
}

export const accountAttributeOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeAccountAttributes(_input, ctx) {
    return { AccountQuotas: accountQuotas(ctx) };
  },
};
