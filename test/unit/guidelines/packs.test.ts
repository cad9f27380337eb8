import { describe, expect, it } from 'vitest';
import { compileRules, defaultPack, lint, problemMessage, validateRules, type Problem } from '../../../lib/guidelines';
import { registeredTables } from '../../../lib/i18n';
import { toneRulesSchema as recordSchema } from '../../../lib/store/schemas/tone-rules';
import { only, rules, run } from './helpers';

describe('default packs', () => {
  it('are valid rules and differ by locale', () => {
    for (const p of ['fr-CA', 'fr-FR', 'en'] as const) expect(validateRules(defaultPack(p)).ok, p).toBe(true);
    const replacement = (p: 'fr-CA' | 'fr-FR', term: string) => defaultPack(p).terms.find((t) => t.term === term)?.replacement;
    expect([replacement('fr-CA', 'e-mail'), replacement('fr-CA', 'hashtag'), replacement('fr-CA', 'chat')]).toEqual(['courriel', 'mot-clic', 'clavardage']);
    expect(replacement('fr-FR', 'hashtag')).toBe('mot-dièse');
  });

  it('fr-CA flags OQLF terms in French, not in English', () => {
    const c = compileRules(defaultPack('fr-CA'));
    const fr = lint('Suivez notre hashtag et écrivez-nous par e-mail ou sur le chat.', { platform: 'facebook', kind: 'post', language: 'fr' }, c);
    expect(only(fr, 'term').map((p) => p.fix?.replacement)).toEqual(['mot-clic', 'courriel', 'clavardage']);
    const en = lint('Follow our hashtag and send us an e-mail or use the chat.', { platform: 'facebook', kind: 'post', language: 'en' }, c);
    expect(only(en, 'term')).toEqual([]);
  });

  it('the stored record accepts the envelope with a full pack', () => {
    const rec = recordSchema.parse({ id: 'r1', brandId: 'b1', pack: 'en', rules: defaultPack('en'), updatedAt: '2026-01-01T00:00:00Z' });
    expect(rec.rules.terms.length).toBeGreaterThan(3);
  });
});

describe('per-platform overrides and severities', () => {
  it('override any section field by field, and switch rules off on one platform', () => {
    const r = rules({
      formality: { value: 'vous', severity: 'warning' },
      emoji: { policy: 'free' },
      overrides: { linkedin: { emoji: { policy: 'none' }, formality: { severity: 'error' } }, x: { disabled: ['formality'] } },
    });
    const c = compileRules(r);
    const text = 'Merci pour ton message 🎉';
    const on = (platform: 'facebook' | 'linkedin' | 'x') => lint(text, { platform, kind: 'reply', language: 'fr' }, c);
    expect(only(on('facebook'), 'emoji')).toEqual([]);
    expect(only(on('linkedin'), 'emoji')).toHaveLength(1);
    expect(only(on('linkedin'), 'formality')[0].severity).toBe('error');
    expect(only(on('facebook'), 'formality')[0].severity).toBe('warning');
    expect(only(on('x'), 'formality')).toEqual([]);
    // field by field: the override kept the base value "vous"
    expect(c.byPlatform.linkedin!.sections.formality.value).toBe('vous');
  });

  it('a disabled term id is off on that platform only', () => {
    const r = rules({ terms: [{ id: 'chat', kind: 'discouraged', term: 'chat', replacement: 'clavardage' }], overrides: { tiktok: { disabled: ['term:chat'] } } });
    expect(only(run('Le chat est ouvert.', r, { platform: 'tiktok' }), 'term')).toEqual([]);
    expect(only(run('Le chat est ouvert.', r, { platform: 'x' }), 'term')).toHaveLength(1);
  });
});

describe('validation', () => {
  it('reports field errors with FR and EN messages and loses no valid part when compiling', () => {
    const bad = {
      ...defaultPack('en'),
      formality: { value: 'toi' },
      terms: [{ id: 'ok', kind: 'banned', term: 'synergy' }, { id: 'bad id!', kind: 'banned', term: '' }],
    };
    const v = validateRules(bad);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      const paths = v.errors.map((e) => e.path);
      expect(paths).toContain('formality.value');
      expect(paths).toContain('terms.1.id');
      for (const e of v.errors) expect(e.fr && e.en && e.fr !== e.en).toBeTruthy();
    }
    const c = compileRules(bad as never);
    expect(c.rules.terms.map((t) => t.id)).toEqual(['ok']);
    expect(c.skipped.map((s) => s.path)).toEqual(expect.arrayContaining(['formality', 'terms.1']));
    expect(only(lint('Great synergy here.', { platform: 'x', kind: 'reply' }, c), 'term')).toHaveLength(1);
  });

  it('needs a replacement for discouraged terms, unique ids and real emoji', () => {
    const v = validateRules(rules({
      terms: [{ id: 'a', kind: 'discouraged', term: 'x' }, { id: 'a', kind: 'banned', term: 'y' }],
      emoji: { allowed: ['🙂', 'ok'] },
    }));
    expect(v.ok ? [] : v.errors.map((e) => e.code).sort()).toEqual(['duplicate-id', 'not-emoji', 'replacement-required']);
  });
});

describe('messages', () => {
  it('every message key has French and English text, and parameters are filled', () => {
    const table = registeredTables().find((t) => t.name === 'guidelines')!;
    expect(Object.keys(table.table.fr).sort()).toEqual(Object.keys(table.table.en).sort());
    const p: Problem = { ruleId: 'length', severity: 'error', messageKey: 'length.platform', params: { length: 1300, limit: 1250, platform: 'linkedin' }, start: 0, end: 1 };
    expect(problemMessage(p, 'fr')).toMatch(/1\s300 caractères : LinkedIn en accepte 1\s250/);
    expect(problemMessage(p, 'en')).toBe('1,300 characters: LinkedIn accepts at most 1,250.');
    const l: Problem = { ruleId: 'language', severity: 'warning', messageKey: 'language', params: { language: 'en', languages: 'fr' }, start: 0, end: 1 };
    expect(problemMessage(l, 'fr')).toBe('Texte en anglais : la marque répond en français.');
  });
});
