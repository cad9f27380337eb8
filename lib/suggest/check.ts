/** The one place suggestions meet the brand's tone rules (lib/guidelines): lint, and repair what has a fix. */
import { applyFixes, compileRules, defaultPack, lint, type CompiledRules, type Problem } from '../guidelines';
import type { Pack } from '../guidelines';
import type { Platform } from '../platforms/types';

export type { CompiledRules, Problem } from '../guidelines';

export interface CheckContext {
  platform: Platform;
  language: 'fr' | 'en';
  authorName?: string;
}

export interface Checked {
  text: string;
  problems: Problem[];
  errors: number;
  warnings: number;
  repaired: boolean;
}

const packs = new Map<Pack, CompiledRules>();

/** The default rules for a locale, compiled once. */
export function defaultRules(locale: Pack): CompiledRules {
  let c = packs.get(locale);
  if (!c) {
    c = compileRules(defaultPack(locale));
    packs.set(locale, c);
  }
  return c;
}

export function checkReply(text: string, ctx: CheckContext, rules: CompiledRules): Checked {
  const lintCtx = { platform: ctx.platform, kind: 'reply' as const, language: ctx.language, authorName: ctx.authorName };
  let problems = lint(text, lintCtx, rules);
  let out = text;
  let repaired = false;
  if (problems.some((p) => p.fix)) {
    const fixed = applyFixes(text, problems);
    if (fixed !== text) {
      out = fixed;
      problems = lint(out, lintCtx, rules);
      repaired = true;
    }
  }
  return {
    text: out,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    repaired,
  };
}
