import { describe, expect, it } from 'vitest';
import { timeFromAge } from '../../../lib/platforms/relative-time';

const NOW = Date.UTC(2026, 10, 27, 15, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('timeFromAge: the age a platform shows, read back into a time', () => {
  it.each([
    ['1 week ago', 'en', 7 * DAY],
    ['1 week ago (edited)', 'en', 7 * DAY],
    ['an hour ago', 'en', HOUR],
    ['3 years ago', 'en', 3 * 365 * DAY],
    ['2h', 'en', 2 * HOUR],
    ['5m', 'en', 5 * MIN],
    ['Just now', 'en', 0],
    ['il y a 7 mois', 'fr', 7 * 30 * DAY],
    ['il y a 7 mois (modifié)', 'fr', 7 * 30 * DAY],
    ['il y a une heure', 'fr', HOUR],
    ['Il y a 20 heures', 'fr', 20 * HOUR],
    ['3 j', 'fr', 3 * DAY],
    ['1 sem.', 'fr', 7 * DAY],
    ['2 ans', 'fr', 2 * 365 * DAY],
    ['à l’instant', 'fr', 0],
    ['hace 2 días', 'es', 2 * DAY],
    ['vor 3 Stunden', 'de', 3 * HOUR],
    ['vor einem Monat', 'de', 30 * DAY],
    ['há 4 semanas', 'pt', 28 * DAY],
    ['2 giorni fa', 'it', 2 * DAY],
  ])('%s (%s)', (text, lang, ms) => {
    expect(timeFromAge(text, lang, NOW)).toBe(ago(ms));
  });

  it('reads an age in another language than the page says (an English interface on a French page)', () => {
    expect(timeFromAge('2 days ago', 'fr', NOW)).toBe(ago(2 * DAY));
    expect(timeFromAge('il y a 2 jours', '', NOW)).toBe(ago(2 * DAY));
  });

  it('takes the no-break spaces platforms put between number and unit', () => {
    expect(timeFromAge('il y a\u00a03\u00a0heures', 'fr', NOW)).toBe(ago(3 * HOUR));
  });

  it.each(['November 3', '3 novembre', 'Yesterday at 10:00', 'Hier à 10 h 00', '2026-11-24', 'Top fan', 'Reply', '2 replies', '12', '', 'il y a', 'minutes ago'])(
    'is not an age: %j',
    (text) => {
      expect(timeFromAge(text, 'fr', NOW)).toBeUndefined();
    },
  );

  it('reads nothing from nothing', () => {
    expect(timeFromAge(null, 'en', NOW)).toBeUndefined();
    expect(timeFromAge(undefined, 'en', NOW)).toBeUndefined();
  });
});
