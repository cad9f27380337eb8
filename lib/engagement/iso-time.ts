const d = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Milliseconds of an ISO 8601 time. Stored times are all `toISOString()` output (24 characters, Z): those are read
 * digit by digit, about three times faster than Date.parse, which matters over 50,000 items; anything else goes to
 * Date.parse.
 */
export function isoMs(s: string): number {
  if (s.length === 24 && s.charCodeAt(23) === 90 && s.charCodeAt(10) === 84) {
    return Date.UTC(
      d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3),
      d(s, 5) * 10 + d(s, 6) - 1,
      d(s, 8) * 10 + d(s, 9),
      d(s, 11) * 10 + d(s, 12),
      d(s, 14) * 10 + d(s, 15),
      d(s, 17) * 10 + d(s, 18),
      d(s, 20) * 100 + d(s, 21) * 10 + d(s, 22),
    );
  }
  return Date.parse(s);
}
