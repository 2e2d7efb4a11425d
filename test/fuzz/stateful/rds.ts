/**
 * The RDS model. Keys: `cluster/<id>`, `instance/<id>`, `snapshot/<id>` and `stream/<cluster id>` (the
 * cluster's activity stream status). What it predicts, from AWS's documented rules: identifiers are
 * unique per account and Region (creates, restores, Multi-AZ members, which take free names, and
 * renames, re-checked when a pending rename applies); calls on what does not exist fail with the kind's not-found fault; an Aurora
 * cluster with live instances cannot be deleted; a pending rename is replaced by the latest request
 * (renaming back withdraws it) and applies with the next ApplyImmediately call; renames carry instances,
 * tags and the activity stream with the cluster.
 */
import * as sdk from "@aws-sdk/client-rds";
import { begin, mergeTags, mustFail, put, surelyIs, tagListToMap, withoutTags } from "./model-kit.js";
import { rdsCall } from "./rds-calls.js";
import { observeRds } from "./rds-observe.js";
import type { ModelResource, ModelWorld, SentCall, ServiceModel } from "./types.js";

const STREAM_STATUSES = ["stopped", "starting", "started", "stopping"];

/** The resource under `key` unless the model knows it is on its way out. */
function live(model: ModelWorld, key: string): ModelResource | undefined {
  const r = model.get(key);
  return r && r.target !== "gone" ? r : undefined;
}

function instancesOf(model: ModelWorld, cluster: string): ModelResource[] {
  return [...model].filter(([k, r]) => k.startsWith("instance/") && r.attrs.cluster === cluster && r.target !== "gone").map(([, r]) => r);
}

/** The model may not know an instance's status after a stop/start that skipped it: any status will do. */
function unsure(r: ModelResource): void {
  r.target = "*";
  r.settled = false;
}

/** A new cluster; a Multi-AZ DB cluster comes with its (managed) member instances. */
function newCluster(model: ModelWorld, id: string, tags: Record<string, string>, members: string[]): void {
  put(model, `cluster/${id}`, "available", ["creating"], { tags, attrs: { multiAz: members.length > 0 } });
  put(model, `stream/${id}`, "stopped", []);
  for (const m of members) put(model, `instance/${m}`, "available", ["creating"], { attrs: { cluster: id } });
}

/** A cluster's rename applied: its key, activity stream, instances' and custom endpoints' cluster name follow. */
function rename(model: ModelWorld, from: string, to: string): void {
  for (const kind of ["cluster", "stream"]) {
    const r = model.get(`${kind}/${from}`)!;
    model.delete(`${kind}/${from}`);
    model.set(`${kind}/${to}`, r);
  }
  for (const [k, r] of model) if ((k.startsWith("instance/") || k.startsWith("endpoint/")) && r.attrs.cluster === from) r.attrs.cluster = to;
}

/**
 * A rename request: the latest one wins (naming the current identifier withdraws a pending one), and
 * a pending rename applies with the next ApplyImmediately call. `renameTo`: the name that must be free
 * now (the new name, whether it applies now or waits; a pending one when it applies).
 */
function renameRequest(r: ModelResource | undefined, id: string, newId: string | undefined, now: boolean) {
  const pending: string | undefined = newId === undefined ? r?.attrs.pending : newId === id ? undefined : newId;
  const renameTo = now ? pending : newId !== id ? newId : undefined;
  return { pending, renameTo };
}

/**
 * The call had to fail when a reason holds (several may: AWS checks in an order we do not predict).
 * `leaving`: a resource the call names is being deleted, so any failure will do (it may be gone already).
 */
function failFor(sent: SentCall, reasons: [boolean, RegExp, string][], leaving = false): string[] | undefined {
  if (leaving && !sent.ok) return [];
  const holding = reasons.filter(([holds]) => holds);
  if (holding.length === 0) return undefined;
  const pattern = new RegExp(holding.map(([, p]) => p.source).join("|"));
  return mustFail(sent, pattern, holding.map(([, , why]) => why).join("; "));
}

const KEY_OF_ARN: Record<string, string> = { cluster: "cluster", db: "instance", "cluster-snapshot": "snapshot" };

function apply(model: ModelWorld, sent: SentCall): string[] {
  const input = sent.input as any;
  const op = sent.command.replace(/Command$/, "");
  const id: string = input.DBClusterIdentifier ?? "";
  const cluster = model.get(`cluster/${id}`);
  const notFound: [boolean, RegExp, string] = [!cluster, /DBClusterNotFound/, `cluster ${id} does not exist`];
  const leaving = cluster?.target === "gone";
  switch (op) {
    case "CreateDBCluster": {
      const refused = failFor(sent, [[live(model, `cluster/${id}`) !== undefined, /DBClusterAlreadyExists/, `cluster ${id} exists`]]);
      if (refused || !sent.ok) return refused ?? [];
      // A Multi-AZ DB cluster's three instances take free names (RDS's choice, see instance-record.ts).
      const members: string[] = (sent.output.DBCluster.DBClusterMembers ?? []).map((m: any) => m.DBInstanceIdentifier);
      const taken = members.filter((m) => live(model, `instance/${m}`));
      newCluster(model, id, tagListToMap(input.Tags), members);
      return taken.map((m) => `CreateDBCluster gave ${id} the member ${m}, a name an instance held`);
    }
    case "DescribeDBClusters":
      return failFor(sent, [notFound], leaving) ?? [];
    case "ModifyDBCluster": {
      const { pending, renameTo } = renameRequest(cluster, id, input.NewDBClusterIdentifier, input.ApplyImmediately);
      const refused = failFor(sent, [notFound, [renameTo !== undefined && live(model, `cluster/${renameTo}`) !== undefined, /DBClusterAlreadyExists/, `cluster ${renameTo} exists`]], leaving);
      if (refused || !sent.ok || !cluster) return refused ?? [];
      if (!input.ApplyImmediately) {
        cluster.attrs.pending = pending;
        return [];
      }
      delete cluster.attrs.pending;
      if (pending !== undefined) {
        rename(model, id, pending);
        begin(cluster, "available", ["renaming"]);
      }
      return [];
    }
    case "DeleteDBCluster": {
      const aurora = cluster && !cluster.attrs.multiAz;
      const final = input.FinalDBSnapshotIdentifier;
      const refused = failFor(sent, [
        notFound,
        [aurora === true && instancesOf(model, id).length > 0, /InvalidDBClusterState/, `cluster ${id} has instances`],
        [final !== undefined && live(model, `snapshot/${final}`) !== undefined, /DBClusterSnapshotAlreadyExists/, `snapshot ${final} exists`],
      ], leaving);
      if (refused || !sent.ok || !cluster) return refused ?? [];
      for (const i of instancesOf(model, id)) begin(i, "gone", ["deleting"]);
      for (const [k, e] of model) if (k.startsWith("endpoint/") && e.attrs.cluster === id) begin(e, "gone", []);
      begin(cluster, "gone", ["deleting"]);
      begin(model.get(`stream/${id}`)!, "gone", STREAM_STATUSES);
      if (final !== undefined) put(model, `snapshot/${final}`, "available", ["creating"], { tags: {} });
      return [];
    }
    case "CreateDBInstance": {
      const refused = failFor(sent, [notFound, [live(model, `instance/${input.DBInstanceIdentifier}`) !== undefined, /DBInstanceAlreadyExists/, `instance ${input.DBInstanceIdentifier} exists`]], leaving);
      if (refused || !sent.ok) return refused ?? [];
      put(model, `instance/${input.DBInstanceIdentifier}`, "available", ["creating"], { tags: tagListToMap(input.Tags), attrs: { cluster: id } });
      return [];
    }
    case "ModifyDBInstance": {
      const from = input.DBInstanceIdentifier;
      const r = model.get(`instance/${from}`);
      const { pending, renameTo } = renameRequest(r, from, input.NewDBInstanceIdentifier, input.ApplyImmediately);
      const refused = failFor(
        sent,
        [
          [!r, /DBInstanceNotFound/, `instance ${from} does not exist`],
          [renameTo !== undefined && live(model, `instance/${renameTo}`) !== undefined, /DBInstanceAlreadyExists/, `instance ${renameTo} exists`],
        ],
        r?.target === "gone",
      );
      if (refused || !sent.ok) return refused ?? [];
      if (!input.ApplyImmediately) r!.attrs.pending = pending;
      else if (pending !== undefined) {
        delete r!.attrs.pending;
        model.delete(`instance/${from}`);
        model.set(`instance/${pending}`, r!);
        begin(r!, "available", ["renaming"]);
      }
      return [];
    }
    case "DeleteDBInstance": {
      const r = model.get(`instance/${input.DBInstanceIdentifier}`);
      const refused = failFor(sent, [[!r, /DBInstanceNotFound/, `instance ${input.DBInstanceIdentifier} does not exist`]], r?.target === "gone");
      if (refused || !sent.ok) return refused ?? [];
      begin(r!, "gone", ["deleting"]);
      return [];
    }
    case "StopDBCluster":
    case "StartDBCluster": {
      const stop = op === "StopDBCluster";
      const refused = failFor(sent, [
        notFound,
        [cluster?.attrs.multiAz === true, /InvalidParameterCombination/, "a Multi-AZ DB cluster cannot be stopped or started"],
        [surelyIs(cluster, stop ? "stopped" : "available"), /InvalidDBClusterState/, `cluster ${id} is ${cluster?.target} already`],
      ], leaving);
      if (refused || !sent.ok) return refused ?? [];
      begin(cluster!, stop ? "stopped" : "available", [stop ? "stopping" : "starting"]);
      for (const i of instancesOf(model, id)) {
        if (surelyIs(i, stop ? "available" : "stopped")) begin(i, stop ? "stopped" : "available", [stop ? "stopping" : "starting"]);
        else unsure(i);
      }
      return [];
    }
    case "FailoverDBCluster": {
      const refused = failFor(sent, [notFound], leaving);
      if (refused || !sent.ok) return refused ?? [];
      begin(cluster!, "available", ["failing-over"]);
      return [];
    }
    case "CreateDBClusterSnapshot": {
      const s = input.DBClusterSnapshotIdentifier;
      const refused = failFor(sent, [notFound, [live(model, `snapshot/${s}`) !== undefined, /DBClusterSnapshotAlreadyExists/, `snapshot ${s} exists`]], leaving);
      if (refused || !sent.ok) return refused ?? [];
      put(model, `snapshot/${s}`, "available", ["creating"], { tags: tagListToMap(input.Tags) });
      return [];
    }
    case "DeleteDBClusterSnapshot": {
      const r = model.get(`snapshot/${input.DBClusterSnapshotIdentifier}`);
      const refused = failFor(sent, [[!r, /DBClusterSnapshotNotFound/, `snapshot ${input.DBClusterSnapshotIdentifier} does not exist`]], r?.target === "gone");
      if (refused || !sent.ok) return refused ?? [];
      begin(r!, "gone", ["deleting"]);
      return [];
    }
    case "RestoreDBClusterFromSnapshot": {
      const refused = failFor(sent, [
        [live(model, `cluster/${id}`) !== undefined, /DBClusterAlreadyExists/, `cluster ${id} exists`],
        [!model.get(`snapshot/${input.SnapshotIdentifier}`), /DBClusterSnapshotNotFound/, `snapshot ${input.SnapshotIdentifier} does not exist`],
      ]);
      if (refused || !sent.ok) return refused ?? [];
      newCluster(model, id, tagListToMap(input.Tags), []);
      return [];
    }
    case "StartActivityStream":
    case "StopActivityStream": {
      const name = input.ResourceArn.split(":").pop();
      const stream = model.get(`stream/${name}`);
      const refused = failFor(sent, [[!stream, /ResourceNotFound/, `cluster ${name} does not exist`]], stream?.target === "gone");
      if (refused || !sent.ok) return refused ?? [];
      if (op === "StartActivityStream") begin(stream!, "started", ["starting"]);
      else begin(stream!, "stopped", ["stopping"]);
      return [];
    }
    case "CreateDBClusterEndpoint": {
      const ep = input.DBClusterEndpointIdentifier;
      const refused = failFor(sent, [notFound, [live(model, `endpoint/${ep}`) !== undefined, /DBClusterEndpointAlreadyExists|DBInstanceNotFound/, `endpoint ${ep} exists (the member lists are checked first)`]], leaving);
      if (refused || !sent.ok) return refused ?? [];
      put(model, `endpoint/${ep}`, "available", ["creating"], { attrs: { cluster: id } });
      return [];
    }
    case "DeleteDBClusterEndpoint": {
      const r = model.get(`endpoint/${input.DBClusterEndpointIdentifier}`);
      const refused = failFor(sent, [[!r, /DBClusterEndpointNotFound/, `endpoint ${input.DBClusterEndpointIdentifier} does not exist`]], r?.target === "gone");
      if (refused || !sent.ok) return refused ?? [];
      begin(r!, "gone", ["deleting"]);
      return [];
    }
    case "AddTagsToResource":
    case "RemoveTagsFromResource": {
      const [, , , , , kind, name] = input.ResourceName.split(":");
      const r = model.get(`${KEY_OF_ARN[kind]}/${name}`);
      const refused = failFor(sent, [[!r, /NotFound/, `${input.ResourceName} names nothing`]], r?.target === "gone");
      if (refused || !sent.ok) return refused ?? [];
      if (r!.tags === undefined) return []; // tags the model does not follow (a Multi-AZ member's)
      r!.tags = op === "AddTagsToResource" ? mergeTags(r!.tags, tagListToMap(input.Tags)) : withoutTags(r!.tags, input.TagKeys);
      return [];
    }
    default:
      return [];
  }
}

export const rdsModel: ServiceModel = {
  key: "rds",
  clientName: "RDSClient",
  packageName: "@aws-sdk/client-rds",
  clientVar: "rds",
  sdk,
  newClient: (region) => new sdk.RDSClient({ region }),
  call: rdsCall,
  observe: observeRds,
  apply,
};
