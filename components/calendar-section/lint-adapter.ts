import type { Platform } from '../../lib/platforms/types';
import type { CalendarPost } from '../../lib/store/schemas/post';
import type { LintFor, LintSummary } from '../../lib/calendar/view-model';
import { textFor } from '../../lib/calendar/composer-urls';
import { compileRules, lint, measure, platformLimits, problemMessage, type CompiledRules, type Problem } from '../../lib/guidelines';
import type { ToneRules } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';

const LENGTH_KEYS = new Set(['length.platform', 'length.brand']);

/**
 * The lint's problems as a badge reads them: errors and warnings counted (hints are listed, not counted), each
 * message in the reader's language. The platform's published length limit always counts, even when the brand turned
 * its own length rule off: a post that does not fit cannot be posted.
 */
export function toLintSummary(problems: Problem[], text: string, platform: Platform, lang: UiLanguage): LintSummary {
  let errors = 0;
  let warnings = 0;
  const messages: string[] = [];
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
    messages.push(problemMessage(p, lang));
  }
  if (!problems.some((p) => LENGTH_KEYS.has(p.messageKey))) {
    const limit = platformLimits[platform];
    const m = measure(text, limit.count, limit.post);
    if (m.overAt >= 0) {
      errors++;
      const over: Problem = { ruleId: 'length', severity: 'error', messageKey: 'length.platform', params: { length: m.length, limit: limit.post, platform }, start: m.overAt, end: text.length };
      messages.push(problemMessage(over, lang));
    }
  }
  return { errors, warnings, messages };
}

/**
 * One compile of the brand's rules, then one lint per platform and text: re-renders (moves, filters) reuse the
 * summary until the text changes, and a text posted again (a recurring post, a duplicate) is linted once.
 */
export function makeLintFor(rules: ToneRules | null | undefined, lang: UiLanguage, language?: 'fr' | 'en'): LintFor {
  const compiled: CompiledRules | null = rules ? compileRules(rules) : null;
  const cache = new Map<string, LintSummary>();
  return (post: CalendarPost, platform: Platform) => {
    const text = textFor(post, platform);
    const key = `${platform}\u0000${text}`;
    let summary = cache.get(key);
    if (!summary) {
      const problems = compiled ? lint(text, { platform, kind: 'post', ...(language ? { language } : {}) }, compiled) : [];
      summary = toLintSummary(problems, text, platform, lang);
      if (cache.size > 5000) cache.clear();
      cache.set(key, summary);
    }
    return summary;
  };
}
