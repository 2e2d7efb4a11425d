/**
 * CreateDBProxyEndpoint, DescribeDBProxyEndpoints, ModifyDBProxyEndpoint and DeleteDBProxyEndpoint.
 * Endpoint names are unique per account and Region; every proxy also has its default endpoint
 * (named `default`, derived from the proxy), which can't be created, modified or deleted.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { noFilters } from "../catalogs/describe.js";
import { PM } from "../messages/index.js";
import { describePage } from "../shared/filters.js";
import { checkTags } from "../shared/tags.js";
import type { DBProxyEndpointRecord, RdsWorld, Stored } from "../world.js";
import { defaultSecurityGroup, proxyHost } from "./proxies.js";
import { findEndpoint, getProxy, keyOfArn, proxyEndpoints } from "./resource.js";
import { checkProxyAvailable, checkSecurityGroups, checkSubnets } from "./rules.js";
import { defaultEndpoint, shapeEndpoint } from "./shape.js";
import type { DBProxyEndpoint } from "@aws-sdk/client-rds";

/** "default" names every proxy's own endpoint: no endpoint can be created, renamed to or addressed by it. */
function checkNotDefault(name: string, member: string): string {
  const lower = name.toLowerCase();
  if (lower === "default") fail("InvalidParameterValue", PM.endpointDefault(member));
  return lower;
}

function getEndpoint(ctx: CallContext<RdsWorld>, name: string): DBProxyEndpointRecord {
  checkNotDefault(name, "DBProxyEndpointName");
  return findEndpoint(ctx, name) ?? proxyEndpoints.descriptor.notFound(name);
}

function checkEndpointAvailable(endpoint: DBProxyEndpointRecord): void {
  if (endpoint.Status !== "available") fail("InvalidDBProxyEndpointStateFault", PM.endpointState(endpoint.DBProxyEndpointName, endpoint.Status));
}

/** Every endpoint to describe, keyed so that a proxy's come together, its default endpoint first. */
function listed(ctx: CallContext<RdsWorld>, proxyId?: string): Record<string, Stored<DBProxyEndpoint>> {
  const out: Record<string, Stored<DBProxyEndpoint>> = {};
  for (const [key, p] of Object.entries(ctx.world.dbProxies ?? {})) {
    if (proxyId === undefined || key === proxyId) out[`${p.DBProxyName}\u0000a`] = defaultEndpoint(p);
  }
  for (const e of Object.values(ctx.world.dbProxyEndpoints ?? {})) {
    if (proxyId === undefined || e.ProxyId === proxyId) out[`${e.DBProxyName}\u0000b${e.DBProxyEndpointName}`] = e;
  }
  return out;
}

export const proxyEndpointOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBProxyEndpoint(input, ctx) {
    const name = checkNotDefault(input.DBProxyEndpointName!, "DBProxyEndpointName");
    const subnets = checkSubnets(input.VpcSubnetIds!, "VpcSubnetIds");
    const groups = checkSecurityGroups(input.VpcSecurityGroupIds, "VpcSecurityGroupIds") ?? [defaultSecurityGroup(ctx)];
    const tags = checkTags(input.Tags);
    const proxy = getProxy(ctx, input.DBProxyName!);
    checkProxyAvailable(proxy);
    if (findEndpoint(ctx, name)) fail("DBProxyEndpointAlreadyExistsFault", PM.endpointExists(name));
    const proxyId = keyOfArn(proxy.DBProxyArn);
    // Quotas for RDS Proxy: up to 20 endpoints for each proxy (beside its default endpoint).
    const limit = ctx.quota("dbProxyEndpointsPerProxy");
    if (proxyEndpoints.count(ctx, (e) => e.ProxyId === proxyId) >= limit) fail("DBProxyEndpointQuotaExceededFault", PM.endpointQuota(proxy.DBProxyName, limit));
    // Every check has passed: from here on, state changes.
    const id = `prx-endpoint-${ctx.ids.hex(17)}`;
    const record: DBProxyEndpointRecord = {
      DBProxyEndpointName: name,
      DBProxyEndpointArn: proxyEndpoints.arnOf(ctx, id),
      DBProxyName: proxy.DBProxyName,
      Status: "creating",
      VpcId: proxy.VpcId,
      VpcSecurityGroupIds: groups,
      VpcSubnetIds: subnets,
      Endpoint: proxyHost(ctx, name, "endpoint."),
      CreatedDate: ctx.now(),
      TargetRole: input.TargetRole ?? "READ_WRITE",
      IsDefault: false,
      EndpointNetworkType: input.EndpointNetworkType ?? "IPV4",
      ProxyId: proxyId,
      TagList: tags,
    };
    proxyEndpoints.insert(ctx, id, record);
    proxyEndpoints.begin(ctx, record, "create");
    return { DBProxyEndpoint: shapeEndpoint(record) };
  },

  DescribeDBProxyEndpoints(input, ctx) {
    // API reference: Filters "isn't currently supported".
    noFilters(input.Filters);
    const proxy = input.DBProxyName === undefined ? undefined : getProxy(ctx, input.DBProxyName);
    const wanted = input.DBProxyEndpointName?.toLowerCase();
    const keep = (e: Stored<DBProxyEndpoint>) => wanted === undefined || e.DBProxyEndpointName === wanted;
    const page = describePage(listed(ctx, proxy && keyOfArn(proxy.DBProxyArn)), input, keep);
    if (wanted !== undefined && page.items.length === 0 && input.Marker === undefined) fail("DBProxyEndpointNotFoundFault", PM.endpointNotFound(input.DBProxyEndpointName!));
    return { DBProxyEndpoints: page.items.map(shapeEndpoint), Marker: page.Marker };
  },

  ModifyDBProxyEndpoint(input, ctx) {
    const endpoint = getEndpoint(ctx, input.DBProxyEndpointName!);
    const newName = input.NewDBProxyEndpointName === undefined ? undefined : checkNotDefault(input.NewDBProxyEndpointName, "NewDBProxyEndpointName");
    const groups = checkSecurityGroups(input.VpcSecurityGroupIds, "VpcSecurityGroupIds");
    const proxy = getProxy(ctx, endpoint.DBProxyName);
    checkProxyAvailable(proxy);
    checkEndpointAvailable(endpoint);
    if (newName !== undefined && newName !== endpoint.DBProxyEndpointName && findEndpoint(ctx, newName)) fail("DBProxyEndpointAlreadyExistsFault", PM.endpointExists(newName));
    // Every check has passed. A renamed endpoint keeps its id, ARN and host name.
    if (newName !== undefined) endpoint.DBProxyEndpointName = newName;
    if (groups !== undefined) endpoint.VpcSecurityGroupIds = groups;
    proxyEndpoints.begin(ctx, endpoint, "modify");
    return { DBProxyEndpoint: shapeEndpoint(endpoint) };
  },

  DeleteDBProxyEndpoint(input, ctx) {
    const endpoint = getEndpoint(ctx, input.DBProxyEndpointName!);
    checkEndpointAvailable(endpoint);
    proxyEndpoints.begin(ctx, endpoint, "delete");
    return { DBProxyEndpoint: shapeEndpoint(endpoint) };
  },
};
