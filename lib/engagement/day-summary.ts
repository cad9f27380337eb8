import type { EngagementItem } from '../store/schemas/engagement';
import { needsAnswer } from './kinds';
import {
  arrivalMs,
  bucket,
  finishReport,
  intentIndex,
  newTally,
  platformIndex,
  weekGroupOf,
  type MetricsOptions,
  type MetricsReport,
} from './metrics';
import { offsetFn } from './time-zone';

/**
 * What the response metrics need from the log, one record per local calendar day of arrival, so the dashboard reads
 * about 180 small records instead of 50,000 items. Per day, per (platform, intent) cell: counters, and the exact
 * values percentiles need (response times, and arrival times of open items, whose age depends on when the metrics are
 * read). Kept up to date by every write to the log, in the same transaction (lib/store/engagement.ts); each write
 * takes the item's old contribution out and puts the new one in.
 */
export const SUMMARY_FORMAT = 1;
const DAY = 86_400_000;

/** Counter positions in `CellSummary.n`. */
export const N = { items: 0, answered: 1, fromPlatform: 2, mentions: 3, mentionsDone: 4, shares: 5, sharesDone: 6 } as const;
const N_LENGTH = 7;

export interface CellSummary {
  n: number[];
  /** Response times (ms) of items the target applies to (an answer is expected, and the item was not dismissed unanswered). */
  t: number[];
  /** Response times of the others. */
  tn: number[];
  /** Arrival (ms) of open items with no response time that the target applies to: misses once older than it. */
  o: number[];
  /** Arrival of the other open items. */
  on: number[];
}

export interface DaySummary {
  /** Days since 1970-01-01 in the summary's time zone. */
  key: number;
  /** By `platform|intent`. */
  cells: Record<string, CellSummary>;
}

/** One record beside the days: how they were built, and the queue's counts (counting 12,000 open items takes 100 ms). */
export interface SummaryMeta {
  key: 'meta';
  format: number;
  zone: string;
  items: number;
  open: number;
  urgent: number;
  /** Import and restore backups that existed when the summary was built: a newer one means the log was rewritten. */
  backups: string[];
}

export const summaryZone = (timeZone: string | undefined) => timeZone || 'UTC';

export function dayOf(item: Pick<EngagementItem, 'postedAt' | 'firstSeenAt'>, zone: string): number {
  const arrival = arrivalMs(item);
  return Math.floor((arrival + offsetFn(zone)(arrival)) / DAY);
}

export const cellKey = (item: Pick<EngagementItem, 'platform' | 'intent'>) => `${item.platform}|${item.intent}`;

/**
 * Adds (sign 1) or takes out (sign -1) one item's contribution to its day. Returns false when taking out finds
 * something the summary never had: it no longer matches the log and must be rebuilt.
 */
export function applyItem(day: DaySummary, item: EngagementItem, sign: 1 | -1): boolean {
  const key = cellKey(item);
  let cell = day.cells[key];
  if (!cell) {
    if (sign < 0) return false;
    cell = day.cells[key] = { n: new Array(N_LENGTH).fill(0), t: [], tn: [], o: [], on: [] };
  }
  const dismissed = item.state === 'dismissed';
  const answered = item.answeredAt ? 1 : 0;
  const liked = item.likedAt ? 1 : 0;
  const time = item.responseMs;
  const applies = needsAnswer(item.kind) && !(dismissed && !answered);
  const mention = !dismissed && item.kind === 'mention' ? 1 : 0;
  const share = !dismissed && item.kind === 'share' ? 1 : 0;
  const add = [1, answered, time !== undefined && item.responseSource === 'platform' ? 1 : 0, mention, mention & liked & answered, share, share & liked];
  let ok = true;
  for (let i = 0; i < N_LENGTH; i++) {
    cell.n[i] += sign * add[i];
    if (cell.n[i] < 0) ok = false;
  }
  if (time !== undefined) ok = change(applies ? cell.t : cell.tn, time, sign) && ok;
  if (item.open === 1) ok = change(applies && time === undefined ? cell.o : cell.on, arrivalMs(item), sign) && ok;
  if (cell.n[N.items] === 0) {
    if (cell.t.length || cell.tn.length || cell.o.length || cell.on.length || cell.n.some((x) => x !== 0)) ok = false;
    delete day.cells[key];
  }
  return ok;
}

function change(list: number[], value: number, sign: 1 | -1): boolean {
  if (sign > 0) {
    list.push(value);
    return true;
  }
  const i = list.lastIndexOf(value);
  if (i < 0) return false;
  list[i] = list[list.length - 1];
  list.pop();
  return true;
}

export const isEmptyDay = (day: DaySummary) => Object.keys(day.cells).length === 0;

/** The counts kept in the meta record change by this much when the item is added (sign 1) or taken out. */
export function metaDelta(item: EngagementItem, sign: 1 | -1) {
  const open = item.open === 1 ? sign : 0;
  return { items: sign, open, urgent: item.queueRank === 0 ? open : 0 };
}

/** Summaries of a whole log, as a rebuild or the migration of an existing log makes them. */
export function summarise(items: Iterable<EngagementItem>, zone: string): { days: Map<number, DaySummary>; items: number; open: number; urgent: number } {
  const days = new Map<number, DaySummary>();
  const totals = { items: 0, open: 0, urgent: 0 };
  for (const item of items) {
    const key = dayOf(item, zone);
    let day = days.get(key);
    if (!day) days.set(key, (day = { key, cells: {} }));
    applyItem(day, item, 1);
    const d = metaDelta(item, 1);
    totals.items += d.items;
    totals.open += d.open;
    totals.urgent += d.urgent;
  }
  return { days, ...totals };
}

/**
 * The same report computeMetrics gives over the items, from their day summaries (built in the zone of
 * opts.timeZone). Work is one pass over the kept values: ~35,000 numbers for 50,000 items.
 */
export function metricsFromSummaries(days: readonly DaySummary[], opts: MetricsOptions): MetricsReport {
  const now = opts.now.getTime();
  const targets = opts.targets ?? [];
  let maxTimes = 0;
  let maxOpen = 0;
  for (const day of days) {
    for (const key in day.cells) {
      const cell = day.cells[key];
      maxTimes += cell.t.length + cell.tn.length;
      maxOpen += cell.o.length + cell.on.length;
    }
  }
  const tally = newTally(targets, maxTimes, maxOpen);
  const { c, platformBase, intentBase, targetByPlatform, openAges, times, ages, timeGroups, ageGroups } = tally;
  const g = [0, 0, 0, 0];
  let nt = 0;
  let na = 0;
  for (const day of days) {
    g[3] = weekGroupOf(tally, day.key);
    for (const key in day.cells) {
      const cell = day.cells[key];
      const bar = key.indexOf('|');
      const pi = platformIndex(key.slice(0, bar));
      g[1] = platformBase + pi;
      g[2] = intentBase + intentIndex(key.slice(bar + 1));
      const target = targetByPlatform[pi];
      let judged = 0;
      let hit = 0;
      if (target !== undefined) {
        judged = cell.t.length;
        for (const v of cell.t) if (v <= target) hit++;
        for (const a of cell.o) if (now - a > target) judged++;
      }
      const n = cell.n;
      for (let k = 0; k < 4; k++) {
        const x = g[k];
        c.items[x] += n[N.items];
        c.answered[x] += n[N.answered];
        c.fromPlatform[x] += n[N.fromPlatform];
        c.mentions[x] += n[N.mentions];
        c.mentionsDone[x] += n[N.mentionsDone];
        c.shares[x] += n[N.shares];
        c.sharesDone[x] += n[N.sharesDone];
        c.judged[x] += judged;
        c.hit[x] += hit;
        if (target !== undefined && n[N.items] > 0) c.hasTarget[x] = 1;
      }
      for (const list of [cell.t, cell.tn]) {
        for (const v of list) {
          times[nt] = v;
          timeGroups[nt * 3] = g[1];
          timeGroups[nt * 3 + 1] = g[2];
          timeGroups[nt * 3 + 2] = g[3];
          nt++;
        }
      }
      for (const list of [cell.o, cell.on]) {
        for (const a of list) {
          const age = now - a;
          openAges[bucket(age)]++;
          ages[na] = age;
          ageGroups[na * 3] = g[1];
          ageGroups[na * 3 + 1] = g[2];
          ageGroups[na * 3 + 2] = g[3];
          na++;
        }
      }
    }
  }
  tally.nt = nt;
  tally.na = na;
  return finishReport(tally, opts.now, targets);
}
