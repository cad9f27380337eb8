import type { EngagementItem } from '../store/schemas/engagement';
import { needsAnswer } from './kinds';
import {
  arrivalMs,
  bucket,
  finishReport,
  groupPercentiles,
  intentIndex,
  newTally,
  platformIndex,
  weekGroupOf,
  type GroupStats,
  type MetricsOptions,
  type MetricsReport,
} from './metrics';
import { offsetFn } from './time-zone';

/**
 * What the response metrics need from the log, one record per ISO week of arrival in the user's time zone (the
 * finest grouping the metrics show), so the dashboard reads about 26 records instead of 50,000 items. Per week, per
 * (platform, intent) cell: counters, and the exact
 * values percentiles need (response times, and arrival times of open items, whose age depends on when the metrics are
 * read). Kept up to date by every write to the log, in the same transaction (lib/store/engagement.ts); each write
 * takes the item's old contribution out and puts the new one in.
 */
export const SUMMARY_FORMAT = 1;
const DAY = 86_400_000;

/** Counter positions per cell in `WeekSummary.n`. */
export const N = { items: 0, answered: 1, fromPlatform: 2, mentions: 3, mentionsDone: 4, shares: 5, sharesDone: 6 } as const;
export const N_PER_CELL = 7;

/**
 * One week as stored: typed arrays, which IndexedDB clones as plain bytes (six months of 50,000 items: ~47,000
 * values, read and checked in a few milliseconds; the same as objects per cell took ~100 ms).
 */
export interface WeekSummary {
  /** Its Monday, as days since 1970-01-01 in the summary's time zone. */
  key: number;
  /** `platform|intent` of each cell; a cell's counters are n[cell * 7 ...]. */
  cells: string[];
  n: Int32Array;
  /** Response times (ms), each tagged `cell * 2 + 1` when the target applies to the item (an answer is expected and it was not dismissed unanswered), else `cell * 2`. */
  times: Float64Array;
  timeTags: Uint16Array;
  /** Arrival (ms) of open items, tagged `cell * 2 + 1` when the target applies and no response time is known (a miss once older than the target). */
  opens: Float64Array;
  openTags: Uint16Array;
}

/** A week being changed by a write: plain arrays. */
export interface MutableWeek {
  key: number;
  cells: string[];
  n: number[];
  times: number[];
  timeTags: number[];
  opens: number[];
  openTags: number[];
}

export const emptyWeek = (key: number): MutableWeek => ({ key, cells: [], n: [], times: [], timeTags: [], opens: [], openTags: [] });

export const toMutable = (d: WeekSummary): MutableWeek => ({
  key: d.key,
  cells: [...d.cells],
  n: Array.from(d.n),
  times: Array.from(d.times),
  timeTags: Array.from(d.timeTags),
  opens: Array.from(d.opens),
  openTags: Array.from(d.openTags),
});

/** The stored form, without the cells no item is left in; undefined when a value still points at one (no longer adds up). */
export function toStored(d: MutableWeek): WeekSummary | undefined {
  const remap: number[] = [];
  const cells: string[] = [];
  const n: number[] = [];
  d.cells.forEach((cell, i) => {
    const counts = d.n.slice(i * N_PER_CELL, (i + 1) * N_PER_CELL);
    if (counts[N.items] > 0) {
      remap[i] = cells.length;
      cells.push(cell);
      n.push(...counts);
    } else if (counts.some((x) => x !== 0)) remap[i] = -2;
    else remap[i] = -1;
  });
  if (remap.includes(-2)) return undefined;
  const retag = (tags: number[]) => tags.map((t) => (remap[t >> 1] >= 0 ? remap[t >> 1] * 2 + (t & 1) : -1));
  const timeTags = retag(d.timeTags);
  const openTags = retag(d.openTags);
  if (timeTags.includes(-1) || openTags.includes(-1)) return undefined;
  return {
    key: d.key,
    cells,
    n: Int32Array.from(n),
    times: Float64Array.from(d.times),
    timeTags: Uint16Array.from(timeTags),
    opens: Float64Array.from(d.opens),
    openTags: Uint16Array.from(openTags),
  };
}

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
/** The zone of this browser, where the summaries are built and read. */
export const userZone = () => summaryZone(Intl.DateTimeFormat().resolvedOptions().timeZone);

/** The Monday of the item's arrival week, in `zone` (days since 1970-01-01, a Thursday). */
export function weekOf(item: Pick<EngagementItem, 'postedAt' | 'firstSeenAt'>, zone: string): number {
  const arrival = arrivalMs(item);
  const day = Math.floor((arrival + offsetFn(zone)(arrival)) / DAY);
  return day - ((((day + 3) % 7) + 7) % 7);
}

export const cellKey = (item: Pick<EngagementItem, 'platform' | 'intent'>) => `${item.platform}|${item.intent}`;

/**
 * Adds (sign 1) or takes out (sign -1) one item's contribution to its week. Returns false when taking out finds
 * something the summary never had: it no longer matches the log and must be rebuilt.
 */
export function applyItem(week: MutableWeek, item: EngagementItem, sign: 1 | -1): boolean {
  const key = cellKey(item);
  let cell = week.cells.indexOf(key);
  if (cell < 0) {
    if (sign < 0) return false;
    cell = week.cells.push(key) - 1;
    for (let i = 0; i < N_PER_CELL; i++) week.n.push(0);
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
  for (let i = 0; i < N_PER_CELL; i++) {
    const at = cell * N_PER_CELL + i;
    week.n[at] += sign * add[i];
    if (week.n[at] < 0) ok = false;
  }
  if (time !== undefined) ok = change(week.times, week.timeTags, time, cell * 2 + (applies ? 1 : 0), sign) && ok;
  if (item.open === 1) ok = change(week.opens, week.openTags, arrivalMs(item), cell * 2 + (applies && time === undefined ? 1 : 0), sign) && ok;
  return ok;
}

function change(values: number[], tags: number[], value: number, tag: number, sign: 1 | -1): boolean {
  if (sign > 0) {
    values.push(value);
    tags.push(tag);
    return true;
  }
  for (let i = values.length - 1; i >= 0; i--) {
    if (values[i] === value && tags[i] === tag) {
      values[i] = values[values.length - 1];
      tags[i] = tags[tags.length - 1];
      values.pop();
      tags.pop();
      return true;
    }
  }
  return false;
}

/** The counts kept in the meta record change by this much when the item is added (sign 1) or taken out. */
export function metaDelta(item: EngagementItem, sign: 1 | -1) {
  const open = item.open === 1 ? sign : 0;
  return { items: sign, open, urgent: item.queueRank === 0 ? open : 0 };
}

/** Summaries of a whole log, as a rebuild or the migration of an existing log makes them. */
export function summarise(items: Iterable<EngagementItem>, zone: string): { weeks: Map<number, WeekSummary>; items: number; open: number; urgent: number } {
  const building = new Map<number, MutableWeek>();
  const totals = { items: 0, open: 0, urgent: 0 };
  for (const item of items) {
    const key = weekOf(item, zone);
    let week = building.get(key);
    if (!week) building.set(key, (week = emptyWeek(key)));
    applyItem(week, item, 1);
    const d = metaDelta(item, 1);
    totals.items += d.items;
    totals.open += d.open;
    totals.urgent += d.urgent;
  }
  const weeks = new Map<number, WeekSummary>();
  for (const [key, week] of building) weeks.set(key, toStored(week)!);
  return { weeks, ...totals };
}

/**
 * The same report computeMetrics gives over the items, from their week summaries (built in the zone of
 * opts.timeZone). Values are tagged with their (platform, intent, week) combination rather than copied per group,
 * and percentiles come from one native sort (see percentilesByCombo): this runs cold, on the dashboard's first render.
 */
export function metricsFromSummaries(weeks: readonly WeekSummary[], opts: MetricsOptions): MetricsReport {
  const now = opts.now.getTime();
  const targets = opts.targets ?? [];
  let maxTimes = 0;
  let maxOpen = 0;
  for (const week of weeks) {
    maxTimes += week.times.length;
    maxOpen += week.opens.length;
  }
  const tally = newTally(targets, 0, 0);
  const { c, platformBase, intentBase, targetByPlatform, openAges } = tally;
  const times = new Float64Array(maxTimes);
  const timeCombos = new Uint16Array(maxTimes);
  const ages = new Float64Array(maxOpen);
  const ageCombos = new Uint16Array(maxOpen);
  const comboIds = new Map<number, number>();
  // Each distinct `platform|intent` once: its groups and target.
  const cellInfo = new Map<string, { id: number; gp: number; gi: number; target: number }>();
  const cellOf = (key: string) => {
    const bar = key.indexOf('|');
    const pi = platformIndex(key.slice(0, bar));
    const target = targetByPlatform[pi];
    return { id: cellInfo.size, gp: platformBase + pi, gi: intentBase + intentIndex(key.slice(bar + 1)), target: target === undefined ? NaN : target };
  };
  const comboGroups: number[] = [];
  let nt = 0;
  let na = 0;
  // Per cell of the week: its combination, target, and judged and hit against that target.
  let combo = new Uint16Array(0);
  let tg = new Float64Array(0);
  let judged = new Int32Array(0);
  let hit = new Int32Array(0);
  const groups = [0, 0, 0, 0];
  // Per combination: the seven counters, judged, hit, and whether a target applies to any of its items.
  const PER_COMBO = 10;
  let perCombo = new Float64Array(64 * PER_COMBO);
  for (const week of weeks) {
    const wg = weekGroupOf(tally, week.key);
    const cells = week.cells.length;
    if (combo.length < cells) {
      combo = new Uint16Array(cells);
      tg = new Float64Array(cells);
      judged = new Int32Array(cells);
      hit = new Int32Array(cells);
    }
    for (let k = 0; k < cells; k++) {
      let cell = cellInfo.get(week.cells[k]);
      if (!cell) cellInfo.set(week.cells[k], (cell = cellOf(week.cells[k])));
      const id = cell.id * 65536 + wg;
      let x = comboIds.get(id);
      if (x === undefined) {
        comboIds.set(id, (x = comboIds.size));
        comboGroups.push(cell.gp, cell.gi, wg);
      }
      combo[k] = x;
      tg[k] = cell.target;
      judged[k] = 0;
      hit[k] = 0;
    }
    for (let i = 0; i < week.times.length; i++) {
      const v = week.times[i];
      const tag = week.timeTags[i];
      const k = tag >> 1;
      if (tag & 1 && tg[k] === tg[k]) {
        judged[k]++;
        if (v <= tg[k]) hit[k]++;
      }
      times[nt] = v;
      timeCombos[nt++] = combo[k];
    }
    for (let i = 0; i < week.opens.length; i++) {
      const age = now - week.opens[i];
      const tag = week.openTags[i];
      const k = tag >> 1;
      if (tag & 1 && age > tg[k]) judged[k]++;
      openAges[bucket(age)]++;
      ages[na] = age;
      ageCombos[na++] = combo[k];
    }
    for (let k = 0; k < cells; k++) {
      const base = k * N_PER_CELL;
      const at = combo[k] * PER_COMBO;
      if (at >= perCombo.length) {
        const grown = new Float64Array(Math.max(perCombo.length * 2, at + PER_COMBO));
        grown.set(perCombo);
        perCombo = grown;
      }
      for (let j = 0; j < N_PER_CELL; j++) perCombo[at + j] += week.n[base + j];
      perCombo[at + 7] += judged[k];
      perCombo[at + 8] += hit[k];
      if (tg[k] === tg[k] && week.n[base + N.items] > 0) perCombo[at + 9] = 1;
    }
  }
  // Each combination's sums go to its four groups.
  for (let x = 0; x < comboIds.size; x++) {
    const at = x * PER_COMBO;
    groups[1] = comboGroups[x * 3];
    groups[2] = comboGroups[x * 3 + 1];
    groups[3] = comboGroups[x * 3 + 2];
    for (const g of groups) {
      c.items[g] += perCombo[at + N.items];
      c.answered[g] += perCombo[at + N.answered];
      c.fromPlatform[g] += perCombo[at + N.fromPlatform];
      c.mentions[g] += perCombo[at + N.mentions];
      c.mentionsDone[g] += perCombo[at + N.mentionsDone];
      c.shares[g] += perCombo[at + N.shares];
      c.sharesDone[g] += perCombo[at + N.sharesDone];
      c.judged[g] += perCombo[at + 7];
      c.hit[g] += perCombo[at + 8];
      if (perCombo[at + 9]) c.hasTarget[g] = 1;
    }
  }
  const cg = Uint16Array.from(comboGroups);
  return finishReport(tally, opts.now, targets, {
    times: percentilesByCombo(times.subarray(0, nt), timeCombos, cg, c.size, [50, 90]),
    ages: percentilesByCombo(ages.subarray(0, na), ageCombos, cg, c.size, [50, 100]),
  });
}

const SCALE = 65_536;
const MAX_EXACT = 2 ** 37; // value * SCALE + combo stays an exact integer below 2^53

/**
 * Nearest-rank percentiles of `values` overall and per group, each value belonging to group 0 and to the three groups
 * of its combination. Whole milliseconds in [0, 2^37) (4 years) are packed with their combination into one float,
 * sorted natively once, and walked in order counting each group up to its ranks. Anything else (a fraction, a
 * negative age from a clock ahead) goes the general way, copying values per group and selecting in each.
 */
export function percentilesByCombo(values: Float64Array, combos: Uint16Array, comboGroups: Uint16Array, size: number, ps: readonly [number, number]): GroupStats {
  const n = values.length;
  let packable = true;
  for (let i = 0; i < n && packable; i++) {
    const v = values[i];
    packable = (v > 0 || Object.is(v, 0)) && v < MAX_EXACT && Math.floor(v) === v; // -0 would come back as 0
  }
  if (!packable) {
    const groups = new Uint16Array(n * 3);
    for (let i = 0; i < n; i++) groups.set(comboGroups.subarray(combos[i] * 3, combos[i] * 3 + 3), i * 3);
    return groupPercentiles(Float64Array.from(values), groups, size, ps);
  }
  const packed = new Float64Array(n);
  const perCombo = new Int32Array(comboGroups.length / 3);
  for (let i = 0; i < n; i++) {
    packed[i] = values[i] * SCALE + combos[i];
    perCombo[combos[i]]++;
  }
  packed.sort();
  const count = new Int32Array(size);
  count[0] = n;
  for (let k = 0; k < perCombo.length; k++) {
    count[comboGroups[k * 3]] += perCombo[k];
    count[comboGroups[k * 3 + 1]] += perCombo[k];
    count[comboGroups[k * 3 + 2]] += perCombo[k];
  }
  // Two percentiles per call (50/90, 50/100): the walk below is written for exactly two ranks per group.
  const [lo, hi] = ps.map((p) => count.map((m) => Math.min(m, Math.max(1, Math.ceil((p * m) / 100)))));
  const out: Array<Array<number | undefined>> = Array.from({ length: size }, () => []);
  const seen = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const e = packed[i];
    const k = e % SCALE;
    const v = (e - k) / SCALE;
    for (let j = -1; j < 3; j++) {
      const x = j < 0 ? 0 : comboGroups[k * 3 + j];
      const s = ++seen[x];
      if (s === lo[x]) out[x][0] = v;
      if (s === hi[x]) out[x][1] = v;
    }
  }
  return { count, values: out };
}
