/** Intent from competing cue scores: spam and abuse first, then complaint, question, request, praise. */
import type { Intent } from '../store/schemas/template';
import { matchLexicon, sumWeights, type Hit } from './lexicon';
import { ABUSE, COMPLAINT, NEGATIVE_EMOJI, PRAISE, QUESTION_OPENERS, QUESTION_PHRASES, REQUEST, SPAM, SWEARS, TARGET } from './lexicons';
import { complaintCues } from './cues';
import type { TextFeatures } from './text';

export interface IntentScores {
  spam: number;
  abuse: number;
  complaint: number;
  question: number;
  request: number;
  praise: number;
  /** The thanks follow a fix ("all good now"): praise wins over the problem it mentions. */
  resolved: boolean;
  cues: Partial<Record<'spam' | 'abuse' | 'complaint' | 'question' | 'request' | 'praise', string[]>>;
}

const INVERSION =
  /\b(?:avez|auriez|etes|savez|allez|comptez|faites|voulez|prevoyez|offrez|livrez|acceptez|vendez|peut|puis|sais|as|es|vas|veux|est|sont|a|va|faut|existe|ont|sera|serait|peuvent|vont|fait|avait|faudrait|devrais|devrait|dois|doit)-(?:t-)?(?:vous|tu|il|elle|on|ils|elles|je)\b/;
const TRAILING_WH = /\b(quand|combien|ou|comment|quoi|qui|quel|quelle|when|where|how much|how long)\s*\?+\s*$/;
const GREETINGS = new Set('xhandlex hi hello hey bonjour bonsoir salut allo allo allo yo'.split(' '));

/** pivot: index of the last "but"/"mais" (-1 if none); after: polarity of what follows it. */
export function intentScores(f: TextFeatures, sentiment: number, deniedPraise = 0, pivot = -1, after = sentiment): IntentScores {
  const { tokens } = f;
  const cues: IntentScores['cues'] = {};
  const take = (key: keyof IntentScores['cues'], hits: Hit[]) => {
    if (hits.length) cues[key] = hits.map((h) => h.term);
    return sumWeights(hits);
  };

  let spam = take('spam', matchLexicon(SPAM, tokens));
  const webLinks = f.links - f.mediaLinks;
  if (webLinks > 0) spam += f.tokens.length - f.links < 6 ? 3.5 : 2.5;
  spam += f.mediaLinks * 0.5;
  if (f.capsRatio > 0.5 && f.letters > 30) spam += 0.5;

  let abuse = take('abuse', matchLexicon(ABUSE, tokens));
  const targeted = tokens.some((t) => TARGET.has(t));
  const swears = tokens.filter((t) => SWEARS.has(t)).length;
  if (swears && targeted) abuse += 1.5 + swears;
  if (abuse > 0 && targeted) abuse += 0.5;

  let question = take('question', matchLexicon(QUESTION_PHRASES, tokens));
  if (f.questionMarks > 0) question += 2;
  const first = tokens.find((t) => !GREETINGS.has(t));
  if (first && QUESTION_OPENERS.has(first)) question += 1;
  // Inversion ("pouvez-vous", "y a-t-il") and the Québec "-tu"/"-ti" particle ("ça marche-tu", "tu sais-tu").
  if (INVERSION.test(f.folded)) question += 1.5;
  else if (/\w-t[iu]\b/.test(f.folded)) question += 1.5;
  else if (f.questionMarks > 0 && /\b\w+ tu\s*\?/.test(f.folded)) question += 0.5;
  // "vous ouvrez quand?", "ça coûte combien?": the question word at the end.
  if (f.questionMarks > 0 && TRAILING_WH.test(f.folded)) question += 1;

  const complaintHits = matchLexicon(COMPLAINT, tokens);
  let complaint = take('complaint', complaintHits);
  // "Would have been a rough trip but luckily...": a problem averted before the contrast.
  if (pivot > 0 && after > 0) for (const h of complaintHits) if (h.at < pivot) complaint -= h.weight * 0.5;
  complaint += Math.max(0, -sentiment) * 0.4;
  if (f.emoji.some((e) => NEGATIVE_EMOJI.has(e))) complaint += 0.5;
  const extra = complaintCues(f, question >= 2);
  complaint += extra.complaint + Math.min(2, deniedPraise) + (sentiment <= 0 ? extra.past : 0);
  question += extra.question;
  if (extra.terms.length) cues.complaint = [...(cues.complaint ?? []), ...extra.terms];

  const request = take('request', matchLexicon(REQUEST, tokens));
  // "Thanks, but my bag is still missing": politeness before the contrast, the point after it.
  const praiseHits = matchLexicon(PRAISE, tokens);
  let praise = take('praise', praiseHits);
  if (pivot > 0) for (const h of praiseHits) if (h.at < pivot) praise -= h.weight * 0.5;
  praise += Math.max(0, sentiment) * 0.3;
  // Sarcasm: the praise opens onto a reported problem.
  if (extra.sarcasm && complaint >= 1.5) {
    praise *= 0.4;
    complaint += 1;
    cues.complaint = [...(cues.complaint ?? []), 'sarcasm'];
  }

  return { spam, abuse, complaint, question, request, praise, resolved: extra.resolved, cues };
}

export function decideIntent(s: IntentScores, sentiment: number): Intent {
  if (s.spam >= 3 && s.spam > s.complaint) return 'spam';
  if (s.abuse >= 3 && s.abuse >= s.complaint) return 'troll';
  const negative = sentiment <= -1;
  // Praise around a problem is sarcasm or politeness ("great job losing my bag", "super service... 3h d'attente").
  if (s.complaint >= 2 && (s.complaint >= s.praise * 0.75 || negative)) return 'complaint';
  // A problem phrased as a question is a complaint.
  if (s.complaint >= 1.5 && (negative || s.question >= 2)) return 'complaint';
  if (s.question >= 2 && s.request < s.question + 0.5) return 'question';
  if (s.request >= 1.5) return 'request';
  if (s.praise >= 1.5 && !negative) return 'praise';
  if (negative && s.complaint >= 0.5) return 'complaint';
  if (s.question >= 1.5) return 'question';
  return 'other';
}
