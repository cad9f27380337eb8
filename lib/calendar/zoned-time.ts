/** Wall-clock time in an IANA time zone <-> UTC instants, with Intl only (no tz database of our own). */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallTimeFromIntl(ms: number, timeZone: string): WallTime {
  const w: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(timeZone).formatToParts(ms)) {
    if (p.type in w) (w as unknown as Record<string, number>)[p.type] = Number(p.value);
  }
  if (w.hour === 24) w.hour = 0;
  return w;
}

const wallAsUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

function offsetFromIntl(ms: number, timeZone: string) {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallAsUtc(wallTimeFromIntl(whole, timeZone)) - whole) / 60000);
}

const BUCKET = 86_400_000;
/** A UTC day's offsets: the same all day, or `before` until the instant of the change and `after` from it. */
interface DayOffsets {
  before: number;
  after: number;
  changeAt: number;
}
/**
 * zone -> day bucket -> offsets (formatToParts is the slow part). No zone changes offset twice within a day; the
 * instant of a change is found once, to the second, so zones that change at half past (Newfoundland) stay exact.
 */
const offsetCache = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(bucket: number, timeZone: string): DayOffsets {
  const start = bucket * BUCKET;
  let hi = start + BUCKET - 1000;
  const before = offsetFromIntl(start, timeZone);
  const after = offsetFromIntl(hi, timeZone);
  if (before === after) return { before, after, changeAt: start };
  let lo = start; // offset `before` at lo, `after` at hi: halve down to the second of the change
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetFromIntl(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return { before, after, changeAt: hi };
}

/** Minutes to add to UTC to get the zone's wall time at that instant (Toronto in winter: -300). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / BUCKET);
  let byDay = offsetCache.get(timeZone);
  if (!byDay) offsetCache.set(timeZone, (byDay = new Map()));
  let day = byDay.get(bucket);
  if (!day) {
    if (byDay.size > 100_000) byDay.clear();
    byDay.set(bucket, (day = dayOffsets(bucket, timeZone)));
  }
  return ms < day.changeAt ? day.before : day.after;
}

export function wallTimeOf(ms: number, timeZone: string): WallTime {
  const d = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes(ms, timeZone) * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * Every instant whose wall time in the zone is `w`: one normally, two in the repeated hour of autumn, none in the
 * skipped hour of spring.
 */
export function instantsOfWallTime(w: WallTime, timeZone: string): number[] {
  const guess = wallAsUtc(w);
  const offsets = new Set([offsetMinutes(guess - 86400000, timeZone), offsetMinutes(guess + 86400000, timeZone), offsetMinutes(guess, timeZone)]);
  const out: number[] = [];
  for (const o of offsets) {
    const t = guess - o * 60000;
    if (wallAsUtc(wallTimeOf(t, timeZone)) === guess && !out.includes(t)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The instant of a wall time. In the repeated hour, `prefer` (an instant) picks its match, else the first; in the
 * skipped hour, the time is moved forward by the gap (02:30 on a spring-forward night becomes 03:30), as calendars do.
 */
export function zonedToUtc(w: WallTime, timeZone: string, prefer?: number): number {
  const found = instantsOfWallTime(w, timeZone);
  if (found.length) return prefer !== undefined && found.includes(prefer) ? prefer : found[0];
  const guess = wallAsUtc(w);
  return guess - offsetMinutes(guess - 86400000, timeZone) * 60000;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-03-14 09:30": the wall time as Excel and people read it in every locale. */
export function formatWallTime(w: WallTime, withSeconds = false) {
  const base = `${w.year}-${pad2(w.month)}-${pad2(w.day)} ${pad2(w.hour)}:${pad2(w.minute)}`;
  return withSeconds ? `${base}:${pad2(w.second)}` : base;
}

export function daysInMonth(year: number, month: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Local calendar day key "YYYY-MM-DD" of an instant in a zone. */
export function dayKey(ms: number, timeZone: string) {
  const w = wallTimeOf(ms, timeZone);
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}`;
}

/** Adds whole days to a wall date, keeping the time of day (calendar arithmetic, not 24 h steps). */
export function addDaysToWall(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
