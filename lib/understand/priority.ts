/** 0-100: complaints and questions first, spam last; anger, urgency and waiting push an item up. */
import type { Intent } from '../store/schemas/template';
import type { Sentiment } from './sentiment';
import type { TextFeatures } from './text';

const BASE: Record<Intent, number> = {
  complaint: 80,
  question: 70,
  request: 60,
  mention: 50,
  troll: 40,
  share: 40,
  praise: 35,
  other: 25,
  spam: 2,
};

const URGENT = /\b(urgent|urgence|asap|immediately|right now|tout de suite|au plus vite|emergency|help|aide|aidez|depuis \d+|since \d+|\d+ (hours|hrs|days|jours|heures|semaines|weeks|mois|months))\b/;

export function priority(intent: Intent, sentiment: Sentiment, f: TextFeatures): { value: number; urgent: boolean } {
  if (intent === 'spam') return { value: BASE.spam, urgent: false };
  let p = BASE[intent];
  if (sentiment === 'negative') p += 8;
  const urgent = URGENT.test(f.folded);
  if (urgent) p += 7;
  if (f.exclamations >= 3 || (f.capsRatio > 0.6 && f.letters > 12)) p += 3;
  if (f.tokens.length < 3 && intent === 'other') p -= 10;
  return { value: Math.max(0, Math.min(100, p)), urgent };
}
