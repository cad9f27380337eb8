import { describe, expect, it } from 'vitest';
import { checkSize, decodeInput } from '../../../lib/store/backup/decode';

const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const all = (bom ? '\ufeff' : '') + s;
  for (let i = 0; i < all.length; i++) {
    out[i * 2] = all.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = all.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array) => b.map((_, i) => b[i ^ 1]);
const errKey = (r: ReturnType<typeof decodeInput>) => (r.ok ? 'ok' : r.error.key);

describe('decodeInput', () => {
  it('decodes UTF-8 with accents and emoji, and drops a leading BOM', () => {
    const text = '{"nom":"Café ☕ été"}';
    const bytes = new TextEncoder().encode(text);
    expect(decodeInput(bytes)).toEqual({ ok: true, text });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text });
    expect(decodeInput('\ufeff' + text)).toEqual({ ok: true, text });
  });

  it('refuses UTF-16 in both byte orders, with or without a BOM', () => {
    const le = utf16le('{"a":1}', true);
    expect(errKey(decodeInput(le))).toBe('utf16');
    expect(errKey(decodeInput(swap(le)))).toBe('utf16');
    expect(errKey(decodeInput(utf16le('{"a":1}', false)))).toBe('utf16');
    expect(errKey(decodeInput(swap(utf16le('{"a":1}', false))))).toBe('utf16');
  });

  it('refuses invalid UTF-8 and says where', () => {
    const r = decodeInput(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]));
    expect(r).toEqual({ ok: false, error: { key: 'notUtf8', params: { position: 2 }, path: '' } });
    const cut = decodeInput(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0xe2, 0x98]));
    expect(cut.ok ? -1 : cut.error.params.position).toBe(4);
  });

  it('refuses empty and blank files', () => {
    expect(errKey(decodeInput(new Uint8Array()))).toBe('empty');
    expect(errKey(decodeInput(' \n\t'))).toBe('empty');
  });

  it('checks the size on the byte count alone, in MB', () => {
    expect(checkSize(10, 10)).toBeNull();
    expect(checkSize(3 * 1024 * 1024, 1024 * 1024)).toEqual({ key: 'tooLarge', params: { size: 3, limit: 1 }, path: '' });
    expect(errKey(decodeInput('x'.repeat(11), 10))).toBe('tooLarge');
  });
});
