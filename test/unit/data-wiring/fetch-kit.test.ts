import { describe, expect, it, vi } from 'vitest';
import { fetchKit, type FetchDeps } from '../../../components/data/fetch-kit';

const KIT = new TextEncoder().encode('{"format":"cocktail-kit"}');

function stream(chunks: Uint8Array[], onPull?: () => void) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      onPull?.();
      if (i < chunks.length) c.enqueue(chunks[i++]);
      else c.close();
    },
  });
}

function deps(over: Partial<FetchDeps> & { body?: ReadableStream<Uint8Array>; headers?: Record<string, string>; status?: number; url?: string } = {}) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const res = new Response(over.body ?? stream([KIT]), { status: over.status ?? 200, headers: over.headers ?? {} });
    Object.defineProperty(res, 'url', { value: over.url ?? 'https://kits.example.org/team.json' });
    return res;
  });
  const request = vi.fn(async () => true);
  return { request, fetch, ...over } as FetchDeps & { request: typeof request; fetch: typeof fetch };
}

describe('a team kit from an https address', () => {
  it('asks for that one host, fetches without cookies, returns the bytes', async () => {
    const d = deps();
    const bytes = await fetchKit(' https://kits.example.org/team.json ', 'fr', d);
    expect([...bytes]).toEqual([...KIT]);
    expect(d.request).toHaveBeenCalledWith({ origins: ['https://kits.example.org/*'] });
    expect(d.fetch.mock.calls[0][1]).toMatchObject({ credentials: 'omit' });
  });

  it('http is refused before any permission is asked', async () => {
    const d = deps();
    await expect(fetchKit('http://kits.example.org/team.json', 'en', d)).rejects.toThrow('Only https:// addresses are accepted.');
    expect(d.request).not.toHaveBeenCalled();
    expect(d.fetch).not.toHaveBeenCalled();
  });

  it('a refused permission fetches nothing', async () => {
    const d = deps({ request: vi.fn(async () => false) });
    await expect(fetchKit('https://kits.example.org/team.json', 'fr', d)).rejects.toThrow('la permission de lire ce site a été refusée');
    expect(d.fetch).not.toHaveBeenCalled();
  });

  it('a Content-Length over the limit is refused before the body is read', async () => {
    let pulls = 0;
    const d = deps({ limit: 1000, headers: { 'content-length': '5000000' }, body: stream([KIT], () => pulls++) });
    await expect(fetchKit('https://kits.example.org/team.json', 'fr', d)).rejects.toThrow(/la limite est de/);
    expect(pulls).toBeLessThanOrEqual(1); // a stream may pre-pull once when created; nothing is read by us
  });

  it('a body larger than announced (or with no length) is cut off at the limit', async () => {
    const chunk = new Uint8Array(400);
    let pulls = 0;
    const d = deps({ limit: 1000, body: stream(Array.from({ length: 100 }, () => chunk), () => pulls++) });
    await expect(fetchKit('https://kits.example.org/team.json', 'en', d)).rejects.toThrow(/the limit is/);
    expect(pulls).toBeLessThan(10);
  });

  it('an error status or a redirect to http is refused with a sentence', async () => {
    await expect(fetchKit('https://kits.example.org/x.json', 'en', deps({ status: 404 }))).rejects.toThrow('the server answered 404');
    await expect(fetchKit('https://kits.example.org/x.json', 'fr', deps({ url: 'http://kits.example.org/x.json' }))).rejects.toThrow(/pas en https/);
  });
});
