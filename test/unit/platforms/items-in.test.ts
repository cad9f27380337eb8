// A comment added to a long page is found in what was added (the adapter's itemsIn), not by listing the page again:
// on every platform's demo page, in the scanner, with the page searched whole a moment later all the same. On every
// saved page, itemsIn never lists what findItems would not, and finds today's comments and replies as findItems does.
import { readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters } from '../../../lib/platforms/registry';
import { ADDED_ROOTS_MAX, createScanner, RECHECK_MS } from '../../../lib/page/scanner';
import type { Adapter, RawItem } from '../../../lib/platforms/types';
import { PLATFORM_PAGES, manyComments, type DemoComment } from '../../../demo/pages/render';
import { BRAND_HANDLES } from '../../bench/mainthread-pages';
import { OWN_FIXTURES, SHARED_FIXTURES, hasShared, loadPage } from './load-page';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A demo page in a jsdom window that draws frames; the scanner's observer and frames are that window's. */
function openDemo(adapter: Adapter) {
  const p = PLATFORM_PAGES[adapter.platform];
  const thread = manyComments(12);
  const { window } = new JSDOM(p.page(thread), { url: p.url, pretendToBeVisual: true });
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  vi.stubGlobal('requestAnimationFrame', window.requestAnimationFrame.bind(window));
  vi.stubGlobal('cancelAnimationFrame', window.cancelAnimationFrame.bind(window));
  vi.stubGlobal('requestIdleCallback', undefined);
  return { doc: window.document, thread, comment: (c: DemoComment) => p.comment(c, thread) };
}

const added: DemoComment = {
  n: 900, name: 'Nadia Roy', handle: 'nadiaroy', text: 'Vous ouvrez à quelle heure dimanche?', at: '2026-11-24T18:00:00.000Z',
  replies: [{ n: 901, name: 'Café Boréal', handle: 'cafeboreal', text: 'Dès 8 h, Nadia!', at: '2026-11-24T18:05:00.000Z' }],
};

/** Items without the time of their dates: a time shown as an age ("il y a 3 min") is dated from the moment of reading. */
const undated = (items: Array<RawItem | null>) => items.map((i) => i && { ...i, postedAt: i.postedAt?.slice(0, 10) });

describe.each(adapters.map((a) => [a.platform, a] as const))('%s: a comment added to the page', (_, base) => {
  it('is found with its reply in what was added, the page not searched again until the recheck, which finds nothing more', async () => {
    const { doc, comment } = openDemo(base);
    let searches = 0;
    const looked: Element[] = [];
    const adapter: Adapter = {
      ...base,
      findItems: (root) => (searches++, base.findItems(root)),
      itemsIn: (el) => (looked.push(el), base.itemsIn!(el)),
    };
    const found: RawItem[] = [];
    const ctl = new AbortController();
    const scanner = createScanner({ adapter, doc, signal: ctl.signal, readContext: () => ({ brandHandles: BRAND_HANDLES[base.platform] }), onFound: (b) => found.push(...b.map((f) => f.item)) });
    await scanner.scan();
    const first = found.length;
    expect(first).toBeGreaterThan(12);
    expect(searches).toBeGreaterThan(0);
    searches = 0;

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const holder = doc.createElement('div');
    holder.innerHTML = comment(added);
    // Flat platforms (X, Bluesky, Mastodon) insert the reply as a row of its own beside the comment's.
    const rows = Array.from(holder.children);
    doc.querySelector('[data-demo-list]')!.append(...rows);
    await vi.waitFor(() => expect(found.length).toBe(first + 2), { timeout: 2000 });
    expect(looked).toEqual(rows);
    expect(searches).toBe(0);
    // The same items, read the same, as a search of the whole page finds among its new elements.
    const ctx = { brandHandles: BRAND_HANDLES[base.platform] };
    const fresh = base.findItems(doc).filter((el) => rows.some((r) => r.contains(el))).map((el) => base.readItem(el, ctx)!);
    expect(undated(found.slice(first))).toEqual(undated(fresh));
    expect(found.slice(first).map((i) => i.text)).toEqual([added.text, added.replies![0].text]);

    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    await scanner.scan();
    expect(searches).toBeGreaterThan(0);
    expect(found.length).toBe(first + 2);
    ctl.abort();
  });
});

describe('many elements added before one frame', () => {
  it('has the page searched whole instead, once, each element not looked through alone', async () => {
    const base = adapters.find((a) => a.platform === 'youtube')!;
    const { doc, comment } = openDemo(base);
    let searches = 0;
    let looked = 0;
    const adapter: Adapter = { ...base, findItems: (root) => (searches++, base.findItems(root)), itemsIn: (el) => (looked++, base.itemsIn!(el)) };
    const found: RawItem[] = [];
    const ctl = new AbortController();
    const scanner = createScanner({ adapter, doc, signal: ctl.signal, onFound: (b) => found.push(...b.map((f) => f.item)) });
    await scanner.scan();
    const first = found.length;
    searches = 0;
    const list = doc.querySelector('[data-demo-list]')!;
    for (let i = 0; i <= ADDED_ROOTS_MAX; i++) {
      const holder = doc.createElement('div');
      holder.innerHTML = comment({ ...added, n: 1000 + i, replies: [] });
      list.append(...Array.from(holder.children));
    }
    await vi.waitFor(() => expect(found.length).toBe(first + ADDED_ROOTS_MAX + 1), { timeout: 2000 });
    expect(searches).toBe(1);
    expect(looked).toBe(0);
    ctl.abort();
  });
});

/** Fixture files and the address each is loaded at: the platform's post page, or its notifications page. */
const POST_URLS: Record<string, { post: string; notifications: string }> = {
  x: { post: 'https://x.com/someone/status/1850000000000000001', notifications: 'https://x.com/notifications' },
  youtube: { post: 'https://www.youtube.com/watch?v=f7631ac0abc', notifications: 'https://www.youtube.com/feed/notifications' },
  linkedin: { post: 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000000/', notifications: 'https://www.linkedin.com/notifications/' },
  facebook: { post: 'https://www.facebook.com/cafeboreal/posts/pfbid0abc', notifications: 'https://www.facebook.com/notifications' },
  instagram: { post: 'https://www.instagram.com/p/BWUDBntl3_Z/', notifications: 'https://www.instagram.com/accounts/activity/' },
  tiktok: { post: 'https://www.tiktok.com/@merveilleux123/video/7135383664971582725', notifications: 'https://www.tiktok.com/' },
  reddit: { post: 'https://www.reddit.com/r/Showerthoughts/comments/abc123/title/', notifications: 'https://old.reddit.com/message/mentions' },
  bluesky: { post: 'https://bsky.app/profile/someone.bsky.social/post/3kabc', notifications: 'https://bsky.app/notifications' },
  mastodon: { post: 'https://mastodon.social/@someone/110000000000000000', notifications: 'https://mastodon.social/notifications' },
  threads: { post: 'https://www.threads.com/@someone/post/DAbc', notifications: 'https://www.threads.com/activity' },
};

const fixtures = adapters.flatMap((adapter) =>
  [OWN_FIXTURES, SHARED_FIXTURES].flatMap((dir) => {
    if (!hasShared('') && dir === SHARED_FIXTURES) return [];
    let files: string[] = [];
    try {
      files = readdirSync(`${dir}/${adapter.platform}`).filter((f) => f.endsWith('.html'));
    } catch {
      return [];
    }
    return files.map((f) => [`${adapter.platform}/${f}${dir === SHARED_FIXTURES ? ' (shared)' : ''}`, adapter, `${dir}/${adapter.platform}/${f}`] as const);
  }),
);

/**
 * Items findItems lists that itemsIn leaves to it, by the families each adapter says it does not tell alone: old
 * Reddit's and the redesign's markup without a hook of today, LinkedIn's logged-out comments.
 */
const LEFT_TO_FIND_ITEMS: Record<string, string> = {
  'reddit/postlight-redesign-showerthoughts-comments.html': 'redesign (2018-2023) comments have no hook of today',
  'linkedin/guest-post-2026.lookalike.html': 'logged-out comments (section.comment) are told by the page holding no other',
};

describe.each(fixtures)('%s: itemsIn', (name, adapter, path) => {
  const load = () => {
    const kinds = POST_URLS[adapter.platform];
    return loadPage(path, /notif|activity|inbox/.test(name) ? kinds.notifications : kinds.post);
  };

  it('lists nothing findItems would not, from the whole body or from any item alone', () => {
    const doc = load();
    const all = new Set(adapter.findItems(doc));
    const fromBody = adapter.itemsIn!(doc.body);
    expect(fromBody.filter((el) => !all.has(el))).toEqual([]);
    for (const el of all) expect(adapter.itemsIn!(el).filter((e) => !all.has(e))).toEqual([]);
  });

  it('reads each item the same for a pass of a few reads as for a whole page (the brand: every author of the page)', () => {
    const whole = load();
    const els = adapter.findItems(whole);
    const brandHandles = [...new Set(els.map((el) => adapter.readItem(el)?.author.handle).filter((h): h is string => !!h))];
    const expected = els.map((el) => adapter.readItem(el, { brandHandles }));
    // In a page of their own, last first: the post (its answers are the page's) is read after its comments.
    const doc = load();
    const few = adapter.findItems(doc).reverse().map((el) => adapter.readItem(el, { brandHandles, few: true })).reverse();
    expect(undated(few)).toEqual(undated(expected));
  });

  it('finds each comment and reply findItems finds, added alone or with the page', () => {
    const doc = load();
    const answers = adapter.findItems(doc).filter((el) => ['comment', 'reply'].includes(adapter.readItem(el)?.kind ?? ''));
    const fromBody = new Set(adapter.itemsIn!(doc.body));
    const missed = answers.filter((el) => !fromBody.has(el) || !adapter.itemsIn!(el).includes(el));
    // A family left to findItems is left whole: none of it is found one way and not the other.
    const left = LEFT_TO_FIND_ITEMS[name.replace(' (shared)', '')];
    if (left) expect(answers.length).toBeGreaterThan(0);
    expect(missed).toEqual(left ? answers : []);
  });
});
