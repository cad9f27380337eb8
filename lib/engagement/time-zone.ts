import { isTimeZone, offsetMinutes } from '../calendar/zoned-time';

const DAY = 86_400_000;

/** A function giving a time zone's offset from UTC (ms) at an instant; UTC for a zone the browser does not know. */
export function offsetFn(timeZone: string | undefined): (ms: number) => number {
  if (!timeZone || timeZone === 'UTC' || !isTimeZone(timeZone)) return () => 0;
  return (ms) => offsetMinutes(ms, timeZone) * 60_000;
}

const weekCache = new Map<number, string>();

/** ISO 8601 week of a local calendar date given as ms (local wall time expressed in UTC fields): `2026-W05`. */
export function isoWeekKey(localMs: number): string {
  const dayNum = Math.floor(localMs / DAY);
  const cached = weekCache.get(dayNum);
  if (cached) return cached;
  const d = new Date(dayNum * DAY);
  const day = d.getUTCDay() || 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  const key = `${year}-W${week < 10 ? '0' : ''}${week}`;
  if (weekCache.size > 20_000) weekCache.clear();
  weekCache.set(dayNum, key);
  return key;
}
