import { afterAll, describe, expect, it } from 'vitest';
import { dayFromWords, timeFromWords } from '../../../lib/platforms/date-words';

describe('dayFromWords: a date printed in words, as noon UTC of that day', () => {
  it.each([
    ['6 août 2021', 'fr', '2021-08-06'],
    ['Aug 6, 2021', 'en', '2021-08-06'],
    ['Published on Apr 9, 2018', 'en', '2018-04-09'],
    ['Premiered Dec 31, 2024', 'en', '2024-12-31'],
    ['Diffusé en direct le 1 févr. 2025', 'fr', '2025-02-01'],
    ['6 de ago. de 2021', 'es', '2021-08-06'],
    ['6. August 2021', 'de', '2021-08-06'],
    ['Aug 6, 2021', 'fr', '2021-08-06'],
    ['6 août 2021', 'en', '2021-08-06'],
  ])('%s (%s)', (text, lang, day) => {
    expect(dayFromWords(text, lang)).toBe(`${day}T12:00:00.000Z`);
  });

  it.each(['il y a 2 jours', '2021', 'août 2021', '31 févr. 2021', '1,2 k vues', 'Réponse 12', ''])('is not a day: %j', (text) => {
    expect(dayFromWords(text, 'fr')).toBeUndefined();
  });
});

describe('dayFromWords without a year (Facebook: "November 3 at 10:00")', () => {
  const now = Date.UTC(2026, 10, 27, 15, 0, 0);
  it('is this year\'s day when it has come, last year\'s when it is still to come', () => {
    expect(dayFromWords('November 3 at 10:00 AM', 'en', now)).toBe('2026-11-03T12:00:00.000Z');
    expect(dayFromWords('3 novembre, 10:00', 'fr', now)).toBe('2026-11-03T12:00:00.000Z');
    expect(dayFromWords('December 24 at 18:00', 'en', now)).toBe('2025-12-24T12:00:00.000Z');
    expect(dayFromWords('27 novembre', 'fr', now)).toBe('2026-11-27T12:00:00.000Z');
  });

  it('is nothing without a clock to tell the year by', () => {
    expect(dayFromWords('November 3 at 10:00 AM', 'en')).toBeUndefined();
  });
});

describe('timeFromWords: a day near today ("Yesterday at 10:00 AM", "mardi à 10:00"), the hour in local time', () => {
  // Montreal (UTC-5 in November), so that a day or an hour read as UTC fails here even on a UTC machine: Friday 27
  // November 2026, 21:00 local time, is Saturday in UTC. Expectations are built in local time, so any time zone agrees.
  const zone = process.env.TZ;
  process.env.TZ = 'America/Montreal';
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const NOW = new Date(2026, 10, 27, 21, 0).getTime();
  const at = (day: number, h: number, min: number) => new Date(2026, 10, day, h, min).toISOString();
  const noonOf = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString();

  it.each([
    ['Yesterday at 10:00 AM', 'en', at(26, 10, 0)],
    ['Yesterday at 10:00\u202fPM', 'en', at(26, 22, 0)],
    ['Hier, à 10:00', 'fr', at(26, 10, 0)],
    ['Hier à 10 h 00', 'fr', at(26, 10, 0)],
    ['hier à 22h05', 'fr', at(26, 22, 5)],
    ['Hier à 10 h', 'fr', at(26, 10, 0)],
    [' Yesterday at 10:00 AM\n', 'en', at(26, 10, 0)],
    ['Ayer a las 22:00', 'es', at(26, 22, 0)],
    ['ayer a las 10:00 p. m.', 'es', at(26, 22, 0)],
    ['ayer a la 1:00', 'es', at(26, 1, 0)],
    ['Gestern um 10:00', 'de', at(26, 10, 0)],
    ['Gestern um 22:05 Uhr', 'de', at(26, 22, 5)],
    ['Ontem às 10:00', 'pt', at(26, 10, 0)],
    ['Ieri alle 10:00', 'it', at(26, 10, 0)],
  ])('yesterday with its hour: %s (%s)', (text, lang, time) => {
    expect(timeFromWords(text, lang, NOW)).toBe(time);
  });

  it.each([
    ['Yesterday', 'en'],
    ['Hier', 'fr'],
    ['Ayer', 'es'],
    ['Gestern', 'de'],
    ['Ontem', 'pt'],
    ['Ieri', 'it'],
  ])('yesterday without an hour is noon UTC of that day: %s (%s)', (text, lang) => {
    expect(timeFromWords(text, lang, NOW)).toBe(noonOf(26));
  });

  it('today, at its hour, never after now', () => {
    expect(timeFromWords('Today at 10:00 AM', 'en', NOW)).toBe(at(27, 10, 0));
    expect(timeFromWords('Aujourd’hui à 10:00', 'fr', NOW)).toBe(at(27, 10, 0));
    expect(timeFromWords("aujourd'hui à 10 h 00", 'fr', NOW)).toBe(at(27, 10, 0));
    expect(timeFromWords('Today at 10:00 PM', 'en', NOW)).toBe(new Date(NOW).toISOString());
    for (const text of ['hoy', 'heute', 'hoje', 'oggi']) {
      expect(timeFromWords(text, 'en', NOW)).toBe(new Date(Math.min(Date.UTC(2026, 10, 27, 12), NOW)).toISOString());
    }
  });

  it.each([
    ['Tuesday at 10:00 AM', 'en', at(24, 10, 0)],
    ['Tue 10:00 AM', 'en', at(24, 10, 0)],
    ['mardi à 10:00', 'fr', at(24, 10, 0)],
    ['mer. à 10 h 00', 'fr', at(25, 10, 0)],
    ['martes a las 10:00', 'es', at(24, 10, 0)],
    ['mié 22:00', 'es', at(25, 22, 0)],
    ['Dienstag um 10:00', 'de', at(24, 10, 0)],
    ['Di. um 10:00', 'de', at(24, 10, 0)],
    ['terça-feira às 10:00', 'pt', at(24, 10, 0)],
    ['qua. às 10:00', 'pt', at(25, 10, 0)],
    ['martedì alle 10:00', 'it', at(24, 10, 0)],
    ['gio 10:00', 'it', at(26, 10, 0)],
    ['Saturday at 9:30 AM', 'en', at(21, 9, 30)],
  ])('a weekday with its hour is the last one before today: %s (%s)', (text, lang, time) => {
    expect(timeFromWords(text, lang, NOW)).toBe(time);
  });

  it.each([
    ['Tuesday', 'en', 24],
    ['mardi', 'fr', 24],
    ['Martes', 'es', 24],
    ['Dienstag', 'de', 24],
    ['Terça-feira', 'pt', 24],
    ['Martedì', 'it', 24],
    ['Sábado', 'pt', 21],
  ])('a weekday without an hour is noon UTC of that day: %s (%s)', (text, lang, day) => {
    expect(timeFromWords(text, lang, NOW)).toBe(noonOf(day));
  });

  it("today's own weekday is a week ago (today's would be an age)", () => {
    expect(timeFromWords('Friday at 10:00 AM', 'en', NOW)).toBe(at(20, 10, 0));
    expect(timeFromWords('vendredi', 'fr', NOW)).toBe(noonOf(20));
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(timeFromWords('Yesterday at 12:05 AM', 'en', NOW)).toBe(at(26, 0, 5));
    expect(timeFromWords('Yesterday at 12:00 AM', 'en', NOW)).toBe(at(26, 0, 0));
    expect(timeFromWords('Yesterday at 12:00 PM', 'en', NOW)).toBe(at(26, 12, 0));
    expect(timeFromWords('Yesterday at 12:30 p.m.', 'en', NOW)).toBe(at(26, 12, 30));
    expect(timeFromWords('Yesterday at 0:05 AM', 'en', NOW)).toBe(at(26, 0, 5));
  });

  it.each(['Yesterday at 13:00 PM', 'Yesterday at 24:00', 'Hier à 10:60'])('is no time when the hour is none: %j', (text) => {
    expect(timeFromWords(text, 'en', NOW)).toBeUndefined();
  });

  it("reads a day word in another language than the page's (no <html lang>, an English interface on a French page)", () => {
    expect(timeFromWords('Yesterday at 10:00 AM', 'fr', NOW)).toBe(at(26, 10, 0));
    expect(timeFromWords('Hier à 10 h 00', '', NOW)).toBe(at(26, 10, 0));
    expect(timeFromWords('gestern', 'en-US', NOW)).toBe(noonOf(26));
    expect(timeFromWords('mardi à 10:00', 'zh-CN', NOW)).toBe(at(24, 10, 0));
  });

  it('reads an age before anything else, and a month day as noon UTC (its hour aside)', () => {
    expect(timeFromWords('3h', 'en', NOW)).toBe(new Date(NOW - 3 * 3_600_000).toISOString());
    expect(timeFromWords('2 j', 'fr', NOW)).toBe(new Date(NOW - 2 * 86_400_000).toISOString());
    expect(timeFromWords('November 3 at 10:00 AM', 'en', NOW)).toBe('2026-11-03T12:00:00.000Z');
    expect(timeFromWords('3 novembre à 10:00', 'fr', NOW)).toBe('2026-11-03T12:00:00.000Z');
  });

  it.each([
    'Top fan',
    'Reply',
    '2 replies',
    '12',
    '',
    'il y a',
    'minutes ago',
    'November',
    'novembre',
    'Mar',
    'hiermit',
    'chier',
    'Hier ist es',
    'Yesterdays',
    'Yesterday at',
    "Today's special",
    `${' '.repeat(80)}Hier`,
  ])('is not a day: %j', (text) => {
    expect(timeFromWords(text, 'fr', NOW)).toBeUndefined();
  });

  it('reads nothing from nothing', () => {
    expect(timeFromWords(null, 'en', NOW)).toBeUndefined();
    expect(timeFromWords(undefined, 'en', NOW)).toBeUndefined();
  });
});
