/**
 * CreateGlobalCluster, DescribeGlobalClusters, ModifyGlobalCluster and DeleteGlobalCluster. Every
 * Region of the backend answers from the same records (the home Region's, resource.ts).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { checkDatabaseName, checkLifecycleSupport } from "../clusters/rules.js";
import { GCM } from "../messages/index.js";
import { describeResourcePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import { stableText } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import type { GlobalClusterRecord, RdsWorld } from "../world.js";
import { addMember, membersOf } from "./members.js";
import { checkGlobalUpgrade, renameGlobal, upgradeMembers } from "./modify.js";
import { checkGlobalAvailable, getGlobal, globalClusterArn, globalClusters, homeContext } from "./resource.js";
import { checkScratchEngine, checkSource } from "./rules.js";
import { shapeGlobalCluster } from "./shape.js";
import { beginGlobal } from "./transitions.js";

/** API reference: "Currently, the only supported filter is region" (a global cluster with a member there). */
function filtersFor(ctx: Parameters<typeof membersOf>[0]): FilterTable<GlobalClusterRecord> {
  return { region: (g) => membersOf(ctx, g).map((m) => m.link.Region) };
}

export const globalClusterOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateGlobalCluster(input, ctx) {
    const id = input.GlobalClusterIdentifier!.toLowerCase();
    const home = homeContext(ctx);
    const source = input.SourceDBClusterIdentifier === undefined ? undefined : checkSource(ctx, input);
    const scratch = source ? undefined : checkScratchEngine(input);
    if (!source) checkDatabaseName(input.DatabaseName);
    checkLifecycleSupport(input.EngineLifecycleSupport);
    const tags = checkTags(input.Tags);
    globalClusters.requireNew(home, id);
    // Every check has passed: from here on, state changes.
    const encrypted = source ? source.cluster.StorageEncrypted === true : input.StorageEncrypted === true;
    const record: GlobalClusterRecord = {
      GlobalClusterIdentifier: id,
      GlobalClusterResourceId: `cluster-${ctx.ids.hex(16)}`,
      GlobalClusterArn: globalClusterArn(ctx, id),
      Status: "creating",
      Engine: source ? source.cluster.Engine : scratch!.engine,
      EngineVersion: source ? source.cluster.EngineVersion : scratch!.version,
      EngineLifecycleSupport: input.EngineLifecycleSupport ?? "open-source-rds-extended-support",
      StorageEncrypted: encrypted,
      StorageEncryptionType: encrypted ? "sse-kms" : "none",
      DeletionProtection: input.DeletionProtection ?? false,
      Endpoint: `${id}.global-${stableText(`${ctx.accountId}/global`, 8, "alnum")}.global.rds.amazonaws.com`,
      TagList: tags,
      Members: [],
    };
    const databaseName = source ? source.cluster.DatabaseName : input.DatabaseName;
    if (databaseName !== undefined) record.DatabaseName = databaseName;
    globalClusters.insert(home, id, record);
    beginGlobal(home, record, "create");
    if (source) addMember(source.ctx, record, source.cluster);
    return { GlobalCluster: shapeGlobalCluster(ctx, record) };
  },

  DescribeGlobalClusters(input, ctx) {
    const home = homeContext(ctx);
    if (input.GlobalClusterIdentifier !== undefined && (input.Filters ?? []).length === 0) {
      return { GlobalClusters: [shapeGlobalCluster(ctx, getGlobal(ctx, input.GlobalClusterIdentifier))] };
    }
    const table = filtersFor(ctx);
    const filtered = filterPredicate(input.Filters, table);
    const wanted = input.GlobalClusterIdentifier?.toLowerCase();
    const keep = (g: GlobalClusterRecord) => (wanted === undefined || g.GlobalClusterIdentifier === wanted) && filtered(g);
    const page = describeResourcePage(globalClusters, home, input, keep);
    if (wanted !== undefined && page.items.length === 0) fail("GlobalClusterNotFoundFault", GCM.notFound(input.GlobalClusterIdentifier!));
    return { GlobalClusters: page.items.map((g) => shapeGlobalCluster(ctx, g)), Marker: page.Marker };
  },

  ModifyGlobalCluster(input, ctx) {
    const home = homeContext(ctx);
    const g = getGlobal(ctx, input.GlobalClusterIdentifier!);
    checkGlobalAvailable(g);
    const newId = input.NewGlobalClusterIdentifier?.toLowerCase();
    const renaming = newId !== undefined && newId !== g.GlobalClusterIdentifier;
    if (renaming) globalClusters.requireFree(home, newId);
    const upgrade = checkGlobalUpgrade(ctx, g, input);
    // Every check has passed: from here on, state changes.
    if (input.DeletionProtection !== undefined) g.DeletionProtection = input.DeletionProtection;
    if (renaming) renameGlobal(ctx, home, g, newId);
    if (upgrade) {
      upgradeMembers(ctx, g, upgrade);
      beginGlobal(home, g, "upgrade");
    }
    return { GlobalCluster: shapeGlobalCluster(ctx, g) };
  },

  DeleteGlobalCluster(input, ctx) {
    const home = homeContext(ctx);
    const g = getGlobal(ctx, input.GlobalClusterIdentifier!);
    // "The global database can't be deleted when deletion protection is enabled."
    if (g.DeletionProtection) fail("InvalidParameterCombination", GCM.deletionProtection());
    checkGlobalAvailable(g);
    const members = membersOf(ctx, g);
    // Aurora user guide: remove every cluster from the global database before deleting it.
    if (members.length > 0) fail("InvalidGlobalClusterStateFault", GCM.hasMembers(g.GlobalClusterIdentifier, members.length));
    beginGlobal(home, g, "delete");
    return { GlobalCluster: shapeGlobalCluster(ctx, g) };
  },
};
