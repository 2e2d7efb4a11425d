/** CreateDBProxy, DescribeDBProxies, ModifyDBProxy and DeleteDBProxy. */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { dnsSuffix } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { noFilters } from "../catalogs/describe.js";
import { endpointLabel } from "../clusters/record.js";
import { PM } from "../messages/index.js";
import { describeResourcePage } from "../shared/filters.js";
import { stableText } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import { defaultVpcId } from "../subnet-groups/record.js";
import type { DBProxyRecord, DBProxyTargetGroupRecord, RdsWorld } from "../world.js";
import { findProxy, getProxy, keyOfArn, proxies, proxyTargetGroups } from "./resource.js";
import { checkAuth, checkIdleTimeout, checkProxyAvailable, checkRoleArn, checkSecurityGroups, checkSubnets } from "./rules.js";
import { shapeProxy } from "./shape.js";
import { PROXY_ENDPOINT_KIND } from "./transitions.js";

/** The default security group of the Region's default VPC (a proxy given none uses it). */
export function defaultSecurityGroup(ctx: CallContext<RdsWorld>): string {
  return `sg-${stableText(`${ctx.accountId}/${ctx.region}/default-sg`, 17)}`;
}

/** `NAME.proxy-LABEL.REGION.rds.amazonaws.com`: the account's and Region's endpoint label, as clusters use. */
export function proxyHost(ctx: CallContext<RdsWorld>, name: string, prefix = ""): string {
  return `${name}.${prefix}proxy-${endpointLabel(ctx)}.${ctx.region}.rds.${dnsSuffix(ctx.region)}`;
}

/** The default target group's connection pool settings (ConnectionPoolConfigurationInfo defaults). */
function defaultTargetGroup(ctx: CallContext<RdsWorld>, proxy: DBProxyRecord, now: number): DBProxyTargetGroupRecord {
  const id = `prx-tg-${ctx.ids.hex(17)}`;
  return {
    DBProxyName: proxy.DBProxyName,
    TargetGroupName: "default",
    TargetGroupArn: proxyTargetGroups.arnOf(ctx, id),
    IsDefault: true,
    Status: "available",
    ConnectionPoolConfig: { MaxConnectionsPercent: 100, MaxIdleConnectionsPercent: 50, ConnectionBorrowTimeout: 120, SessionPinningFilters: [] },
    CreatedDate: now,
    UpdatedDate: now,
    ProxyId: keyOfArn(proxy.DBProxyArn),
    TagList: [],
  };
}

export const proxyOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBProxy(input, ctx) {
    const name = input.DBProxyName!.toLowerCase();
    const family = input.EngineFamily!;
    const scheme = input.DefaultAuthScheme ?? "NONE";
    const auth = checkAuth(ctx, input.Auth, family, scheme);
    checkRoleArn(input.RoleArn!);
    const subnets = checkSubnets(input.VpcSubnetIds!, "VpcSubnetIds");
    const groups = checkSecurityGroups(input.VpcSecurityGroupIds, "VpcSecurityGroupIds") ?? [defaultSecurityGroup(ctx)];
    checkIdleTimeout(input.IdleClientTimeout);
    const tags = checkTags(input.Tags);
    if (findProxy(ctx, name)) fail("DBProxyAlreadyExistsFault", PM.proxyExists(name));
    proxies.checkQuota(ctx);
    // Every check has passed: from here on, state changes.
    const id = `prx-${ctx.ids.hex(17)}`;
    const now = ctx.now();
    const record: DBProxyRecord = {
      DBProxyName: name,
      DBProxyArn: proxies.arnOf(ctx, id),
      Status: "creating",
      EngineFamily: family,
      VpcId: defaultVpcId(ctx),
      VpcSecurityGroupIds: groups,
      VpcSubnetIds: subnets,
      DefaultAuthScheme: scheme,
      Auth: auth,
      RoleArn: input.RoleArn!,
      Endpoint: proxyHost(ctx, name),
      RequireTLS: input.RequireTLS ?? false,
      IdleClientTimeout: input.IdleClientTimeout ?? 1800,
      DebugLogging: input.DebugLogging ?? false,
      CreatedDate: now,
      UpdatedDate: now,
      EndpointNetworkType: input.EndpointNetworkType ?? "IPV4",
      TargetConnectionNetworkType: input.TargetConnectionNetworkType ?? "IPV4",
      TagList: tags,
    };
    proxies.insert(ctx, id, record);
    const group = defaultTargetGroup(ctx, record, now);
    proxyTargetGroups.insert(ctx, keyOfArn(group.TargetGroupArn), group);
    proxies.begin(ctx, record, "create");
    return { DBProxy: shapeProxy(record) };
  },

  DescribeDBProxies(input, ctx) {
    // API reference: Filters "isn't currently supported".
    noFilters(input.Filters);
    if (input.DBProxyName !== undefined) {
      const proxy = getProxy(ctx, input.DBProxyName);
      describeResourcePage(proxies, ctx, { MaxRecords: input.MaxRecords }); // MaxRecords is checked even for one proxy
      return { DBProxies: [shapeProxy(proxy)] };
    }
    const page = describeResourcePage(proxies, ctx, input);
    return { DBProxies: page.items.map(shapeProxy), Marker: page.Marker };
  },

  ModifyDBProxy(input, ctx) {
    const proxy = getProxy(ctx, input.DBProxyName!);
    checkProxyAvailable(proxy);
    const newName = input.NewDBProxyName?.toLowerCase();
    if (newName !== undefined && newName !== proxy.DBProxyName && findProxy(ctx, newName)) fail("DBProxyAlreadyExistsFault", PM.proxyExists(newName));
    const scheme = input.DefaultAuthScheme ?? proxy.DefaultAuthScheme ?? "NONE";
    // New Auth replaces the old; a new DefaultAuthScheme must fit the entries kept.
    const auth = input.Auth !== undefined || input.DefaultAuthScheme !== undefined ? checkAuth(ctx, input.Auth ?? proxy.Auth, proxy.EngineFamily!, scheme) : undefined;
    if (input.RoleArn !== undefined) checkRoleArn(input.RoleArn);
    const groups = checkSecurityGroups(input.SecurityGroups, "SecurityGroups");
    checkIdleTimeout(input.IdleClientTimeout);
    // Every check has passed: from here on, state changes.
    if (newName !== undefined && newName !== proxy.DBProxyName) renameProxy(ctx, proxy, newName);
    if (auth !== undefined) proxy.Auth = auth;
    proxy.DefaultAuthScheme = scheme;
    if (input.RoleArn !== undefined) proxy.RoleArn = input.RoleArn;
    if (groups !== undefined) proxy.VpcSecurityGroupIds = groups;
    if (input.RequireTLS !== undefined) proxy.RequireTLS = input.RequireTLS;
    if (input.IdleClientTimeout !== undefined) proxy.IdleClientTimeout = input.IdleClientTimeout;
    if (input.DebugLogging !== undefined) proxy.DebugLogging = input.DebugLogging;
    proxy.UpdatedDate = ctx.now();
    proxies.begin(ctx, proxy, "modify");
    return { DBProxy: shapeProxy(proxy) };
  },

  /** A proxy already being deleted: InvalidDBProxyStateFault. Its endpoints go to `deleting` with it. */
  DeleteDBProxy(input, ctx) {
    const proxy = getProxy(ctx, input.DBProxyName!);
    if (proxy.Status === "deleting") fail("InvalidDBProxyStateFault", PM.proxyDeleting(proxy.DBProxyName));
    const id = keyOfArn(proxy.DBProxyArn);
    const endpoints = ctx.world.dbProxyEndpoints ?? {};
    for (const key in endpoints) {
      if (endpoints[key].ProxyId !== id) continue;
      ctx.lifecycle.cancel(PROXY_ENDPOINT_KIND, key);
      endpoints[key].Status = "deleting";
    }
    proxies.begin(ctx, proxy, "delete");
    return { DBProxy: shapeProxy(proxy) };
  },
};

/**
 * A renamed proxy keeps its id, ARN, host name, endpoints, target group and targets; the children
 * show the new name (they name their proxy by DBProxyName).
 */
function renameProxy(ctx: CallContext<RdsWorld>, proxy: DBProxyRecord, newName: string): void {
  const id = keyOfArn(proxy.DBProxyArn);
  proxy.DBProxyName = newName;
  for (const e of Object.values(ctx.world.dbProxyEndpoints ?? {})) if (e.ProxyId === id) e.DBProxyName = newName;
  for (const g of Object.values(ctx.world.dbProxyTargetGroups ?? {})) if (g.ProxyId === id) g.DBProxyName = newName;
}
