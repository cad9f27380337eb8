import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, defaultPack, lint, type Problem } from '../../../lib/guidelines';
import { PLATFORMS } from '../../../lib/platforms/types';

const compiled = ['fr-CA', 'fr-FR', 'en'].map((p) => {
  const r = defaultPack(p as 'fr-CA');
  r.signature.enabled = true;
  r.custom = [{ id: 'promo', pattern: 'promo\\d+', flags: 'i', message: 'promo', severity: 'hint' }];
  return compileRules(r);
});

const hostile = fc.constantFrom(
  '👨‍👩‍👧‍👦', '🇨🇦', '👍🏽', '1️⃣', '\u200d', '\u200f', '\u202e', '\u2066', '\ud800', '\udfff', 'e\u0301', '’', "l'", 'tu ', 'vous ',
  '!!!', '#tag', 'https://a.b/c', 'E-MAIL ', 'ÉTÉ ', ' ', '\n', '\u00a0', 'ﷺ', 'ب', '\ufe0f', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(hostile, fc.string({ maxLength: 6 })), { maxLength: 120 }).map((a) => a.join('')),
);
const ctx = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  kind: fc.constantFrom('reply' as const, 'post' as const),
  language: fc.constantFrom('fr' as const, 'en' as const, undefined),
  authorName: fc.constantFrom('Marie Tremblay', '@x_1', undefined, '\ud800'),
});

function wellFormed(t: string, ps: Problem[]) {
  for (const p of ps) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeGreaterThanOrEqual(p.start);
    expect(p.end).toBeLessThanOrEqual(t.length);
    if (p.fix) {
      expect(p.fix.start).toBeGreaterThanOrEqual(0);
      expect(p.fix.end).toBeGreaterThanOrEqual(p.fix.start);
      expect(p.fix.end).toBeLessThanOrEqual(t.length);
    }
  }
}

describe('lint on random and hostile text', () => {
  it('never throws and keeps every span and fix inside the text', () => {
    fc.assert(
      fc.property(text, ctx, fc.integer({ min: 0, max: 2 }), (t, c, i) => {
        wellFormed(t, lint(t, c, compiled[i]));
      }),
      { numRuns: 400 },
    );
  });

  it('handles 10 kB of emoji, RTL marks, joiners and lone surrogates', () => {
    const blocks = ['👨‍👩‍👧‍👦'.repeat(1000), '\u200f\u202e\u2066abc\u2069'.repeat(1500), '\u200d'.repeat(10000), '\ud800x\udfff'.repeat(3500), '🇨🇦!'.repeat(3000)];
    for (const t of blocks) {
      for (const c of compiled) {
        for (const platform of ['x', 'bluesky', 'mastodon'] as const) wellFormed(t, lint(t, { platform, kind: 'post' }, c));
      }
    }
  });

  it('spans cut exactly the flagged word around emoji and combining accents', () => {
    const t = '👨‍👩‍👧‍👦 Envoyez un e\u0301-mail? Non, un E-MAIL 🇨🇦 ou un email';
    const ps = lint(t, { platform: 'facebook', kind: 'reply', language: 'fr' }, compiled[0]).filter((p) => p.ruleId === 'term:courriel');
    expect(ps.map((p) => t.slice(p.start, p.end))).toEqual(['e\u0301-mail', 'E-MAIL', 'email']);
  });
});
