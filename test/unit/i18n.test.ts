import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registeredTables } from '../../lib/i18n';

/**
 * Every UI string exists in French and in English. The modules that declare a table are found by reading the tree
 * (any file calling defineMessages), so a new feature's table is checked without being listed here.
 */
const ROOTS = ['components', 'lib', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const declaring = ROOTS.flatMap((r) => sourceFiles(r)).filter(
  (f) => f !== join('lib', 'i18n.ts') && /\bdefineMessages\s*\(/.test(readFileSync(f, 'utf8')),
);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function problemsOf(tables: ReturnType<typeof registeredTables>) {
  const problems: string[] = [];
  for (const { name, table } of tables) {
    const keys = new Set([...Object.keys(table.fr), ...Object.keys(table.en)]);
    for (const key of keys) {
      const fr = (table.fr as Record<string, unknown>)[key];
      const en = (table.en as Record<string, unknown>)[key];
      if (typeof fr !== 'string' || !fr.trim()) problems.push(`${name}.${key}: French missing or empty`);
      if (typeof en !== 'string' || !en.trim()) problems.push(`${name}.${key}: English missing or empty`);
      if (typeof fr === 'string' && typeof en === 'string' && placeholders(fr).join() !== placeholders(en).join())
        problems.push(`${name}.${key}: placeholders differ (fr {${placeholders(fr)}} / en {${placeholders(en)}})`);
    }
  }
  return problems;
}

describe('FR and EN are complete', () => {
  it('finds the message tables in the tree', () => {
    expect(declaring.length).toBeGreaterThanOrEqual(5);
  });

  it('imports every module that declares a table', async () => {
    for (const f of declaring) await import(/* @vite-ignore */ resolve(f));
    const names = registeredTables().map((t) => t.name);
    expect(new Set(names).size, `duplicate table names: ${names}`).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(declaring.length);
  });

  it('no key is missing or empty in either language, and both languages use the same placeholders', async () => {
    for (const f of declaring) await import(/* @vite-ignore */ resolve(f));
    expect(problemsOf(registeredTables())).toEqual([]);
  });

  it('_locales: the same keys in fr and en, none empty, the same placeholders', () => {
    const read = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const fr = read('fr');
    const en = read('en');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const dollar = (s: string) => [...s.matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort().join();
    for (const k of Object.keys(fr)) {
      expect(fr[k].message.trim(), `fr ${k}`).not.toBe('');
      expect(en[k].message.trim(), `en ${k}`).not.toBe('');
      expect(dollar(fr[k].message), k).toBe(dollar(en[k].message));
    }
  });

  it('the check reports a missing key, an empty string and a placeholder that differs', () => {
    const bad = { fr: { a: 'Bonjour {name}', b: '  ' }, en: { a: 'Hello {who}', b: 'Hi', c: 'Only English' } };
    expect(problemsOf([{ name: 't', table: bad as never }])).toEqual([
      't.a: placeholders differ (fr {name} / en {who})',
      't.b: French missing or empty',
      't.c: French missing or empty',
    ]);
  });
});
