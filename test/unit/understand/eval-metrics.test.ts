import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../../test/eval/metrics';
import { parseCsv, parseCsvRecords, detectDelimiter } from '../../../test/eval/csv';
import { htmlToText } from '../../../test/eval/text';

describe('metrics', () => {
  it('computes precision, recall, F1 and macro-F1 by hand-checked counts', () => {
    // spam: tp=2 fp=1 fn=1 -> P 2/3 R 2/3; ham: tp=1 fp=1 fn=1 -> P 1/2 R 1/2
    const gold = ['spam', 'spam', 'spam', 'ham', 'ham'];
    const pred = ['spam', 'spam', 'ham', 'spam', 'ham'];
    const r = evaluate(gold, pred, ['spam', 'ham']);
    expect(r.rows).toBe(5);
    expect(r.accuracy).toBeCloseTo(3 / 5);
    expect(r.classes[0].precision).toBeCloseTo(2 / 3);
    expect(r.classes[0].recall).toBeCloseTo(2 / 3);
    expect(r.classes[1].f1).toBeCloseTo(0.5);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.5) / 2);
    expect(formatReport('t', r)).toContain('5 rows');
  });
  it('gives 0, not NaN, for a class never predicted', () => {
    const r = evaluate(['a', 'b'], ['a', 'a'], ['a', 'b']);
    expect(r.classes[1]).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 1 });
  });
  it('refuses lists of different lengths', () => {
    expect(() => evaluate(['a'], [])).toThrow();
  });
});

describe('csv', () => {
  it('reads quotes, escaped quotes, newlines in fields and CRLF', () => {
    const rows = parseCsv('a,b\r\n"x, y","he said ""hi""\nthen left"\r\n1,2\r\n');
    expect(rows).toEqual([
      { a: 'x, y', b: 'he said "hi"\nthen left' },
      { a: '1', b: '2' },
    ]);
  });
  it('strips a BOM and detects semicolons', () => {
    const text = '\ufefftexte;langue\n"bonjour; toi";fr\n';
    expect(detectDelimiter(text.slice(1))).toBe(';');
    expect(parseCsv(text)).toEqual([{ texte: 'bonjour; toi', langue: 'fr' }]);
  });
  it('keeps empty trailing cells', () => {
    expect(parseCsvRecords('a,b,c\n1,,\n')).toEqual([['a', 'b', 'c'], ['1', '', '']]);
  });
  it('turns YouTube HTML into reader text', () => {
    expect(htmlToText('I&#39;m <a href="http://x">here</a><br />ok &amp; bye\ufeff')).toBe("I'm here\nok & bye");
  });
});
