/**
 * A weighted word list matched against folded tokens. Entries are written folded (no accents, lower case):
 * "panne" (one word), "pas de reponse" (a phrase of up to 4 words), "rembours*" (a prefix).
 */
export interface Lexicon {
  words: Map<string, number>;
  phrases: Map<string, number>;
  /** Prefixes by their first two letters, in entry order: a token only tries the prefixes it could match. */
  prefixIndex: Map<string, Array<[string, number]>>;
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
  const lex: Lexicon = { words: new Map(), phrases: new Map(), prefixIndex: new Map(), longest: 1, starts: new Set() };
  for (const [term, weight] of Object.entries(entries)) {
    if (term.endsWith('*')) {
      const p = term.slice(0, -1);
      if (p.length < 2) throw new Error(`lexicon prefix too short: ${term}`);
      const key = p.slice(0, 2);
      const bucket = lex.prefixIndex.get(key);
      if (bucket) bucket.push([p, weight]);
      else lex.prefixIndex.set(key, [[p, weight]]);
    } else if (term.includes(' ')) {
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
    const bucket = t.length >= 2 ? lex.prefixIndex.get(t.slice(0, 2)) : undefined;
    if (!bucket) continue;
    for (const [p, pw] of bucket) {
      if (t.length >= p.length && t.startsWith(p)) {
        hits.push({ term: p + '*', weight: pw, at: i, len: 1 });
        break;
      }
    }
  }
  return hits;
}

export const sumWeights = (hits: Hit[]) => hits.reduce((s, h) => s + h.weight, 0);

/**
 * Entries written compactly, one weight for many terms: [[-2, 'nul|pas top|decu*'], ...]. Later entries override
 * earlier ones, as in an object literal.
 */
export function weighted(groups: Array<[number, string]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, terms] of groups) for (const t of terms.split('|')) out[t] = w;
  return out;
}
