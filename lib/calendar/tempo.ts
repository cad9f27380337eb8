/**
 * The publishing tempo against the brand's target cadence per platform. Every warning carries a message key and
 * params, an action key and params (both FR/EN in messages.ts) and the slot it links to.
 */
import type { Platform } from '../platforms/types';
import type { Brand } from '../store/schemas/brand';
import type { CalendarPost } from '../store/schemas/post';
import type { Pillar } from './names';
import { addDaysToWall, dayKey, pad2, wallTimeOf, zonedToUtc, type WallTime } from './zoned-time';

export type TempoKind = 'weekBelow' | 'weekAbove' | 'gap' | 'burst' | 'pillarDominant' | 'pillarMissing';
export type TempoAction = 'addPosts' | 'removePosts' | 'fillGap' | 'spreadPosts' | 'addPillar' | 'varyPillars';

export interface TempoWarning {
  kind: TempoKind;
  severity: 'warn' | 'info';
  /** Params named day, from, to, week (YYYY-MM-DD) and month (YYYY-MM) are formatted in the reader's language. */
  params: Record<string, string | number>;
  action: TempoAction;
  actionParams: Record<string, string | number>;
  slot: { date: string; platform?: Platform };
}

export interface TempoInput {
  posts: CalendarPost[];
  platformRoles: Brand['platformRoles'];
  from: string;
  to: string;
  timeZone: string;
  now: string;
}

const DAY = 86_400_000;
/** A gap is reported past 1.5 usual intervals, and never for less than one extra day: a day late is not a gap. */
const GAP_FACTOR = 1.5;
/** A week is "above" past 1.5x the target and at least two more posts than it. */
const ABOVE_FACTOR = 1.5;
const DOMINANT_SHARE = 0.5;
const MIN_POSTS_FOR_BALANCE = 4;
const MIN_POSTS_FOR_MISSING = 6;
const SLOT_HOUR = 10;

const counted = (p: CalendarPost) => p.status !== 'idea';

/** dayKey, remembered per instant: every post's day is asked for by each platform and check it counts in. */
const days = new Map<string, Map<number, string>>();
function dayOf(ms: number, tz: string) {
  let byMs = days.get(tz);
  if (!byMs) days.set(tz, (byMs = new Map()));
  let day = byMs.get(ms);
  if (day === undefined) {
    if (byMs.size > 50_000) byMs.clear();
    byMs.set(ms, (day = dayKey(ms, tz)));
  }
  return day;
}

export function analyzeTempo(input: TempoInput): TempoWarning[] {
  const tz = input.timeZone;
  const from = Date.parse(input.from);
  const to = Date.parse(input.to);
  const now = Date.parse(input.now);
  const start = Math.max(from, now);
  if (!(start < to)) return [];
  const posts = input.posts.filter(counted).map((p) => ({ p, ms: Date.parse(p.date) })).sort((a, b) => a.ms - b.ms);
  const warnings: TempoWarning[] = [];
  const targets = Object.entries(input.platformRoles ?? {})
    .filter(([, r]) => (r?.cadencePerWeek ?? 0) > 0)
    .map(([platform, r]) => ({ platform: platform as Platform, cadence: r!.cadencePerWeek }));

  for (const { platform, cadence } of targets) {
    const mine = posts.filter((x) => x.p.platforms.includes(platform)).map((x) => x.ms);
    warnings.push(...weeks(platform, cadence, mine, from, to, now, tz));
    warnings.push(...gaps(platform, cadence, mine, start, to, tz));
  }
  const platformsSeen = new Set<Platform>(posts.flatMap((x) => x.p.platforms));
  for (const platform of platformsSeen) {
    const cadence = targets.find((t) => t.platform === platform)?.cadence ?? 0;
    const mine = posts.filter((x) => x.p.platforms.includes(platform)).map((x) => x.ms);
    warnings.push(...bursts(platform, cadence, mine, start, to, tz));
  }
  warnings.push(...pillars(posts, from, to, now, tz));
  return warnings.sort((a, b) => Date.parse(a.slot.date) - Date.parse(b.slot.date));
}

function wallDay(w: WallTime) {
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}`;
}

function at(w: WallTime, hour: number, tz: string) {
  return zonedToUtc({ ...w, hour, minute: 0, second: 0 }, tz);
}

/** Monday 00:00 of the ISO week holding `ms`, as a wall date. */
function mondayOf(ms: number, tz: string): WallTime {
  const w = wallTimeOf(ms, tz);
  const dow = (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7;
  return { ...addDaysToWall(w, -dow), hour: 0, minute: 0, second: 0 };
}

function weeks(platform: Platform, cadence: number, mine: number[], from: number, to: number, now: number, tz: string) {
  const out: TempoWarning[] = [];
  if (cadence < 1) return out; // below one a week, the gap check says it better
  const target = Math.round(cadence);
  for (let monday = mondayOf(from, tz); ; monday = addDaysToWall(monday, 7)) {
    const ws = zonedToUtc(monday, tz);
    const we = zonedToUtc(addDaysToWall(monday, 7), tz);
    if (ws >= to) break;
    if (ws < from || we > to || we <= now) continue; // partial weeks and weeks already over are not judged
    const inWeek = mine.filter((m) => m >= ws && m < we);
    const week = wallDay(monday);
    if (inWeek.length < target) {
      const taken = new Set(inWeek.map((m) => dayOf(m, tz)));
      let slotDay = monday;
      for (let d = 0; d < 7; d++) {
        const day = addDaysToWall(monday, d);
        if (at(day, 23, tz) < now || taken.has(wallDay(day))) continue;
        slotDay = day;
        break;
      }
      out.push({
        kind: 'weekBelow', severity: 'warn',
        params: { platform, week, count: inWeek.length, target },
        action: 'addPosts', actionParams: { platform, count: target - inWeek.length },
        slot: { date: new Date(Math.max(at(slotDay, SLOT_HOUR, tz), now)).toISOString(), platform },
      });
    } else if (inWeek.length > Math.max(cadence * ABOVE_FACTOR, target + 1)) {
      const perDay = countBy(inWeek.map((m) => dayOf(m, tz)));
      const busiest = [...perDay.entries()].sort((a, b) => b[1] - a[1])[0][0];
      out.push({
        kind: 'weekAbove', severity: 'info',
        params: { platform, week, count: inWeek.length, target },
        action: 'removePosts', actionParams: { platform, count: inWeek.length - target },
        slot: { date: new Date(inWeek.find((m) => dayOf(m, tz) === busiest)!).toISOString(), platform },
      });
    }
  }
  return out;
}

function gaps(platform: Platform, cadence: number, mine: number[], start: number, to: number, tz: string) {
  const out: TempoWarning[] = [];
  const interval = (7 / cadence) * DAY;
  const limit = Math.max(interval * GAP_FACTOR, interval + DAY);
  const before = mine.filter((m) => m < start);
  let prev = before.length ? before[before.length - 1] : start;
  const points = [...mine.filter((m) => m >= start && m < to), to];
  for (const next of points) {
    if (next - prev > limit && next > start) {
      const slot = Math.max(prev + interval, start);
      const days = Math.round((next - prev) / DAY);
      out.push({
        kind: 'gap', severity: 'warn',
        params: { platform, from: dayOf(prev, tz), to: dayOf(next, tz), days, usual: Math.round((interval / DAY) * 10) / 10 },
        action: 'fillGap', actionParams: { platform, day: dayOf(slot, tz) },
        slot: { date: new Date(slot).toISOString(), platform },
      });
    }
    prev = next;
  }
  return out;
}

function bursts(platform: Platform, cadence: number, mine: number[], start: number, to: number, tz: string) {
  const out: TempoWarning[] = [];
  const allowance = Math.max(1, Math.ceil(cadence / 7));
  const inRange = mine.filter((m) => m >= start && m < to);
  const perDay = countBy(mine.map((m) => dayOf(m, tz)));
  const reported = new Set<string>();
  for (const m of inRange) {
    const day = dayOf(m, tz);
    const count = perDay.get(day) ?? 0;
    if (count <= allowance || reported.has(day)) continue;
    reported.add(day);
    let free = day;
    const w = wallTimeOf(m, tz);
    for (let d = 1; d <= 7; d++) {
      const cand = wallDay(addDaysToWall(w, d));
      if (!perDay.has(cand)) {
        free = cand;
        break;
      }
    }
    out.push({
      kind: 'burst', severity: 'warn',
      params: { platform, day, count, allowance },
      action: 'spreadPosts', actionParams: { platform, day: free },
      slot: { date: new Date(m).toISOString(), platform },
    });
  }
  return out;
}

function pillars(posts: Array<{ p: CalendarPost; ms: number }>, from: number, to: number, now: number, tz: string) {
  const out: TempoWarning[] = [];
  const fw = wallTimeOf(from, tz);
  for (let y = fw.year, mo = fw.month; ; mo === 12 ? (y++, (mo = 1)) : mo++) {
    const ms = zonedToUtc({ year: y, month: mo, day: 1, hour: 0, minute: 0, second: 0 }, tz);
    const me = zonedToUtc({ year: mo === 12 ? y + 1 : y, month: mo === 12 ? 1 : mo + 1, day: 1, hour: 0, minute: 0, second: 0 }, tz);
    if (ms >= to) break;
    if (me <= now) continue;
    const inMonth = posts.filter((x) => x.ms >= ms && x.ms < me);
    const month = `${y}-${pad2(mo)}`;
    const slotMs = Math.max(ms, now);
    const topPlatform = [...countBy(inMonth.flatMap((x) => x.p.platforms)).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as Platform | undefined;
    const slot = { date: new Date(slotMs).toISOString(), ...(topPlatform ? { platform: topPlatform } : {}) };
    const byPillar = countBy(inMonth.map((x) => x.p.pillar));
    const n = inMonth.length;
    if (n >= MIN_POSTS_FOR_BALANCE) {
      const [pillar, count] = [...byPillar.entries()].sort((a, b) => b[1] - a[1])[0];
      if (count / n > DOMINANT_SHARE) {
        out.push({
          kind: 'pillarDominant', severity: 'info',
          params: { month, pillar, share: Math.round((count / n) * 100), count, total: n },
          action: 'varyPillars', actionParams: { pillar: leastUsed(byPillar) },
          slot,
        });
      }
    }
    if (n >= MIN_POSTS_FOR_MISSING) {
      const missing: Pillar[] = [];
      if (!byPillar.has('community')) missing.push('community');
      if (!byPillar.has('mission') && !byPillar.has('vision') && !byPillar.has('values')) missing.push('values');
      for (const pillar of missing) {
        out.push({
          kind: 'pillarMissing', severity: 'info',
          params: { month, pillar, total: n },
          action: 'addPillar', actionParams: { pillar },
          slot,
        });
      }
    }
  }
  return out;
}

function leastUsed(byPillar: Map<string, number>): Pillar {
  const order: Pillar[] = ['community', 'values', 'mission', 'vision', 'product', 'other'];
  return order.reduce((best, p) => ((byPillar.get(p) ?? 0) < (byPillar.get(best) ?? 0) ? p : best), order[0]);
}

function countBy<T>(xs: T[]) {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}
