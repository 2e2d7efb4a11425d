/**
 * When RDS takes daily automated snapshots: once a day when the backup window opens (UTC), the first
 * after the resource was created, keeping the last `retention` days. Shared by DB cluster
 * (automated-backups/) and DB instance (db-snapshots/) automated snapshots, derived from the clock.
 */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Minutes after midnight UTC at which a PreferredBackupWindow (`hh24:mi-hh24:mi`) opens. */
export function backupWindowStart(window: string | undefined): number {
  const m = /^(\d{2}):(\d{2})-/.exec(window ?? "");
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/** The times of the automated snapshots kept at `now`, oldest first. */
export function dailyBackupTimes(created: number, window: string | undefined, retention: number, now: number): number[] {
  let first = created - (created % DAY_MS) + backupWindowStart(window) * MINUTE_MS;
  if (first <= created) first += DAY_MS;
  if (first > now) return [];
  const latest = first + Math.floor((now - first) / DAY_MS) * DAY_MS;
  const times: number[] = [];
  for (let i = retention - 1; i >= 0; i--) {
    const at = latest - i * DAY_MS;
    if (at >= first) times.push(at);
  }
  return times;
}
