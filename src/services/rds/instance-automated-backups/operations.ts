/**
 * DescribeDBInstanceAutomatedBackups and DeleteDBInstanceAutomatedBackup. Documented: "Displays backups
 * for both current and deleted instances ... Current instances with retention periods greater than zero
 * (0) are returned"; only retained backups (deleted instances, stopped replication) can be deleted.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { BM } from "../messages/index.js";
import { describePage, filterPredicate, type FilterTable } from "../shared/filters.js";
import type { InstanceAutomatedBackupRecord, RdsWorld } from "../world.js";
import { allBackups, dropExpired } from "./record.js";
import { shapeInstanceBackup } from "./shape.js";

/** Documented filters: status (active, retained, creating; `replicating` for replicated copies), db-instance-id, dbi-resource-id. */
const BACKUP_FILTERS: FilterTable<InstanceAutomatedBackupRecord> = {
  status: (b) => [b.Status],
  "db-instance-id": (b) => [b.DBInstanceIdentifier, b.DBInstanceArn],
  "dbi-resource-id": (b) => [b.DbiResourceId, b.DbiResourceId.toLowerCase(), b.DBInstanceArn],
};

/** The backup a Delete names (by resource id, any case, or by its ARN), or DBInstanceAutomatedBackupNotFoundFault. */
function findBackup(ctx: CallContext<RdsWorld>, resourceId: string | undefined, arn: string | undefined): InstanceAutomatedBackupRecord {
  const all = allBackups(ctx);
  for (const key in all) {
    const backup = all[key];
    const idMatches = resourceId === undefined || backup.DbiResourceId.toLowerCase() === resourceId.toLowerCase();
    const arnMatches = arn === undefined || backup.DBInstanceAutomatedBackupsArn === arn;
    if (idMatches && arnMatches) return backup;
  }
  return fail("DBInstanceAutomatedBackupNotFoundFault", BM.instanceBackupNotFound(resourceId ?? arn!));
}

export const instanceAutomatedBackupOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBInstanceAutomatedBackups(input, ctx) {
    const filters = [...(input.Filters ?? [])];
    const keep = filterPredicate(filters, BACKUP_FILTERS);
    const id = input.DBInstanceIdentifier?.toLowerCase();
    const resourceId = input.DbiResourceId?.toLowerCase();
    const arn = input.DBInstanceAutomatedBackupsArn;
    const named = (b: InstanceAutomatedBackupRecord) =>
      (id === undefined || b.DBInstanceIdentifier.toLowerCase() === id || b.DBInstanceArn === input.DBInstanceIdentifier) &&
      (resourceId === undefined || b.DbiResourceId.toLowerCase() === resourceId) &&
      (arn === undefined || b.DBInstanceAutomatedBackupsArn === arn);
    const page = describePage(allBackups(ctx), input, (b) => named(b) && keep(b));
    // A named backup that does not exist is an error; filters that match nothing are an empty page.
    const asked = input.DbiResourceId ?? input.DBInstanceAutomatedBackupsArn ?? input.DBInstanceIdentifier;
    if (asked !== undefined && page.items.length === 0 && input.Marker === undefined) {
      fail("DBInstanceAutomatedBackupNotFoundFault", BM.instanceBackupNotFound(asked));
    }
    return { DBInstanceAutomatedBackups: page.items.map((b) => shapeInstanceBackup(ctx, b)), Marker: page.Marker };
  },

  DeleteDBInstanceAutomatedBackup(input, ctx) {
    if (input.DbiResourceId === undefined && input.DBInstanceAutomatedBackupsArn === undefined) fail("MissingParameter", BM.identifierOrResourceId());
    const backup = findBackup(ctx, input.DbiResourceId, input.DBInstanceAutomatedBackupsArn);
    // Documented: only retained automated backups (deleted instances, stopped replication) can be deleted.
    if (backup.Status !== "retained") {
      fail("InvalidDBInstanceAutomatedBackupStateFault", BM.instanceBackupState(input.DbiResourceId ?? input.DBInstanceAutomatedBackupsArn!, backup.Status));
    }
    // Every check passed: the record goes now (AWS answers it `deleting`).
    const out = shapeInstanceBackup(ctx, backup);
    delete ctx.world.instanceAutomatedBackups![backup.DbiResourceId];
    dropExpired(ctx);
    return { DBInstanceAutomatedBackup: { ...out, Status: "deleting" } };
  },
};
