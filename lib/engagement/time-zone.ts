const HOUR = 3_600_000;

/**
 * A function giving a time zone's offset from UTC (ms) at an instant. Offsets change on the hour in every zone people
 * here use, so one Intl call per UTC hour is cached: 50,000 items over six months cost at most ~4,400 calls.
 */
export function offsetFn(timeZone: string | undefined): (ms: number) => number {
  if (!timeZone || timeZone === 'UTC') return () => 0;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    return () => 0;
  }
  const cache = new Map<number, number>();
  return (ms) => {
    const hour = Math.floor(ms / HOUR);
    let off = cache.get(hour);
    if (off === undefined) {
      const at = hour * HOUR;
      const p: Record<string, number> = {};
      for (const part of fmt.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
      off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - at;
      cache.set(hour, off);
    }
    return off;
  };
}

/** ISO 8601 week of a local calendar date given as ms (local wall time expressed in UTC fields): `2026-W05`. */
export function isoWeekKey(localMs: number): string {
  const d = new Date(localMs);
  const day = d.getUTCDay() || 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}
