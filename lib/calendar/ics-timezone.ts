/**
 * A VTIMEZONE for an IANA zone, built from Intl: one observance per actual offset change over the years the export
 * covers (explicit DTSTARTs rather than RRULEs, so the rules of each year are exactly the ones Intl knows).
 */
import { basicDateTime } from './ics-text';
import { offsetMinutes, wallTimeOf } from './zoned-time';

const DAY = 86_400_000;
const MINUTE = 60_000;

function fmtOffset(min: number) {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/** Instants (ms) where the zone's offset changes in [from, to). */
export function offsetTransitions(timeZone: string, from: number, to: number): Array<{ at: number; before: number; after: number }> {
  const out: Array<{ at: number; before: number; after: number }> = [];
  let t = from;
  let o = offsetMinutes(t, timeZone);
  while (t < to) {
    const next = Math.min(t + DAY, to);
    const o2 = offsetMinutes(next, timeZone);
    if (o2 !== o) {
      let lo = Math.floor(t / MINUTE);
      let hi = Math.floor(next / MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(mid * MINUTE, timeZone) === o) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi * MINUTE, before: o, after: o2 });
      o = o2;
    }
    t = next;
  }
  return out;
}

function localStart(ms: number, offsetMin: number) {
  const d = new Date(ms + offsetMin * MINUTE);
  return basicDateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), false);
}

export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const changes = offsetTransitions(timeZone, from, to);
  const initial = offsetMinutes(from, timeZone);
  const all = [initial, ...changes.map((c) => c.after)];
  const standard = Math.min(...all);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (startMs: number, before: number, after: number) => {
    const kind = after > standard ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStart(startMs, before)}`,
      `TZOFFSETFROM:${fmtOffset(before)}`,
      `TZOFFSETTO:${fmtOffset(after)}`,
      `END:${kind}`,
    );
  };
  const w = wallTimeOf(from, timeZone);
  observance(Date.UTC(w.year, 0, 1) - initial * MINUTE, initial, initial);
  for (const c of changes) observance(c.at, c.before, c.after);
  lines.push('END:VTIMEZONE');
  return lines;
}
