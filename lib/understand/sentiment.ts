/** Lexicon sentiment with negation ("pas bon", "j'aime pas", "not good"), intensifiers and emoji. */
import { matchLexicon } from './lexicon';
import { CONTRAST, FR_POST_NEGATORS, INTENSIFIERS, NEGATIVE_EMOJI, NEGATORS, POSITIVE_EMOJI, SENTIMENT } from './lexicons';
import type { TextFeatures } from './text';

export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface SentimentScore {
  score: number;
  terms: string[];
  /** Praise words under a negation ("pas compétents", "not helpful"): a judgement of the service, not neutral. */
  denied: number;
  /** Token index of the last contrast word ("but", "mais"), or -1: what comes after it carries the judgement. */
  pivot: number;
  /** Polarity of what follows the contrast (the whole text without one). */
  after: number;
}

export function sentimentScore(f: TextFeatures): SentimentScore {
  const { tokens } = f;
  let score = 0;
  const terms: string[] = [];
  let denied = 0;
  let before = 0;
  // "good food but the service was terrible": what follows the contrast carries the judgement.
  const pivot = contrastAt(tokens);
  for (const hit of matchLexicon(SENTIMENT, tokens)) {
    let w = hit.weight;
    if (w !== 0 && !hit.term.split(' ').some((t) => NEGATORS.has(t)) && negated(tokens, hit.at, hit.len)) {
      if (w > 0) denied++;
      w = w > 0 ? -Math.max(1.2, w) : -w * 0.5;
    }
    if (hit.at > 0 && INTENSIFIERS.has(tokens[hit.at - 1])) w *= 1.5;
    if (hit.at < pivot) before += w;
    else score += w;
    if (w !== 0) terms.push(hit.term);
  }
  const after = score;
  // Opposite judgements on each side of the contrast: the second one wins ("bon produit mais service nul").
  score += before * score < 0 ? before * 0.3 : before;
  for (const tag of f.tags) {
    const w = hashtagPolarity(tag);
    if (w) {
      score += w;
      terms.push(`#${tag}`);
    }
  }
  let emoji = 0;
  for (const e of f.emoji) {
    if (POSITIVE_EMOJI.has(e)) emoji += 1.5;
    else if (NEGATIVE_EMOJI.has(e)) emoji -= 1.5;
  }
  score += Math.max(-4, Math.min(4, emoji));
  if (f.exclamations >= 2) score *= 1.2;
  if (f.capsRatio > 0.6 && f.letters > 12 && score < 0) score -= 1;
  return { score, terms, denied, pivot, after };
}

/**
 * Asymmetric: approval is mostly said with one mild word ("bien", "utile", "on time") while a complaint piles up
 * several, so half a point leans positive and a full point is needed to lean negative.
 */
export function sentimentLabel(score: number): Sentiment {
  if (score >= 0.5) return 'positive';
  if (score <= -1) return 'negative';
  return 'neutral';
}

function negated(tokens: string[], at: number, len: number) {
  // The scope of a negation ends at a contrast: "nothing but great", "pas cher mais bon".
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (CONTRAST.has(tokens[i])) return false;
    if (NEGATORS.has(tokens[i])) return true;
  }
  const next = tokens[at + len];
  return next !== undefined && FR_POST_NEGATORS.has(next);
}

/** Judgement words run together in a hashtag ("#neveragain", "#epicfail", "#servicepourri"); plain words are already read. */
const TAG_NEGATIVE = /fail|worst|sucks|never|disappoint|unhappy|angry|fraud|shame|ugh|ripoff|scam|notcool|nothappy|notimpressed|bad|poor|hate|boycott|nightmare|frustrat|annoy|wtf|smh|fml|joke|nul|honte|pourri|arnaque|marre|degout|colere|enerv|decu|decev|scandal|galere|lamentable/;
const TAG_POSITIVE = /love|best|great|awesome|thank|happy|amazing|excited|proud|goodjob|kudos|favorite|favourite|bravo|merci|genial|bonheur|fier|heureu|super|top|gagn|win/;

function hashtagPolarity(tag: string): number {
  if (tag.length < 6 || SENTIMENT.words.has(tag)) return 0;
  if (TAG_NEGATIVE.test(tag)) return -1.5;
  if (TAG_POSITIVE.test(tag)) return 1;
  return 0;
}

export function contrastAt(tokens: string[]): number {
  for (let i = tokens.length - 1; i > 0; i--) if (CONTRAST.has(tokens[i]) || (tokens[i] === 'contre' && tokens[i - 1] === 'par')) return i;
  return -1;
}
