/**
 * Time windows: the weekly maintenance window (`ddd:hh24:mi-ddd:hh24:mi`), the daily backup window
 * (`hh24:mi-hh24:mi`) and the apply-on window of a maintenance opt-in
 * (`yyyy/MM/dd HH:mm-yyyy/MM/dd HH:mm`), all in UTC. Windows are minute ranges on a circle (a week or
 * a day), so a window may wrap past Sunday midnight or past midnight.
 */
import type { IdSource } from "../../../core/ids.js";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export const WEEK_MINUTES = 7 * 24 * 60;
export const DAY_MINUTES = 24 * 60;
const MINUTE = 60_000;

/** A window on a circle of `period` minutes: where it starts and how long it lasts. */
export interface Window {
  start: number;
  length: number;
}

const WEEKLY = /^([A-Za-z]{3}):(\d{2}):(\d{2})-([A-Za-z]{3}):(\d{2}):(\d{2})$/;
const DAILY = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const APPLY_ON = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})-(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})$/;

function clock(hh: string, mm: string): number | undefined {
  const h = Number(hh);
  const m = Number(mm);
  return h < 24 && m < 60 ? h * 60 + m : undefined;
}

function weekMinute(day: string, hh: string, mm: string): number | undefined {
  const d = DAYS.indexOf(day.toLowerCase() as (typeof DAYS)[number]);
  const t = clock(hh, mm);
  return d < 0 || t === undefined ? undefined : d * DAY_MINUTES + t;
}

/** The weekly window, or undefined when the text is not `ddd:hh24:mi-ddd:hh24:mi`. */
export function parseMaintenanceWindow(text: string): Window | undefined {
  const m = WEEKLY.exec(text);
  if (!m) return undefined;
  const start = weekMinute(m[1], m[2], m[3]);
  const end = weekMinute(m[4], m[5], m[6]);
  if (start === undefined || end === undefined) return undefined;
  return { start, length: (end - start + WEEK_MINUTES) % WEEK_MINUTES };
}

/** The daily window, or undefined when the text is not `hh24:mi-hh24:mi`. */
export function parseBackupWindow(text: string): Window | undefined {
  const m = DAILY.exec(text);
  if (!m) return undefined;
  const start = clock(m[1], m[2]);
  const end = clock(m[3], m[4]);
  if (start === undefined || end === undefined) return undefined;
  return { start, length: (end - start + DAY_MINUTES) % DAY_MINUTES };
}

/** Two windows on a circle of `period` minutes share at least one minute. */
function overlap(a: Window, b: Window, period: number): boolean {
  return (b.start - a.start + period) % period < a.length || (a.start - b.start + period) % period < b.length;
}

/** The daily backup window falls, on some day, inside the weekly maintenance window. */
export function backupOverlapsMaintenance(backup: Window, maintenance: Window): boolean {
  for (let day = 0; day < 7; day++) {
    if (overlap({ start: day * DAY_MINUTES + backup.start, length: backup.length }, maintenance, WEEK_MINUTES)) return true;
  }
  return false;
}

const pad = (n: number) => String(n).padStart(2, "0");

function formatWeekly(minute: number): string {
  const m = ((minute % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  return `${DAYS[Math.floor(m / DAY_MINUTES)]}:${pad(Math.floor((m % DAY_MINUTES) / 60))}:${pad(m % 60)}`;
}

function formatDaily(minute: number): string {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** The window as AWS echoes it: lowercase day names. */
export function normalizeMaintenanceWindow(text: string): string {
  return text.toLowerCase();
}

/**
 * AWS's defaults: a 30-minute maintenance window on a random day inside an 8-hour block, and a
 * 30-minute daily backup window two hours before it (so the two never overlap).
 */
export function defaultWindows(ids: IdSource): { maintenance: string; backup: string } {
  const day = Math.floor(ids.next() * 7);
  const halfHour = Math.floor(ids.next() * 16); // 16 half hours = the 8-hour block 03:00-11:00
  const start = day * DAY_MINUTES + 180 + halfHour * 30;
  const backupStart = (start % DAY_MINUTES) - 120;
  return {
    maintenance: `${formatWeekly(start)}-${formatWeekly(start + 30)}`,
    backup: `${formatDaily(backupStart)}-${formatDaily(backupStart + 30)}`,
  };
}

/**
 * The windows of a new cluster: the given ones, and defaults for the others that keep clear of a
 * given window (the backup window two hours before the maintenance window starts, or the default
 * maintenance window moved on in 30-minute steps). Both windows are checked valid already.
 */
export function clusterWindows(ids: IdSource, maintenance: string | undefined, backup: string | undefined): { maintenance: string; backup: string } {
  const defaults = defaultWindows(ids); // drawn every time, so the seeded ids do not depend on the input
  if (maintenance !== undefined && backup !== undefined) return { maintenance, backup };
  if (maintenance === undefined && backup === undefined) return defaults;
  if (backup === undefined) {
    const m = parseMaintenanceWindow(maintenance!)!;
    for (let before = 120; before < 120 + DAY_MINUTES; before += 30) {
      const start = m.start - before;
      const b = { start: ((start % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES, length: 30 };
      if (!backupOverlapsMaintenance(b, m)) return { maintenance: maintenance!, backup: `${formatDaily(b.start)}-${formatDaily(b.start + 30)}` };
    }
    return { maintenance: maintenance!, backup: defaults.backup };
  }
  const b = parseBackupWindow(backup)!;
  const m = parseMaintenanceWindow(defaults.maintenance)!;
  for (let shift = 0; shift < WEEK_MINUTES; shift += 30) {
    const start = m.start + shift;
    if (!backupOverlapsMaintenance(b, { start: start % WEEK_MINUTES, length: 30 })) {
      return { maintenance: `${formatWeekly(start)}-${formatWeekly(start + 30)}`, backup };
    }
  }
  return { maintenance: defaults.maintenance, backup };
}

/** Epoch ms of the next start of a weekly window after `now`. */
export function nextWindowStart(window: Window, now: number): number {
  const nowMinute = Math.floor(now / MINUTE);
  // 1970-01-01 was a Thursday: day 4 when Sunday is day 0.
  const weekly = (nowMinute + 4 * DAY_MINUTES) % WEEK_MINUTES;
  const ahead = (window.start - weekly + WEEK_MINUTES) % WEEK_MINUTES || WEEK_MINUTES;
  return (nowMinute + ahead) * MINUTE;
}

/** `yyyy/MM/dd HH:mm-yyyy/MM/dd HH:mm` as epoch ms, or undefined when malformed. */
export function parseApplyOn(text: string): { start: number; end: number } | undefined {
  const m = APPLY_ON.exec(text);
  if (!m) return undefined;
  const at = (y: string, mo: string, d: string, h: string, mi: string) => {
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
    const back = new Date(ms);
    const valid = back.getUTCMonth() === Number(mo) - 1 && back.getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60;
    return valid ? ms : undefined;
  };
  const start = at(m[1], m[2], m[3], m[4], m[5]);
  const end = at(m[6], m[7], m[8], m[9], m[10]);
  return start === undefined || end === undefined ? undefined : { start, end };
}
