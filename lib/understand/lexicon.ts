/**
 * A weighted word list matched against folded tokens. Entries are written folded (no accents, lower case):
 * "panne" (one word), "pas de reponse" (a phrase of up to 4 words), "rembours*" (a prefix).
 */
export interface Lexicon {
  words: Map<string, number>;
  phrases: Map<string, number>;
  prefixes: Array<[string, number]>;
  longest: number;
  /** First words of phrases: most tokens start none, and skip the phrase lookups. */
  starts: Set<string>;
}

export interface Hit {
  term: string;
  weight: number;
  /** Index of the first token of the match. */
  at: number;
  /** Number of tokens the match covers. */
  len: number;
}

export function compileLexicon(entries: Record<string, number>): Lexicon {
  const lex: Lexicon = { words: new Map(), phrases: new Map(), prefixes: [], longest: 1, starts: new Set() };
  for (const [term, weight] of Object.entries(entries)) {
    if (term.endsWith('*')) lex.prefixes.push([term.slice(0, -1), weight]);
    else if (term.includes(' ')) {
      lex.phrases.set(term, weight);
      lex.starts.add(term.slice(0, term.indexOf(' ')));
      lex.longest = Math.max(lex.longest, term.split(' ').length);
    } else lex.words.set(term, weight);
  }
  return lex;
}

/** Every match, longest phrase first at each position; tokens inside a matched phrase are not matched again. */
export function matchLexicon(lex: Lexicon, tokens: string[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (lex.starts.has(tokens[i])) {
      let best: Hit | null = null;
      let phrase = tokens[i];
      for (let n = 2; n <= lex.longest && i + n <= tokens.length; n++) {
        phrase += ' ' + tokens[i + n - 1];
        const w = lex.phrases.get(phrase);
        if (w !== undefined) best = { term: phrase, weight: w, at: i, len: n };
      }
      if (best) {
        hits.push(best);
        i += best.len - 1;
        continue;
      }
    }
    const t = tokens[i];
    const w = lex.words.get(t);
    if (w !== undefined) {
      hits.push({ term: t, weight: w, at: i, len: 1 });
      continue;
    }
    for (const [p, pw] of lex.prefixes) {
      if (t.length >= p.length && t.startsWith(p)) {
        hits.push({ term: p + '*', weight: pw, at: i, len: 1 });
        break;
      }
    }
  }
  return hits;
}

export const sumWeights = (hits: Hit[]) => hits.reduce((s, h) => s + h.weight, 0);
