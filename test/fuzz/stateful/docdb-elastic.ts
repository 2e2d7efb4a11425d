/**
 * The DocumentDB Elastic model: clusters named alpha/beta (a name is held until its cluster is gone;
 * handles bind the generated ARNs), stop/start, update (settings or scaling), manual snapshots named
 * snap1/snap2 (create, copy, delete, restore into a cluster) and tags on both. Reads: ListClusters and
 * ListClusterSnapshots (paged) against GetCluster, GetClusterSnapshot and ListTagsForResource.
 */
import * as sdk from "@aws-sdk/client-docdb-elastic";
import fc from "fast-check";
import { allPages, begin, mergeTags, mustFail, put, read, ref, surelyIs, tagKey, tagMap, withoutTags } from "./model-kit.js";
import type { CallSpec, ModelResource, ModelWorld, SentCall, ServiceModel, View } from "./types.js";

const ARN = "arn:aws:docdb-elastic:us-east-1:123456789012";
const MISSING_CLUSTER = `${ARN}:cluster/00000000-0000-4000-8000-000000000000`;
const MISSING_SNAPSHOT = `${ARN}:cluster-snapshot/00000000-0000-4000-8000-000000000000`;

const name = fc.constantFrom("alpha", "beta");
const snap = fc.constantFrom("snap1", "snap2");
const clusterArn = name.map((h) => ref(h, MISSING_CLUSTER));
const snapshotArn = snap.map((h) => ref(h, MISSING_SNAPSHOT));
const anyArn = fc.oneof(clusterArn, snapshotArn);
const c = (command: string, input: Record<string, unknown>, bind?: string): CallSpec => ({ command: `${command}Command`, input, ...(bind ? { bind } : {}) });
const CREDENTIALS = { authType: "PLAIN_TEXT", adminUserName: "docdbadmin", adminUserPassword: "Sup3r-secret!" };

const call: fc.Arbitrary<CallSpec> = fc.oneof(
  {
    arbitrary: fc.record({ n: name, tags: tagMap }).map(({ n, tags }) => c("CreateCluster", { clusterName: n, ...CREDENTIALS, shardCapacity: 2, shardCount: 1, tags }, n)),
    weight: 4,
  },
  { arbitrary: clusterArn.map((clusterArn) => c("GetCluster", { clusterArn })), weight: 1 },
  {
    arbitrary: fc.record({ clusterArn, change: fc.constantFrom({ shardCapacity: 2 }, { shardCapacity: 4 }, { backupRetentionPeriod: 1 }, { backupRetentionPeriod: 7 }) }).map(({ clusterArn, change }) =>
      c("UpdateCluster", { clusterArn, ...change }),
    ),
    weight: 2,
  },
  { arbitrary: clusterArn.map((clusterArn) => c("DeleteCluster", { clusterArn })), weight: 3 },
  { arbitrary: clusterArn.map((clusterArn) => c("StopCluster", { clusterArn })), weight: 2 },
  { arbitrary: clusterArn.map((clusterArn) => c("StartCluster", { clusterArn })), weight: 2 },
  {
    arbitrary: fc.record({ clusterArn, s: snap, tags: tagMap }).map(({ clusterArn, s, tags }) => c("CreateClusterSnapshot", { clusterArn, snapshotName: s, tags }, s)),
    weight: 3,
  },
  {
    arbitrary: fc.record({ snapshotArn, s: snap, copyTags: fc.boolean() }).map(({ snapshotArn, s, copyTags }) => c("CopyClusterSnapshot", { snapshotArn, targetSnapshotName: s, copyTags }, s)),
    weight: 1,
  },
  { arbitrary: snapshotArn.map((snapshotArn) => c("DeleteClusterSnapshot", { snapshotArn })), weight: 2 },
  {
    arbitrary: fc.record({ snapshotArn, n: name, tags: tagMap }).map(({ snapshotArn, n, tags }) => c("RestoreClusterFromSnapshot", { snapshotArn, clusterName: n, tags }, n)),
    weight: 2,
  },
  { arbitrary: fc.record({ resourceArn: anyArn, tags: tagMap }).map((i) => c("TagResource", i)), weight: 2 },
  { arbitrary: fc.record({ resourceArn: anyArn, tagKeys: fc.uniqueArray(tagKey, { minLength: 1, maxLength: 2 }) }).map((i) => c("UntagResource", i)), weight: 1 },
);

function bind(sent: SentCall, handles: Record<string, string>): void {
  if (!sent.bind) return;
  handles[sent.bind] = sent.output.cluster?.clusterArn ?? sent.output.snapshot?.snapshotArn;
}

const keyOf = (arn: string) => (arn.includes(":cluster-snapshot/") ? `snapshot/${arn.split("/").pop()}` : `cluster/${arn.split("/").pop()}`);

/** A live resource of `kind` holding `name` (its name is taken); `maybe`: it may be gone by now. */
function holder(model: ModelWorld, kind: string, n: string): { live?: ModelResource; maybe?: ModelResource } {
  for (const [k, r] of model) {
    if (!k.startsWith(`${kind}/`) || r.attrs.name !== n) continue;
    if (r.target !== "gone") return { live: r };
    return { maybe: r };
  }
  return {};
}

function created(model: ModelWorld, sent: SentCall, kind: "cluster" | "snapshot", n: string, during: string, tags: Record<string, string>, attrs: Record<string, unknown> = {}): string[] {
  const { live, maybe } = holder(model, kind, n);
  if (live) return mustFail(sent, /ConflictException/, `a ${kind} named ${n} exists`);
  if (sent.ok) {
    const arn = kind === "cluster" ? sent.output.cluster.clusterArn : sent.output.snapshot.snapshotArn;
    if (maybe) for (const [k, r] of model) if (r === maybe) model.delete(k); // its name is free again: it is gone
    put(model, keyOf(arn), "ACTIVE", [during], { tags, attrs: { name: n, ...attrs } });
  }
  return [];
}

/** The cluster settings a snapshot keeps and a restore brings back. */
const settingsOf = (r: ModelResource) => ({ shardCapacity: r.attrs.shardCapacity, backupRetentionPeriod: r.attrs.backupRetentionPeriod });

function apply(model: ModelWorld, sent: SentCall): string[] {
  const input = sent.input as any;
  const command = sent.command.replace(/Command$/, "");
  if (command === "CreateCluster") return created(model, sent, "cluster", input.clusterName, "CREATING", { ...input.tags }, { shardCapacity: 2, backupRetentionPeriod: 1 });
  const arn: string = input.clusterArn ?? input.snapshotArn ?? input.resourceArn;
  const r = model.get(keyOf(arn));
  if (!r) return mustFail(sent, /ResourceNotFound/, `${arn} names nothing`);
  const live = r.target !== "gone";
  const tagging = command === "TagResource" || command === "UntagResource";
  if (!live && !tagging && command !== "GetCluster") return sent.ok ? [`${command} on ${arn} succeeded while it is being deleted`] : [];
  switch (command) {
    case "UpdateCluster": {
      const [member, value] = Object.entries(input).find(([k]) => k !== "clusterArn")!;
      if (r.attrs[member] === value) return [];
      if (surelyIs(r, "STOPPED")) return mustFail(sent, /Conflict/, `the cluster is stopped`);
      if (sent.ok) {
        r.attrs[member] = value;
        begin(r, "ACTIVE", [member === "shardCapacity" ? "MODIFYING" : "UPDATING"]);
      }
      return [];
    }
    case "DeleteCluster":
      // A STOPPED cluster: the mock refuses (ACTIVE or failed states only); not predicted either way.
      if (surelyIs(r, "ACTIVE") && !sent.ok) return [`DeleteCluster of an ACTIVE cluster failed: ${sent.error} ${sent.message}`];
      if (sent.ok) begin(r, "gone", ["DELETING"]);
      return [];
    case "StopCluster":
      if (surelyIs(r, "STOPPED")) return mustFail(sent, /Conflict|Validation/, "the cluster is stopped already");
      if (surelyIs(r, "ACTIVE") && !sent.ok) return [`StopCluster of an ACTIVE cluster failed: ${sent.error} ${sent.message}`];
      if (sent.ok) begin(r, "STOPPED", ["STOPPING"]);
      return [];
    case "StartCluster":
      if (surelyIs(r, "ACTIVE")) return mustFail(sent, /Conflict|Validation/, "the cluster is running already");
      if (surelyIs(r, "STOPPED") && !sent.ok) return [`StartCluster of a STOPPED cluster failed: ${sent.error} ${sent.message}`];
      if (sent.ok) begin(r, "ACTIVE", ["STARTING"]);
      return [];
    case "CreateClusterSnapshot":
      if (surelyIs(r, "STOPPED")) return mustFail(sent, /Conflict/, "the cluster is stopped");
      return created(model, sent, "snapshot", input.snapshotName, "CREATING", { ...input.tags }, settingsOf(r));
    case "CopyClusterSnapshot":
      return created(model, sent, "snapshot", input.targetSnapshotName, "COPYING", input.copyTags ? { ...r.tags } : {}, settingsOf(r));
    case "DeleteClusterSnapshot":
      if (sent.ok) begin(r, "gone", ["DELETING"]);
      return [];
    case "RestoreClusterFromSnapshot":
      return created(model, sent, "cluster", input.clusterName, "CREATING", { ...input.tags }, settingsOf(r));
    case "TagResource":
      if (sent.ok) r.tags = mergeTags(r.tags, input.tags);
      return [];
    case "UntagResource":
      if (sent.ok) r.tags = withoutTags(r.tags, input.tagKeys);
      return [];
    default:
      return [];
  }
}

async function observe(client: sdk.DocDBElasticClient, handles: Record<string, string>) {
  const problems: string[] = [];
  const view: View = {};
  const raw: Record<string, unknown> = {};
  const clusters = await allPages(client, sdk.ListClustersCommand, { maxResults: 20 }, "clusters", "nextToken");
  const snapshots = await allPages(client, sdk.ListClusterSnapshotsCommand, { maxResults: 20 }, "snapshots", "nextToken");
  raw.lists = { clusters, snapshots };
  for (const [kind, items, arnKey, Get, out] of [
    ["cluster", clusters, "clusterArn", sdk.GetClusterCommand, "cluster"],
    ["snapshot", snapshots, "snapshotArn", sdk.GetClusterSnapshotCommand, "snapshot"],
  ] as const) {
    const names = items.map((i: any) => i.clusterName ?? i.snapshotName);
    if (new Set(names).size !== names.length) problems.push(`two ${kind}s share a name: ${names.join(", ")}`);
    for (const item of items) {
      const arn = item[arnKey];
      const got = await read(client, new (Get as any)({ [arnKey]: arn }));
      raw[arn] = got;
      if (!got.ok) {
        problems.push(`the list shows ${arn} but Get answers ${got.error}`);
        continue;
      }
      const one = got.out[out];
      if (one.status !== item.status || (one.clusterName ?? one.snapshotName) !== (item.clusterName ?? item.snapshotName)) {
        problems.push(`the list shows ${arn} as ${JSON.stringify(item)}, Get as ${one.status} ${one.clusterName ?? one.snapshotName}`);
      }
      if (kind === "snapshot" && one.snapshotType === "AUTOMATED") continue; // the service's own: not in the model
      const tags = await read(client, new sdk.ListTagsForResourceCommand({ resourceArn: arn }));
      raw[`${arn}.tags`] = tags;
      view[keyOf(arn)] = { status: one.status, tags: tags.ok ? (tags.out.tags ?? {}) : { error: tags.error } };
    }
  }
  const listed = new Set([...clusters.map((c: any) => c.clusterArn), ...snapshots.map((s: any) => s.snapshotArn)]);
  for (const arn of Object.values(handles)) {
    if (listed.has(arn)) continue;
    const got = await read(client, arn.includes(":cluster-snapshot/") ? new sdk.GetClusterSnapshotCommand({ snapshotArn: arn }) : new sdk.GetClusterCommand({ clusterArn: arn }));
    if (got.ok) problems.push(`Get ${arn} answers it, but the list leaves it out`);
  }
  return { view, raw, problems };
}

export const docdbElasticModel: ServiceModel = {
  key: "docdb-elastic",
  clientName: "DocDBElasticClient",
  packageName: "@aws-sdk/client-docdb-elastic",
  clientVar: "docdb",
  sdk,
  newClient: (region) => new sdk.DocDBElasticClient({ region }),
  call,
  bind,
  observe,
  apply,
};
