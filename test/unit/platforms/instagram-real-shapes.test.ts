// @vitest-environment jsdom
/**
 * Instagram markup facts of real pages the fixtures did not cover: replies whose permalink has no /r/ (told by where
 * they sit), a caption whose time links to the post, controls and badges shown as words next to the text.
 */
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { byId, kinds, loadPage, ownFixture, readAll } from './load-page';
import { translate } from './mutate';

const ctx = { brandHandles: ['cafecocktail.mtl'] };
const REEL = 'https://www.instagram.com/reel/DRe4lShap3s/';
const reel = () => loadPage(ownFixture('instagram/reel-2025-replies.lookalike.html'), REEL);

describe('Instagram reel page, Nov 2025 comment markup, replies expanded (look-alike)', () => {
  const items = readAll(instagramAdapter, reel(), ctx);

  it('replies with a /c/ permalink of their own are replies to the comment they sit under', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 2 });
    expect(byId(items, '18000000000000102')).toMatchObject({
      kind: 'reply',
      author: { handle: 'cafecocktail.mtl' },
      parentId: '18000000000000101',
      depth: 2,
      permalink: 'https://www.instagram.com/p/DRe4lShap3s/c/18000000000000102/',
      text: '@jordan.smith noted for Friday’s tasting!',
    });
    expect(byId(items, '18000000000000103')).toMatchObject({ kind: 'reply', parentId: '18000000000000101' });
    expect(byId(items, '18000000000000104')).toMatchObject({ kind: 'comment', parentId: 'DRe4lShap3s', depth: 1 });
  });

  it('the brand answering a comment marks that comment, not the post', () => {
    expect(byId(items, '18000000000000101').repliedByBrand).toBe(true);
    expect(byId(items, '18000000000000104').repliedByBrand).toBe(false);
    expect(byId(items, 'DRe4lShap3s').repliedByBrand).toBe(false);
  });

  it("the reel's likedByMe is its action bar's heart (Unlike: liked), after the list; no comment's heart says so", () => {
    expect(byId(items, 'DRe4lShap3s').likedByMe).toBe(true);
    expect(items.filter((i) => i.kind !== 'post').every((i) => i.likedByMe === false)).toBe(true);
    const d = reel();
    d.querySelector('section svg[aria-label="Unlike"]')!.setAttribute('aria-label', 'Like');
    d.querySelector('a[href*="/c/18000000000000101/"]')!.closest('.xsag5q8')!.querySelector('svg[aria-label="Like"]')!.setAttribute('aria-label', 'Unlike');
    const read = readAll(instagramAdapter, d, ctx);
    expect(byId(read, 'DRe4lShap3s').likedByMe).toBe(false);
    expect(byId(read, '18000000000000101').likedByMe).toBe(true);
  });

  it('"Pinned", "Edited", "Reply" and "View all 3 replies" are not taken for the text', () => {
    expect(byId(items, '18000000000000101').text).toBe('A smoky mezcal sour please! 🥃');
    expect(byId(items, '18000000000000104').text).toBe('Est-ce que le menu est offert sans alcool aussi?');
    expect(byId(items, '18000000000000105').text).toBe(''); // a GIF: no words
    expect(byId(items, '18000000000000106').text).toBe('Best terrace in the Plateau.');
  });

  it('in French: « Épinglé », « Modifié », « Répondre » are not the text either', () => {
    const d = reel();
    translate(d, 'fr-CA', { Pinned: 'Épinglé', Edited: 'Modifié', Reply: 'Répondre', 'View all 3 replies': 'Voir les 3 réponses' });
    const fr = readAll(instagramAdapter, d, ctx);
    expect(byId(fr, '18000000000000101').text).toBe('A smoky mezcal sour please! 🥃');
    expect(byId(fr, '18000000000000105').text).toBe('');
  });

  it('is healthy', () => {
    expect(instagramAdapter.health(reel(), new URL(REEL), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 4, reply: 2 } });
  });

  it('a pinned comment whose timestamp sits one level deeper is still a comment', () => {
    const d = reel();
    const pinned = d.querySelector('a[href*="/c/18000000000000106/"]')!;
    const wrapper = d.createElement('span');
    pinned.replaceWith(wrapper);
    wrapper.append(pinned);
    const read = readAll(instagramAdapter, d, ctx);
    expect(byId(read, '18000000000000106')).toMatchObject({ kind: 'comment', parentId: 'DRe4lShap3s' });
  });
});

describe('Instagram 2021 page (real, microlinkhq/metascraper) with a reply expanded as 2021 nested it', () => {
  const TESLA = 'https://www.instagram.com/p/BWUDBntl3_Z/';
  /** 2021: ul(comment) > [div[role=button] > li(comment)] + li > ul > [li > button "View replies (1)"] + div[role=button] > li(reply). */
  const withReply = () => {
    const d = loadPage(ownFixture('instagram/metascraper-post-tesla-2021.html'), TESLA);
    const link = d.querySelector('a[href="/p/BWUDBntl3_Z/c/18016377334187271/"]')!;
    const row = link.closest('[role="button"]')!;
    const holder = row.parentElement!.querySelector(':scope > li > ul')!;
    const reply = row.cloneNode(true) as Element;
    reply.querySelectorAll('a[href="/nataliegrayy_/"]').forEach((a) => {
      a.setAttribute('href', '/mitchell.simmons99/');
      if (a.textContent!.trim()) a.textContent = 'mitchell.simmons99';
    });
    reply.querySelector('h3 + span')!.textContent = 'haha noted';
    reply.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/BWUDBntl3_Z/c/17999999999999999/');
    holder.append(reply);
    return d;
  };

  it('the reply is read as a reply to its comment; the other 11 comments stay comments', () => {
    const items = readAll(instagramAdapter, withReply());
    expect(kinds(items)).toEqual({ post: 1, comment: 12, reply: 1 });
    expect(byId(items, '17999999999999999')).toMatchObject({
      kind: 'reply',
      author: { handle: 'mitchell.simmons99' },
      text: 'haha noted',
      parentId: '18016377334187271',
      depth: 2,
    });
    expect(byId(items, '17948723512271715')).toMatchObject({ kind: 'comment', parentId: 'BWUDBntl3_Z' });
  });
});

describe('Instagram caption whose time links to the post (2023-2025 post pages, feed cards)', () => {
  const POST = 'https://www.instagram.com/p/DAbC123xYz_/';

  it('is still read as the post', () => {
    const d = loadPage(ownFixture('instagram/post-2025.lookalike.html'), POST);
    const time = d.querySelector('time[datetime="2025-10-01T14:00:00.000Z"]')!;
    const a = d.createElement('a');
    a.setAttribute('href', '/p/DAbC123xYz_/');
    time.replaceWith(a);
    a.append(time);
    const items = readAll(instagramAdapter, d, ctx);
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 2 });
    expect(byId(items, 'DAbC123xYz_')).toMatchObject({ kind: 'post', author: { handle: 'cafecocktail.mtl' }, postedAt: '2025-10-01T14:00:00.000Z' });
    expect(instagramAdapter.health(d, new URL(POST), ctx).ok).toBe(true);
  });

  it('a time linking to another post is not this post’s caption', () => {
    const d = loadPage(ownFixture('instagram/post-2025.lookalike.html'), POST);
    const time = d.querySelector('time[datetime="2025-10-01T14:00:00.000Z"]')!;
    const a = d.createElement('a');
    a.setAttribute('href', '/p/DOther00001/');
    time.replaceWith(a);
    a.append(time);
    expect(kinds(readAll(instagramAdapter, d, ctx))).toEqual({ comment: 3, reply: 2 });
  });
});
