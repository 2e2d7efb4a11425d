/**
 * The lifecycles of RDS Proxy: a proxy and an endpoint are `creating`, `modifying` or `deleting`
 * before `available` (or gone); a registered target is REGISTERING before AVAILABLE. A deleted proxy
 * takes its endpoints, target group and targets with it.
 */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import type { DBProxyRecord, RdsWorld } from "../world.js";
import { keyOfArn, proxyEndpoints, proxyTargetGroups, targetsOf } from "./resource.js";

export const PROXY_KIND = "dbProxy";
export const PROXY_ENDPOINT_KIND = "dbProxyEndpoint";
export const PROXY_TARGET_KIND = "dbProxyTarget";

/** Drops everything of a deleted proxy: its endpoints (with their pending transitions), target group and targets. */
function dropChildren(proxy: DBProxyRecord, ctx: CallContext<RdsWorld>): void {
  const id = keyOfArn(proxy.DBProxyArn);
  const endpoints = proxyEndpoints.descriptor.collection(ctx.world);
  for (const key of Object.keys(endpoints)) {
    if (endpoints[key].ProxyId !== id) continue;
    ctx.lifecycle.cancel(PROXY_ENDPOINT_KIND, key);
    delete endpoints[key];
  }
  const groups = proxyTargetGroups.descriptor.collection(ctx.world);
  for (const key of Object.keys(groups)) if (groups[key].ProxyId === id) delete groups[key];
  const targets = targetsOf(ctx.world);
  for (const key of Object.keys(targets)) {
    if (targets[key].ProxyId !== id) continue;
    ctx.lifecycle.cancel(PROXY_TARGET_KIND, key);
    delete targets[key];
  }
}

export const proxyTransitions: TransitionTable<RdsWorld> = {
  [PROXY_KIND]: {
    collection: (w) => (w.dbProxies ??= {}),
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 300_000 },
      modify: { during: "modifying", then: "available", ms: 60_000 },
      delete: { during: "deleting", then: null, ms: 120_000, onSettle: dropChildren },
    },
  },
  [PROXY_ENDPOINT_KIND]: {
    collection: (w) => (w.dbProxyEndpoints ??= {}),
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 180_000 },
      modify: { during: "modifying", then: "available", ms: 60_000 },
      delete: { during: "deleting", then: null, ms: 60_000 },
    },
  },
  [PROXY_TARGET_KIND]: {
    collection: (w) => targetsOf(w),
    statusField: "State",
    events: { register: { during: "REGISTERING", then: "AVAILABLE", ms: 120_000 } },
  },
};
