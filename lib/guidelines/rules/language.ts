import type { Scan } from '../scan';

/** The brand answers only in its own languages. Needs a confident guess or the caller's language. */
export function checkLanguage(s: Scan): void {
  const langs = s.profile.languages;
  if (!s.lang || langs.includes(s.lang) || !s.tokens.length) return;
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  s.report('language', 'warning', 'language', { language: s.lang, languages: langs.join(',') }, first.start, last.end);
}
