import { describe, expect, it } from 'vitest';
import { registeredTables } from '../../../lib/i18n';
import '../../../components/engagement-section/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('engagement section strings', () => {
  it('every key has French and English text with the same placeholders', () => {
    const table = registeredTables().find((t) => t.name === 'eng-section')!.table;
    expect(Object.keys(table.fr).sort()).toEqual(Object.keys(table.en).sort());
    for (const key of Object.keys(table.en)) {
      expect(table.fr[key].trim(), key).not.toBe('');
      expect(table.en[key].trim(), key).not.toBe('');
      expect(placeholders(table.fr[key]), key).toEqual(placeholders(table.en[key]));
    }
  });
});
