/**
 * The next start of a weekly maintenance window on the clock. PreferredMaintenanceWindow is
 * `ddd:hh24:mi-ddd:hh24:mi` in UTC (API reference); a `next-maintenance` opt-in applies when the
 * window next opens ("applied ... during the next maintenance window", ApplyPendingMaintenanceAction).
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WEEK = 7 * DAY;
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** 1970-01-04T00:00Z was a Sunday: weeks are counted from there. */
const FIRST_SUNDAY = 3 * DAY;

/** Milliseconds from Sunday 00:00 UTC to the window's start, or undefined for a malformed window. */
function startInWeek(window: string): number | undefined {
  const m = /^([a-z]{3}):(\d{2}):(\d{2})-/.exec(window.toLowerCase());
  const day = m ? DAYS.indexOf(m[1]) : -1;
  return m && day >= 0 ? day * DAY + Number(m[2]) * 60 * MINUTE + Number(m[3]) * MINUTE : undefined;
}

/** The first start of `window` strictly after `now` (a window open right now has already begun: the next one). */
export function nextWindowStart(window: string | undefined, now: number): number | undefined {
  const offset = window === undefined ? undefined : startInWeek(window);
  if (offset === undefined) return undefined;
  const weekStart = now - ((((now - FIRST_SUNDAY) % WEEK) + WEEK) % WEEK);
  const at = weekStart + offset;
  return at > now ? at : at + WEEK;
}
