import type { Platform } from '../platforms/types';

/** Longest native id kept as is; the stored id (`platform:nativeId`) must stay within 200 characters. */
const NATIVE_MAX = 180;

/** 53-bit FNV-1a-like hash as base 36: stable, no crypto needed, only to shorten over-long ids. */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff)).toString(36);
}

/** The native id as stored: trimmed; over-long ids keep a prefix and a hash of the whole, so they stay distinct. */
export function storedNativeId(nativeId: string): string {
  const id = nativeId.trim();
  if (!id) throw new RangeError('engagement item without a native id');
  return id.length <= NATIVE_MAX ? id : `${id.slice(0, NATIVE_MAX - 16)}~${hash(id)}`;
}

export const itemId = (platform: Platform, nativeId: string) => `${platform}:${storedNativeId(nativeId)}`;
