import { describe, expect, it } from 'vitest';
import { instantsOfWallTime, isTimeZone, offsetMinutes, wallTimeOf, zonedToUtc } from '../../../lib/calendar/zoned-time';

const w = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0 });

describe('zoned time', () => {
  it('reads Toronto winter and summer offsets', () => {
    expect(offsetMinutes(Date.UTC(2026, 0, 15), 'America/Toronto')).toBe(-300);
    expect(offsetMinutes(Date.UTC(2026, 6, 15), 'America/Toronto')).toBe(-240);
    expect(offsetMinutes(Date.UTC(2026, 6, 15), 'Europe/Paris')).toBe(120);
  });

  it('converts a wall time to its instant and back', () => {
    const ms = zonedToUtc(w(2026, 3, 14, 9, 30), 'America/Toronto');
    expect(new Date(ms).toISOString()).toBe('2026-03-14T13:30:00.000Z');
    expect(wallTimeOf(ms, 'America/Toronto')).toEqual(w(2026, 3, 14, 9, 30));
  });

  it('finds both instants of the repeated autumn hour and honours a preference', () => {
    const both = instantsOfWallTime(w(2026, 11, 1, 1, 30), 'America/Toronto');
    expect(both.map((x) => new Date(x).toISOString())).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']);
    expect(zonedToUtc(w(2026, 11, 1, 1, 30), 'America/Toronto', both[1])).toBe(both[1]);
    expect(zonedToUtc(w(2026, 11, 1, 1, 30), 'America/Toronto')).toBe(both[0]);
  });

  it('moves a wall time in the skipped spring hour forward', () => {
    expect(instantsOfWallTime(w(2026, 3, 8, 2, 30), 'America/Toronto')).toEqual([]);
    const ms = zonedToUtc(w(2026, 3, 8, 2, 30), 'America/Toronto');
    expect(wallTimeOf(ms, 'America/Toronto')).toEqual(w(2026, 3, 8, 3, 30));
  });

  it('tells real zones from made-up ones', () => {
    expect(isTimeZone('America/Montreal')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('cached offsets', () => {
  it('agree with Intl at every instant, transitions included', async () => {
    const fc = (await import('fast-check')).default;
    const zones = ['America/Toronto', 'America/St_Johns', 'Europe/Paris', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Sao_Paulo'];
    const intl = (ms: number, tz: string) => {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(ms);
      const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
      return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
    };
    // Around Toronto's 2026 changes, minute by minute, then random instants anywhere.
    for (const start of [Date.UTC(2026, 2, 8, 6), Date.UTC(2026, 10, 1, 5)]) {
      for (let m = 0; m < 120; m++) expect(wallTimeOf(start + m * 60000, 'America/Toronto')).toEqual(intl(start + m * 60000, 'America/Toronto'));
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }), fc.constantFrom(...zones), (s, tz) => {
        expect(wallTimeOf(s * 1000, tz)).toEqual(intl(s * 1000, tz));
      }),
      { numRuns: 500 },
    );
  });
});
