// @vitest-environment jsdom
/** Facts of PLATFORM-SELECTORS.md (TikTok) that other tests leave unproven. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tiktokAdapter } from '../../../lib/platforms/tiktok';
import { hasShared, kinds, loadPage, readAll, sharedFixture } from './load-page';

const REAL = 'tiktok/trex-tk-video-1.html';
const REAL_URL = 'https://www.tiktok.com/@merveilleux123/video/7135383664971582725';

describe.skipIf(!hasShared(REAL))('TikTok comment-time-1 on the real 2022 page (AGPL, read from ../shared; not run without it)', () => {
  afterEach(() => vi.useRealTimers());

  it('a comment box without its numeric id is dated from its comment-time age ("5d ago"), its parts still read', () => {
    const NOW = Date.UTC(2022, 7, 29, 12, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const doc = loadPage(sharedFixture(REAL), REAL_URL);
    const ages = new Map<string, string>();
    for (const time of doc.querySelectorAll('[data-e2e="comment-time-1"]')) {
      const box = time.closest('[id]')!;
      ages.set(box.querySelector('[data-e2e="comment-level-1"]')!.textContent!, time.textContent!.trim());
      box.removeAttribute('id');
    }
    expect(ages.size).toBe(20);
    const comments = readAll(tiktokAdapter, doc).filter((i) => i.kind === 'comment');
    expect(comments).toHaveLength(20);
    for (const c of comments) {
      const days = Number(/^(\d)d ago$/.exec(ages.get(c.text)!)![1]);
      expect([c.text, c.postedAt]).toEqual([c.text, new Date(NOW - days * 86_400_000).toISOString()]);
      expect(c.nativeId).toMatch(/^h[0-9a-f]{16}$/);
    }
    expect(comments.find((c) => c.text === 'mesi')).toMatchObject({
      author: { name: 'user698505160780', handle: 'user698505160780cesca' },
      postedAt: new Date(NOW - 86_400_000).toISOString(),
      parentId: '7135383664971582725',
      depth: 1,
    });
    expect(kinds(readAll(tiktokAdapter, doc))).toEqual({ post: 1, comment: 20 });
  });
});
