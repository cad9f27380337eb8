// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../lib/platforms/threads';
import { byId, kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { PLATFORM_PAGES, type DemoComment } from '../../../demo/pages/render';
import { removeAttribute, shuffleClasses, translate } from './mutate';

const POST_URL = 'https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj';
const ctx = { brandHandles: ['cafecocktail.mtl'] };
const postPage = () => loadPage(ownFixture('threads/post-2025.lookalike.html'), POST_URL);

describe('Threads adapter on the post page look-alike (2025)', () => {
  const doc = postPage();
  const items = readAll(threadsAdapter, doc, ctx);

  it('finds the post, 3 replies to it and 1 reply in a chain', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 1 });
  });

  it('reads codes, authors, emoji text, dates, like state; the brand answer marks the reply it follows', () => {
    expect(byId(items, 'DAbCdReply01')).toEqual({
      platform: 'threads',
      nativeId: 'DAbCdReply01',
      kind: 'comment',
      author: { name: 'jordan.smith', handle: 'jordan.smith', url: 'https://www.threads.com/@jordan.smith' },
      text: 'A smoky mezcal sour please! 🥃',
      postedAt: '2025-10-01T15:02:03.000Z',
      permalink: 'https://www.threads.com/@jordan.smith/post/DAbCdReply01',
      parentId: 'DAbCdEfGhIj',
      depth: 1,
      likedByMe: true,
      repliedByBrand: true,
    });
    expect(byId(items, 'DAbCdReply02')).toMatchObject({ kind: 'reply', parentId: 'DAbCdReply01', depth: 2, author: { handle: 'cafecocktail.mtl' } });
    expect(byId(items, 'DAbCdReply03')).toMatchObject({ text: 'Bravo @cafecocktail.mtl! Est-ce que le menu est offert sans alcool aussi?', repliedByBrand: false, likedByMe: false });
    expect(byId(items, 'DAbCdEfGhIj')).toMatchObject({ kind: 'post', depth: 0, repliedByBrand: false, postedAt: '2025-10-01T14:00:00.000Z' });
  });

  it('finds the reply box, the Reply icon button and is healthy', () => {
    expect(threadsAdapter.composerKind(threadsAdapter.findComposer(doc)!)).toBe('lexical');
    const el = threadsAdapter.findItems(doc)[1];
    expect(threadsAdapter.replyTarget(el)?.getAttribute('role')).toBe('button');
    expect(threadsAdapter.health(doc, new URL(POST_URL), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 3, reply: 1 } });
  });

  it('classes shuffled: same items', () => {
    const d = postPage();
    shuffleClasses(d);
    expect(readAll(threadsAdapter, d, ctx)).toEqual(items);
  });

  it('UI in French: same items, like state and Répondre from French labels', () => {
    const d = postPage();
    translate(d, 'fr-CA', {});
    const rename: Record<string, string> = { Like: 'J’aime', Unlike: 'Je n’aime plus', Reply: 'Répondre' };
    d.querySelectorAll('svg[aria-label]').forEach((s) => s.setAttribute('aria-label', rename[s.getAttribute('aria-label')!] ?? 'x'));
    const fr = readAll(threadsAdapter, d, ctx);
    expect(fr).toEqual(items);
    expect(threadsAdapter.replyTarget(threadsAdapter.findItems(d)[1])).not.toBeNull();
  });

  it('data-pressable-container removed: nothing read, the 4 dated replies reported, nothing thrown', () => {
    const d = postPage();
    removeAttribute(d, 'data-pressable-container');
    expect(readAll(threadsAdapter, d, ctx)).toEqual([]);
    expect(threadsAdapter.health(d, new URL(POST_URL), ctx).problems).toEqual([
      'Threads: 4 repl(ies) shown under this post but none detected (markup changed?)',
      'Threads: the post itself was not detected on this post page',
    ]);
  });
});

describe('Threads adapter on the activity look-alike (French UI)', () => {
  const doc = loadPage(ownFixture('threads/activity-2025.lookalike.html'), 'https://www.threads.com/activity');
  const items = readAll(threadsAdapter, doc, ctx);

  it('one mention, one repost, one quote; the follow row is dropped', () => {
    expect(kinds(items)).toEqual({ mention: 1, share: 1, quote: 1 });
  });

  it('the mention keeps the reply code; the repost has its own identity and the post as parent', () => {
    expect(items[0]).toMatchObject({ kind: 'mention', nativeId: 'DAbCdReply03', author: { handle: 'elodie.gagnon' } });
    expect(items[1]).toMatchObject({ kind: 'share', nativeId: 'DAbCdEfGhIj:repost:jordan.smith', parentId: 'DAbCdEfGhIj', author: { handle: 'jordan.smith' } });
    expect(items[2]).toMatchObject({ kind: 'quote', nativeId: 'DQuote00001', text: "Le meilleur menu d'automne en ville, selon nous." });
    expect(threadsAdapter.health(doc, new URL(doc.URL)).ok).toBe(true);
  });

  it('English context words on a French page are not guessed', () => {
    const d = loadPage(ownFixture('threads/activity-2025.lookalike.html'), 'https://www.threads.com/activity');
    translate(d, 'fr', { 'Vous a mentionné(e)': 'Mentioned you' });
    expect(kinds(readAll(threadsAdapter, d, ctx))).toEqual({ share: 1, quote: 1 });
  });
});

describe('Threads: whether the brand answered the focused post', () => {
  const at = '2026-11-24T14:00:00.000Z';
  const post = { n: 1, name: 'Café Boréal', handle: 'cafeboreal', text: 'Nouveau latte', at };
  const fan = (n: number, replies: DemoComment[] = []) => ({ n, name: `Fan ${n}`, handle: `fan${n}`, text: `Ouvert samedi? ${n}`, at, replies });
  const brandReply = (n: number) => ({ n, name: 'Café Boréal', handle: 'cafeboreal', text: 'Oui!', at });
  const read = (comments: DemoComment[]) => {
    const page = PLATFORM_PAGES.threads;
    const items = readAll(threadsAdapter, loadHtml(page.page({ lang: 'fr', title: 't', post, comments }), page.url), { brandHandles: ['cafeboreal'] });
    return items.find((i) => i.kind === 'post')!;
  };

  it('is answered when the brand commented directly under it, not when it only answered a comment', () => {
    expect(read([fan(10), { ...brandReply(11) }, fan(12)]).repliedByBrand).toBe(true);
    expect(read([fan(10, [brandReply(11)]), fan(12)]).repliedByBrand).toBe(false);
    expect(read([fan(10), fan(12)]).repliedByBrand).toBe(false);
  });
});

describe('Threads: an item holding another (a quoted post) reads only its own parts', () => {
  const part = (handle: string, code: string, text: string, icon: string) =>
    `<a href="/@${handle}" role="link"><img alt="" src="data:,"></a><span><a href="/@${handle}" role="link"><span dir="auto">${handle}</span></a></span>
<span><a href="/@${handle}/post/${code}" role="link"><time datetime="2025-10-01T15:00:00.000Z">1 h</time></a></span>
<div><span dir="auto">${text}</span></div><div role="button"><svg aria-label="${icon}" role="img"></svg></div>`;
  const html = `<!doctype html><html lang="en"><body><div role="main">
<div data-pressable-container="true"><div data-pressable-container="true">${part('quoted.author', 'DQuoted0001', 'the quoted words', 'Unlike')}</div>
${part('outer.author', 'DOuter00001', 'my own words', 'Like')}</div></div></body></html>`;

  it('author, code, text and like state of the outer item are not the nested one’s', () => {
    const items = readAll(threadsAdapter, loadHtml(html, 'https://www.threads.com/'));
    expect(items.map((i) => [i.nativeId, i.author.handle, i.text, i.likedByMe])).toEqual([
      ['DOuter00001', 'outer.author', 'my own words', false],
      ['DQuoted0001', 'quoted.author', 'the quoted words', true],
    ]);
  });
});
