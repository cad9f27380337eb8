import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../lib/guidelines';
import { compiledFor, lintDraft } from '../../../lib/page/lint-draft';
import type { ToneRulesRecord } from '../../../lib/store/schemas/tone-rules';

const record = (updatedAt: string, extra: Partial<ToneRulesRecord['rules']> = {}): ToneRulesRecord => ({
  id: 'b1-rules', brandId: 'b1', pack: 'fr-CA', rules: { ...defaultPack('fr-CA'), ...extra }, updatedAt,
});

describe('rules compiled for drafts', () => {
  it('compiles once per stored version, again when the record changes', () => {
    const a = compiledFor({ record: record('2026-01-01T00:00:00Z'), locale: 'fr-CA' });
    expect(compiledFor({ record: record('2026-01-01T00:00:00Z'), locale: 'fr-CA' })).toBe(a);
    expect(compiledFor({ record: record('2026-01-02T00:00:00Z'), locale: 'fr-CA' })).not.toBe(a);
  });

  it('uses the brand locale’s starting pack while no rules are saved', () => {
    const fr = lintDraft({ record: null, locale: 'fr-CA' }, 'Merci pour votre e-mail.', { platform: 'x', kind: 'reply' });
    expect(fr.some((p) => p.fix?.replacement === 'courriel')).toBe(true);
    const en = lintDraft({ record: null, locale: 'en' }, 'Thanks for your e-mail.', { platform: 'x', kind: 'reply' });
    expect(en.some((p) => p.fix?.replacement === 'courriel')).toBe(false);
  });

  it('applies the saved version, not the pack', () => {
    const text = 'Merci pour votre croissant.';
    const banned = record('2026-02-01T00:00:00Z', { terms: [{ id: 'c', kind: 'banned', term: 'croissant', variants: [], language: 'any', caseSensitive: false, accentSensitive: false, mustAppear: 'never', severity: 'error' }] });
    expect(lintDraft({ record: banned, locale: 'fr-CA' }, text, { platform: 'x', kind: 'reply' }).map((p) => p.ruleId)).toContain('term:c');
    expect(lintDraft({ record: null, locale: 'fr-CA' }, text, { platform: 'x', kind: 'reply' }).map((p) => p.ruleId)).not.toContain('term:c');
  });
});
