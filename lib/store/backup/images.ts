/** Post visuals: Blob <-> data URL, without FileReader so it runs in Node, pages and the service worker. */

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;
const DATA_URL = /^data:([^;,]*);base64,([A-Za-z0-9+/]*={0,2})$/;
const FALLBACK_TYPE = 'application/octet-stream';

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return `data:${safeMime(blob.type)};base64,${bytesToBase64(bytes)}`;
}

/** What an imported visual may be: an image, or bytes of unknown type (never HTML or script the page could open). */
const IMPORTABLE = (type: string) => type.startsWith('image/') || type === FALLBACK_TYPE;

/** The type written in the file: the blob's own when it is a plain image type, else the neutral one. */
export const safeMime = (type: string) => (MIME.test(type) && IMPORTABLE(type) ? type : FALLBACK_TYPE);

/** Returns null when the text is not a base64 data URL of an image (or of untyped bytes). */
export function dataUrlToBlob(url: string): Blob | null {
  const m = DATA_URL.exec(url);
  if (!m || !MIME.test(m[1]) || !IMPORTABLE(m[1]) || m[2].length % 4 !== 0) return null;
  const bytes = base64ToBytes(m[2]);
  return bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>], { type: m[1] }) : null;
}

function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  const chunk = 3 * 8192; // a multiple of 3: no padding mid-string; few enough arguments for fromCharCode
  for (let i = 0; i < bytes.length; i += chunk) {
    out += btoa(String.fromCharCode(...bytes.subarray(i, i + chunk)));
  }
  return out;
}

function base64ToBytes(b64: string): Uint8Array | null {
  try {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
