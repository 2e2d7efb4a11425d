/**
 * Reads the whole RDS state back: DescribeDBClusters, DescribeDBInstances and DescribeDBClusterSnapshots
 * (manual) page by page, each item against its own Describe by identifier and ListTagsForResource, and
 * the pool's names the lists leave out against a Describe that must answer not-found. Membership: every
 * instance a cluster lists exists and names that cluster, and the other way round; one writer at most,
 * never a deleting instance while another member is available. Custom endpoints: their cluster exists
 * and their member lists name that cluster's instances.
 */
import * as sdk from "@aws-sdk/client-rds";
import { allPages, read, tagListToMap } from "./model-kit.js";
import { CLUSTERS, INSTANCES, SNAPSHOTS } from "./rds-calls.js";
import type { View } from "./types.js";

const canon = (v: unknown) => JSON.stringify(v);

interface Kind {
  key: string;
  list: any;
  listInput: Record<string, unknown>;
  items: string;
  idField: string;
  arnField: string;
  statusField: string;
  describeMember: string;
  pool: readonly string[];
}

const KINDS: Kind[] = [
  { key: "cluster", list: sdk.DescribeDBClustersCommand, listInput: {}, items: "DBClusters", idField: "DBClusterIdentifier", arnField: "DBClusterArn", statusField: "Status", describeMember: "DBClusterIdentifier", pool: CLUSTERS },
  { key: "instance", list: sdk.DescribeDBInstancesCommand, listInput: {}, items: "DBInstances", idField: "DBInstanceIdentifier", arnField: "DBInstanceArn", statusField: "DBInstanceStatus", describeMember: "DBInstanceIdentifier", pool: INSTANCES },
  {
    key: "snapshot",
    list: sdk.DescribeDBClusterSnapshotsCommand,
    listInput: { SnapshotType: "manual" },
    items: "DBClusterSnapshots",
    idField: "DBClusterSnapshotIdentifier",
    arnField: "DBClusterSnapshotArn",
    statusField: "Status",
    describeMember: "DBClusterSnapshotIdentifier",
    pool: SNAPSHOTS,
  },
];

export async function observeRds(client: sdk.RDSClient) {
  const problems: string[] = [];
  const view: View = {};
  const raw: Record<string, unknown> = {};
  const byKind: Record<string, any[]> = {};
  for (const k of KINDS) {
    const items = await allPages(client, k.list, { ...k.listInput, MaxRecords: 20 }, k.items, "Marker");
    byKind[k.key] = items;
    raw[k.key] = items;
    const ids = items.map((i) => i[k.idField]);
    if (new Set(ids).size !== ids.length) problems.push(`${k.items} lists an identifier twice: ${ids.join(", ")}`);
    for (const item of items) {
      const id = item[k.idField];
      const one = await read(client, new k.list({ [k.describeMember]: id }));
      if (!one.ok || canon(one.out[k.items]) !== canon([item])) problems.push(`the ${k.key} list shows ${id} as ${canon(item)}; Describe by identifier answers ${canon(one)}`);
      const tags = await read(client, new sdk.ListTagsForResourceCommand({ ResourceName: item[k.arnField] }));
      if (!tags.ok || canon(tags.out.TagList ?? []) !== canon(item.TagList ?? [])) problems.push(`ListTagsForResource of ${id} answers ${canon(tags)}; its TagList is ${canon(item.TagList)}`);
      view[`${k.key}/${id}`] = { status: item[k.statusField], tags: tagListToMap(item.TagList) };
      if (item.LatestRestorableTime) view[`${k.key}/${id}`].clocks = { LatestRestorableTime: item.LatestRestorableTime.getTime() };
      if (k.key === "cluster") view[`stream/${id}`] = { status: item.ActivityStreamStatus ?? "stopped" };
    }
    for (const name of k.pool) {
      if (ids.includes(name)) continue;
      const one = await read(client, new k.list({ [k.describeMember]: name }));
      if (one.ok) problems.push(`Describe ${k.key} ${name} answers it, but the list leaves it out`);
    }
  }
  problems.push(...membershipProblems(byKind.cluster, byKind.instance));
  const endpoints = (await allPages(client, sdk.DescribeDBClusterEndpointsCommand, { MaxRecords: 20 }, "DBClusterEndpoints", "Marker")).filter((e) => e.EndpointType === "CUSTOM");
  raw.endpoints = endpoints;
  for (const e of endpoints) {
    view[`endpoint/${e.DBClusterEndpointIdentifier}`] = { status: e.Status };
    problems.push(...endpointProblems(e, byKind.cluster, byKind.instance));
  }
  return { view, raw, problems };
}

/** A custom endpoint belongs to a cluster that exists, and its member lists name instances of that cluster. */
function endpointProblems(e: any, clusters: any[], instances: any[]): string[] {
  const problems: string[] = [];
  const id = e.DBClusterEndpointIdentifier;
  if (!clusters.some((c) => c.DBClusterIdentifier === e.DBClusterIdentifier)) problems.push(`custom endpoint ${id} names cluster ${e.DBClusterIdentifier}, which does not exist`);
  for (const m of [...(e.StaticMembers ?? []), ...(e.ExcludedMembers ?? [])]) {
    const i = instances.find((x) => x.DBInstanceIdentifier === m);
    if (!i) problems.push(`custom endpoint ${id} lists member ${m}, which does not exist`);
    else if (i.DBClusterIdentifier !== e.DBClusterIdentifier) problems.push(`custom endpoint ${id} of cluster ${e.DBClusterIdentifier} lists member ${m} of cluster ${i.DBClusterIdentifier}`);
  }
  return problems;
}

function membershipProblems(clusters: any[], instances: any[]): string[] {
  const problems: string[] = [];
  const instanceById = new Map(instances.map((i) => [i.DBInstanceIdentifier, i]));
  const clusterById = new Map(clusters.map((c) => [c.DBClusterIdentifier, c]));
  for (const c of clusters) {
    const members = c.DBClusterMembers ?? [];
    for (const m of members) {
      const i = instanceById.get(m.DBInstanceIdentifier);
      if (!i) problems.push(`cluster ${c.DBClusterIdentifier} lists member ${m.DBInstanceIdentifier}, which does not exist`);
      else if (i.DBClusterIdentifier !== c.DBClusterIdentifier) problems.push(`cluster ${c.DBClusterIdentifier} lists member ${m.DBInstanceIdentifier}, which names cluster ${i.DBClusterIdentifier}`);
    }
    const writers = members.filter((m: any) => m.IsClusterWriter);
    if (writers.length > 1) problems.push(`cluster ${c.DBClusterIdentifier} has ${writers.length} writers`);
    const status = (m: any) => instanceById.get(m.DBInstanceIdentifier)?.DBInstanceStatus;
    if (writers.length === 1 && status(writers[0]) === "deleting" && members.some((m: any) => status(m) === "available")) {
      problems.push(`cluster ${c.DBClusterIdentifier}'s writer ${writers[0].DBInstanceIdentifier} is being deleted while member ${members.find((m: any) => status(m) === "available").DBInstanceIdentifier} is available`);
    }
  }
  for (const i of instances) {
    if (!i.DBClusterIdentifier) continue;
    const c = clusterById.get(i.DBClusterIdentifier);
    if (!c) problems.push(`instance ${i.DBInstanceIdentifier} names cluster ${i.DBClusterIdentifier}, which does not exist`);
    else if (!(c.DBClusterMembers ?? []).some((m: any) => m.DBInstanceIdentifier === i.DBInstanceIdentifier)) {
      problems.push(`instance ${i.DBInstanceIdentifier} names cluster ${i.DBClusterIdentifier}, which does not list it`);
    }
  }
  return problems;
}
