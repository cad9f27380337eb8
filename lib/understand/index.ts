/** Understanding one comment, locally and instantly: language, intent, sentiment, priority and the reasons. */
import type { Intent } from '../store/schemas/template';
import { decideIntent, intentScores } from './intent';
import { detectLanguage, type Language } from './language';
import { priority } from './priority';
import { aboutSupport } from './support';
import { sentimentLabel, sentimentScore, type Sentiment } from './sentiment';
import { features } from './text';

export type { Language } from './language';
export type { Sentiment } from './sentiment';

export interface Understanding {
  language: Language;
  intent: Intent;
  sentiment: Sentiment;
  priority: number;
  /**
   * Short codes "kind:detail", e.g. "complaint:panne", "question:?", "urgent", to show why.
   * "complaint:support" marks a complaint about the customer service itself (nobody answers, rude agent).
   */
  reasons: string[];
}

export interface UnderstandOptions {
  /** The brand's own names and handles: removed first so "Free" or "Super C" are not read as cues. */
  brandNames?: string[];
}

export function understand(text: string, opts: UnderstandOptions = {}): Understanding {
  const f = features(maskBrands(text, opts.brandNames));
  const lang = detectLanguage(f);
  const s = sentimentScore(f);
  const scores = intentScores(f, s.score, s.denied, s.pivot, s.after);
  const intent = decideIntent(scores, s.score);
  // A complaint reports a gap between what was expected and what happened: never positive, negative unless praised.
  // Praise inside a complaint is politeness or sarcasm ("This is awesome. #sarcasm", "super fun broken styling").
  // Abuse aimed at someone is hostile whatever the words around it.
  const sentiment =
    (intent === 'complaint' && (s.score < 1 || !scores.resolved)) || intent === 'troll' ? 'negative' : sentimentLabel(s.score);
  const p = priority(intent, sentiment, f);

  const reasons: string[] = [];
  const cueKey = intent === 'troll' ? 'abuse' : intent;
  const cues = (scores.cues as Record<string, string[] | undefined>)[cueKey];
  if (cues) for (const c of cues.slice(0, 3)) reasons.push(`${intent}:${c}`);
  if (intent === 'complaint' && aboutSupport(f.tokens)) reasons.push('complaint:support');
  if (intent === 'question' && f.questionMarks) reasons.push('question:?');
  if (intent === 'spam' && f.links) reasons.push('spam:link');
  for (const t of s.terms.slice(0, 2)) reasons.push(`${sentiment}:${t}`);
  if (p.urgent) reasons.push('urgent');
  return { language: lang.language, intent, sentiment, priority: p.value, reasons };
}

const brandPatterns = new Map<string, RegExp | null>();

function maskBrands(text: string, names: string[] | undefined) {
  if (!names?.length) return text;
  const key = names.join('\u0000');
  let re = brandPatterns.get(key);
  if (re === undefined) {
    const parts = names
      .map((n) => n.trim().replace(/^@/, ''))
      .filter((n) => n.length > 1)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = parts.length ? new RegExp(`(^|[^\\p{L}\\p{N}_])@?(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : null;
    if (brandPatterns.size > 50) brandPatterns.clear();
    brandPatterns.set(key, re);
  }
  return re ? text.replace(re, '$1 xbrandx ') : text;
}
