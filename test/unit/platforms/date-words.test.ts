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
