// @vitest-environment jsdom
// The health check after load reuses what the scan read: a 2,000-comment page is not read twice.
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../lib/platforms/registry';
import { createScanner } from '../../../lib/page/scanner';
import type { Adapter, RawItem } from '../../../lib/platforms/types';
import { PLATFORM_PAGES, manyComments } from '../../../demo/pages/render';
import { BRAND_HANDLES } from '../../bench/mainthread-pages';
import { loadHtml } from './load-page';

const pageOf = (a: Adapter) => {
  const p = PLATFORM_PAGES[a.platform];
  return { url: new URL(p.url), doc: loadHtml(p.page(manyComments(12)), p.url) };
};

describe.each(adapters.map((a) => [a.platform, a] as const))('%s health with the scan’s reads', (_, adapter) => {
  const ctx = { brandHandles: BRAND_HANDLES[adapter.platform] };

  it('gives the same report from remembered reads as from reading the page again', () => {
    const { url, doc } = pageOf(adapter);
    const memo = new Map(adapter.findItems(doc).map((el) => [el, adapter.readItem(el, ctx)]));
    const fresh = adapter.health(doc, url, ctx);
    expect(Object.values(fresh.found).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect(adapter.health(doc, url, ctx, (el) => (memo.has(el) ? memo.get(el)! : adapter.readItem(el, ctx)))).toEqual(fresh);
  });

  it('counts what the reader gives, not a second reading of its own', () => {
    const { url, doc } = pageOf(adapter);
    const blind = adapter.health(doc, url, ctx, () => null);
    expect(blind.found).toEqual({});
    expect(blind.ok).toBe(false);
  });
});

describe('scanner memory of its reads', () => {
  it('answers readOf from the scan without calling readItem again, and reads an element it never saw', async () => {
    const base = adapters.find((a) => a.platform === 'x')!;
    const { doc } = pageOf(base);
    let calls = 0;
    const adapter: Adapter = { ...base, readItem: (el, c) => (calls++, base.readItem(el, c)) };
    const found: RawItem[] = [];
    const ctl = new AbortController();
    const scanner = createScanner({ adapter, doc, signal: ctl.signal, onFound: (b) => found.push(...b.map((f) => f.item)) });
    await scanner.scan();
    const elements = base.findItems(doc);
    expect(calls).toBe(elements.length);
    expect(elements.map((el) => scanner.readOf(el)?.nativeId)).toEqual(found.map((i) => i.nativeId));
    expect(calls).toBe(elements.length);
    const stranger = elements[1].cloneNode(true) as Element;
    expect(scanner.readOf(stranger)?.nativeId).toBe(found[1].nativeId);
    expect(calls).toBe(elements.length + 1);
    ctl.abort();
  });
});
