import type { CompiledRules, Problem } from '../guidelines';
import type { ItemKind, Platform } from '../platforms/types';
import type { Intent, ReplyTemplate } from '../store/schemas/template';

/** The comment being answered: what an adapter reads (RawItem) or an EngagementItem both fit. */
export interface SuggestItem {
  platform: Platform;
  kind: ItemKind;
  author: { name: string; handle?: string };
  text: string;
}

/** What the engine needs to know about the brand. */
export interface SuggestProfile {
  brandName: string;
  agent?: string;
  product?: string;
  locale?: 'fr-CA' | 'fr-FR' | 'en';
  /** tu, vous, or either (then the reply mirrors the commenter). */
  formality?: 'tu' | 'vous' | 'either';
  /** The brand's own library; the default library fills in intents it does not cover. */
  templates?: ReplyTemplate[];
  /** Compiled tone rules; the locale's default pack when absent. */
  rules?: CompiledRules;
  /** A brand maximum under the platform's own limit. */
  maxLength?: number;
}

/** Why a suggestion was chosen, as codes; describeWhy() turns them into FR or EN text. */
export type WhyCode =
  | { code: 'intent'; intent: Intent }
  | { code: 'fallback'; intent: Intent }
  | { code: 'language'; language: 'fr' | 'en' }
  | { code: 'formality'; value: 'tu' | 'vous' }
  | { code: 'platform'; platform: Platform }
  | { code: 'own-template' }
  | { code: 'trimmed'; limit: number }
  | { code: 'clean' }
  | { code: 'repaired' }
  | { code: 'problems'; errors: number; warnings: number }
  | { code: 'ai'; provider: string };

export interface Suggestion {
  text: string;
  templateId: string;
  title: string;
  language: 'fr' | 'en';
  source: 'template' | 'ai';
  problems: Problem[];
  errors: number;
  warnings: number;
  why: WhyCode[];
}
