import { monthGrid, weekDays } from '../../lib/calendar/view-model';
import { addDaysToWall, pad2, zonedToUtc } from '../../lib/calendar/zoned-time';
import type { View } from '../calendar/CalendarViews';

const nextDay = (day: string, n = 1) => {
  const [y, m, d] = day.split('-').map(Number);
  const w = addDaysToWall({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }, n);
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}`;
};

const firstOfNextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad2(m + 1)}-01`;
};

/** The days a view shows, [from, to) as "YYYY-MM-DD": the month grid's six weeks, the week, or the list's month. */
export function visibleDays(view: View, cursor: string, weekStartsOn: 0 | 1): [string, string] {
  if (view === 'week') {
    const days = weekDays(cursor, weekStartsOn);
    return [days[0], nextDay(days[6])];
  }
  if (view === 'list') return [`${cursor.slice(0, 7)}-01`, firstOfNextMonth(cursor)];
  const [y, m] = cursor.split('-').map(Number);
  const grid = monthGrid(y, m, weekStartsOn);
  return [grid[0][0], nextDay(grid[5][6])];
}

/** Midnight of a day in a zone, as the ISO instant the posts' date index sorts on. */
export function dayStartIso(day: string, timeZone: string) {
  const [year, month, d] = day.split('-').map(Number);
  return new Date(zonedToUtc({ year, month, day: d, hour: 0, minute: 0, second: 0 }, timeZone)).toISOString();
}

/**
 * The tempo window for a month: the month itself, stretched to four weeks ahead of now when the month ends sooner
 * (a warning about next week's gap matters on the 28th). Posts are read from a month earlier, so a gap that began
 * before the window is measured from its real start.
 */
export function tempoWindow(cursor: string, nowIso: string, timeZone: string) {
  const from = dayStartIso(`${cursor.slice(0, 7)}-01`, timeZone);
  const monthEnd = dayStartIso(firstOfNextMonth(cursor), timeZone);
  const ahead = new Date(Date.parse(nowIso) + 28 * 86_400_000).toISOString();
  const to = Date.parse(monthEnd) > Date.parse(nowIso) && ahead > monthEnd ? ahead : monthEnd;
  const readFrom = new Date(Date.parse(from) - 31 * 86_400_000).toISOString();
  return { from, to, readFrom };
}
