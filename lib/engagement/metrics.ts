import { PLATFORMS } from '../platforms/types';
import type { EngagementItem } from '../store/schemas/engagement';
import { INTENTS } from '../store/schemas/template';
import { needsAnswer } from './kinds';
import { percentilesOf } from './percentile';
import { targetFor, type ResponseTarget } from './targets';
import { isoMs } from './iso-time';
import { isoWeekKey, offsetFn } from './time-zone';

export interface ChecklistRate {
  total: number;
  done: number;
  rate?: number;
}

export interface GroupMetrics {
  key: string;
  items: number;
  /** Answered by the brand (any kind, any state). */
  answered: number;
  /** Answered with a known first-response time. */
  timed: number;
  fromPlatform: number;
  fromExtension: number;
  medianMs?: number;
  p90Ms?: number;
  /**
   * Against the brand's target: answers within it, over answers with a known time plus open items already older than
   * it (certain misses). Open items still within the target are not counted yet. Undefined without a target.
   */
  withinTarget?: { hit: number; total: number; share?: number };
  open: number;
  oldestOpenMs?: number;
  medianOpenAgeMs?: number;
  /** Mentions liked and commented; shares liked (dismissed ones left out). */
  mentions: ChecklistRate;
  shares: ChecklistRate;
}

export interface MetricsReport {
  now: string;
  overall: GroupMetrics;
  byPlatform: GroupMetrics[];
  byWeek: GroupMetrics[];
  byIntent: GroupMetrics[];
  /** Open items by age: < 1 h, 1-4 h, 4-24 h, 1-3 d, 3-7 d, > 7 d. */
  openAges: number[];
  /** The general target (or the strictest), for display. */
  target?: ResponseTarget;
}

export const OPEN_AGE_LIMITS_MS = [3_600_000, 4 * 3_600_000, 24 * 3_600_000, 3 * 86_400_000, 7 * 86_400_000];

export interface MetricsOptions {
  now: Date;
  targets?: readonly ResponseTarget[];
  /** IANA zone for week boundaries (the user's); UTC when absent. */
  timeZone?: string;
}

/** When an item arrived: the platform's time, else first seen. */
export const arrivalMs = (item: Pick<EngagementItem, 'postedAt' | 'firstSeenAt'>) =>
  isoMs(item.postedAt && item.postedAt < item.firstSeenAt ? item.postedAt : item.firstSeenAt);

const PLATFORM_INDEX = new Map<string, number>(PLATFORMS.map((p, i) => [p, i]));
const INTENT_INDEX = new Map<string, number>(INTENTS.map((x, i) => [x, i]));
const DAY = 86_400_000;

/**
 * Per-group counters in flat arrays indexed by group: 0 is everything, then platforms, intents, and weeks as they
 * appear. One pass over the items with no allocation per item; response times and open ages go to typed arrays with
 * each item's groups beside them, and percentiles are selected per group afterwards (this runs on the dashboard's
 * first render over 50,000 items).
 */
export class Counters {
  items: number[] = [];
  answered: number[] = [];
  fromPlatform: number[] = [];
  timed: number[] = [];
  open: number[] = [];
  hit: number[] = [];
  judged: number[] = [];
  hasTarget: number[] = [];
  mentions: number[] = [];
  mentionsDone: number[] = [];
  shares: number[] = [];
  sharesDone: number[] = [];
  size = 0;
  grow() {
    for (const a of [this.items, this.answered, this.fromPlatform, this.timed, this.open, this.hit, this.judged, this.hasTarget, this.mentions, this.mentionsDone, this.shares, this.sharesDone]) a.push(0);
    return this.size++;
  }
}

/** The group layout, counters and collected values both ways of computing metrics fill (items or day summaries). */
export interface Tally {
  c: Counters;
  platformBase: number;
  intentBase: number;
  weekGroup: Map<string, number>;
  /** Per platform, in PLATFORMS order: its response-time threshold, if any. */
  targetByPlatform: Array<number | undefined>;
  openAges: number[];
  times: Float64Array;
  timeGroups: Uint16Array;
  nt: number;
  ages: Float64Array;
  ageGroups: Uint16Array;
  na: number;
}

export function newTally(targets: readonly ResponseTarget[], maxTimes: number, maxOpen: number): Tally {
  const c = new Counters();
  c.grow(); // 0: all
  if (targets.length) c.hasTarget[0] = 1;
  const platformBase = c.size;
  for (let i = 0; i < PLATFORMS.length; i++) c.grow();
  const intentBase = c.size;
  for (let i = 0; i < INTENTS.length; i++) c.grow();
  return {
    c,
    platformBase,
    intentBase,
    weekGroup: new Map(),
    targetByPlatform: PLATFORMS.map((p) => targetFor(targets, p)?.thresholdMs),
    openAges: new Array(OPEN_AGE_LIMITS_MS.length + 1).fill(0),
    times: new Float64Array(maxTimes),
    timeGroups: new Uint16Array(maxTimes * 3),
    nt: 0,
    ages: new Float64Array(maxOpen),
    ageGroups: new Uint16Array(maxOpen * 3),
    na: 0,
  };
}

export const platformIndex = (platform: string) => PLATFORM_INDEX.get(platform) ?? 0;
export const intentIndex = (intent: string) => INTENT_INDEX.get(intent) ?? INTENTS.length - 1;

/** The week group of a local calendar day (days since 1970-01-01 in the user's zone). */
export function weekGroupOf(t: Tally, localDay: number): number {
  const key = isoWeekKey(localDay * DAY);
  let wg = t.weekGroup.get(key);
  if (wg === undefined) t.weekGroup.set(key, (wg = t.c.grow()));
  return wg;
}

export function computeMetrics(items: readonly EngagementItem[], opts: MetricsOptions): MetricsReport {
  const now = opts.now.getTime();
  const targets = opts.targets ?? [];
  const offset = offsetFn(opts.timeZone);
  const n = items.length;
  const t = newTally(targets, n, n);
  const { c, platformBase, intentBase, targetByPlatform, openAges, times, ages, timeGroups, ageGroups } = t;
  const dayGroup = new Map<number, number>();
  let nt = 0;
  let na = 0;
  const g = [0, 0, 0, 0];

  for (const item of items) {
    const arrival = arrivalMs(item);
    const day = Math.floor((arrival + offset(arrival)) / DAY);
    let wg = dayGroup.get(day);
    if (wg === undefined) dayGroup.set(day, (wg = weekGroupOf(t, day)));
    const pi = PLATFORM_INDEX.get(item.platform) ?? 0;
    g[1] = platformBase + pi;
    g[2] = intentBase + (INTENT_INDEX.get(item.intent) ?? INTENTS.length - 1);
    g[3] = wg;
    const target = targetByPlatform[pi];
    const age = now - arrival;
    const dismissed = item.state === 'dismissed';
    const answered = item.answeredAt ? 1 : 0;
    const liked = item.likedAt ? 1 : 0;
    const time = item.responseMs;
    const isOpen = item.open === 1;
    let judged = 0;
    let hit = 0;
    if (target !== undefined && needsAnswer(item.kind) && !(dismissed && !answered)) {
      if (time !== undefined) {
        judged = 1;
        hit = time <= target ? 1 : 0;
      } else if (isOpen && age > target) judged = 1;
    }
    const mention = !dismissed && item.kind === 'mention' ? 1 : 0;
    const share = !dismissed && item.kind === 'share' ? 1 : 0;
    const fromPlatform = time !== undefined && item.responseSource === 'platform' ? 1 : 0;
    for (let k = 0; k < 4; k++) {
      const x = g[k];
      c.items[x]++;
      c.answered[x] += answered;
      c.judged[x] += judged;
      c.hit[x] += hit;
      c.mentions[x] += mention;
      c.mentionsDone[x] += mention & liked & answered;
      c.shares[x] += share;
      c.sharesDone[x] += share & liked;
      c.fromPlatform[x] += fromPlatform;
      if (target !== undefined) c.hasTarget[x] = 1;
    }
    if (time !== undefined) {
      times[nt] = time;
      timeGroups[nt * 3] = g[1];
      timeGroups[nt * 3 + 1] = g[2];
      timeGroups[nt * 3 + 2] = g[3];
      nt++;
    }
    if (isOpen) {
      openAges[bucket(age)]++;
      ages[na] = age;
      ageGroups[na * 3] = g[1];
      ageGroups[na * 3 + 1] = g[2];
      ageGroups[na * 3 + 2] = g[3];
      na++;
    }
  }
  t.nt = nt;
  t.na = na;
  return finishReport(t, opts.now, targets);
}

/** Percentiles per group from the collected values, and the report in its display order. */
export interface GroupStats {
  count: Int32Array;
  values: Array<Array<number | undefined>>;
}

/** Percentiles per group (response times: 50 and 90; open ages: 50 and 100) when the caller has them, else from the tally's values. */
export function finishReport(
  t: Tally,
  now: Date,
  targets: readonly ResponseTarget[],
  stats?: { times: GroupStats; ages: GroupStats },
): MetricsReport {
  const { c, platformBase, intentBase } = t;
  const timeStats = stats?.times ?? groupPercentiles(t.times.subarray(0, t.nt), t.timeGroups, c.size, [50, 90]);
  const ageStats = stats?.ages ?? groupPercentiles(t.ages.subarray(0, t.na), t.ageGroups, c.size, [50, 100]);
  const finish = (key: string, x: number): GroupMetrics => {
    const out: GroupMetrics = {
      key,
      items: c.items[x],
      answered: c.answered[x],
      timed: timeStats.count[x],
      fromPlatform: c.fromPlatform[x],
      fromExtension: timeStats.count[x] - c.fromPlatform[x],
      open: ageStats.count[x],
      mentions: rate(c.mentions[x], c.mentionsDone[x]),
      shares: rate(c.shares[x], c.sharesDone[x]),
    };
    if (timeStats.count[x]) [out.medianMs, out.p90Ms] = timeStats.values[x];
    if (ageStats.count[x]) [out.medianOpenAgeMs, out.oldestOpenMs] = ageStats.values[x];
    if (c.hasTarget[x]) {
      out.withinTarget = c.judged[x] ? { hit: c.hit[x], total: c.judged[x], share: c.hit[x] / c.judged[x] } : { hit: 0, total: 0 };
    }
    return out;
  };
  const present = (x: number) => c.items[x] > 0;
  return {
    now: now.toISOString(),
    overall: finish('all', 0),
    byPlatform: PLATFORMS.map((p, i) => [p, platformBase + i] as const).filter(([, x]) => present(x)).map(([p, x]) => finish(p, x)),
    byWeek: [...t.weekGroup].filter(([, x]) => present(x)).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, x]) => finish(k, x)),
    byIntent: INTENTS.map((k, i) => [k, intentBase + i] as const).filter(([, x]) => present(x)).map(([k, x]) => finish(k, x)),
    openAges: t.openAges,
    target: targetFor(targets) ?? targets.reduce<ResponseTarget | undefined>((b, x) => (!b || x.thresholdMs < b.thresholdMs ? x : b), undefined),
  };
}

/**
 * Percentiles of `values` overall and per group: each value belongs to group 0 and to the three groups stored for it
 * in `groups`. Values are laid out group by group (a counting sort) and each group's slice is selected in place.
 */
export function groupPercentiles(values: Float64Array, groups: Uint16Array, size: number, ps: readonly number[]): GroupStats {
  const count = new Int32Array(size);
  const n = values.length;
  count[0] = n;
  for (let i = 0; i < n * 3; i++) count[groups[i]]++;
  const start = new Int32Array(size + 1);
  for (let x = 0; x < size; x++) start[x + 1] = start[x] + count[x];
  const laid = new Float64Array(start[size]);
  const fill = start.slice(0, size);
  laid.set(values, 0);
  fill[0] = n;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    laid[fill[groups[i * 3]]++] = v;
    laid[fill[groups[i * 3 + 1]]++] = v;
    laid[fill[groups[i * 3 + 2]]++] = v;
  }
  const out: Array<Array<number | undefined>> = [];
  for (let x = 0; x < size; x++) out.push(count[x] ? percentilesOf(laid.subarray(start[x], start[x + 1]), ps) : []);
  return { count, values: out };
}

export function bucket(age: number): number {
  let i = 0;
  while (i < OPEN_AGE_LIMITS_MS.length && age >= OPEN_AGE_LIMITS_MS[i]) i++;
  return i;
}

const rate = (total: number, done: number): ChecklistRate => (total ? { total, done, rate: done / total } : { total, done });
