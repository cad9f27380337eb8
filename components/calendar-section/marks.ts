/**
 * Performance marks the calendar section sets once per page, read by test/bench/calendar-chromium.bench.ts: its mount,
 * and the month grid rendered with the stored posts of the visible weeks and each chip's lint from the brand's rules.
 */
export const CALENDAR_MOUNT_MARK = 'cocktail:calendar-mount';
export const CALENDAR_RENDERED_MARK = 'cocktail:calendar-month-rendered';
/** The first frame after the month rendered, painted (a task queued from the next animation frame runs after it). */
export const CALENDAR_PAINTED_MARK = 'cocktail:calendar-month-painted';
/** The tempo panel's warnings rendered (read and analysed after the grid, when the strategy sets a cadence). */
export const TEMPO_RENDERED_MARK = 'cocktail:calendar-tempo-rendered';

export function markOnce(name: string) {
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(name).length) performance.mark(name);
}

/** Marks once, after the browser has painted the frame that follows. */
export function markAfterPaint(name: string) {
  if (typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => setTimeout(() => markOnce(name), 0));
}
