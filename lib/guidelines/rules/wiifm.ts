import { BENEFIT_WORDS, BRAND_WORDS, READER_WORDS } from '../lexicon';
import type { Scan } from '../scan';
import { isHyphen } from '../text';

const BENEFITS = new Set(BENEFIT_WORDS);

/** "What's in it for me?": a text all about the brand, never about the reader or a benefit to them. */
export function checkWiifm(s: Scan): void {
  const rule = s.profile.sections.wiifm;
  if (!rule.enabled || !rule.kinds.includes(s.ctx.kind)) return;
  const brand: number[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (READER_WORDS.has(t.fold) || BENEFITS.has(t.fold)) return;
    if (t.fold === 't' && "'’".includes(t.next)) return;
    // "Écrivez-nous", "Contactez-nous": the imperative speaks to the reader.
    if (/ez$/.test(t.fold) && isHyphen(t.next)) return;
    if (BRAND_WORDS.has(t.fold) && !(t.fold === 'us' && t.raw === 'US')) brand.push(i);
  }
  if (brand.length < rule.minBrandWords) return;
  if (s.profile.cta.has(s.tokens, s.text)) return;
  const first = s.tokens[brand[0]];
  s.report('wiifm', rule.severity, 'wiifm', { count: brand.length }, first.start, first.end);
}
