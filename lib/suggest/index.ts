/**
 * Three reply suggestions for one comment: templates chosen by intent and language, filled, fitted to the platform,
 * checked against the brand's rules, ranked (no rule errors first) and varied. Pure: no browser, no network.
 */
import type { Understanding } from '../understand';
import type { Intent, ReplyTemplate } from '../store/schemas/template';
import { checkReply, defaultRules } from './check';
import { fill } from './fill';
import { fitToLimit, replyLimit } from './fit';
import { DEFAULT_TEMPLATES } from './library';
import type { SuggestItem, SuggestProfile, Suggestion, WhyCode } from './types';
import { pickVaried } from './vary';

export type { SuggestItem, SuggestProfile, Suggestion, WhyCode } from './types';
export { DEFAULT_TEMPLATES } from './library';
export { describeWhy } from './why';

type UnderstandingLike = Pick<Understanding, 'language' | 'intent'>;

interface Candidate {
  template: ReplyTemplate;
  suggestion: Suggestion;
  score: number;
}

export function suggest(item: SuggestItem, u: UnderstandingLike, profile: SuggestProfile, count = 3): Suggestion[] {
  const language = replyLanguage(u.language, profile);
  const intent = effectiveIntent(item, u.intent);
  const formality = chooseFormality(profile.formality ?? 'either', item.text);
  const rules = profile.rules ?? defaultRules(profile.locale ?? (language === 'fr' ? 'fr-CA' : 'en'));
  const limit = replyLimit(item.platform, profile.maxLength);
  const library = [...(profile.templates ?? []), ...DEFAULT_TEMPLATES];

  const usable = (t: ReplyTemplate) => t.language === language && (!t.platforms.length || t.platforms.includes(item.platform));
  let pool = library.filter((t) => usable(t) && t.intents.includes(intent));
  if (pool.length < count) {
    const extra = library.filter((t) => usable(t) && !pool.includes(t) && t.intents.includes(fallbackIntent(intent)));
    pool = [...pool, ...extra];
  }

  const salt = hash(item.text);
  const candidates: Candidate[] = pool.map((template, i) => {
    const why: WhyCode[] = [template.intents.includes(intent) ? { code: 'intent', intent } : { code: 'fallback', intent }];
    why.push({ code: 'language', language });
    const raw = language === 'fr' && formality === 'tu' && template.tuText ? template.tuText : template.text;
    if (language === 'fr' && template.tuText) why.push({ code: 'formality', value: formality });
    if (template.platforms.length) why.push({ code: 'platform', platform: item.platform });
    if (!template.builtIn) why.push({ code: 'own-template' });
    const filled = fill(raw, { author: item.author.name || item.author.handle, brand: profile.brandName, agent: profile.agent, product: profile.product }, language);
    const fitted = fitToLimit(filled, item.platform, limit);
    if (fitted.trimmed) why.push({ code: 'trimmed', limit });
    const checked = checkReply(fitted.text, { platform: item.platform, language, authorName: item.author.name }, rules);
    if (checked.repaired) why.push({ code: 'repaired' });
    why.push(checked.errors || checked.warnings ? { code: 'problems', errors: checked.errors, warnings: checked.warnings } : { code: 'clean' });
    const suggestion: Suggestion = {
      text: checked.text,
      templateId: template.id,
      title: template.title,
      language,
      source: 'template',
      problems: checked.problems,
      errors: checked.errors,
      warnings: checked.warnings,
      why,
    };
    // Rule errors rank last whatever else; the brand's own and platform-specific templates rank first.
    const score =
      checked.errors * 1000 +
      checked.warnings * 10 +
      (template.intents.includes(intent) ? 0 : 100) +
      (template.builtIn ? 5 : 0) +
      (template.platforms.length ? 0 : 2) +
      ((i + salt) % pool.length) * 0.01;
    return { template, suggestion, score };
  });
  candidates.sort((a, b) => a.score - b.score);
  return pickVaried(candidates, count, (c) => c.suggestion.text).map((c) => c.suggestion);
}

/** The engagement kind wins over the text when it says more: a share is thanked, a plain mention is answered. */
export function effectiveIntent(item: SuggestItem, intent: Intent): Intent {
  if (item.kind === 'share' && (intent === 'other' || intent === 'praise')) return 'share';
  if (item.kind === 'mention' && intent === 'other') return 'mention';
  return intent;
}

const fallbackIntent = (intent: Intent): Intent => (intent === 'mention' || intent === 'share' ? 'praise' : 'other');

export function replyLanguage(language: 'fr' | 'en' | 'other', profile: SuggestProfile): 'fr' | 'en' {
  if (language === 'fr' || language === 'en') return language;
  return (profile.locale ?? 'fr-CA').startsWith('fr') ? 'fr' : 'en';
}

/** "either" mirrors the commenter: tutoiement answered with tu, anything else with vous. */
export function chooseFormality(value: 'tu' | 'vous' | 'either', commentText: string): 'tu' | 'vous' {
  if (value !== 'either') return value;
  return /(^|[^\p{L}])(tu|t'|t’|toi|ton|ta|tes)(?=[^\p{L}]|$)/iu.test(commentText) && !/\bvous\b/i.test(commentText) ? 'tu' : 'vous';
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}
