import type { Platform, RawItem } from '../platforms/types';
import { POST_COUNTS, type PostCountName, type PostStat } from '../store/schemas/post-stats';
import { storedNativeId } from './ids';
import { capText, httpUrl, iso, platformTime } from './sanitize';
import { textSimilarity, words } from './similarity';

export type PostCounts = Partial<Record<PostCountName, number>>;

const MINUTE = 60_000;
const DAY = 86_400_000;

export const postKeyOf = (platform: Platform, nativeId: string) => `${platform}:${storedNativeId(nativeId)}`;

/** One snapshot of the counts visible on one of the brand's own posts. Counts that are not shown stay absent. */
export function snapshotOf(post: RawItem, counts: PostCounts, at: Date): PostStat {
  const postKey = postKeyOf(post.platform, post.nativeId);
  const stat: PostStat = {
    id: `${postKey}@${iso(at)}`,
    postKey,
    platform: post.platform,
    nativeId: storedNativeId(post.nativeId),
    text: capText(post.text, 2000),
    at: iso(at),
  };
  const permalink = httpUrl(post.permalink);
  const postedAt = platformTime(post.postedAt, at);
  if (permalink) stat.permalink = permalink;
  if (postedAt) stat.postedAt = postedAt;
  for (const k of POST_COUNTS) {
    const v = counts[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) stat[k] = Math.round(v);
  }
  return stat;
}

/**
 * Whether a new snapshot is worth storing after the last one: something changed and ten minutes passed, or a day
 * passed (so a flat series still shows time going by). Reloading a page does not write a row each time.
 */
export function shouldRecord(last: PostStat | undefined, next: PostStat, minGapMs = 10 * MINUTE, heartbeatMs = DAY): boolean {
  if (!last) return POST_COUNTS.some((k) => next[k] !== undefined);
  const gap = Date.parse(next.at) - Date.parse(last.at);
  if (gap >= heartbeatMs) return true;
  const changed = POST_COUNTS.some((k) => next[k] !== undefined && next[k] !== last[k]);
  return changed && gap >= minGapMs;
}

/** Snapshots grouped per post, each series in time order. */
export function seriesByPost(stats: readonly PostStat[]): Map<string, PostStat[]> {
  const out = new Map<string, PostStat[]>();
  for (const s of stats) {
    const list = out.get(s.postKey);
    if (list) list.push(s);
    else out.set(s.postKey, [s]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return out;
}

export interface PostSummary {
  postKey: string;
  platform: Platform;
  permalink?: string;
  text: string;
  firstAt: string;
  lastAt: string;
  snapshots: number;
  latest: PostCounts;
  /** Growth between the first and the last snapshot that both show the count. */
  gained: PostCounts;
  calendarPostId?: string;
}

export function summarise(series: readonly PostStat[]): PostSummary {
  const first = series[0];
  const last = series[series.length - 1];
  const latest: PostCounts = {};
  const gained: PostCounts = {};
  for (const k of POST_COUNTS) {
    const shown = series.filter((s) => s[k] !== undefined);
    if (!shown.length) continue;
    latest[k] = shown[shown.length - 1][k];
    gained[k] = shown[shown.length - 1][k]! - shown[0][k]!;
  }
  const summary: PostSummary = {
    postKey: last.postKey,
    platform: last.platform,
    text: last.text,
    firstAt: first.at,
    lastAt: last.at,
    snapshots: series.length,
    latest,
    gained,
  };
  const permalink = series.find((s) => s.permalink)?.permalink;
  const linked = series.find((s) => s.calendarPostId)?.calendarPostId;
  if (permalink) summary.permalink = permalink;
  if (linked) summary.calendarPostId = linked;
  return summary;
}

/** The part of a calendar post this needs; CalendarPost fits it (permalinks once the calendar stores them). */
export interface CalendarCandidate {
  id: string;
  date: string;
  platforms: readonly Platform[];
  text: string;
  variants?: Partial<Record<Platform, string>>;
  permalinks?: Partial<Record<Platform, string>>;
  notes?: string;
}

export interface CalendarLink {
  postId: string;
  by: 'permalink' | 'text';
  score: number;
}

/** Same post whatever the tracking parameters, trailing slash or host case. */
export function samePermalink(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u);
      return `${url.hostname.replace(/^www\./, '').toLowerCase()}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

const MIN_SIMILARITY = 0.6;
const DATE_WINDOW_MS = 3 * DAY;

/**
 * The calendar entry a post came from: by its permalink when the calendar holds it (in `permalinks` or pasted in the
 * notes), else by text similarity among entries for that platform dated near the post (or not after it was seen).
 */
export function linkToCalendar(stat: PostStat, candidates: readonly CalendarCandidate[]): CalendarLink | undefined {
  if (stat.permalink) {
    for (const c of candidates) {
      const own = c.permalinks?.[stat.platform];
      if (own && samePermalink(own, stat.permalink)) return { postId: c.id, by: 'permalink', score: 1 };
      const inNotes = c.notes?.match(/https?:\/\/\S+/g)?.some((u) => samePermalink(u, stat.permalink!));
      if (inNotes) return { postId: c.id, by: 'permalink', score: 1 };
    }
  }
  const seen = words(stat.text);
  if (seen.size === 0) return undefined;
  const when = Date.parse(stat.postedAt ?? stat.at);
  let best: CalendarLink | undefined;
  for (const c of candidates) {
    if (c.platforms.length && !c.platforms.includes(stat.platform)) continue;
    const date = Date.parse(c.date);
    if (stat.postedAt ? Math.abs(date - when) > DATE_WINDOW_MS : date > when + DAY) continue;
    const score = textSimilarity(seen, words(c.variants?.[stat.platform] || c.text));
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { postId: c.id, by: 'text', score };
  }
  return best;
}
