import { compileRules, defaultPack, lint, type CompiledRules, type LintContext, type Pack, type Problem } from '../guidelines';
import type { ToneRulesRecord } from '../store/schemas/tone-rules';

/** The rules a draft is checked against: the brand's stored record, or its locale's default pack while it has none. */
export interface RulesSource {
  record: ToneRulesRecord | null | undefined;
  locale: Pack | undefined;
}

const cache = new Map<string, CompiledRules>();

/** Compiled once per stored version of the rules (record id and update time), not per draft or keystroke. */
export function compiledFor(source: RulesSource): CompiledRules {
  const { record } = source;
  const key = record ? `${record.id}|${record.updatedAt}` : `pack:${source.locale ?? 'fr-CA'}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileRules(record ? record.rules : defaultPack(source.locale ?? 'fr-CA'));
    if (cache.size > 8) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

export const compiledCacheSize = () => cache.size;

/** Lints one draft for the page that asked: the content scripts send text, the background keeps the rules compiled. */
export function lintDraft(source: RulesSource, text: string, ctx: LintContext): Problem[] {
  return lint(text, ctx, compiledFor(source));
}
