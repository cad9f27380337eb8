import { describe, expect, it } from 'vitest';
import { checkPattern, compileRules, CUSTOM_INPUT_CAP, lint, validateRules } from '../../../lib/guidelines';
import { only, rules, run } from './helpers';

const custom = (pattern: string, extra = {}) => ({ custom: [{ id: 'c1', pattern, message: 'Pas de prix sans taxes', ...extra }] });

describe('custom patterns', () => {
  it('fire with the brand message and an optional literal replacement', () => {
    const text = 'Seulement 9,99 $ + tx, ou 5 $ !';
    const ps = only(run(text, custom('\\d+,?\\d*\\s?\\$', { replacement: 'PRIX' })), 'custom');
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['9,99 $', '5 $']);
    expect(ps[0].params.message).toBe('Pas de prix sans taxes');
    expect(ps[0].fix!.replacement).toBe('PRIX');
  });
  it('match Unicode classes and case flags, and do not fire elsewhere', () => {
    expect(only(run('Une OFFRE limitée', custom('offre\\s+\\p{L}+')), 'custom')).toHaveLength(1);
    expect(only(run('Une OFFRE limitée', custom('offre\\s+\\p{L}+', { flags: '' })), 'custom')).toEqual([]);
  });
  it('refuses exponential patterns with a reason, FR and EN', () => {
    for (const p of ['(a+)+$', '(x+x+)+y', '(a|a)*b', '^(\\w+\\s?)*$', '(\\d|\\d\\d)+$']) {
      const r = checkPattern(p, 'i');
      expect(r.ok, p).toBe(false);
      if (!r.ok) expect(r.refusal.code).toBe('unsafe');
      const v = validateRules(rules(custom(p)));
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.errors[0].path).toBe('custom.0.pattern');
        expect(v.errors[0].fr).toMatch(/exponentiel/);
        expect(v.errors[0].en).toMatch(/exponential/);
      }
    }
  });
  it('refuses syntax errors, backreferences and empty matches', () => {
    expect(checkPattern('(abc', '')).toMatchObject({ ok: false, refusal: { code: 'syntax' } });
    expect(checkPattern('(a)\\1', '')).toMatchObject({ ok: false, refusal: { code: 'backreference' } });
    expect(checkPattern('a*', '')).toMatchObject({ ok: false, refusal: { code: 'empty-match' } });
    expect(checkPattern('promo\\d+', 'i').ok).toBe(true);
  });
  it('an unsafe pattern is skipped by the compiler, which does not throw', () => {
    const c = compileRules(rules(custom('(a+)+$')));
    expect(c.skipped).toEqual([{ path: 'custom.0.pattern', refusal: { code: 'unsafe' } }]);
    expect(lint('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', { platform: 'x', kind: 'post' }, c).filter((p) => p.ruleId.startsWith('custom'))).toEqual([]);
  });
  it('reads at most the input cap', () => {
    const text = 'x'.repeat(CUSTOM_INPUT_CAP) + ' promo1';
    expect(only(run(text, custom('promo\\d')), 'custom')).toEqual([]);
    expect(only(run('promo1 ' + text, custom('promo\\d')), 'custom')).toHaveLength(1);
  });
});
