import { sameForm, type TermForm } from '../compile';
import type { Scan } from '../scan';
import { foldAccents, foldCase, isApostrophe, isHyphen, matchCase, startsWithVowelSound, type Token } from '../text';
import type { Fix } from '../types';

/** Elided French words and their full form before a consonant ("l'" depends on the gender of the noun). */
const ELIDED: Record<string, string> = { d: 'de', qu: 'que', j: 'je', n: 'ne', s: 'se', c: 'ce', m: 'me', t: 'te', jusqu: 'jusque', lorsqu: 'lorsque', puisqu: 'puisque' };
const ELIDABLE = new Set(['le', 'la', 'de', 'que', 'je', 'ne', 'se', 'ce', 'me', 'te', 'jusque', 'lorsque', 'puisque']);

/** Banned, discouraged and glossary terms, with case and accent folding, word boundaries and elision. */
export function checkTerms(s: Scan): void {
  const { terms, mustAppear } = s.profile;
  const seen = new Set<string>();
  // Unknown language: the brand's first language decides which language-bound terms apply.
  const lang = s.lang ?? s.profile.languages[0];
  terms.scan(s.tokens, s.text, (m) => {
    const { rule, form, canonical } = m.payload;
    if (rule.language !== 'any' && rule.language !== lang) return false;
    if (inCompound(s.text, m.start, m.end)) return false;
    const slice = s.text.slice(m.start, m.end);
    if (canonical) {
      seen.add(rule.id);
      // The glossary word itself: a problem only where the rule cares (accents, case) and the text differs.
      const want = glossaryForm(rule.term, slice);
      const accents = foldCase(slice) !== foldCase(want);
      const cased = foldAccents(slice) !== foldAccents(want);
      if ((rule.accentSensitive && accents) || (rule.caseSensitive && cased)) report(s, m.payload, slice, m.start, m.end, m.first);
      return true;
    }
    if (!sameForm(rule, slice, form)) return false;
    seen.add(rule.id);
    report(s, m.payload, slice, m.start, m.end, m.first);
    return true;
  });
  for (const rule of mustAppear) {
    if (seen.has(rule.id) || (rule.mustAppear !== 'both' && rule.mustAppear !== s.ctx.kind)) continue;
    if (rule.language !== 'any' && rule.language !== lang) continue;
    s.report(`term:${rule.id}`, rule.severity, 'term.missing', { term: rule.term }, s.text.length, s.text.length);
  }
}

function report(s: Scan, { rule, form }: TermForm, slice: string, start: number, end: number, first: number): void {
  // An acronym rule ("ASAP") is written in capitals by nature: its replacement keeps its own case.
  const caseOf = form === form.toUpperCase() && form !== form.toLowerCase() ? form.toLowerCase() : slice;
  const id = `term:${rule.id}`;
  const reason = rule.reason?.trim() ?? '';
  if (rule.kind === 'banned') {
    const fix = rule.replacement ? replaceFix(s, first, start, end, slice, caseOf, rule.replacement, rule.gender) : undefined;
    s.report(id, rule.severity, reason ? 'term.bannedReason' : 'term.banned', { term: slice, reason }, start, end, fix);
  } else if (rule.kind === 'discouraged') {
    const replacement = rule.replacement ?? '';
    const fix = replacement ? replaceFix(s, first, start, end, slice, caseOf, replacement, rule.gender) : undefined;
    s.report(id, rule.severity, reason ? 'term.discouragedReason' : 'term.discouraged', { term: slice, replacement, reason }, start, end, fix);
  } else {
    const replacement = glossaryForm(rule.term, slice);
    s.report(id, rule.severity, 'term.required', { term: slice, replacement }, start, end, { start, end, replacement });
  }
}

/** Replaces the term, fixing the elision in front of it: "l'e-mail" -> "le courriel", "le chat" -> "l'échange". */
function replaceFix(s: Scan, first: number, start: number, end: number, slice: string, caseOf: string, to: string, gender?: 'm' | 'f'): Fix {
  const replacement = matchCase(caseOf, to);
  const prev: Token | undefined = s.tokens[first - 1];
  if (s.lang === 'en' || !prev) return { start, end, replacement };
  const gap = s.text.slice(prev.end, start);
  const vowelBefore = startsWithVowelSound(slice);
  const vowelAfter = startsWithVowelSound(to);
  if (vowelBefore === vowelAfter) return { start, end, replacement };
  if (gap.length === 1 && isApostrophe(gap) && !vowelAfter) {
    const full = prev.fold === 'l' ? (gender === 'f' ? 'la' : 'le') : ELIDED[prev.fold];
    if (full) return { start: prev.start, end, replacement: `${matchCase(prev.raw, full)} ${replacement}` };
  }
  if (/^\s$/.test(gap) && vowelAfter && ELIDABLE.has(prev.fold)) {
    const apostrophe = s.text.includes('’') ? '’' : "'";
    const elided = prev.raw.slice(0, -1);
    return { start: prev.start, end, replacement: `${elided}${apostrophe}${replacement}` };
  }
  return { start, end, replacement };
}

/** The glossary spelling, capitalised when the text capitalises a word the glossary writes in lower case. */
function glossaryForm(term: string, slice: string): string {
  const up = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
  return !up(term[0]) && up(slice[0]) ? term[0].toUpperCase() + term.slice(1) : term;
}

/** "post" is not the word "post" inside "post-secondaire". */
function inCompound(text: string, start: number, end: number): boolean {
  const letter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  return (isHyphen(text[start - 1] ?? '') && letter(text[start - 2])) || (isHyphen(text[end] ?? '') && letter(text[end + 1]));
}
