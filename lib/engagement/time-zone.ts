const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const zoneCache = new Map<string, (ms: number) => number>();

/**
 * A function giving a time zone's offset from UTC (ms) at an instant. Offsets change on the hour in every zone people
 * here use and at most twice a year: one Intl call per UTC day (its start), and per hour only on a day whose start
 * and next day's start differ. Kept per zone, so the dashboard's re-renders reuse it.
 */
export function offsetFn(timeZone: string | undefined): (ms: number) => number {
  if (!timeZone || timeZone === 'UTC') return () => 0;
  let fn = zoneCache.get(timeZone);
  if (!fn) zoneCache.set(timeZone, (fn = makeOffsetFn(timeZone)));
  return fn;
}

function makeOffsetFn(timeZone: string): (ms: number) => number {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    return () => 0;
  }
  const at = (instant: number) => {
    const p: Record<string, number> = {};
    for (const part of fmt.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instant;
  };
  const dayStart = new Map<number, number>();
  const startOf = (day: number) => {
    let off = dayStart.get(day);
    if (off === undefined) dayStart.set(day, (off = at(day * DAY)));
    return off;
  };
  const hourly = new Map<number, number[]>();
  return (ms) => {
    const day = Math.floor(ms / DAY);
    const start = startOf(day);
    if (start === startOf(day + 1)) return start;
    let hours = hourly.get(day);
    if (!hours) hourly.set(day, (hours = Array.from({ length: 24 }, (_, h) => at(day * DAY + h * HOUR))));
    return hours[Math.floor((ms - day * DAY) / HOUR)];
  };
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
