import safeRegex from 'safe-regex2';

/** Custom patterns run on at most this many UTF-16 units of a draft, and report at most this many matches. */
export const CUSTOM_INPUT_CAP = 5000;
export const CUSTOM_MATCH_CAP = 50;

export type PatternRefusal =
  | { code: 'syntax'; detail: string }
  | { code: 'unsafe' }
  | { code: 'backreference' }
  | { code: 'empty-match' };

/** A quantified group holding an alternation, e.g. (a|ab)*: safe-regex2's star-height test lets it through. */
const QUANTIFIED_ALTERNATION = /\((?:\?:)?[^()]*\|[^()]*\)(?:[*+]|\{\d+,\d*\})/;

/** Compiles a brand's pattern, or says why it is refused. Never throws. */
export function checkPattern(pattern: string, flags: string): { ok: true; re: RegExp } | { ok: false; refusal: PatternRefusal } {
  let re: RegExp;
  try {
    re = new RegExp(pattern, `${flags.replace(/[^ims]/g, '')}gu`);
  } catch (err) {
    return { ok: false, refusal: { code: 'syntax', detail: err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err) } };
  }
  if (/\\[1-9]|\\k</.test(pattern)) return { ok: false, refusal: { code: 'backreference' } };
  let safe = false;
  try {
    safe = safeRegex(pattern);
  } catch {
    safe = false;
  }
  if (!safe || QUANTIFIED_ALTERNATION.test(pattern)) return { ok: false, refusal: { code: 'unsafe' } };
  re.lastIndex = 0;
  if (re.test('')) return { ok: false, refusal: { code: 'empty-match' } };
  re.lastIndex = 0;
  return { ok: true, re };
}
