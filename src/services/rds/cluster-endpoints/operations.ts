/**
 * Custom endpoints of Aurora DB clusters: CreateDBClusterEndpoint, DescribeDBClusterEndpoints,
 * ModifyDBClusterEndpoint and DeleteDBClusterEndpoint. Identifiers are unique per account and Region
 * (the world keys them by lowercase id); DescribeDBClusterEndpoints also lists each Aurora cluster's
 * built-in writer and reader endpoints, which have no identifier, ARN or custom type.
 */
import { instances } from "../instances/resource.js";
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { DBClusterEndpoint } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { toOutput } from "../../../core/output.js";
import { clusterEndpoints } from "./resource.js";
import type { CallContext } from "../../../core/service.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import { clusters, findCluster } from "../clusters/resource.js";
import { engineSpec } from "../engines/engines.js";
import { describePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { checkClusterState } from "../clusters/members.js";
import { M } from "../messages/index.js";
import { checkTags } from "../shared/tags.js";
import type { ClusterEndpointRecord, ClusterRecord, InstanceRecord, RdsWorld, Stored } from "../world.js";

const CUSTOM_TYPES = ["READER", "WRITER", "ANY"];

/** The custom endpoints of a world; a dump saved before they existed has none (reads must not write). */
function endpointsOf(world: RdsWorld): Record<string, ClusterEndpointRecord> {
  return world.clusterEndpoints ?? {};
}

export const clusterEndpointTransitions: TransitionTable<RdsWorld> = {
  clusterEndpoint: {
    collection: (w) => endpointsOf(w),
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 60_000 },
      modify: { during: "modifying", then: "available", ms: 30_000 },
      delete: {
        during: "deleting",
        then: null,
        ms: 60_000,
        onSettle: (endpoint: ClusterEndpointRecord, ctx: CallContext<RdsWorld>) => {
          const cluster = clusters.find(ctx, endpoint.DBClusterIdentifier!);
          if (cluster) cluster.CustomEndpoints = (cluster.CustomEndpoints ?? []).filter((e) => e !== endpoint.Endpoint);
        },
      },
    },
  },
};

/** A described endpoint: built-ins (no id) and custom ones, keyed so that a cluster's come together, writer first. */
type Listed = Stored<DBClusterEndpoint>;

const lower = (v: string | undefined) => v?.toLowerCase();

/** The documented filters; values are compared case-insensitively (the docs spell them lowercase). */
const ENDPOINT_FILTERS: FilterTable<Listed> = {
  "db-cluster-endpoint-type": (e) => [lower(e.EndpointType)],
  "db-cluster-endpoint-custom-type": (e) => [lower(e.CustomEndpointType)],
  "db-cluster-endpoint-id": (e) => [e.DBClusterEndpointIdentifier],
  "db-cluster-endpoint-status": (e) => [e.Status],
};

/** Custom endpoints apply only to provisioned-style Aurora clusters (not Multi-AZ DB clusters, not Serverless v1). */
function checkAurora(cluster: ClusterRecord): void {
  if (engineSpec(cluster.Engine)?.kind !== "aurora") fail("InvalidParameterCombination", M.endpointNotAurora(cluster.DBClusterIdentifier));
  if (cluster.EngineMode === "serverless") fail("InvalidParameterCombination", M.endpointServerless(cluster.DBClusterIdentifier));
}

function checkEndpointType(value: string, member: string): string {
  const type = value.toUpperCase();
  if (!CUSTOM_TYPES.includes(type)) fail("InvalidParameterValue", M.oneOf(member, CUSTOM_TYPES, value));
  return type;
}

/** Member lists name instances of the cluster (any case); returned lowercase without duplicates. */
function checkMembers(ctx: CallContext<RdsWorld>, cluster: ClusterRecord, list: string[] | undefined, member: string): string[] | undefined {
  if (list === undefined) return undefined;
  const out: string[] = [];
  for (const raw of list) {
    const id = String(raw).toLowerCase();
    const instance = instances.find(ctx, id);
    if (!instance) fail("DBInstanceNotFoundFault", M.endpointMemberNotFound(member, raw));
    // An instance of another cluster is not found *in this cluster*: AWS lists only DBInstanceNotFoundFault here.
    if (instance.DBClusterIdentifier !== cluster.DBClusterIdentifier) fail("DBInstanceNotFoundFault", M.endpointMemberNotInCluster(member, raw, cluster.DBClusterIdentifier));
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** ExcludedMembers is "relevant only if the list of static members is empty": giving both is a contradiction. */
function checkMemberCombination(staticMembers: string[] | undefined, excluded: string[] | undefined): void {
  if ((staticMembers?.length ?? 0) > 0 && (excluded?.length ?? 0) > 0) fail("InvalidParameterCombination", M.endpointStaticAndExcluded());
}

/** `<id>.cluster-custom-<suffix>`: the suffix of the cluster's own endpoint (`<cluster>.cluster-<suffix>`). */
function customHost(cluster: ClusterRecord, id: string): string {
  const writer = cluster.Endpoint ?? "";
  const marker = ".cluster-";
  const at = writer.indexOf(marker);
  return `${id}.cluster-custom-${writer.slice(at + marker.length)}`;
}

function findEndpoint(ctx: CallContext<RdsWorld>, id: string): ClusterEndpointRecord {
  return clusterEndpoints.get(ctx, id);
}

function checkEndpointAvailable(endpoint: ClusterEndpointRecord): void {
  if (endpoint.Status !== "available") {
    fail("InvalidDBClusterEndpointStateFault", M.endpointState(endpoint.DBClusterEndpointIdentifier, endpoint.Status, "available"));
  }
}

export function shapeEndpoint(record: Listed): DBClusterEndpoint {
  const { TagList: _tags, ...rest } = record as ClusterEndpointRecord;
  return toOutput<DBClusterEndpoint>(rest, new Set());
}

/** The status AWS shows on a cluster's built-in endpoints: they follow the cluster's creation and deletion. */
function builtInStatus(cluster: ClusterRecord): string {
  return cluster.Status === "creating" || cluster.Status === "deleting" ? cluster.Status : "available";
}

/** Every endpoint to describe, by a key that orders a cluster's writer, reader, then custom endpoints. */
function listed(ctx: CallContext<RdsWorld>, only?: ClusterRecord): Record<string, Listed> {
  const out: Record<string, Listed> = {};
  const clusters = only ? [only] : Object.values(ctx.world.clusters);
  for (const c of clusters) {
    if (engineSpec(c.Engine)?.kind !== "aurora") continue;
    const id = c.DBClusterIdentifier;
    const Status = builtInStatus(c);
    if (c.Endpoint) out[`${id}\u0000a`] = { DBClusterIdentifier: id, Endpoint: c.Endpoint, Status, EndpointType: "WRITER" };
    if (c.ReaderEndpoint) out[`${id}\u0000b`] = { DBClusterIdentifier: id, Endpoint: c.ReaderEndpoint, Status, EndpointType: "READER" };
  }
  for (const e of Object.values(endpointsOf(ctx.world))) {
    if (only && e.DBClusterIdentifier !== only.DBClusterIdentifier) continue;
    out[`${e.DBClusterIdentifier}\u0000c${e.DBClusterEndpointIdentifier}`] = e;
  }
  return out;
}

export const clusterEndpointOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBClusterEndpoint(input, ctx) {
    const id = checkIdentifier(input.DBClusterEndpointIdentifier, "DBClusterEndpointIdentifier");
    const type = checkEndpointType(input.EndpointType!, "EndpointType");
    const tags = checkTags(input.Tags);
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkAurora(cluster);
    checkClusterState(cluster, "available");
    const staticMembers = checkMembers(ctx, cluster, input.StaticMembers, "StaticMembers") ?? [];
    const excluded = checkMembers(ctx, cluster, input.ExcludedMembers, "ExcludedMembers") ?? [];
    checkMemberCombination(staticMembers, excluded);
    clusterEndpoints.requireNew(ctx, id);
    const limit = ctx.quota("customEndpointsPerCluster");
    const count = Object.values(endpointsOf(ctx.world)).filter((e) => e.DBClusterIdentifier === cluster.DBClusterIdentifier).length;
    if (count >= limit) fail("DBClusterEndpointQuotaExceededFault", M.endpointQuota(cluster.DBClusterIdentifier, limit));
    // Every check has passed: from here on, state changes.
    const record: ClusterEndpointRecord = {
      DBClusterEndpointIdentifier: id,
      DBClusterIdentifier: cluster.DBClusterIdentifier,
      DBClusterEndpointResourceIdentifier: `cluster-endpoint-${ctx.ids.upperAlnum(26)}`,
      Endpoint: customHost(cluster, id),
      Status: "creating",
      EndpointType: "CUSTOM",
      CustomEndpointType: type,
      StaticMembers: staticMembers,
      ExcludedMembers: excluded,
      DBClusterEndpointArn: clusterEndpoints.arnOf(ctx, id),
      TagList: tags,
    };
    (ctx.world.clusterEndpoints ??= {})[id] = record;
    (cluster.CustomEndpoints ??= []).push(record.Endpoint!);
    ctx.lifecycle.begin("clusterEndpoint", id, "create");
    return shapeEndpoint(record) as Record<string, unknown>;
  },

  DescribeDBClusterEndpoints(input, ctx) {
    const filters = input.Filters?.map((f) => (f.Name === "db-cluster-endpoint-id" ? f : { ...f, Values: f.Values?.map((v) => v.toLowerCase()) }));
    const keep = filterPredicate(filters, ENDPOINT_FILTERS);
    const cluster = input.DBClusterIdentifier === undefined ? undefined : findCluster(ctx, input.DBClusterIdentifier);
    const wantedId = input.DBClusterEndpointIdentifier?.toLowerCase();
    const page = describePage(listed(ctx, cluster), input, (e) => (wantedId === undefined || e.DBClusterEndpointIdentifier === wantedId) && keep(e));
    return { DBClusterEndpoints: page.items.map(shapeEndpoint), Marker: page.Marker };
  },

  ModifyDBClusterEndpoint(input, ctx) {
    const endpoint = findEndpoint(ctx, input.DBClusterEndpointIdentifier!);
    const type = input.EndpointType === undefined ? undefined : checkEndpointType(input.EndpointType, "EndpointType");
    const cluster = findCluster(ctx, endpoint.DBClusterIdentifier!);
    checkClusterState(cluster, "available");
    checkEndpointAvailable(endpoint);
    const staticMembers = checkMembers(ctx, cluster, input.StaticMembers, "StaticMembers");
    const excluded = checkMembers(ctx, cluster, input.ExcludedMembers, "ExcludedMembers");
    checkMemberCombination(staticMembers, excluded);
    // Every check has passed. A non-empty list switches the endpoint to that mode and clears the other list.
    if (type !== undefined) endpoint.CustomEndpointType = type;
    if (staticMembers !== undefined) endpoint.StaticMembers = staticMembers;
    if (excluded !== undefined) endpoint.ExcludedMembers = excluded;
    if (staticMembers?.length) endpoint.ExcludedMembers = [];
    if (excluded?.length) endpoint.StaticMembers = [];
    ctx.lifecycle.begin("clusterEndpoint", endpoint.DBClusterEndpointIdentifier, "modify");
    return shapeEndpoint(endpoint) as Record<string, unknown>;
  },

  DeleteDBClusterEndpoint(input, ctx) {
    const endpoint = findEndpoint(ctx, input.DBClusterEndpointIdentifier!);
    const cluster = clusters.find(ctx, endpoint.DBClusterIdentifier!);
    if (cluster) checkClusterState(cluster, "available");
    checkEndpointAvailable(endpoint);
    ctx.lifecycle.begin("clusterEndpoint", endpoint.DBClusterEndpointIdentifier, "delete");
    return shapeEndpoint(endpoint) as Record<string, unknown>;
  },
};

/** DeleteDBCluster removes the cluster's custom endpoints with it. */
export function dropClusterEndpoints(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): void {
  for (const [id, e] of Object.entries(endpointsOf(ctx.world))) {
    if (e.DBClusterIdentifier !== cluster.DBClusterIdentifier) continue;
    ctx.lifecycle.cancel("clusterEndpoint", id);
    delete ctx.world.clusterEndpoints[id];
  }
  cluster.CustomEndpoints = [];
}

/**
 * A renamed instance stays in its cluster's custom endpoints, under its new name: membership belongs to
 * the instance, as in DBClusterMembers (AWS documents no rename rule for custom endpoints; a member list
 * naming no instance, or one a later instance could take, would be worse).
 */
export function endpointMemberRenamed(ctx: CallContext<RdsWorld>, instance: InstanceRecord, from: string): void {
  const rename = (list: string[] | undefined) => (list ?? []).map((m) => (m === from ? instance.DBInstanceIdentifier : m));
  for (const e of Object.values(endpointsOf(ctx.world))) {
    if (e.DBClusterIdentifier !== instance.DBClusterIdentifier) continue;
    e.StaticMembers = rename(e.StaticMembers);
    e.ExcludedMembers = rename(e.ExcludedMembers);
  }
}

/** A deleted instance leaves the member lists of its cluster's custom endpoints. */
export function endpointMemberLeft(ctx: CallContext<RdsWorld>, instance: InstanceRecord): void {
  const gone = instance.DBInstanceIdentifier;
  for (const e of Object.values(endpointsOf(ctx.world))) {
    if (e.DBClusterIdentifier !== instance.DBClusterIdentifier) continue;
    e.StaticMembers = (e.StaticMembers ?? []).filter((m) => m !== gone);
    e.ExcludedMembers = (e.ExcludedMembers ?? []).filter((m) => m !== gone);
  }
}
