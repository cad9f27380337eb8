import { profileFor, type CompiledRules } from './compile';
import { checkCapitals } from './rules/capitals';
import { checkCustom } from './rules/custom';
import { checkEmoji } from './rules/emoji';
import { checkExclamation } from './rules/exclamation';
import { checkFormality } from './rules/formality';
import { checkHashtags } from './rules/hashtags';
import { checkLanguage } from './rules/language';
import { checkLength } from './rules/length';
import { checkPerson } from './rules/person';
import { checkCallToAction, checkGreeting, checkSignature } from './rules/required';
import { checkTerms } from './rules/terms';
import { checkWiifm } from './rules/wiifm';
import { makeScan } from './scan';
import { tokenize } from './text';
import type { Fix, LintContext, Problem } from './types';

/** Word-level checks read at most this many UTF-16 units; the length check always sees the whole text. */
export const LINT_INPUT_CAP = 20000;

const SEVERITY_ORDER = { error: 0, warning: 1, hint: 2 } as const;

export function lint(text: string, ctx: LintContext, compiled: CompiledRules): Problem[] {
  const src = typeof text === 'string' ? text : '';
  const work = src.length > LINT_INPUT_CAP ? src.slice(0, LINT_INPUT_CAP) : src;
  const out: Problem[] = [];
  const s = makeScan(work, tokenize(work), ctx, profileFor(compiled, ctx.platform), out);
  checkLanguage(s);
  checkFormality(s);
  checkPerson(s);
  checkTerms(s);
  checkEmoji(s);
  checkHashtags(s);
  checkExclamation(s);
  checkCapitals(s);
  checkLength(s, src);
  checkSignature(s);
  checkGreeting(s);
  checkCallToAction(s);
  checkWiifm(s);
  checkCustom(s);
  return out.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Applies one fix to the text it was computed on. */
export const applyFix = (text: string, fix: Fix) => text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);

/** Applies every non-overlapping fix, last first so earlier offsets stay valid. */
export function applyFixes(text: string, problems: Problem[]): string {
  const fixes = problems.flatMap((p) => (p.fix ? [p.fix] : [])).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let floor = Infinity;
  for (const f of fixes) {
    if (f.end > floor) continue;
    out = applyFix(out, f);
    floor = f.start;
  }
  return out;
}
