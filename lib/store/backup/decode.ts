import { MAX_IMPORT_BYTES } from './format';
import type { ImportError } from './messages';

export type Decoded = { ok: true; text: string } | { ok: false; error: ImportError };

const fail = (key: ImportError['key'], params: ImportError['params'] = {}): Decoded => ({
  ok: false,
  error: { key, params, path: '' },
});
const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

/** The size check, on the byte count alone: the page calls it with File.size before reading anything. */
export function checkSize(bytes: number, limit = MAX_IMPORT_BYTES): ImportError | null {
  return bytes > limit ? { key: 'tooLarge', params: { size: mb(bytes), limit: mb(limit) }, path: '' } : null;
}

/**
 * Bytes (or already decoded text) to text. A UTF-8 byte order mark is dropped (Windows editors add it);
 * UTF-16 and invalid UTF-8 are refused with their own message.
 */
export function decodeInput(input: string | ArrayBuffer | Uint8Array, limit = MAX_IMPORT_BYTES): Decoded {
  if (typeof input === 'string') {
    // UTF-8 never needs fewer bytes than UTF-16 code units, so this is a lower bound of the file size.
    const tooLarge = checkSize(input.length, limit);
    if (tooLarge) return { ok: false, error: tooLarge };
    return finish(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const tooLarge = checkSize(bytes.byteLength, limit);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (looksUtf16(bytes)) return fail('utf16');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)));
  } catch {
    return fail('notUtf8', { position: firstBadUtf8(bytes, start) });
  }
}

function finish(text: string): Decoded {
  return text.trim() === '' ? fail('empty') : { ok: true, text };
}

function looksUtf16(b: Uint8Array): boolean {
  if (b.length < 2) return false;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  // No byte order mark: JSON starts with ASCII, so UTF-16 shows a zero byte in the first pair.
  return b.length >= 4 && (b[0] === 0 || b[1] === 0) && (b[2] === 0 || b[3] === 0);
}

function firstBadUtf8(b: Uint8Array, start: number): number {
  let i = start;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
