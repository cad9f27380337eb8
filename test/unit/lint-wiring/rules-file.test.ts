import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../lib/guidelines';
import { parseRulesFile, rulesFileName, rulesFileText } from '../../../components/rules-section/rules-file';

const record = { id: 'b1-rules', brandId: 'b1', pack: 'fr-CA' as const, rules: defaultPack('fr-CA'), updatedAt: '2026-11-01T00:00:00.000Z' };

describe('the rules file', () => {
  it('exports the record and reads it back to the same rules', () => {
    const edited = { ...record.rules, formality: { ...record.rules.formality, value: 'tu' as const } };
    const text = rulesFileText(record, edited);
    const json = JSON.parse(text);
    expect(json).toMatchObject({ id: 'b1-rules', brandId: 'b1', pack: 'fr-CA', updatedAt: record.updatedAt });
    const back = parseRulesFile(text);
    expect(back.ok && back.rules).toEqual(edited);
  });

  it('accepts bare rules, as the command line does', () => {
    const back = parseRulesFile(JSON.stringify(defaultPack('en')));
    expect(back.ok && back.rules.pack).toBe('en');
  });

  it('refuses an unsafe pattern with the reason, and files that are not rules', () => {
    const bad = { ...record, rules: { ...record.rules, custom: [{ id: 'x', pattern: '(a+)+$', flags: 'i', message: 'm' }] } };
    const r = parseRulesFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok && r.code === 'invalid') {
      expect(r.errors[0].path).toBe('custom.0.pattern');
      expect(r.errors[0].fr).toMatch(/exponentiel/);
    } else throw new Error('expected invalid');
    expect(parseRulesFile('{ nope')).toMatchObject({ ok: false, code: 'not-json' });
    expect(parseRulesFile(JSON.stringify({ formality: { value: 'peut-être' } }))).toMatchObject({ ok: false, code: 'invalid' });
    expect(parseRulesFile('x'.repeat(3 * 1024 * 1024))).toEqual({ ok: false, code: 'too-big' });
  });

  it('names the file after the brand, in plain characters', () => {
    expect(rulesFileName('Café Boréal')).toBe('cafe-boreal-regles-de-ton.json');
  });
});
