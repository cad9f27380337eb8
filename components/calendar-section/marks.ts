/**
 * Performance marks the calendar section sets once per page, read by test/bench/calendar-chromium.bench.ts: its mount,
 * and the month grid rendered with the stored posts of the visible weeks and each chip's lint from the brand's rules.
 */
export const CALENDAR_MOUNT_MARK = 'cocktail:calendar-mount';
export const CALENDAR_RENDERED_MARK = 'cocktail:calendar-month-rendered';

export function markOnce(name: string) {
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(name).length) performance.mark(name);
}
