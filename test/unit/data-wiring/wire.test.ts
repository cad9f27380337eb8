import { describe, expect, it, vi } from 'vitest';
import { BackgroundError, dataApi } from '../../../components/data/wire';
import { isQuotaError } from '../../../lib/store/backup/quota';

describe('the Data page calls the background', () => {
  it('sends the file as base64 and the chosen mode', async () => {
    const send = vi.fn(async () => ({ ok: true as const, data: { ok: true } }));
    await dataApi('fr', send).importData(new TextEncoder().encode('{"a":1}'), 'replace');
    expect(send).toHaveBeenCalledWith({ type: 'data.import', base64: btoa('{"a":1}'), mode: 'replace' });
  });

  it('storage full becomes an error the storage-full notice recognises; others a sentence in the page language', async () => {
    const full = dataApi('fr', async () => ({ ok: false as const, error: 'storage-full' }));
    const err = await full.restore('b1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackgroundError);
    expect(isQuotaError(err)).toBe(true);
    const other = await dataApi('en', async () => ({ ok: false as const, error: 'no-reply' })).backups().catch((e: unknown) => e);
    expect(isQuotaError(other)).toBe(false);
    expect((other as Error).message).toBe('the extension does not answer; reload the page');
  });
});
