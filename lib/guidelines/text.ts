/** Tokens, folding and sentence spans. Every index is a UTF-16 offset into the original text. */

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower case, accents removed. */
  fold: string;
  /** The character right after the token ('' at the end): tells elision ("l'") from a plain word. */
  next: string;
  prev: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;

export function fold(s: string): string {
  const lower = s.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** Lower case only (for accent-sensitive terms). */
export const foldCase = (s: string) => s.toLowerCase().normalize('NFC');
/** Accents removed only (for case-sensitive terms). */
export const foldAccents = (s: string) => (ASCII.test(s) ? s : s.normalize('NFD').replace(MARKS, '').normalize('NFC'));

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, raw: m[0], fold: fold(m[0]), next: text[end] ?? '', prev: start > 0 ? text[start - 1] : '' });
  }
  return out;
}

export const APOSTROPHES = "'’ʼ";
export const isApostrophe = (c: string) => c !== '' && APOSTROPHES.includes(c);
export const isHyphen = (c: string) => c !== '' && '-‐‑–'.includes(c);

/** Separator class between two words of a phrase: same class in the term and in the text. */
export function sepClass(sep: string): 'space' | 'apostrophe' | 'hyphen' | 'none' | 'other' {
  if (sep === '') return 'none';
  if (/^\s+$/u.test(sep)) return 'space';
  if (sep.length === 1 && isApostrophe(sep)) return 'apostrophe';
  if (sep.length === 1 && isHyphen(sep)) return 'hyphen';
  return 'other';
}

export interface Span {
  start: number;
  end: number;
}

/** Sentences split on . ! ? … and line breaks, trimmed; used to scope plural cues. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?…\n]+[.!?…]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    const lead = s.length - s.trimStart().length;
    const trail = s.length - s.trimEnd().length;
    if (s.trim()) out.push({ start: m.index + lead, end: m.index + s.length - trail });
  }
  return out;
}

/** Keeps the case pattern of the replaced word: "Chat" -> "Clavardage", "CHAT" -> "CLAVARDAGE". */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export const startsWithVowelSound = (s: string) => /^[aeiouyhàâäéèêëîïôöûüœæ]/i.test(fold(s).trimStart());
