// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import type { RawItem } from '../../../lib/platforms/types';
import { byId, hasShared, kinds, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { removeAttribute, shuffleClasses, translate } from './mutate';

const ctx = { brandHandles: ['@cafecocktail.mtl'] };
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const TESLA = 'https://www.instagram.com/p/BWUDBntl3_Z/';
const POST = 'https://www.instagram.com/p/DAbC123xYz_/';
const tesla = () => loadPage(ownFixture('instagram/metascraper-post-tesla-2021.html'), TESLA);
const post2025 = () => loadPage(ownFixture('instagram/post-2025.lookalike.html'), POST);

describe('Instagram adapter on the real 2021 post page (MIT copy)', () => {
  const doc = tesla();
  const items = readAll(instagramAdapter, doc);

  it('finds the caption and the 12 comments, not the date line', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 12 });
  });

  it('reads the caption and comments: ids from permalinks, authors, emoji, dates', () => {
    expect(items[0]).toMatchObject({
      nativeId: 'BWUDBntl3_Z',
      kind: 'post',
      author: { name: 'teslamotors', handle: 'teslamotors', url: 'https://www.instagram.com/teslamotors/' },
      postedAt: '2017-07-09T04:58:10.000Z',
      permalink: TESLA,
    });
    expect(oneLine(items[0].text)).toBe('The first Model 3 production car');
    const first = byId(items, '18016377334187271');
    expect(first).toMatchObject({
      kind: 'comment',
      author: { handle: 'nataliegrayy_' },
      postedAt: '2019-03-18T20:39:11.000Z',
      permalink: 'https://www.instagram.com/p/BWUDBntl3_Z/c/18016377334187271/',
      parentId: 'BWUDBntl3_Z',
      depth: 1,
    });
    expect(oneLine(first.text)).toBe('@mitchell.simmons99 y’know how you said you wanted a chain for your birthday? okay well this is what i want ;) 😋');
    expect(byId(items, '17948723512271715').text).toBe('OMG 😍');
    expect(byId(items, '18058358116198208').text).toBe('🖤🖤🖤');
    expect(items.every((i) => !/<[a-z]/i.test(i.text))).toBe(true);
  });

  it('is healthy; logged out, so no comment box', () => {
    expect(instagramAdapter.health(doc, new URL(TESLA))).toMatchObject({ ok: true, found: { post: 1, comment: 12 } });
    expect(instagramAdapter.findComposer(doc)).toBeNull();
  });

  it("the post's heart is its action bar's (section > span > button > svg \"Like\", before the comments): not liked", () => {
    expect(items[0].likedByMe).toBe(false);
    expect(items.filter((i) => i.kind === 'comment').map((i) => i.likedByMe)).toEqual(new Array(12).fill(undefined)); // logged out: no comment heart
    const d = tesla();
    d.querySelectorAll('section svg[aria-label="Like"]').forEach((svg) => svg.setAttribute('aria-label', 'Unlike'));
    const read = readAll(instagramAdapter, d);
    expect(read[0]).toMatchObject({ kind: 'post', likedByMe: true });
    expect(read.slice(1).map((i) => i.likedByMe)).toEqual(new Array(12).fill(undefined));
  });

  it('data-testid removed and classes shuffled: the same 13 items', () => {
    const d = tesla();
    removeAttribute(d, 'data-testid');
    shuffleClasses(d);
    expect(readAll(instagramAdapter, d)).toEqual(items);
  });
});

describe('Instagram adapter on the 2025 post page look-alike', () => {
  const doc = post2025();
  const items = readAll(instagramAdapter, doc, ctx);

  it('finds the caption, 3 comments and 2 replies', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 2 });
  });

  it('reads a liked comment answered by the brand, and the reply from its /r/ permalink', () => {
    expect(byId(items, '17900000000000001')).toEqual({
      platform: 'instagram',
      nativeId: '17900000000000001',
      kind: 'comment',
      author: { name: 'jordan.smith', handle: 'jordan.smith', url: 'https://www.instagram.com/jordan.smith/' },
      text: 'A smoky mezcal sour please! 🥃',
      postedAt: '2025-10-01T15:02:03.000Z',
      permalink: 'https://www.instagram.com/p/DAbC123xYz_/c/17900000000000001/',
      parentId: 'DAbC123xYz_',
      depth: 1,
      likedByMe: true,
      repliedByBrand: true,
    });
    expect(byId(items, '17900000000000002')).toMatchObject({
      kind: 'reply',
      parentId: '17900000000000001',
      depth: 2,
      author: { handle: 'cafecocktail.mtl' },
      text: '@jordan.smith noted for the tasting on Friday!',
    });
    expect(byId(items, '17900000000000003')).toMatchObject({ repliedByBrand: false, likedByMe: false });
    expect(byId(items, 'DAbC123xYz_').text).toBe('Our new autumn menu is here 🍂 Which cocktail should we add next? #mtlcocktails');
  });

  it('the brand answer whose timestamp is gone (no longer an item) still counts as the brand having answered', () => {
    const d = post2025();
    const answer = d.querySelector('a[href*="/r/17900000000000002/"]')!;
    answer.querySelector('time')!.remove();
    const read = readAll(instagramAdapter, d, ctx);
    expect(read.some((i) => i.nativeId === '17900000000000002')).toBe(false);
    expect(byId(read, '17900000000000001').repliedByBrand).toBe(true);
    expect(byId(read, '17900000000000003').repliedByBrand).toBe(false);
  });

  it('finds the textarea, the Reply button and is healthy', () => {
    expect(instagramAdapter.composerKind(instagramAdapter.findComposer(doc)!)).toBe('textarea');
    const el = instagramAdapter.findItems(doc)[1];
    expect(instagramAdapter.replyTarget(el)?.textContent).toBe('Reply');
    expect(instagramAdapter.health(doc, new URL(POST), ctx).ok).toBe(true);
  });

  it('UI in French: same items, like state from « Je n’aime plus »', () => {
    const d = post2025();
    translate(d, 'fr-CA', { Reply: 'Répondre', 'Hide replies': 'Masquer les réponses' });
    d.querySelectorAll('svg[aria-label="Unlike"]').forEach((s) => s.setAttribute('aria-label', 'Je n’aime plus'));
    d.querySelectorAll('svg[aria-label="Like"]').forEach((s) => s.setAttribute('aria-label', 'J’aime'));
    const fr = readAll(instagramAdapter, d, ctx);
    expect(kinds(fr)).toEqual({ post: 1, comment: 3, reply: 2 });
    expect(byId(fr, '17900000000000001').likedByMe).toBe(true);
    expect(byId(fr, '17900000000000005').likedByMe).toBe(false);
    expect(byId(fr, 'DAbC123xYz_').likedByMe).toBe(false); // its bar's « J’aime »
    d.querySelector('section svg[aria-label="J’aime"]')!.setAttribute('aria-label', 'Je n’aime plus');
    const frLiked = readAll(instagramAdapter, d, ctx);
    expect(byId(frLiked, 'DAbC123xYz_').likedByMe).toBe(true);
    expect(byId(frLiked, '17900000000000005').likedByMe).toBe(false);
    expect(instagramAdapter.health(d, new URL(POST), ctx).ok).toBe(true);
  });

  const likes = (read: RawItem[]) => read.map((i) => [i.nativeId, i.likedByMe]);
  const postOf = (read: RawItem[]) => byId(read, 'DAbC123xYz_');

  it("the post's likedByMe is its action bar's heart: a liked comment does not make it liked, nor the reverse", () => {
    // jordan.smith's comment liked (Unlike), the post not (its bar says Like).
    expect(postOf(items).likedByMe).toBe(false);
    expect(byId(items, '17900000000000001').likedByMe).toBe(true);
    // Every comment liked: the post still not.
    const d = post2025();
    d.querySelectorAll('ul svg[aria-label="Like"]').forEach((svg) => svg.setAttribute('aria-label', 'Unlike'));
    const allComments = readAll(instagramAdapter, d, ctx);
    expect(allComments.filter((i) => i.kind !== 'post').every((i) => i.likedByMe === true)).toBe(true);
    expect(postOf(allComments).likedByMe).toBe(false);
    // The post liked: true, and no comment or reply changes.
    const liked = post2025();
    liked.querySelector('section svg[aria-label="Like"]')!.setAttribute('aria-label', 'Unlike');
    const likedRead = readAll(instagramAdapter, liked, ctx);
    expect(postOf(likedRead).likedByMe).toBe(true);
    expect(likes(likedRead.filter((i) => i.kind !== 'post'))).toEqual(likes(items.filter((i) => i.kind !== 'post')));
  });

  it('no action bar, or a bar without a heart: unknown (undefined), never false', () => {
    const gone = post2025();
    gone.querySelector('section svg[aria-label="Like"]')!.closest('section')!.remove();
    expect(postOf(readAll(instagramAdapter, gone, ctx)).likedByMe).toBeUndefined();
    const unlabelled = post2025();
    unlabelled.querySelector('section svg[aria-label="Like"]')!.removeAttribute('aria-label');
    expect(postOf(readAll(instagramAdapter, unlabelled, ctx)).likedByMe).toBeUndefined();
  });

  it('a comment row in a section beside the list (it holds a timestamp) is not taken for the action bar', () => {
    const d = post2025();
    const section = d.createElement('section');
    d.querySelector('ul')!.after(section);
    // jordan.smith's liked comment row, moved next to the list, ahead of the bar.
    section.append(d.querySelector('a[href*="/c/17900000000000001/"]')!.closest('.x9f619')!);
    expect(postOf(readAll(instagramAdapter, d, ctx)).likedByMe).toBe(false);
  });

  it('the post read alone opens no comment: only sections beside the caption are looked into', () => {
    const d = post2025();
    const caption = instagramAdapter.findItems(d)[0];
    const list = d.querySelector('ul')!;
    const article = d.querySelector('article')!;
    const spies = [d, list, ...Array.from(list.children).slice(1)].flatMap((el) => [vi.spyOn(el, 'querySelector'), vi.spyOn(el, 'querySelectorAll')]);
    // The post's article: asked once for its first timestamp (the caption's, before the comments), nothing else.
    const inArticle = vi.spyOn(article, 'querySelector');
    const allInArticle = vi.spyOn(article, 'querySelectorAll');
    expect(instagramAdapter.readItem(caption)).toMatchObject({ kind: 'post', likedByMe: false });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(inArticle.mock.calls).toEqual([['time[datetime]']]);
    expect(allInArticle).not.toHaveBeenCalled();
  });

  it('classes shuffled: the same liked states', () => {
    const liked = post2025();
    liked.querySelector('section svg[aria-label="Like"]')!.setAttribute('aria-label', 'Unlike');
    const before = likes(readAll(instagramAdapter, liked, ctx));
    expect(before.find(([id]) => id === 'DAbC123xYz_')?.[1]).toBe(true);
    shuffleClasses(liked);
    expect(likes(readAll(instagramAdapter, liked, ctx))).toEqual(before);
    const d = post2025();
    shuffleClasses(d);
    expect(likes(readAll(instagramAdapter, d, ctx))).toEqual(likes(items));
  });

  it('comment permalinks gone: no comment is taken for the post, the miss is reported', () => {
    const d = post2025();
    d.querySelectorAll('a[href*="/c/"]').forEach((a) => a.replaceWith(...Array.from(a.childNodes)));
    const read = readAll(instagramAdapter, d, ctx);
    expect(kinds(read)).toEqual({ post: 1 });
    const health = instagramAdapter.health(d, new URL(POST), ctx);
    expect(health.problems).toEqual([
      'Instagram: 5 dated block(s) with an author but no comment permalink (markup changed?)',
      'Instagram: 5 comment(s) shown on this post but none detected (comment markup changed?)',
    ]);
  });

  it('a timestamp moved out of the post into the page shell is not read as a block holding the whole post', () => {
    const d = post2025();
    const stray = d.querySelector('time[datetime="2025-10-01T13:00:00.000Z"]')!;
    d.querySelector('#mount_0_0_Ab')!.append(stray);
    const blocks = instagramAdapter.findItems(d);
    expect(blocks.some((b) => b.querySelector('article, main'))).toBe(false);
    expect(blocks.some((b) => b.contains(stray))).toBe(false);
  });
});

describe('Instagram adapter on the activity look-alike (French UI)', () => {
  const doc = loadPage(ownFixture('instagram/activity-2025.lookalike.html'), 'https://www.instagram.com/accounts/activity/');
  const items = readAll(instagramAdapter, doc, ctx);

  it('keeps the 3 mention rows (comments and a tag), drops the like and the follow', () => {
    expect(kinds(items)).toEqual({ mention: 3 });
    expect(items[0]).toMatchObject({
      nativeId: '17900000000000003',
      author: { handle: 'elodie.gagnon' },
      postedAt: '2025-10-01T12:30:00.000Z',
      parentId: 'DAbC123xYz_',
      permalink: 'https://www.instagram.com/p/DAbC123xYz_/c/17900000000000003/',
    });
    expect(items[0].text).toBe('elodie.gagnon vous a mentionné(e) dans un commentaire : @cafecocktail.mtl est-ce que le menu est offert sans alcool aussi?');
    expect(items[1]).toMatchObject({ kind: 'mention', author: { handle: 'marc.roy' }, permalink: 'https://www.instagram.com/p/DZz987Tag/' });
    expect(items[1].nativeId).toMatch(/^h[0-9a-f]{16}$/);
    expect(instagramAdapter.health(doc, new URL(doc.URL)).ok).toBe(true);
  });
});

describe.skipIf(!hasShared('instagram/metascraper-post-tesla-2021.html'))('Instagram shared copy (did not run without ../shared/fixtures/platforms)', () => {
  it('the shared original reads like the project copy', () => {
    const doc = loadPage(sharedFixture('instagram/metascraper-post-tesla-2021.html'), TESLA);
    expect(kinds(readAll(instagramAdapter, doc))).toEqual({ post: 1, comment: 12 });
  });
});
