/**
 * Events of what the mock derives from the clock instead of storing: the automated DB cluster
 * snapshots of the `timed` lifecycle (automated-backups/snapshots.ts). Each kept automated snapshot
 * shows its two events (RDS-EVENT-0168 at the backup, RDS-EVENT-0169 once it is available); like the
 * snapshots themselves, they go when the snapshot leaves the retention period or its cluster goes.
 */
import type { CallContext } from "../../../core/service.js";
import { AUTOMATED_SNAPSHOT_MS, allAutomatedSnapshots } from "../automated-backups/snapshots.js";
import type { EventRecord, RdsWorld } from "../world.js";
// --- DB snapshots ---
import { AUTOMATED_DB_SNAPSHOT_MS, allAutomatedDbSnapshots } from "../db-snapshots/automated.js";
// --- end DB snapshots ---

export function derivedEvents(ctx: CallContext<RdsWorld>): EventRecord[] {
  const out: EventRecord[] = [];
  const now = ctx.now();
  for (const snapshot of Object.values(allAutomatedSnapshots(ctx))) {
    const at = snapshot.SnapshotCreateTime;
    if (at === undefined) continue;
    const base = { SourceIdentifier: snapshot.DBClusterSnapshotIdentifier, SourceType: "db-cluster-snapshot", SourceArn: snapshot.DBClusterSnapshotArn } as const;
    out.push({ ...base, Message: "Creating automated cluster snapshot", EventCategories: ["backup"], Date: at });
    if (now >= at + AUTOMATED_SNAPSHOT_MS) {
      out.push({ ...base, Message: "Automated cluster snapshot created", EventCategories: ["backup"], Date: at + AUTOMATED_SNAPSHOT_MS });
    }
  }
  // --- DB snapshots: automated DB snapshots (RDS user guide, "DB snapshot events": RDS-EVENT-0090, -0091) ---
  for (const snapshot of Object.values(allAutomatedDbSnapshots(ctx))) {
    const at = snapshot.SnapshotCreateTime!;
    const base = { SourceIdentifier: snapshot.DBSnapshotIdentifier, SourceType: "db-snapshot", SourceArn: snapshot.DBSnapshotArn } as const;
    out.push({ ...base, Message: "Creating automated snapshot", EventCategories: ["creation"], Date: at });
    if (now >= at + AUTOMATED_DB_SNAPSHOT_MS) out.push({ ...base, Message: "Automated snapshot created", EventCategories: ["creation"], Date: at + AUTOMATED_DB_SNAPSHOT_MS });
  }
  // --- end DB snapshots ---
  return out;
}
