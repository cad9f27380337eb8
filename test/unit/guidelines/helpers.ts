import { compileRules, lint, toneRulesSchema, type LintContext, type Problem, type ToneRulesInput } from '../../../lib/guidelines';

/** Rules with every check neutral except what the test sets. */
export function rules(input: ToneRulesInput = {}) {
  return toneRulesSchema.parse({
    wiifm: { enabled: false },
    exclamation: { enabled: false },
    capitals: { enabled: false },
    hashtags: { enabled: false },
    ...input,
  });
}

export function run(text: string, input: ToneRulesInput, ctx: Partial<LintContext> = {}): Problem[] {
  return lint(text, { platform: 'facebook', kind: 'reply', ...ctx }, compileRules(rules(input)));
}

export const ids = (ps: Problem[]) => ps.map((p) => p.ruleId);
export const spans = (text: string, ps: Problem[]) => ps.map((p) => text.slice(p.start, p.end));
export const only = (ps: Problem[], id: string) => ps.filter((p) => p.ruleId === id || p.ruleId.startsWith(`${id}:`));
