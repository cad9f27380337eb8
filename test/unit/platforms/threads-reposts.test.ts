// @vitest-environment jsdom
/** Threads reposts and quotes: on feeds and profiles (feed-reposts-2025 look-alike) and on the activity page. */
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../lib/platforms/threads';
import type { RawItem } from '../../../lib/platforms/types';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute, shuffleClasses, translate } from './mutate';

const FEED_URL = 'https://www.threads.com/';
const ACTIVITY_URL = 'https://www.threads.com/activity';
const ctx = { brandHandles: ['cafecocktail.mtl'] };
const feed = (url = FEED_URL) => loadPage(ownFixture('threads/feed-reposts-2025.lookalike.html'), url);
const activity = () => loadPage(ownFixture('threads/activity-2025.lookalike.html'), ACTIVITY_URL);
const byId = (items: RawItem[], id: string) => items.filter((i) => i.nativeId === id);
const summary = (items: RawItem[]) => items.map((i) => [i.kind, i.nativeId, i.author.handle, i.parentId ?? null]);

const EXPECTED = [
  ['post', 'DMtlEats001', 'montreal.eats', null],
  ['post', 'DAbCdEfGhIj', 'cafecocktail.mtl', null],
  ['quote', 'DQuoteBrand1', 'elodie.gagnon', 'DAbCdEfGhIj'],
  ['post', 'DQuoteOther1', 'sophie.lavoie', null],
  ['post', 'DOlivier001', 'olivier.roy', null],
  ['post', 'DPlainPost1', 'marc.ouellet', null],
];

describe('Threads feed with reposts and quotes (look-alike, English UI)', () => {
  const doc = feed();
  const items = readAll(threadsAdapter, doc, ctx);

  it('reads 6 items of 10 cards: 5 posts and 1 quote, each post once', () => {
    expect(threadsAdapter.findItems(doc)).toHaveLength(10);
    expect(kinds(items)).toEqual({ post: 5, quote: 1 });
    expect(new Set(items.map((i) => i.nativeId)).size).toBe(items.length);
    expect(summary(items)).toEqual(EXPECTED);
  });

  it('a reposted post is the original: its author, code, words and time, not the reposter or the "reposted" line', () => {
    expect(byId(items, 'DMtlEats001')).toEqual([
      {
        platform: 'threads',
        nativeId: 'DMtlEats001',
        kind: 'post',
        author: { name: 'montreal.eats', handle: 'montreal.eats', url: 'https://www.threads.com/@montreal.eats' },
        text: 'Five terraces to try before the first frost 🍁',
        postedAt: '2025-09-30T22:15:00.000Z',
        permalink: 'https://www.threads.com/@montreal.eats/post/DMtlEats001',
        parentId: undefined,
        depth: 0,
        likedByMe: false,
        repliedByBrand: false,
      },
    ]);
    expect(byId(items, 'DAbCdEfGhIj')).toMatchObject([
      { kind: 'post', author: { handle: 'cafecocktail.mtl' }, text: 'Our new autumn menu is here 🍂 Which cocktail should we add next?' },
    ]);
    const reposters = ['alice.tremblay', 'jordan.smith', 'marc.ouellet'];
    expect(items.filter((i) => reposters.includes(i.author.handle!)).map((i) => i.nativeId)).toEqual(['DPlainPost1']);
    expect(items.some((i) => /reposted/.test(i.text))).toBe(false);
  });

  it('a quote of the brand’s post is a quote of it; a quote of another post is a post; the quoted words stay out', () => {
    expect(byId(items, 'DQuoteBrand1')).toMatchObject([
      { kind: 'quote', parentId: 'DAbCdEfGhIj', author: { handle: 'elodie.gagnon' }, text: 'The spiced pear one, without a doubt. Going Friday!', likedByMe: true, postedAt: '2025-10-01T16:20:00.000Z' },
    ]);
    expect(byId(items, 'DQuoteOther1')).toMatchObject([{ kind: 'post', parentId: undefined, author: { handle: 'sophie.lavoie' }, text: 'Le Boréal, obviously. Fight me.' }]);
  });

  it('without the brand’s handles a quote is a post', () => {
    expect(byId(readAll(threadsAdapter, feed()), 'DQuoteBrand1')).toMatchObject([{ kind: 'post', parentId: undefined }]);
  });

  it('a post shown itself is read there, not on its repost or inside a quote, even when they come first', () => {
    const cards = threadsAdapter.findItems(doc);
    const read = cards.map((el) => threadsAdapter.readItem(el, ctx)?.nativeId ?? null);
    // Cards 4 (repost of DOlivier001), 5a (DOlivier001 quoted) and 7 (second repost of DMtlEats001) are not read,
    // nor 3a (the brand's post quoted, read on its repost, card 2).
    expect(read).toEqual(['DMtlEats001', 'DAbCdEfGhIj', 'DQuoteBrand1', null, null, 'DQuoteOther1', null, 'DOlivier001', null, 'DPlainPost1']);
  });

  it('a post shown once inside a quote is read once, as its author’s post', () => {
    const d = feed();
    // The brand's post stays only inside elodie.gagnon's quote.
    d.querySelector('a[href="/@jordan.smith"]')!.closest('[data-pressable-container]')!.remove();
    const read = readAll(threadsAdapter, d, ctx);
    expect(byId(read, 'DAbCdEfGhIj')).toMatchObject([{ kind: 'post', author: { handle: 'cafecocktail.mtl' }, likedByMe: undefined }]);
    expect(kinds(read)).toEqual({ post: 5, quote: 1 });
  });

  it('is healthy: cards showing a post read elsewhere are no misses', () => {
    expect(threadsAdapter.health(doc, new URL(FEED_URL), ctx)).toMatchObject({ ok: true, problems: [], found: { post: 5, quote: 1 } });
  });

  it('reads the same on a profile’s Reposts tab', () => {
    expect(summary(readAll(threadsAdapter, feed('https://www.threads.com/@jordan.smith/reposts'), ctx))).toEqual(EXPECTED);
  });

  it('classes shuffled: same items', () => {
    const d = feed();
    shuffleClasses(d);
    expect(readAll(threadsAdapter, d, ctx)).toEqual(items);
  });

  it('UI in French ("a republié", French icon labels): same items', () => {
    const d = feed();
    translate(d, 'fr-CA', { ' reposted': ' a republié' });
    const rename: Record<string, string> = { Like: 'J’aime', Unlike: 'Je n’aime plus', Reply: 'Répondre', Repost: 'Republier', Share: 'Partager' };
    d.querySelectorAll('svg[aria-label]').forEach((s) => s.setAttribute('aria-label', rename[s.getAttribute('aria-label')!] ?? 'x'));
    expect(d.body.textContent).toContain('alice.tremblay a republié');
    expect(readAll(threadsAdapter, d, ctx)).toEqual(items);
  });

  it('the repost line outside the card (a wrapper above it): the original author, each post still read once', () => {
    const d = feed();
    for (const line of Array.from(d.querySelectorAll('.xrvj5dj'))) line.closest('.x1c1b4dv')!.before(line);
    // No card is then known as a repost: a post shown twice is read on its first card (card 4 rather than 6).
    const byCode = (a: unknown[], b: unknown[]) => String(a[1]).localeCompare(String(b[1]));
    expect(summary(readAll(threadsAdapter, d, ctx)).sort(byCode)).toEqual([...EXPECTED].sort(byCode));
  });

  it('permalinks changed: nothing read rather than a reposter, nothing thrown', () => {
    const d = feed();
    for (const a of Array.from(d.querySelectorAll('a[href*="/post/"]'))) a.setAttribute('href', a.getAttribute('href')!.replace(/^\/@[^/]+\/post\//, '/t/'));
    expect(readAll(threadsAdapter, d, ctx)).toEqual([]);
    expect(() => threadsAdapter.health(d, new URL(FEED_URL), ctx)).not.toThrow();
  });

  it('data-pressable-container removed: nothing read, the dated posts reported, nothing thrown', () => {
    const d = feed();
    removeAttribute(d, 'data-pressable-container');
    expect(readAll(threadsAdapter, d, ctx)).toEqual([]);
    expect(threadsAdapter.health(d, new URL(FEED_URL), ctx).problems).toEqual(['Threads: posts are shown but none was detected']);
  });

  it('the original author’s own links gone from a repost: still the permalink’s author, never the reposter', () => {
    const d = feed();
    const card = d.querySelector('a[href="/@alice.tremblay"]')!.closest('[data-pressable-container]')!;
    card.querySelectorAll('a[href="/@montreal.eats"]').forEach((a) => a.remove());
    expect(threadsAdapter.readItem(card, ctx)).toMatchObject({ nativeId: 'DMtlEats001', author: { handle: 'montreal.eats' } });
  });
});

describe('Threads activity rows for reposts and quotes', () => {
  /** The look-alike's rows with their context lines in another wording (and language). */
  const worded = (lang: string, lines: Record<string, string>) => {
    const d = activity();
    translate(d, lang, lines);
    return d;
  };
  const english = () =>
    worded('en', { 'Vous a mentionné(e)': 'Mentioned you', 'A republié votre publication': 'Reposted your thread', 'A cité votre publication': 'Quoted your thread', 'Vous suit': 'Followed you' });

  it.each([
    ['fr', () => worded('fr', { 'A republié votre publication': 'a republié votre thread', 'A cité votre publication': 'a cité votre thread' })],
    ['en', english],
  ])('%s: the repost is a share by the reposter with the post as parent, the quote a quote by the quoter', (_, page) => {
    const items = readAll(threadsAdapter, page(), ctx);
    expect(kinds(items)).toEqual({ mention: 1, share: 1, quote: 1 });
    expect(items.find((i) => i.kind === 'share')).toMatchObject({
      nativeId: 'DAbCdEfGhIj:repost:jordan.smith',
      parentId: 'DAbCdEfGhIj',
      author: { handle: 'jordan.smith' },
      permalink: 'https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj',
      postedAt: '2025-10-01T17:00:00.000Z',
    });
    expect(items.find((i) => i.kind === 'quote')).toMatchObject({ nativeId: 'DQuote00001', author: { handle: 'montreal.eats' }, text: "Le meilleur menu d'automne en ville, selon nous." });
  });

  it('a quote row showing the quoted post: that post is its parent, and no row of its own', () => {
    const d = english();
    const row = d.querySelector('a[href="/@montreal.eats/post/DQuote00001"]')!.closest('[data-pressable-container]')!;
    const quoted = d.createElement('div');
    quoted.innerHTML = `<div data-pressable-container="true"><span><a href="/@cafecocktail.mtl" role="link"><span dir="auto">cafecocktail.mtl</span></a></span>
<span><a href="/@cafecocktail.mtl/post/DAbCdEfGhIj" role="link"><time datetime="2025-10-01T14:00:00.000Z">3h</time></a></span>
<div><span dir="auto">Our new autumn menu is here</span></div></div>`;
    row.querySelector('.x1n2onr6')!.append(quoted);
    const items = readAll(threadsAdapter, d, ctx);
    expect(kinds(items)).toEqual({ mention: 1, share: 1, quote: 1 });
    expect(items.find((i) => i.kind === 'quote')).toMatchObject({ nativeId: 'DQuote00001', parentId: 'DAbCdEfGhIj', author: { handle: 'montreal.eats' } });
  });

  it('ids are stable: the same on a second load and when a new row comes first', () => {
    const ids = readAll(threadsAdapter, english(), ctx).map((i) => i.nativeId);
    const d = english();
    const fresh = d.querySelector('[data-pressable-container]')!.cloneNode(true) as Element;
    fresh.querySelectorAll('a[href="/@elodie.gagnon"]').forEach((a) => a.setAttribute('href', '/@new.fan'));
    fresh.querySelector('a[href*="/post/"]')!.setAttribute('href', '/@new.fan/post/DNewFan0001');
    d.querySelector('[data-pressable-container]')!.before(fresh);
    expect(readAll(threadsAdapter, d, ctx).map((i) => i.nativeId)).toEqual(['DNewFan0001', ...ids]);
    expect(readAll(threadsAdapter, english(), ctx).map((i) => i.nativeId)).toEqual(ids);
  });

  it('a row whose post says "reposted" or "a cité" is not a share or a quote: only its context line counts', () => {
    const html = (line: string, words: string) => `<!doctype html><html lang="fr"><body><div role="main">
<div data-pressable-container="true"><span><a href="/@jordan.smith" role="link"><span dir="auto">jordan.smith</span></a></span>
<span><a href="/@cafecocktail.mtl/post/DAbCdEfGhIj" role="link"><time datetime="2025-10-01T17:00:00.000Z">1 h</time></a></span>
<span>${line}</span><div><span dir="auto">${words}</span></div></div></div></body></html>`;
    const read = (line: string, words: string) => readAll(threadsAdapter, loadHtml(html(line, words), ACTIVITY_URL), ctx);
    expect(read('A aimé votre publication', 'Merci à tous ceux qui ont a republié et a cité notre menu!')).toEqual([]);
    expect(read('A republié votre thread', 'Merci à tous ceux qui ont a cité notre menu!')).toMatchObject([{ kind: 'share', author: { handle: 'jordan.smith' } }]);
  });
});

describe('Threads post page of a quote of the brand’s post', () => {
  const card = (handle: string, code: string, words: string, inner = '') =>
    `<div data-pressable-container="true"><a href="/@${handle}" role="link"><img alt="" src="data:,"></a>
<span><a href="/@${handle}" role="link"><span dir="auto">${handle}</span></a></span>
<span><a href="/@${handle}/post/${code}" role="link"><time datetime="2025-10-01T16:20:00.000Z">1h</time></a></span>
<div><span dir="auto">${words}</span></div>${inner}<div role="button"><svg aria-label="Reply" role="img"></svg></div></div>`;
  const quoted = `<div>${card('cafecocktail.mtl', 'DAbCdEfGhIj', 'Our new autumn menu is here')}</div>`;
  const html = `<!doctype html><html lang="en"><body><div role="main">
<div><div>${card('elodie.gagnon', 'DQuoteBrand1', 'The spiced pear one!', quoted)}</div></div>
<div><div>${card('jordan.smith', 'DReplyJord1', 'Same here')}</div></div></div></body></html>`;
  const items = readAll(threadsAdapter, loadHtml(html, 'https://www.threads.com/@elodie.gagnon/post/DQuoteBrand1'), ctx);

  it('the post is a quote of the brand’s post; the quoted post is no answer to it and no answer by the brand', () => {
    expect(summary(items)).toEqual([
      ['quote', 'DQuoteBrand1', 'elodie.gagnon', 'DAbCdEfGhIj'],
      ['post', 'DAbCdEfGhIj', 'cafecocktail.mtl', null],
      ['comment', 'DReplyJord1', 'jordan.smith', 'DQuoteBrand1'],
    ]);
    expect(items[0]).toMatchObject({ text: 'The spiced pear one!', depth: 0, repliedByBrand: false });
    expect(items[1]).toMatchObject({ depth: 0 });
  });
});
