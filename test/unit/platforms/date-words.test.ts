import { describe, expect, it } from 'vitest';
import { dayFromWords } from '../../../lib/platforms/date-words';

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
