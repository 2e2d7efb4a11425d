/**
 * RegisterDBProxyTargets, DeregisterDBProxyTargets and DescribeDBProxyTargets. "Each proxy handles
 * connections to a single RDS DB instance or Aurora DB cluster" (RDS Proxy concepts), so a target
 * group holds one registration. A registration remembers the target's resource id: a deleted target
 * leaves the target group (RDS-EVENT-0214/0215: RDS removes it), and a namesake created later is a
 * new database that must be registered again. A cluster's targets are the TRACKED_CLUSTER and one
 * RDS_INSTANCE per member (READ_WRITE for the writer, READ_ONLY for readers), as its members are now.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { DBProxyTarget, TargetHealth } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { noFilters } from "../catalogs/describe.js";
import { checkClusterState, membersOf } from "../clusters/members.js";
import { findCluster } from "../clusters/resource.js";
import { findInstance } from "../instances/resource.js";
import { M, PM } from "../messages/index.js";
import { describePage } from "../shared/filters.js";
import type { ClusterRecord, DBProxyRecord, DBProxyTargetGroupRecord, DBProxyTargetRecord, InstanceRecord, RdsWorld } from "../world.js";
import { getProxy, getTargetGroup, keyOfArn, targetsOf } from "./resource.js";
import { checkProxyAvailable, engineFamilyOf } from "./rules.js";
import { PROXY_TARGET_KIND } from "./transitions.js";

type Source = { kind: "cluster"; record: ClusterRecord } | { kind: "instance"; record: InstanceRecord };

/** The database a registration names, found by its resource id (so through renames), or undefined once it is gone. */
function sourceOf(ctx: CallContext<RdsWorld>, t: DBProxyTargetRecord): Source | undefined {
  if (t.Kind === "cluster") {
    const record = Object.values(ctx.world.clusters).find((c) => c.DbClusterResourceId === t.ResourceId);
    return record && { kind: "cluster", record };
  }
  const record = Object.values(ctx.world.instances).find((i) => i.DbiResourceId === t.ResourceId);
  return record && { kind: "instance", record };
}

/** The group's registrations whose database still exists, with it. */
function liveTargets(ctx: CallContext<RdsWorld>, group: DBProxyTargetGroupRecord): { key: string; target: DBProxyTargetRecord; source: Source }[] {
  const out = [];
  const groupId = keyOfArn(group.TargetGroupArn);
  for (const [key, target] of Object.entries(targetsOf(ctx.world))) {
    if (target.TargetGroupId !== groupId) continue;
    const source = sourceOf(ctx, target);
    if (source) out.push({ key, target, source });
  }
  return out;
}

function health(target: DBProxyTargetRecord, instance: InstanceRecord): TargetHealth {
  if (target.State === "REGISTERING") return { State: "REGISTERING" };
  if (instance.DBInstanceStatus !== "available") {
    return { State: "UNAVAILABLE", Reason: "UNREACHABLE", Description: `DB instance ${instance.DBInstanceIdentifier} is ${instance.DBInstanceStatus}.` };
  }
  return { State: "AVAILABLE" };
}

function instanceTarget(target: DBProxyTargetRecord, instance: InstanceRecord, role: "READ_WRITE" | "READ_ONLY", cluster?: ClusterRecord): DBProxyTarget {
  const out: DBProxyTarget = {
    TargetArn: instance.DBInstanceArn,
    Endpoint: instance.Endpoint?.Address,
    RdsResourceId: instance.DBInstanceIdentifier,
    Port: instance.Endpoint?.Port,
    Type: "RDS_INSTANCE",
    Role: role,
    TargetHealth: health(target, instance),
  };
  if (cluster) out.TrackedClusterId = cluster.DBClusterIdentifier;
  return out;
}

/** The targets one registration shows. */
function describe(ctx: CallContext<RdsWorld>, target: DBProxyTargetRecord, source: Source): DBProxyTarget[] {
  if (source.kind === "instance") return [instanceTarget(target, source.record, "READ_WRITE")];
  const cluster = source.record;
  const id = cluster.DBClusterIdentifier;
  const out: DBProxyTarget[] = [{ TargetArn: cluster.DBClusterArn, TrackedClusterId: id, RdsResourceId: id, Port: cluster.Port, Type: "TRACKED_CLUSTER" }];
  const writer = new Set((cluster.DBClusterMembers ?? []).filter((m) => m.IsClusterWriter).map((m) => m.DBInstanceIdentifier));
  for (const i of membersOf(ctx, cluster)) out.push(instanceTarget(target, i, writer.has(i.DBInstanceIdentifier) ? "READ_WRITE" : "READ_ONLY", cluster));
  return out;
}

/** The one database a Register/Deregister call names: exactly one identifier over both lists. */
function oneIdentifier(input: { DBInstanceIdentifiers?: string[]; DBClusterIdentifiers?: string[] }): { kind: "instance" | "cluster"; id: string } {
  const instances = input.DBInstanceIdentifiers ?? [];
  const clusters = input.DBClusterIdentifiers ?? [];
  if (instances.length + clusters.length === 0) fail("InvalidParameterValue", PM.targetsMissing());
  if (instances.length + clusters.length > 1) fail("InvalidParameterCombination", PM.oneTarget());
  return instances.length === 1 ? { kind: "instance", id: instances[0] } : { kind: "cluster", id: clusters[0] };
}

/** The database to register: it exists, is available, stands alone (an instance) and fits the proxy's engine family. */
function registrable(ctx: CallContext<RdsWorld>, proxy: DBProxyRecord, wanted: { kind: "instance" | "cluster"; id: string }): Source {
  if (wanted.kind === "cluster") {
    const cluster = findCluster(ctx, wanted.id);
    checkClusterState(cluster, "available");
    if (engineFamilyOf(cluster.Engine) !== proxy.EngineFamily) fail("InvalidParameterValue", PM.engineFamily("DB cluster", cluster.DBClusterIdentifier, cluster.Engine ?? "", proxy.EngineFamily!));
    return { kind: "cluster", record: cluster };
  }
  const instance = findInstance(ctx, wanted.id);
  if (instance.DBClusterIdentifier) fail("InvalidParameterValue", PM.memberInstance(instance.DBInstanceIdentifier, instance.DBClusterIdentifier));
  if (instance.DBInstanceStatus !== "available") fail("InvalidDBInstanceStateFault", M.instanceState(instance.DBInstanceIdentifier, instance.DBInstanceStatus, "available"));
  if (engineFamilyOf(instance.Engine) !== proxy.EngineFamily) fail("InvalidParameterValue", PM.engineFamily("DB instance", instance.DBInstanceIdentifier, instance.Engine ?? "", proxy.EngineFamily!));
  return { kind: "instance", record: instance };
}

const resourceIdOf = (s: Source) => (s.kind === "cluster" ? s.record.DbClusterResourceId! : s.record.DbiResourceId!);
const identifierOf = (s: Source) => (s.kind === "cluster" ? s.record.DBClusterIdentifier : s.record.DBInstanceIdentifier);

export const proxyTargetOperations: Operations<typeof Sdk, RdsWorld> = {
  RegisterDBProxyTargets(input, ctx) {
    const proxy = getProxy(ctx, input.DBProxyName!);
    const group = getTargetGroup(ctx, proxy, input.TargetGroupName);
    const wanted = oneIdentifier(input);
    checkProxyAvailable(proxy);
    const source = registrable(ctx, proxy, wanted);
    const current = liveTargets(ctx, group)[0];
    if (current && current.target.ResourceId === resourceIdOf(source)) fail("DBProxyTargetAlreadyRegisteredFault", PM.targetRegistered(identifierOf(source), proxy.DBProxyName));
    if (current) fail("DBProxyTargetAlreadyRegisteredFault", PM.proxyHasTarget(proxy.DBProxyName, identifierOf(current.source)));
    // Every check has passed: registrations whose database is gone leave the group, and the new one begins.
    const all = targetsOf(ctx.world);
    const groupId = keyOfArn(group.TargetGroupArn);
    for (const key of Object.keys(all)) {
      if (all[key].TargetGroupId !== groupId) continue;
      ctx.lifecycle.cancel(PROXY_TARGET_KIND, key);
      delete all[key];
    }
    const proxyId = keyOfArn(proxy.DBProxyArn);
    const key = `${proxyId}:${resourceIdOf(source)}`;
    const target: DBProxyTargetRecord = { ProxyId: proxyId, TargetGroupId: groupId, Kind: source.kind, Identifier: identifierOf(source), ResourceId: resourceIdOf(source), State: "REGISTERING" };
    all[key] = target;
    ctx.lifecycle.begin(PROXY_TARGET_KIND, key, "register");
    return { DBProxyTargets: describe(ctx, target, source) };
  },

  DeregisterDBProxyTargets(input, ctx) {
    const proxy = getProxy(ctx, input.DBProxyName!);
    const group = getTargetGroup(ctx, proxy, input.TargetGroupName);
    const wanted = oneIdentifier(input);
    checkProxyAvailable(proxy);
    const id = wanted.id.toLowerCase();
    const hit = liveTargets(ctx, group).find((t) => t.source.kind === wanted.kind && identifierOf(t.source) === id);
    if (!hit) fail("DBProxyTargetNotFoundFault", PM.targetNotFound(wanted.id, proxy.DBProxyName));
    ctx.lifecycle.cancel(PROXY_TARGET_KIND, hit.key);
    delete targetsOf(ctx.world)[hit.key];
    return {};
  },

  DescribeDBProxyTargets(input, ctx) {
    // API reference: Filters "isn't currently supported".
    noFilters(input.Filters);
    const proxy = getProxy(ctx, input.DBProxyName!);
    const group = getTargetGroup(ctx, proxy, input.TargetGroupName);
    const listed: Record<string, DBProxyTarget> = {};
    let n = 0;
    for (const { target, source } of liveTargets(ctx, group)) for (const t of describe(ctx, target, source)) listed[String(n++).padStart(6, "0")] = t;
    const page = describePage(listed, input);
    return { Targets: page.items, Marker: page.Marker };
  },
};
