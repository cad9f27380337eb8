import { describe, expect, test } from 'vitest';
import { countOccurrences, normalizeText, verifyInsertion } from '../../../lib/page/insert/text';
import { paragraphsHtml } from '../../../lib/page/insert/strategies';

describe('normalizeText', () => {
  test('treats the renderings of one text alike', () => {
    expect(normalizeText('a\u00a0b\r\n\n\nc\u200b\n')).toBe('a b\nc');
    expect(normalizeText('E\u0301')).toBe('É');
  });
  test('keeps the narrow no-break space of French typography', () => {
    expect(normalizeText('«\u202fOui\u202f»')).toBe('«\u202fOui\u202f»');
  });
});

test('countOccurrences counts without overlap', () => {
  expect(countOccurrences('aaaa', 'aa')).toBe(2);
  expect(countOccurrences('abc', '')).toBe(0);
});

describe('verifyInsertion', () => {
  test('text at the caret, the rest intact', () => {
    expect(verifyInsertion('Bonjour le monde', 'Bonjour le cher monde', 'cher ')).toEqual({ ok: true });
  });
  test('paragraphs rendered with doubled newlines still match', () => {
    expect(verifyInsertion('', 'Bonjour,\n\nMerci\n\n\n\nFin', 'Bonjour,\nMerci\n\nFin')).toEqual({ ok: true });
  });
  test('a second copy of text already present is one insertion', () => {
    expect(verifyInsertion('Merci!', 'Merci!Merci!', 'Merci!')).toEqual({ ok: true });
  });
  test('nothing changed', () => {
    expect(verifyInsertion('abc', 'abc', 'x')).toEqual({ ok: false, reason: 'unchanged' });
  });
  test('doubled text', () => {
    expect(verifyInsertion('', 'xyxy', 'xy')).toEqual({ ok: false, reason: 'duplicated' });
  });
  test('only the last paragraph arrived', () => {
    expect(verifyInsertion('', 'Fin', 'Bonjour\nFin')).toEqual({ ok: false, reason: 'partial' });
  });
  test('the person’s text around the caret was damaged', () => {
    expect(verifyInsertion('Bonjour le monde', 'cher monde', 'cher ')).toEqual({ ok: false, reason: 'lost' });
  });
});

test('paragraphsHtml escapes every line and keeps blank ones', () => {
  expect(paragraphsHtml('<img src=x onerror=a()>\n\n"&\'')).toBe(
    '<p>&lt;img src=x onerror=a()&gt;</p><p></p><p>&quot;&amp;&#39;</p>',
  );
});
