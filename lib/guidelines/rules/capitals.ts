import type { Scan } from '../scan';

/** Words in capitals read as shouting; acronyms on the brand's list are fine. */
export function checkCapitals(s: Scan): void {
  const rule = s.profile.sections.capitals;
  if (!rule.enabled) return;
  let n = 0;
  for (const t of s.tokens) {
    if (t.raw.length < rule.minLength || t.raw !== t.raw.toUpperCase() || t.raw === t.raw.toLowerCase()) continue;
    const letters = t.raw.replace(/[^\p{L}]/gu, '');
    if (letters.length < rule.minLength || s.profile.capitalsAllow.has(t.raw.toUpperCase())) continue;
    if (++n <= rule.max) continue;
    const lower = t.raw.toLowerCase();
    const replacement = sentenceStart(s.text, t.start) ? lower[0].toUpperCase() + lower.slice(1) : lower;
    s.report('capitals', rule.severity, 'capitals', { word: t.raw }, t.start, t.end, { start: t.start, end: t.end, replacement });
  }
}

function sentenceStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k];
    if (/\s|["«“(#]/.test(c)) continue;
    return /[.!?…\n]/.test(c);
  }
  return true;
}
