import { fold, sepClass, tokenize, type Token } from './text';

/** A phrase split into folded words and the separator class between each pair ("e-mail" -> e, -, mail). */
export interface PhraseShape {
  words: string[];
  seps: ReturnType<typeof sepClass>[];
}

export function shapeOf(phrase: string): PhraseShape | null {
  const toks = tokenize(phrase);
  if (!toks.length) return null;
  const seps = toks.slice(1).map((t, i) => sepClass(phrase.slice(toks[i].end, t.start)));
  return { words: toks.map((t) => t.fold), seps };
}

export interface PhraseMatch<T> {
  payload: T;
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Folded phrases indexed by their first word: one pass over the tokens finds every phrase,
 * longest first at each position, with word boundaries and separators respected.
 */
export class PhraseIndex<T> {
  private byFirst = new Map<string, Array<{ shape: PhraseShape; payload: T }>>();
  size = 0;

  add(phrase: string, payload: T): boolean {
    const shape = shapeOf(phrase);
    if (!shape) return false;
    const list = this.byFirst.get(shape.words[0]) ?? [];
    list.push({ shape, payload });
    list.sort((a, b) => b.shape.words.length - a.shape.words.length);
    this.byFirst.set(shape.words[0], list);
    this.size++;
    return true;
  }

  /** Calls `accept` for candidates at each position; the first accepted one wins and the scan skips past it. */
  scan(tokens: Token[], text: string, accept: (m: PhraseMatch<T>) => boolean): void {
    if (!this.size) return;
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byFirst.get(tokens[i].fold);
      if (!list) continue;
      for (const { shape, payload } of list) {
        const last = i + shape.words.length - 1;
        if (last >= tokens.length || !sameWords(tokens, text, i, shape)) continue;
        if (accept({ payload, first: i, last, start: tokens[i].start, end: tokens[last].end })) {
          i = last;
          break;
        }
      }
    }
  }

  has(tokens: Token[], text: string): boolean {
    let found = false;
    this.scan(tokens, text, () => (found = true));
    return found;
  }
}

function sameWords(tokens: Token[], text: string, i: number, shape: PhraseShape): boolean {
  for (let k = 1; k < shape.words.length; k++) {
    const a = tokens[i + k - 1];
    const b = tokens[i + k];
    if (b.fold !== shape.words[k]) return false;
    const sep = sepClass(text.slice(a.end, b.start));
    const want = shape.seps[k - 1];
    // "calmez-vous" and "calmez vous", "e-mail" and "e mail": hyphen and space stand for each other.
    if (sep !== want && !((want === 'space' || want === 'hyphen') && (sep === 'space' || sep === 'hyphen'))) return false;
  }
  return true;
}

export function phraseIndex(phrases: readonly string[]): PhraseIndex<string> {
  const idx = new PhraseIndex<string>();
  for (const p of phrases) idx.add(p, fold(p));
  return idx;
}
