/** DescribeDBClusterAutomatedBackups and DeleteDBClusterAutomatedBackup: the retained backups of deleted clusters. */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import { BM } from "../messages/index.js";
import { describePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import type { ClusterAutomatedBackupRecord, RdsWorld } from "../world.js";
import { dropExpiredClusterBackups, liveClusterBackups, shapeClusterBackup } from "./cluster-backups.js";

/** Documented filters: status (retained), db-cluster-id (identifiers and ARNs), db-cluster-resource-id. */
const CLUSTER_BACKUP_FILTERS: FilterTable<ClusterAutomatedBackupRecord> = {
  status: (b) => [b.Status],
  "db-cluster-id": (b) => [b.DBClusterIdentifier, b.DBClusterArn],
  "db-cluster-resource-id": (b) => [b.DbClusterResourceId, b.DbClusterResourceId.toLowerCase(), b.DBClusterArn],
};

export const clusterAutomatedBackupOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBClusterAutomatedBackups(input, ctx) {
    const keep = filterPredicate(input.Filters, CLUSTER_BACKUP_FILTERS);
    const id = input.DBClusterIdentifier?.toLowerCase();
    const resourceId = input.DbClusterResourceId?.toLowerCase();
    const named = (b: ClusterAutomatedBackupRecord) =>
      (id === undefined || b.DBClusterIdentifier?.toLowerCase() === id || b.DBClusterArn === input.DBClusterIdentifier) &&
      (resourceId === undefined || b.DbClusterResourceId.toLowerCase() === resourceId);
    const page = describePage(liveClusterBackups(ctx), input, (b) => named(b) && keep(b));
    const asked = input.DbClusterResourceId ?? input.DBClusterIdentifier;
    if (asked !== undefined && page.items.length === 0 && input.Marker === undefined) {
      fail("DBClusterAutomatedBackupNotFoundFault", BM.clusterBackupNotFound(asked));
    }
    return { DBClusterAutomatedBackups: page.items.map((b) => shapeClusterBackup(b, ctx.now())), Marker: page.Marker };
  },

  DeleteDBClusterAutomatedBackup(input, ctx) {
    const wanted = input.DbClusterResourceId!.toLowerCase();
    const live = liveClusterBackups(ctx);
    const backup = Object.values(live).find((b) => b.DbClusterResourceId.toLowerCase() === wanted);
    if (!backup) fail("DBClusterAutomatedBackupNotFoundFault", BM.clusterBackupNotFound(input.DbClusterResourceId!));
    if (backup.Status !== "retained") fail("InvalidDBClusterAutomatedBackupStateFault", BM.clusterBackupState(input.DbClusterResourceId!, backup.Status));
    // Every check passed: the record goes now (AWS answers it `deleting`).
    const out = shapeClusterBackup(backup, ctx.now());
    delete ctx.world.clusterAutomatedBackups![backup.DbClusterResourceId];
    dropExpiredClusterBackups(ctx);
    return { DBClusterAutomatedBackup: { ...out, Status: "deleting" } };
  },
};
