import { describe, expect, it } from 'vitest';
import { formatPath, parseJsonSafe } from '../../../lib/store/backup/safe-json';
import { MAX_DEPTH, MAX_STRING_CHARS } from '../../../lib/store/backup/format';

const refusal = (text: string) => {
  const r = parseJsonSafe(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('parseJsonSafe', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafe('{"a":[1,"x",{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 'x', { b: null }] } });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere and leaves Object.prototype untouched', (key) => {
    const text = `{"data":{"brands":[{"id":"b","${key}":{"polluted":true,"toString":"x"}}]}}`;
    const e = refusal(text);
    expect(e.key).toBe('forbiddenKey');
    expect(e.params.key).toBe(key);
    expect(e.path).toBe(`data.brands[0].${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(typeof ({}).toString).toBe('function');
  });

  it('refuses a __proto__ key written with a unicode escape (the parser decodes it first)', () => {
    expect(refusal('{"\\u005f_proto__":{"polluted":1}}').key).toBe('forbiddenKey');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting beyond the limit before parsing, with the position', () => {
    const deep = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    expect(refusal(deep)).toMatchObject({ key: 'tooDeep', params: { limit: MAX_DEPTH, position: MAX_DEPTH } });
    const ok = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    expect(parseJsonSafe(ok).ok).toBe(true);
  });

  it('survives a million open brackets without exhausting the stack', () => {
    expect(refusal('['.repeat(1_000_000)).key).toBe('tooDeep');
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ s: '['.repeat(MAX_DEPTH * 3) + '"{' });
    expect(parseJsonSafe(text).ok).toBe(true);
  });

  it('tells a cut-off file from a broken one', () => {
    expect(refusal('{"a":[1,2')).toMatchObject({ key: 'truncated', params: { position: 9 } });
    expect(refusal('{"a":"unterminated')).toMatchObject({ key: 'truncated' });
    expect(refusal('{"a":"x\\')).toMatchObject({ key: 'truncated' });
    expect(refusal('{"a":1,}').key).toBe('notJson');
    expect(refusal('{"a":1}}').key).toBe('notJson');
    expect(refusal("{'a':1}").key).toBe('notJson');
  });

  it('refuses oversized strings and keys with their path', () => {
    const big = 'x'.repeat(MAX_STRING_CHARS + 1);
    expect(refusal(JSON.stringify({ data: { t: [{ text: big }] } }))).toMatchObject({
      key: 'stringTooLong',
      params: { length: MAX_STRING_CHARS + 1, limit: MAX_STRING_CHARS },
      path: 'data.t[0].text',
    });
    expect(refusal(JSON.stringify({ [big]: 1 })).key).toBe('stringTooLong');
  });

  it('allows a long image data URL only at visual.image', () => {
    const big = 'data:image/png;base64,' + 'A'.repeat(MAX_STRING_CHARS + 4);
    expect(parseJsonSafe(JSON.stringify({ posts: [{ visual: { image: big } }] })).ok).toBe(true);
    expect(refusal(JSON.stringify({ posts: [{ visual: { alt: big } }] })).path).toBe('posts[0].visual.alt');
  });
});

describe('formatPath', () => {
  it('writes identifiers with dots, indexes in brackets and odd keys quoted', () => {
    expect(formatPath(['data', 'brands', 3, 'name'])).toBe('data.brands[3].name');
    expect(formatPath(['a', 'b c', '<img>'])).toBe('a["b c"]["<img>"]');
  });
});
