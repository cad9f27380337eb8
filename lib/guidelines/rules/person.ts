import { EN_FIRST_PLURAL, EN_FIRST_SINGULAR, FR_FIRST_PLURAL, FR_FIRST_SINGULAR } from '../lexicon';
import type { Scan } from '../scan';
import { isApostrophe, matchCase } from '../text';

/** Possessive swaps that never change the verb. */
const TO_NOUS: Record<string, string> = { mon: 'notre', ma: 'notre', mes: 'nos', my: 'our' };
const TO_JE: Record<string, string> = { nos: 'mes', our: 'my' };

/** Nous/je: the brand speaks as "we" or as "I", in French and English. */
export function checkPerson(s: Scan): void {
  const rule = s.profile.sections.person;
  if (!rule.enabled || rule.value === 'either' || !s.lang) return;
  const wantNous = rule.value === 'nous';
  const wrong = s.lang === 'fr' ? (wantNous ? FR_FIRST_SINGULAR : FR_FIRST_PLURAL) : wantNous ? EN_FIRST_SINGULAR : EN_FIRST_PLURAL;
  const swaps = wantNous ? TO_NOUS : TO_JE;
  for (const t of s.tokens) {
    if (!wrong.has(t.fold)) continue;
    if (t.fold === 'j' && !isApostrophe(t.next)) continue;
    // English "I" is only ever the capital letter; "i" alone is a typo or a list marker.
    if (t.fold === 'i' && t.raw !== 'I') continue;
    // "US" in capitals is the country.
    if (t.fold === 'us' && t.raw === 'US') continue;
    const end = t.fold === 'j' ? t.end + 1 : t.end;
    const to = swaps[t.fold];
    const fix = to ? { start: t.start, end: t.end, replacement: matchCase(t.raw, to) } : undefined;
    s.report('person', rule.severity, wantNous ? 'person.je' : 'person.nous', { word: s.text.slice(t.start, end) }, t.start, end, fix);
  }
}
