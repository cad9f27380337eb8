import { describe, expect, it } from 'vitest';
import { isoWeekKey, offsetFn } from '../../../lib/engagement/time-zone';

const week = (isoDate: string) => isoWeekKey(Date.parse(`${isoDate}T12:00:00Z`));

describe('ISO weeks and local time', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-03-01', '2026-W09'],
    ['2026-03-02', '2026-W10'],
    ['2027-01-01', '2026-W53'],
  ])('%s is in %s', (d, w) => expect(week(d)).toBe(w));

  it('Montréal offsets follow daylight saving time', () => {
    const off = offsetFn('America/Toronto');
    expect(off(Date.parse('2026-01-15T12:00:00Z'))).toBe(-5 * 3_600_000);
    expect(off(Date.parse('2026-07-15T12:00:00Z'))).toBe(-4 * 3_600_000);
    expect(off(Date.parse('2026-03-08T06:59:00Z'))).toBe(-5 * 3_600_000);
    expect(off(Date.parse('2026-03-08T07:00:00Z'))).toBe(-4 * 3_600_000);
  });

  it('Sunday evening in Montréal is still the week of that Sunday, though Monday in UTC', () => {
    const ms = Date.parse('2026-03-09T02:00:00Z'); // Sunday 22:00 EDT
    const off = offsetFn('America/Toronto');
    expect(isoWeekKey(ms)).toBe('2026-W11');
    expect(isoWeekKey(ms + off(ms))).toBe('2026-W10');
  });

  it('Newfoundland changes at half past the UTC hour, and the offset follows to the second', () => {
    const off = offsetFn('America/St_Johns');
    expect(off(Date.parse('2026-03-08T05:29:59Z'))).toBe(-3.5 * 3_600_000);
    expect(off(Date.parse('2026-03-08T05:30:00Z'))).toBe(-2.5 * 3_600_000);
    expect(off(Date.parse('2026-11-01T04:29:59Z'))).toBe(-2.5 * 3_600_000);
    expect(off(Date.parse('2026-11-01T04:30:00Z'))).toBe(-3.5 * 3_600_000);
  });

  it('unknown zones fall back to UTC', () => {
    expect(offsetFn('Nowhere/Atlantis')(0)).toBe(0);
  });
});
