/**
 * RDS Proxy resources: proxies, their endpoints and target groups. Each is stored by its resource id
 * (`prx-...`, `prx-endpoint-...`, `prx-tg-...`), the last part of its ARN, so tagging by ARN and a
 * lifecycle keep working through a rename; names (unique per account and Region, matched
 * case-insensitively) are looked up by a scan (the quotas keep the collections small).
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { PM } from "../messages/index.js";
import type { DBProxyEndpointRecord, DBProxyRecord, DBProxyTargetGroupRecord, DBProxyTargetRecord, RdsWorld } from "../world.js";

export const proxies = defineResource<RdsWorld, DBProxyRecord>({
  name: "DB proxy",
  // A world from an older dump has no proxies yet.
  collection: (world) => (world.dbProxies ??= {}),
  arn: { service: "rds", type: "db-proxy" },
  notFound: (name) => fail("DBProxyNotFoundFault", PM.proxyNotFound(name)),
  alreadyExists: (name) => fail("DBProxyAlreadyExistsFault", PM.proxyExists(name)),
  // Quotas for RDS Proxy: "You can have up to 20 proxies for each AWS account ID" (per Region).
  quota: { name: "dbProxies", exceeded: (limit) => fail("DBProxyQuotaExceededFault", PM.proxyQuota(limit)) },
  lifecycle: { kind: "dbProxy", id: (p) => p.DBProxyArn.split(":")[6] },
});

export const proxyEndpoints = defineResource<RdsWorld, DBProxyEndpointRecord>({
  name: "DB proxy endpoint",
  collection: (world) => (world.dbProxyEndpoints ??= {}),
  arn: { service: "rds", type: "db-proxy-endpoint" },
  notFound: (name) => fail("DBProxyEndpointNotFoundFault", PM.endpointNotFound(name)),
  alreadyExists: (name) => fail("DBProxyEndpointAlreadyExistsFault", PM.endpointExists(name)),
  lifecycle: { kind: "dbProxyEndpoint", id: (e) => e.DBProxyEndpointArn.split(":")[6] },
});

export const proxyTargetGroups = defineResource<RdsWorld, DBProxyTargetGroupRecord>({
  name: "DB proxy target group",
  collection: (world) => (world.dbProxyTargetGroups ??= {}),
  arn: { service: "rds", type: "target-group" },
  notFound: (name) => fail("DBProxyTargetGroupNotFoundFault", PM.targetGroupNotFound(name, "")),
});

/** The registered targets of proxies (not a tagged resource: no ARN of their own). */
export function targetsOf(world: RdsWorld): Record<string, DBProxyTargetRecord> {
  return (world.dbProxyTargets ??= {});
}

/** The key (resource id) of a record: its ARN's last part. */
export const keyOfArn = (arn: string): string => arn.split(":")[6];

/** The proxy named `name` (any case), or undefined. */
export function findProxy(ctx: CallContext<RdsWorld>, name: string): DBProxyRecord | undefined {
  const wanted = name.toLowerCase();
  const all = proxies.descriptor.collection(ctx.world);
  for (const key in all) if (all[key].DBProxyName === wanted) return all[key];
  return undefined;
}

/** The proxy named `name`, or DBProxyNotFoundFault. */
export function getProxy(ctx: CallContext<RdsWorld>, name: string): DBProxyRecord {
  return findProxy(ctx, name) ?? proxies.descriptor.notFound(name);
}

/** The user-created endpoint named `name` (any case), or undefined. */
export function findEndpoint(ctx: CallContext<RdsWorld>, name: string): DBProxyEndpointRecord | undefined {
  const wanted = name.toLowerCase();
  const all = proxyEndpoints.descriptor.collection(ctx.world);
  for (const key in all) if (all[key].DBProxyEndpointName === wanted) return all[key];
  return undefined;
}

/** The proxy's target group named `name` (only `default` exists), or DBProxyTargetGroupNotFoundFault. */
export function getTargetGroup(ctx: CallContext<RdsWorld>, proxy: DBProxyRecord, name = "default"): DBProxyTargetGroupRecord {
  const id = keyOfArn(proxy.DBProxyArn);
  const all = proxyTargetGroups.descriptor.collection(ctx.world);
  for (const key in all) if (all[key].ProxyId === id && all[key].TargetGroupName === name.toLowerCase()) return all[key];
  return fail("DBProxyTargetGroupNotFoundFault", PM.targetGroupNotFound(name, proxy.DBProxyName));
}

/** The ARN of the proxy named `name`, or the type's wildcard when there is none (IAM requests). */
export function proxyArnOrWildcard(ctx: CallContext<RdsWorld>, name: unknown): string {
  const found = typeof name === "string" ? findProxy(ctx, name) : undefined;
  return found?.DBProxyArn ?? proxies.arnOf(ctx, "*");
}

/** The ARN of the endpoint named `name`, or the type's wildcard (IAM requests). */
export function endpointArnOrWildcard(ctx: CallContext<RdsWorld>, name: unknown): string {
  const found = typeof name === "string" ? findEndpoint(ctx, name) : undefined;
  return found?.DBProxyEndpointArn ?? proxyEndpoints.arnOf(ctx, "*");
}

/** The ARN of the named proxy's target group, or the type's wildcard (IAM requests). */
export function targetGroupArnOrWildcard(ctx: CallContext<RdsWorld>, proxyName: unknown, name: unknown): string {
  const proxy = typeof proxyName === "string" ? findProxy(ctx, proxyName) : undefined;
  const wanted = typeof name === "string" ? name.toLowerCase() : "default";
  const all = proxyTargetGroups.descriptor.collection(ctx.world);
  for (const key in all) if (proxy && all[key].ProxyId === keyOfArn(proxy.DBProxyArn) && all[key].TargetGroupName === wanted) return all[key].TargetGroupArn;
  return proxyTargetGroups.arnOf(ctx, "*");
}
