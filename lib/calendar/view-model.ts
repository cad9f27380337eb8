/** Pure helpers behind the calendar views: filters, month grid, day grouping, moves, duplicates and undo. */
import type { Platform } from '../platforms/types';
import type { CalendarPost } from '../store/schemas/post';
import type { Pillar, PostStatus } from './names';
import { addDaysToWall, dayKey, pad2, wallTimeOf, zonedToUtc } from './zoned-time';

export interface PostFilter {
  platforms: Platform[];
  statuses: PostStatus[];
  objectives: string[];
  pillars: Pillar[];
}

export const EMPTY_FILTER: PostFilter = { platforms: [], statuses: [], objectives: [], pillars: [] };

/** What the lint says about one post on one platform (provided by the caller from lib/guidelines). */
export interface LintSummary {
  errors: number;
  warnings: number;
  messages?: string[];
}
export type LintFor = (post: CalendarPost, platform: Platform) => LintSummary;

/** An empty list in a facet means "any". A post matches a platform filter when it targets any chosen platform. */
export function filterPosts(posts: readonly CalendarPost[], f: PostFilter): CalendarPost[] {
  return posts.filter(
    (p) =>
      (!f.platforms.length || p.platforms.some((x) => f.platforms.includes(x))) &&
      (!f.statuses.length || f.statuses.includes(p.status)) &&
      (!f.pillars.length || f.pillars.includes(p.pillar)) &&
      (!f.objectives.length || (p.objectiveId !== undefined && f.objectives.includes(p.objectiveId))),
  );
}

/** Six weeks of "YYYY-MM-DD" covering the month, starting on `weekStartsOn` (0 Sunday, 1 Monday). */
export function monthGrid(year: number, month: number, weekStartsOn: 0 | 1 = 0): string[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const back = (first.getUTCDay() - weekStartsOn + 7) % 7;
  const weeks: string[][] = [];
  for (let w = 0; w < 6; w++) {
    const row: string[] = [];
    for (let d = 0; d < 7; d++) {
      const day = new Date(Date.UTC(year, month - 1, 1 - back + w * 7 + d));
      row.push(`${day.getUTCFullYear()}-${pad2(day.getUTCMonth() + 1)}-${pad2(day.getUTCDate())}`);
    }
    weeks.push(row);
  }
  return weeks;
}

/** The seven days of the week holding `day`. */
export function weekDays(day: string, weekStartsOn: 0 | 1 = 0): string[] {
  const [y, m, d] = day.split('-').map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const back = (dow - weekStartsOn + 7) % 7;
  return Array.from({ length: 7 }, (_, i) => {
    const x = new Date(Date.UTC(y, m - 1, d - back + i));
    return `${x.getUTCFullYear()}-${pad2(x.getUTCMonth() + 1)}-${pad2(x.getUTCDate())}`;
  });
}

/** Posts by viewer day, each day in time order (instants compared as numbers: no collator to build on a cold page). */
export function groupByDay(posts: readonly CalendarPost[], timeZone: string): Map<string, CalendarPost[]> {
  const out = new Map<string, CalendarPost[]>();
  const sorted = posts.map((p) => ({ p, ms: Date.parse(p.date) })).sort((a, b) => a.ms - b.ms);
  for (const { p, ms } of sorted) {
    const k = dayKey(ms, timeZone);
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

/** Puts a post on another day (a view day, "YYYY-MM-DD"), keeping its time of day in its own zone. */
export function moveToDay(post: CalendarPost, day: string, now: string): CalendarPost {
  const w = wallTimeOf(Date.parse(post.date), post.timeZone);
  const [year, month, d] = day.split('-').map(Number);
  return stamp(post, zonedToUtc({ ...w, year, month, day: d }, post.timeZone), now);
}

export function moveByDays(post: CalendarPost, days: number, now: string): CalendarPost {
  const w = wallTimeOf(Date.parse(post.date), post.timeZone);
  return stamp(post, zonedToUtc(addDaysToWall(w, days), post.timeZone), now);
}

export function moveByMinutes(post: CalendarPost, minutes: number, now: string): CalendarPost {
  return stamp(post, Date.parse(post.date) + minutes * 60_000, now);
}

function stamp(post: CalendarPost, ms: number, now: string): CalendarPost {
  return { ...post, date: new Date(ms).toISOString(), updatedAt: now };
}

/** A copy to rework: new id, never "published", no reminder history. */
export function duplicatePost(post: CalendarPost, newId: string, now: string): CalendarPost {
  const { remindedAt: _a, remindedFor: _f, ...rest } = post;
  return { ...rest, id: newId, status: post.status === 'published' ? 'draft' : post.status, updatedAt: now };
}

export type PostChange =
  | { kind: 'create'; post: CalendarPost }
  | { kind: 'update'; post: CalendarPost; before: CalendarPost }
  | { kind: 'delete'; post: CalendarPost };

export function undoOf(change: PostChange): PostChange {
  switch (change.kind) {
    case 'create':
      return { kind: 'delete', post: change.post };
    case 'delete':
      return { kind: 'create', post: change.post };
    case 'update':
      return { kind: 'update', post: change.before, before: change.post };
  }
}

/** Applies a change to an in-memory list (the store applies the same change to IndexedDB). */
export function applyChange(posts: readonly CalendarPost[], change: PostChange): CalendarPost[] {
  const rest = posts.filter((p) => p.id !== change.post.id);
  return change.kind === 'delete' ? rest : [...rest, change.post];
}
