import type { BrandProfile } from '../../entrypoints/background/profile';
import type { RawItem } from '../platforms/types';
import type { Understanding } from '../understand';
import { compileRules, type CompiledRules } from '../guidelines';
import { suggest, type Suggestion } from '../suggest';
import type { SuggestItem, SuggestProfile } from '../suggest/types';

const compiled = new Map<string, CompiledRules | null>();

/** The brand's tone rules compiled once per stored version (id and update time). */
function rulesOf(profile: BrandProfile | null): CompiledRules | undefined {
  const record = profile?.toneRules;
  if (!record) return undefined;
  const key = `${record.id}|${record.updatedAt}`;
  let rules = compiled.get(key);
  if (rules === undefined) {
    try {
      rules = compileRules(record.rules);
    } catch {
      rules = null; // the locale's default pack applies
    }
    if (compiled.size > 8) compiled.clear();
    compiled.set(key, rules);
  }
  return rules ?? undefined;
}

export function suggestItemOf(item: RawItem): SuggestItem {
  return { platform: item.platform, kind: item.kind, author: { name: item.author.name, handle: item.author.handle }, text: item.text };
}

export function suggestProfileOf(profile: BrandProfile | null): SuggestProfile {
  const brand = profile?.brand;
  const rules = rulesOf(profile);
  return {
    brandName: brand?.name ?? '',
    agent: brand?.agent || undefined,
    locale: brand?.locale ?? profile?.toneRules?.pack,
    formality: rules?.rules.formality.value,
    templates: profile?.templates ?? [],
    rules,
  };
}

/**
 * The one call into lib/suggest and lib/guidelines (from the background for pages, from the popup and side panel
 * directly): a change of their API is an edit here only.
 */
export function suggestReplies(item: RawItem, u: Pick<Understanding, 'language' | 'intent'>, profile: BrandProfile | null): Suggestion[] {
  return suggest(suggestItemOf(item), u, suggestProfileOf(profile), 3);
}
