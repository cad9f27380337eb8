import type { CalendarPost } from '../../lib/store/schemas/post';
import { dayKey } from '../../lib/calendar/zoned-time';

/** How far back an unpublished post still counts as overdue (older ones are history, shown in the calendar). */
export const OVERDUE_DAYS = 30;

/**
 * Today's posts (ideas aside) and the overdue ones: drafts and scheduled posts of an earlier day, never published.
 * Days are the viewer's.
 */
export function splitToday(posts: readonly CalendarPost[], nowIso: string, timeZone: string) {
  const today = dayKey(Date.parse(nowIso), timeZone);
  const overdue: CalendarPost[] = [];
  const todays: CalendarPost[] = [];
  for (const p of [...posts].sort((a, b) => a.date.localeCompare(b.date))) {
    if (p.status === 'idea') continue;
    const day = dayKey(Date.parse(p.date), timeZone);
    if (day === today) todays.push(p);
    else if (day < today && p.status !== 'published') overdue.push(p);
  }
  return { today: todays, overdue };
}
