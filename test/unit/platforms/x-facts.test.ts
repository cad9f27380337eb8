// @vitest-environment jsdom
/**
 * X facts of ../shared/research/PLATFORM-SELECTORS.md not proven by the saved pages: the focused tweet of a status
 * page told by tabindex, the thread above it, emoji as <img alt>, the Draft.js reply box, the structural text fallback.
 * Look-alike: test/fixtures/platforms/x/status-thread-2026.lookalike.html (sources in its header).
 */
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms/x';
import { byId, kinds, loadPage, ownFixture, readAll } from './load-page';

const URL_STATUS = 'https://x.com/julietremblay/status/1860000000000000002';
const ctx = { brandHandles: ['cafeboreal'] };
const load = () => loadPage(ownFixture('x/status-thread-2026.lookalike.html'), URL_STATUS);
const id = (n: number) => `186000000000000000${n}`;

describe('X status page of a tweet that answers another (focused tweet tabindex -1, replies tabindex 0)', () => {
  const doc = load();
  const items = readAll(xAdapter, doc, ctx);

  it('the tweet above the focused one is not one of its comments; the two below are', () => {
    expect(kinds(items)).toEqual({ post: 2, comment: 2 });
    expect(items.map((i) => `${i.nativeId}:${i.kind}`)).toEqual([`${id(1)}:post`, `${id(2)}:post`, `${id(3)}:comment`, `${id(4)}:comment`]);
  });

  it('the focused tweet: its id, author, emoji text, date, permalink; answered by the brand below it', () => {
    expect(byId(items, id(2))).toEqual({
      platform: 'x',
      nativeId: id(2),
      kind: 'post',
      author: { name: 'Julie Tremblay', handle: 'julietremblay', url: 'https://x.com/julietremblay' },
      text: 'Est-ce qu’il existe sans lactose? 🥛 Merci!',
      postedAt: '2026-11-24T14:10:00.000Z',
      permalink: URL_STATUS,
      parentId: undefined,
      depth: undefined,
      likedByMe: false,
      repliedByBrand: true,
      counts: { comments: 2 },
    });
  });

  it('a reply: parent the focused tweet, depth 1, liked by me from the unlike control', () => {
    expect(byId(items, id(3))).toMatchObject({
      kind: 'comment',
      author: { name: 'Café Boréal', handle: 'cafeboreal' },
      text: 'Oui, avec la boisson d’avoine!',
      postedAt: '2026-11-24T14:30:00.000Z',
      permalink: `https://x.com/cafeboreal/status/${id(3)}`,
      parentId: id(2),
      depth: 1,
      likedByMe: true,
      repliedByBrand: false,
    });
    expect(byId(items, id(4))).toMatchObject({ kind: 'comment', parentId: id(2), likedByMe: false, repliedByBrand: false, author: { handle: 'marcgagnon' } });
    expect(byId(items, id(1)).text).toBe('Le latte à l’érable est de retour 🍁');
  });

  it('the Draft.js reply box, the reply control and the action bar as anchor; healthy', () => {
    const composer = xAdapter.findComposer(doc)!;
    expect(composer.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(xAdapter.composerKind(composer)).toBe('draft-js');
    const marc = xAdapter.findItems(doc)[3];
    expect(xAdapter.replyTarget(marc)?.getAttribute('data-testid')).toBe('reply');
    expect(xAdapter.anchor(marc)?.getAttribute('role')).toBe('group');
    expect(xAdapter.health(doc, new URL(URL_STATUS), ctx)).toMatchObject({ ok: true, found: { post: 2, comment: 2 } });
  });

  it('no focused tweet (tabindex gone): no reply is taken for a comment, and the miss is reported', () => {
    const d = load();
    d.querySelector('article[tabindex="-1"]')!.setAttribute('tabindex', '0');
    const read = readAll(xAdapter, d, ctx);
    expect(read.filter((i) => i.kind === 'comment')).toEqual([]);
    expect(xAdapter.health(d, new URL(URL_STATUS), ctx).problems).toContain('X: replies are visible under the post but none was detected');
  });

  it('tweetText hook gone: the text is read from the tweet’s div[lang][dir] (structural fallback), never the quoted tweet’s', () => {
    const d = load();
    for (const t of d.querySelectorAll('[data-testid="tweetText"]')) t.removeAttribute('data-testid');
    expect(readAll(xAdapter, d, ctx).map((i) => i.text)).toEqual(items.map((i) => i.text));
    // A quote tweet whose own text lost its hook: the quoted tweet's words are not taken for its own.
    const q = loadPage(ownFixture('x/tweetyoink-x-tweet-quote.html'), 'https://x.com/home');
    for (const t of q.querySelectorAll('[data-testid="tweetText"]')) t.removeAttribute('data-testid');
    expect(readAll(xAdapter, q)[0]).toMatchObject({ kind: 'quote', text: 'This is a quote tweet with additional commentary' });
  });
});
