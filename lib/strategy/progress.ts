import type { Platform } from '../platforms/types';
import type { Objective } from '../store/schemas/brand';
import type { CalendarPost } from '../store/schemas/post';
import type { EngagementItem } from '../store/schemas/engagement';
import { computeMetrics } from '../engagement/metrics';
import { isResponseTimeMetric, targetFromObjective } from '../engagement/targets';

/** Objectives are measured over the last four weeks: long enough to smooth a slow week, short enough to move. */
export const WINDOW_DAYS = 28;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export type Measure = 'reply-time' | 'posts-per-week' | 'manual';

export type Progress =
  | { kind: 'qualitative' }
  /** A number the extension cannot measure from the page or the calendar: the user follows it. */
  | { kind: 'manual' }
  | { kind: 'no-target'; measure: Exclude<Measure, 'manual'> }
  | { kind: 'missing'; measure: 'reply-time'; missing: 'answers' }
  | { kind: 'missing'; measure: 'posts-per-week'; missing: 'posts' }
  | {
      kind: 'measured';
      measure: Exclude<Measure, 'manual'>;
      unit: 'hours' | 'percent' | 'per-week';
      current: number;
      target: number;
      baseline?: number;
      /** Lower is better for a time, higher for a pace or a share. */
      better: 'lower' | 'higher';
      met: boolean;
      /** How far from the baseline (or from zero) to the target, 0..1. */
      fraction: number;
      /** Answers timed or posts counted behind the figure. */
      sample: number;
    };

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
const POST_WORD = /\b(posts?|publications?|publier|publish\w*|billets?|contenus?|content)\b/;
const WEEK_WORD = /\b(week\w*|semaine\w*|hebdo\w*|par sem)\b/;

export function isPostsPerWeekMetric(text: string) {
  const t = fold(text);
  return POST_WORD.test(t) && WEEK_WORD.test(t);
}

export function measureOf(o: Objective): Measure {
  const text = o.metric?.trim() ? o.metric : o.statement;
  if (isResponseTimeMetric(text)) return 'reply-time';
  if (isPostsPerWeekMetric(text)) return 'posts-per-week';
  return 'manual';
}

export interface ProgressData {
  now: Date;
  /** Engagement items first seen in the window; undefined while not loaded. */
  items?: readonly EngagementItem[];
  /** Calendar posts of the brand dated in the window. */
  posts?: readonly CalendarPost[];
}

const inPlatforms = (wanted: readonly Platform[], p: Platform) => wanted.length === 0 || wanted.includes(p);
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

function fractionOf(current: number, target: number, baseline: number | undefined, better: 'lower' | 'higher') {
  if (baseline !== undefined && baseline !== target) return clamp01((baseline - current) / (baseline - target));
  if (better === 'higher') return target > 0 ? clamp01(current / target) : 1;
  return current <= target ? 1 : clamp01(target / current);
}

/** Posts published or scheduled in the window per platform they go to, as a weekly average. */
export function postsPerWeek(posts: readonly CalendarPost[], platforms: readonly Platform[], now: Date) {
  const from = now.getTime() - WINDOW_DAYS * DAY;
  let count = 0;
  let any = 0;
  for (const p of posts) {
    const t = Date.parse(p.date);
    if (!(t >= from && t < now.getTime())) continue;
    any++;
    if (p.status !== 'published' && p.status !== 'scheduled') continue;
    count += p.platforms.length === 0 ? (platforms.length === 0 ? 1 : 0) : p.platforms.filter((x) => inPlatforms(platforms, x)).length;
  }
  return { perWeek: count / (WINDOW_DAYS / 7), count, any };
}

/** Where one objective stands, from the engagement log and the calendar, or what is missing to say it. */
export function progressOf(o: Objective, data: ProgressData): Progress {
  if (o.kind === 'qualitative') return { kind: 'qualitative' };
  const measure = measureOf(o);
  if (measure === 'manual') return { kind: 'manual' };
  if (measure === 'reply-time') return replyTime(o, data);
  if (o.target === undefined) return { kind: 'no-target', measure };
  const { perWeek, count, any } = postsPerWeek(data.posts ?? [], o.platforms, data.now);
  if (!any) return { kind: 'missing', measure, missing: 'posts' };
  const current = Math.round(perWeek * 10) / 10;
  return {
    kind: 'measured', measure, unit: 'per-week', current, target: o.target, baseline: o.baseline, better: 'higher',
    met: current >= o.target, fraction: fractionOf(current, o.target, o.baseline, 'higher'), sample: count,
  };
}

function replyTime(o: Objective, data: ProgressData): Progress {
  const target = targetFromObjective(o);
  if (!target) return { kind: 'no-target', measure: 'reply-time' };
  const from = data.now.getTime() - WINDOW_DAYS * DAY;
  const items = (data.items ?? []).filter((i) => inPlatforms(o.platforms, i.platform) && Date.parse(i.firstSeenAt) >= from);
  const general = { ...target, platforms: [] };
  const g = computeMetrics(items, { now: data.now, targets: [general] }).overall;
  if (!g.timed || g.medianMs === undefined) return { kind: 'missing', measure: 'reply-time', missing: 'answers' };
  if (target.goalShare !== undefined) {
    const share = Math.round((g.withinTarget?.share ?? 0) * 1000) / 10;
    const goal = target.goalShare * 100;
    return {
      kind: 'measured', measure: 'reply-time', unit: 'percent', current: share, target: goal, baseline: o.baseline, better: 'higher',
      met: share >= goal, fraction: fractionOf(share, goal, o.baseline, 'higher'), sample: g.timed,
    };
  }
  const hours = Math.round((g.medianMs / HOUR) * 10) / 10;
  const goal = target.thresholdMs / HOUR;
  // The baseline is written in the metric's unit, as the target is (minutes, hours or days).
  const unitHours = o.target ? target.thresholdMs / o.target / HOUR : undefined;
  const baseline = o.baseline !== undefined && unitHours ? Math.round(o.baseline * unitHours * 10) / 10 : undefined;
  return {
    kind: 'measured', measure: 'reply-time', unit: 'hours', current: hours, target: goal, baseline, better: 'lower',
    met: g.medianMs <= target.thresholdMs, fraction: fractionOf(hours, goal, baseline, 'lower'), sample: g.timed,
  };
}
