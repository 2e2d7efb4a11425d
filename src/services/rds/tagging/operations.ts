/**
 * ListTagsForResource, AddTagsToResource and RemoveTagsFromResource over every taggable RDS resource
 * this mock keeps, routed by ARN over the resources' descriptors.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { resourceByArn, type Resource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { clusterEndpoints } from "../cluster-endpoints/resource.js";
import { clusterSnapshots } from "../cluster-snapshots/resource.js";
import { clusters } from "../clusters/resource.js";
import { dbSnapshots } from "../db-snapshots/resource.js";
import { eventSubscriptions } from "../event-subscriptions/resource.js";
import { dbParameterGroups } from "../db-parameter-groups/resource.js";
import { instances } from "../instances/resource.js";
import { M } from "../messages/index.js";
import { optionGroups } from "../option-groups/resource.js";
import { parameterGroups } from "../parameter-groups/resource.js";
import { reservedInstances } from "../reserved-instances/resource.js";
import { shardGroups } from "../shard-groups/resource.js";
import { integrations } from "../integrations/resource.js";
import { tenantDatabases } from "../tenant-databases/resource.js";
import { blueGreenDeployments } from "../blue-green/resource.js";
import { own } from "../shared/identifiers.js";
import { checkTags, MAX_TAGS, mergeTags } from "../shared/tags.js";
import { subnetGroups } from "../subnet-groups/resource.js";
import { proxies, proxyEndpoints, proxyTargetGroups } from "../proxies/resource.js";
import type { RdsWorld } from "../world.js";
import { globalClusterByArn } from "../global-clusters/resource.js"; // --- global databases ---

type Tagged = { TagList?: Sdk.Tag[] };

/**
 * The taggable resources, and the fault for an ARN of each type that names nothing. The three tagging
 * operations declare only some not-found faults (DBClusterNotFoundFault, DBInstanceNotFoundFault,
 * DBSnapshotNotFoundFault, ...): a cluster snapshot answers the declared snapshot fault, and a type with
 * no declared fault (subnet group, cluster parameter group, cluster endpoint) answers the common
 * InvalidParameterValue, so each operation answers only what it declares.
 */
// `any`: the resources hold different record types; every one keeps its tags as `TagList`.
const TAGGABLE: { resource: Resource<RdsWorld, any>; notFound: string; label: string }[] = [
  { resource: clusters, notFound: "DBClusterNotFoundFault", label: "DBCluster" },
  { resource: instances, notFound: "DBInstanceNotFoundFault", label: "DBInstance" },
  { resource: clusterSnapshots, notFound: "DBSnapshotNotFoundFault", label: "DBClusterSnapshot" },
  { resource: subnetGroups, notFound: "InvalidParameterValue", label: "DBSubnetGroup" },
  { resource: parameterGroups, notFound: "InvalidParameterValue", label: "DBClusterParameterGroup" },
  { resource: clusterEndpoints, notFound: "InvalidParameterValue", label: "DBClusterEndpoint" },
  { resource: eventSubscriptions, notFound: "InvalidParameterValue", label: "EventSubscription" },
  // Issue 13: DB parameter groups and option groups (no declared not-found fault: InvalidParameterValue).
  { resource: dbParameterGroups, notFound: "InvalidParameterValue", label: "DBParameterGroup" },
  { resource: optionGroups, notFound: "InvalidParameterValue", label: "OptionGroup" },
  // Issue 14: reserved DB instances (no declared not-found fault: InvalidParameterValue).
  { resource: reservedInstances, notFound: "InvalidParameterValue", label: "ReservedDBInstance" },
  { resource: shardGroups, notFound: "DBShardGroupNotFoundFault", label: "DBShardGroup" },
  { resource: integrations, notFound: "IntegrationNotFoundFault", label: "Integration" },
  { resource: tenantDatabases, notFound: "TenantDatabaseNotFoundFault", label: "TenantDatabase" },
  // --- DB snapshots (manual; an automated snapshot's ARN holds a colon in its id) ---
  { resource: dbSnapshots, notFound: "DBSnapshotNotFoundFault", label: "DBSnapshot" },
  // --- end DB snapshots ---
  // --- RDS Proxy (by resource id: db-proxy:prx-..., db-proxy-endpoint:prx-endpoint-..., target-group:prx-tg-...) ---
  { resource: proxies, notFound: "DBProxyNotFoundFault", label: "DBProxy" },
  { resource: proxyEndpoints, notFound: "DBProxyEndpointNotFoundFault", label: "DBProxyEndpoint" },
  { resource: proxyTargetGroups, notFound: "DBProxyTargetGroupNotFoundFault", label: "DBProxyTargetGroup" },
  // --- end RDS Proxy ---
  // --- Issue 14: blue/green deployments (`deployment:<id>`) ---
  { resource: blueGreenDeployments, notFound: "BlueGreenDeploymentNotFoundFault", label: "BlueGreenDeployment" },
  // --- end issue 14 blue/green deployments ---
];
const BY_TYPE = Object.fromEntries(TAGGABLE.map((t) => [t.resource.descriptor.arn!.type, t]));
const RESOURCES = TAGGABLE.map((t) => t.resource);

/** The tagged record an ARN names; faults as AWS answers an unknown ARN of each resource type. */
function taggedResource(ctx: CallContext<RdsWorld>, resourceName: string): Tagged {
  const parts = resourceName.split(":");
  // --- Aurora global databases: an account-wide ARN (no Region); no declared not-found fault: InvalidParameterValue ---
  if (parts.length === 7 && parts[0] === "arn" && parts[2] === "rds" && parts[5] === "global-cluster") {
    return globalClusterByArn(ctx, resourceName) ?? fail("InvalidParameterValue", M.taggedNotFound("GlobalCluster", parts[6]));
  }
  // --- end global databases ---
  const spec = parts[5] === undefined ? undefined : own(BY_TYPE, parts[5]);
  if (parts.length !== 7 || parts[0] !== "arn" || parts[2] !== "rds" || !spec) fail("InvalidParameterValue", M.invalidArn(resourceName));
  if (parts[3] !== ctx.region || parts[4] !== ctx.accountId) fail(spec.notFound, M.resourceNotFound(resourceName));
  const hit = resourceByArn(RESOURCES, ctx, resourceName);
  const record: Tagged | undefined = hit?.resource.find(ctx, hit.key);
  if (!record) fail(spec.notFound, M.taggedNotFound(spec.label, parts[6]));
  return record;
}

export const tagOperations: Operations<typeof Sdk, RdsWorld> = {
  ListTagsForResource(input, ctx) {
    const record = taggedResource(ctx, input.ResourceName!);
    return { TagList: (record.TagList ?? []).map((t) => ({ ...t })) };
  },
  AddTagsToResource(input, ctx) {
    const record = taggedResource(ctx, input.ResourceName!);
    const added = checkTags(input.Tags);
    const merged = mergeTags(record.TagList, added);
    if (merged.length > MAX_TAGS) fail("InvalidParameterValue", M.tagQuota());
    record.TagList = merged;
    return {};
  },
  RemoveTagsFromResource(input, ctx) {
    const record = taggedResource(ctx, input.ResourceName!);
    const remove = new Set(input.TagKeys);
    record.TagList = (record.TagList ?? []).filter((t) => !remove.has(t.Key!));
    return {};
  },
};
