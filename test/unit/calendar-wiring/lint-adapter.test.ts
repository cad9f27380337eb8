import { describe, expect, it } from 'vitest';
import { defaultPack, lint, compileRules, toneRulesSchema, type Problem } from '../../../lib/guidelines';
import { makeLintFor, toLintSummary } from '../../../components/calendar-section/lint-adapter';
import { post } from '../calendar/helpers';

const problem = (over: Partial<Problem>): Problem => ({ ruleId: 'r', severity: 'warning', messageKey: 'exclamation.tooMany', params: { count: 3, max: 1 }, start: 0, end: 1, ...over });

describe('Problem[] to LintSummary', () => {
  it('counts errors and warnings, lists hints without counting them, in the reader language', () => {
    const problems = [problem({ severity: 'error' }), problem({ severity: 'warning' }), problem({ severity: 'warning' }), problem({ severity: 'hint' })];
    const fr = toLintSummary(problems, 'court', 'linkedin', 'fr');
    expect([fr.errors, fr.warnings, fr.messages?.length]).toEqual([1, 2, 4]);
    const en = toLintSummary(problems, 'court', 'linkedin', 'en');
    expect(fr.messages![0]).toBe('3 points d’exclamation : 1 au plus.');
    expect(en.messages![0]).toMatch(/^3 exclamation/);
  });

  it('adds the platform length limit when the brand turned its length rule off, and never counts it twice', () => {
    const long = 'a'.repeat(281);
    const off = toLintSummary([], long, 'x', 'en');
    expect(off).toMatchObject({ errors: 1, warnings: 0 });
    expect(off.messages![0]).toContain('280');
    expect(toLintSummary([], long, 'linkedin', 'en').errors).toBe(0); // 281 fits LinkedIn's 3,000
    const reported = problem({ severity: 'error', messageKey: 'length.platform', params: { length: 281, limit: 280, platform: 'x' } });
    expect(toLintSummary([reported], long, 'x', 'en').errors).toBe(1);
  });
});

describe('lintFor from the brand rules', () => {
  const rules = defaultPack('en');
  it('gives each platform its own verdict on the same post (X counts emoji double, LinkedIn does not)', () => {
    const lintFor = makeLintFor(rules, 'en', 'en');
    const p = post({ date: '2026-03-10T14:00:00.000Z', platforms: ['x', 'linkedin'], text: `${'🎉'.repeat(141)}` });
    expect(lintFor(p, 'x').errors).toBeGreaterThan(0);
    expect(lintFor(p, 'x').messages!.join('\n')).toMatch(/280/);
    expect(lintFor(p, 'linkedin').messages!.join('\n')).not.toMatch(/accepts at most/);
  });

  it('agrees with the lint itself on a banned term, and uses the platform variant of the text', () => {
    const lintFor = makeLintFor(rules, 'en', 'en');
    const text = 'Please calm down, we will answer you tomorrow.';
    const direct = lint(text, { platform: 'linkedin', kind: 'post', language: 'en' }, compileRules(toneRulesSchema.parse(rules)));
    const p = post({ date: '2026-03-10T14:00:00.000Z', platforms: ['linkedin', 'x'], text, variants: { x: 'Your order ships tomorrow: track it in your account.' } });
    const summary = lintFor(p, 'linkedin');
    expect(summary.errors).toBe(direct.filter((d) => d.severity === 'error').length);
    expect(summary.errors).toBeGreaterThan(0);
    expect(lintFor(p, 'x').messages!.join('\n')).not.toMatch(/calm down/i);
  });

  it('with no rules stored, only the platform limits speak', () => {
    const lintFor = makeLintFor(null, 'fr');
    expect(lintFor(post({ date: '2026-03-10T14:00:00.000Z', platforms: ['bluesky'], text: 'x'.repeat(301) }), 'bluesky').errors).toBe(1);
    expect(lintFor(post({ date: '2026-03-10T14:00:00.000Z', platforms: ['bluesky'], text: 'calm down' }), 'bluesky')).toEqual({ errors: 0, warnings: 0, messages: [] });
  });
});
