import type { FailReason } from './types';

/**
 * Text as compared for verification: the ways editors render the same text differ in line breaks
 * (a paragraph may read as one or two newlines), non-breaking spaces and zero-width caret holders.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n+/g, '\n')
    .replace(/^\n+|\n+$/g, '');
}

export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

function removingOneGives(after: string, needle: string, before: string): boolean {
  for (let i = after.indexOf(needle); i !== -1; i = after.indexOf(needle, i + 1)) {
    const rest = after.slice(0, i) + after.slice(i + needle.length);
    // A paragraph break at either end of the insertion may merge with the one around it.
    if (normalizeText(rest) === before || normalizeText(rest.slice(0, i) + '\n' + rest.slice(i)) === before) return true;
  }
  return false;
}

export type Verdict = { ok: true } | { ok: false; reason: FailReason };

/** Compares the editor's text before and after one insertion of `text`. */
export function verifyInsertion(before: string, after: string, text: string): Verdict {
  const b = normalizeText(before);
  const a = normalizeText(after);
  const t = normalizeText(text);
  if (!t) return a === b ? { ok: true } : { ok: false, reason: 'lost' };
  if (a === b) return { ok: false, reason: 'unchanged' };
  const added = countOccurrences(a, t) - countOccurrences(b, t);
  if (added > 1) return { ok: false, reason: 'duplicated' };
  if (added < 1) return { ok: false, reason: 'partial' };
  return removingOneGives(a, t, b) ? { ok: true } : { ok: false, reason: 'lost' };
}
