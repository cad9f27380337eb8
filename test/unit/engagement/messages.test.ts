import { describe, expect, it } from 'vitest';
import { registeredTables } from '../../../lib/i18n';
import '../../../components/engagement/messages';
import '../../../lib/engagement/export';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('engagement strings', () => {
  const tables = registeredTables().filter((t) => t.name.startsWith('engagement'));

  it('both tables are registered', () => {
    expect(tables.map((t) => t.name).sort()).toEqual(['engagement', 'engagement-csv']);
  });

  it('every key has French and English text with the same placeholders', () => {
    for (const { name, table } of tables) {
      expect(Object.keys(table.fr).sort(), name).toEqual(Object.keys(table.en).sort());
      for (const key of Object.keys(table.en)) {
        const fr = table.fr[key];
        const en = table.en[key];
        expect(fr.trim(), `${name}.${key} fr`).not.toBe('');
        expect(en.trim(), `${name}.${key} en`).not.toBe('');
        expect(placeholders(fr), `${name}.${key}`).toEqual(placeholders(en));
      }
    }
  });
});
