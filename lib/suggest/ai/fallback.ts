/**
 * Asks an AI tier for replies, checks each against the brand's rules (repairs what has a fix, drops what still has
 * errors), and completes with template suggestions. Any error, or no answer within the timeout (10 s), gives the
 * templates alone.
 */
import type { Understanding } from '../../understand';
import { checkReply, defaultRules } from '../check';
import { fitToLimit, replyLimit } from '../fit';
import { chooseFormality, effectiveIntent, replyLanguage, suggest } from '../index';
import type { SuggestItem, SuggestProfile, Suggestion } from '../types';
import { pickVaried } from '../vary';
import type { AiProvider, AiRequest } from './provider';

export interface AiOptions {
  timeoutMs?: number;
  /** Injected timer so tests need not wait. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  brand?: { voice?: string[]; dos?: string[]; donts?: string[] };
  rulesSummary?: string[];
}

export const AI_TIMEOUT_MS = 10_000;

export async function suggestWithAi(
  item: SuggestItem,
  u: Pick<Understanding, 'language' | 'intent'>,
  profile: SuggestProfile,
  provider: AiProvider | null,
  opts: AiOptions = {},
  count = 3,
): Promise<{ suggestions: Suggestion[]; usedAi: boolean; error?: string }> {
  const templates = suggest(item, u, profile, count);
  if (!provider) return { suggestions: templates, usedAi: false };
  const language = replyLanguage(u.language, profile);
  const limit = replyLimit(item.platform, profile.maxLength);
  const req: AiRequest = {
    comment: item.text,
    authorName: item.author.name,
    platform: item.platform,
    language,
    intent: effectiveIntent(item, u.intent),
    formality: chooseFormality(profile.formality ?? 'either', item.text),
    brandName: profile.brandName,
    voice: opts.brand?.voice ?? [],
    dos: opts.brand?.dos ?? [],
    donts: opts.brand?.donts ?? [],
    rules: opts.rulesSummary ?? [],
    maxLength: limit,
    count,
  };
  let texts: string[];
  try {
    texts = await withTimeout((signal) => provider.generate(req, signal), opts);
  } catch (err) {
    return { suggestions: templates, usedAi: false, error: err instanceof Error ? err.message : String(err) };
  }
  const rules = profile.rules ?? defaultRules(profile.locale ?? (language === 'fr' ? 'fr-CA' : 'en'));
  const fromAi: Suggestion[] = [];
  for (const [i, raw] of texts.entries()) {
    const fitted = fitToLimit(raw, item.platform, limit);
    const checked = checkReply(fitted.text, { platform: item.platform, language, authorName: item.author.name }, rules);
    if (checked.errors) continue;
    fromAi.push({
      text: checked.text,
      templateId: `ai-${provider.id}-${i}`,
      title: 'AI',
      language,
      source: 'ai',
      problems: checked.problems,
      errors: 0,
      warnings: checked.warnings,
      why: [
        { code: 'ai', provider: provider.id },
        { code: 'language', language },
        ...(fitted.trimmed ? [{ code: 'trimmed' as const, limit }] : []),
        checked.repaired ? { code: 'repaired' as const } : checked.warnings ? { code: 'problems' as const, errors: 0, warnings: checked.warnings } : { code: 'clean' as const },
      ],
    });
  }
  const merged = pickVaried([...fromAi, ...templates], count, (s) => s.text);
  return { suggestions: merged, usedAi: fromAi.length > 0 };
}

function withTimeout<T>(run: (signal: AbortSignal) => Promise<T>, opts: AiOptions): Promise<T> {
  const ms = opts.timeoutMs ?? AI_TIMEOUT_MS;
  const setTimer = opts.setTimer ?? ((fn: () => void, t: number) => setTimeout(fn, t));
  const clearTimer = opts.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const handle = setTimer(() => {
      controller.abort();
      reject(new Error(`AI tier gave no answer within ${ms} ms`));
    }, ms);
    run(controller.signal).then(
      (v) => {
        clearTimer(handle);
        resolve(v);
      },
      (e) => {
        clearTimer(handle);
        reject(e);
      },
    );
  });
}
