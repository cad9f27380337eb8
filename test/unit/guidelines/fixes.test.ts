import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, compileRules, defaultPack, lint, type LintContext } from '../../../lib/guidelines';

const pack = defaultPack('fr-CA');
pack.signature = { enabled: true, accepted: ['^MB'], default: '^MB', severity: 'warning' };
pack.emoji.policy = 'none';
pack.hashtags.max = 1;
const compiled = compileRules(pack);
const en = compileRules({ ...defaultPack('en'), emoji: { ...defaultPack('en').emoji, policy: 'none' } });

const cases: Array<[string, LintContext, typeof compiled]> = [
  ["Salut! On va t'aider avec ton e-mail!!! C'est GRATUIT 🎉 #promo #deals", { platform: 'x', kind: 'post', language: 'fr' }, compiled],
  ["Merci pour l'email, nous regardons ça.", { platform: 'facebook', kind: 'reply', language: 'fr', authorName: 'Luc Roy' }, compiled],
  ['Please e-mail us ASAP!!! We will utilize your feedback 😀', { platform: 'linkedin', kind: 'reply', language: 'en', authorName: 'Ann Lee' }, en],
  ['Nos bureaux de Quebec ouvrent. Découvrez la newsletter de mes collègues.', { platform: 'instagram', kind: 'post', language: 'fr' }, compiled],
];

describe('fixes', () => {
  it('each fix removes the problem it was offered for', () => {
    let checked = 0;
    for (const [text, ctx, c] of cases) {
      for (const p of lint(text, ctx, c)) {
        if (!p.fix) continue;
        const fixed = applyFix(text, p.fix);
        const again = lint(fixed, ctx, c).filter((q) => q.ruleId === p.ruleId && q.messageKey === p.messageKey);
        const sameSpot = again.filter((q) => q.start === p.fix!.start && fixed.slice(q.start, q.end) === text.slice(p.start, p.end));
        expect(sameSpot, `${p.ruleId} in ${JSON.stringify(text)} -> ${JSON.stringify(fixed)}`).toEqual([]);
        expect(again.length, `${p.ruleId} count after fix of ${JSON.stringify(text)}`).toBeLessThan(
          lint(text, ctx, c).filter((q) => q.ruleId === p.ruleId && q.messageKey === p.messageKey).length,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('applying every fix at once leaves none of the fixable problems', () => {
    for (const [text, ctx, c] of cases) {
      const before = lint(text, ctx, c);
      const after = lint(applyFixes(text, before), ctx, c);
      const fixable = (ps: typeof before) => ps.filter((p) => p.fix && p.ruleId !== 'exclamation').map((p) => p.ruleId);
      expect(fixable(after), text).toEqual([]);
    }
  });
});
