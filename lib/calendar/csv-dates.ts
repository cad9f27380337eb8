/** Date and time cells as spreadsheets hold them, read as wall time in a zone (or as an instant when they carry one). */
import { daysInMonth, type WallTime } from './zoned-time';

export type DateProblem = 'badDate' | 'dateMonthFirst' | 'badTime';

export type ParsedWhen =
  | { kind: 'instant'; ms: number }
  | { kind: 'wall'; wall: WallTime; hasTime: boolean }
  | { kind: 'error'; problem: DateProblem };

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(.+))?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T\s]+(.+))?$/;

/** "09:30", "9:30:15", "9h30", "9 h 30", "14 h", "9:30 AM", "2 pm". */
export function parseTime(raw: string): { hour: number; minute: number; second: number } | null {
  const s = raw.trim().toLowerCase();
  const m = s.match(/^(\d{1,2})(?:\s*(?::|h)\s*(\d{2})?(?::(\d{2}))?)?\s*(am|pm|a\.m\.|p\.m\.)?$/);
  if (!m) return null;
  if (m[2] === undefined && !m[4] && !/h/.test(s)) return null; // a bare number is not a time
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const second = m[3] ? Number(m[3]) : 0;
  if (m[4]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4].startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function validDay(year: number, month: number, day: number) {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Reads a date cell and an optional separate time cell. Day-first only for slashed dates (the French and Canadian
 * spreadsheet order): "03/14/2026" is refused with `dateMonthFirst` rather than guessed.
 */
export function parseWhen(dateCell: string, timeCell = ''): ParsedWhen {
  const d = dateCell.trim();
  const iso = d.match(ISO_INSTANT);
  if (iso) {
    if (!validDay(+iso[1], +iso[2], +iso[3])) return { kind: 'error', problem: 'badDate' };
    const ms = Date.parse(iso[7].length === 5 && iso[7][0] !== 'Z' ? d.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : d);
    return Number.isNaN(ms) ? { kind: 'error', problem: 'badDate' } : { kind: 'instant', ms };
  }
  let year: number, month: number, day: number, rest: string | undefined;
  const ymd = d.match(YMD);
  const dmy = ymd ? null : d.match(DMY);
  if (ymd) [year, month, day, rest] = [+ymd[1], +ymd[2], +ymd[3], ymd[4]];
  else if (dmy) {
    [day, month, year, rest] = [+dmy[1], +dmy[2], +dmy[3], dmy[4]];
    if (month > 12 && day <= 12 && validDay(year, day, month)) return { kind: 'error', problem: 'dateMonthFirst' };
  } else return { kind: 'error', problem: 'badDate' };
  if (!validDay(year, month, day)) return { kind: 'error', problem: 'badDate' };
  const timeText = (rest ?? '').trim() || timeCell.trim();
  if (!timeText) return { kind: 'wall', wall: { year, month, day, hour: 0, minute: 0, second: 0 }, hasTime: false };
  const t = parseTime(timeText);
  if (!t) return { kind: 'error', problem: 'badTime' };
  return { kind: 'wall', wall: { year, month, day, ...t }, hasTime: true };
}
