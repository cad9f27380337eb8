import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/engagement/csv';
import { logCsv, metricsCsv } from '../../../lib/engagement/export';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { at, isoAt, item } from './helpers';

/** A plain RFC 4180 reader, written for the test. */
function readCsv(text: string, sep: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === sep) row.push(field), (field = ''), i++;
    else if (c === '\r' && s[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else (field += c), i++;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV', () => {
  it('French: BOM, semicolons, decimal comma, CRLF', () => {
    const text = toCsv([['a', 1.5, 'x;y'], ['b', 2, undefined]], 'fr');
    expect(text).toBe('\uFEFFa;1,5;"x;y"\r\nb;2;\r\n');
  });

  it('English: commas and decimal point', () => {
    expect(toCsv([['a', 1.5, 'x,y']], 'en')).toBe('\uFEFFa,1.5,"x,y"\r\n');
  });

  it('quotes, line breaks and edge spaces are quoted; formulas are neutralised', () => {
    expect(toCsv([['il a dit "non"', 'deux\nlignes', ' espace', '=HYPERLINK("http://evil")', '-2 pour moi', 3]], 'en')).toBe(
      '\uFEFF"il a dit ""non""","deux\nlignes"," espace","\'=HYPERLINK(""http://evil"")",\'-2 pour moi,3\r\n',
    );
  });

  it('any text round-trips through a standard reader (formula characters aside)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '\r', '😀', 'x') }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (rows, lang) => {
        expect(readCsv(toCsv(rows, lang), lang === 'fr' ? ';' : ',')).toEqual(rows);
      }),
    );
  });

  it('the log export has one row per item with localised headers and minutes', () => {
    const items = [
      item({ nativeId: '1', text: 'Bonjour; "vite"', permalink: 'https://x.com/a/status/1', answeredAt: isoAt(30), responseMs: 30 * 60_000, responseSource: 'platform', state: 'replied', open: 0, likedAt: isoAt(1) }),
      item({ nativeId: '2' }),
    ];
    const rows = readCsv(logCsv(items, 'fr'), ';');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('délai de réponse (min)');
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows[1][col('texte')]).toBe('Bonjour; "vite"');
    expect(rows[1][col('délai de réponse (min)')]).toBe('30');
    expect(rows[1][col('aimé')]).toBe('1');
    expect(rows[2][col('répondu')]).toBe('0');
    expect(readCsv(logCsv(items, 'en'), ',')[0]).toContain('first response (min)');
  });

  it('the metrics export has the overall row then one per platform, week and intent', () => {
    const report = computeMetrics([item({ nativeId: '1', answeredAt: isoAt(90), responseMs: 90 * 60_000, state: 'replied', open: 0 })], { now: at(0) });
    const rows = readCsv(metricsCsv(report, 'en'), ',');
    expect(rows.map((r) => r[0])).toEqual(['dimension', 'all', 'platform', 'week', 'intent']);
    expect(rows[1][rows[0].indexOf('median (min)')]).toBe('90');
  });
});
