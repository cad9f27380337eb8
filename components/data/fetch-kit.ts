import { browser } from 'wxt/browser';
import type { UiLanguage } from '../../lib/i18n';
import { checkSize } from '../../lib/store/backup/decode';
import { MAX_IMPORT_BYTES } from '../../lib/store/backup/format';
import { describeImportError } from '../../lib/store/backup/messages';
import { dataText } from './messages';

export interface FetchDeps {
  /** browser.permissions.request: must run inside the click that asked for it (a user gesture). */
  request(perms: { origins: string[] }): Promise<boolean>;
  fetch: typeof fetch;
  limit?: number;
}

const defaultDeps = (): FetchDeps => ({
  request: (perms) => browser.permissions.request(perms),
  fetch: (input, init) => globalThis.fetch(input, init),
});

/**
 * A team's kit from an https address: read-only, without cookies, after the user granted that one host (the optional
 * `https://*\/*` permission is asked for at this moment only). The size is checked from Content-Length before reading,
 * and again while reading, since the header may be missing or lie.
 */
export async function fetchKit(url: string, lang: UiLanguage, deps: FetchDeps = defaultDeps()): Promise<Uint8Array> {
  const t = dataText(lang);
  const limit = deps.limit ?? MAX_IMPORT_BYTES;
  const target = new URL(url.trim());
  if (target.protocol !== 'https:') throw new Error(t('urlNotHttps'));
  // Called before any await: the click's user gesture is still valid.
  const granted = await deps.request({ origins: [`https://${target.host}/*`] });
  if (!granted) throw new Error(t('permissionDenied'));
  let res: Response;
  try {
    res = await deps.fetch(target.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw new Error(t('networkError', { reason: e instanceof Error ? e.message : String(e) }));
  }
  if (res.url && !res.url.startsWith('https://')) throw new Error(t('notHttpsAfterRedirect'));
  if (!res.ok) throw new Error(t('httpStatus', { status: String(res.status) }));
  const declared = Number(res.headers.get('content-length'));
  const tooLarge = Number.isFinite(declared) ? checkSize(declared, limit) : null;
  if (tooLarge) {
    void res.body?.cancel().catch(() => {});
    throw new Error(describeImportError(tooLarge, lang));
  }
  return readCapped(res, limit, lang);
}

async function readCapped(res: Response, limit: number, lang: UiLanguage): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    const tooLarge = checkSize(total, limit);
    if (tooLarge) {
      await reader.cancel().catch(() => {});
      throw new Error(describeImportError(tooLarge, lang));
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
