// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../../lib/platforms/tiktok';
import type { RawItem } from '../../../lib/platforms/types';
import { byId, hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { removeAttribute, shuffleClasses, translate } from './mutate';
const REAL = 'tiktok/trex-tk-video-1.html';
const REAL_URL = 'https://www.tiktok.com/@merveilleux123/video/7135383664971582725';
const LOOK_URL = 'https://www.tiktok.com/@cafecocktail/video/7556000000000000001';
const ctx = { brandHandles: ['cafecocktail'] };
const lookalike = () => loadPage(ownFixture('tiktok/video-replies-2025.lookalike.html'), LOOK_URL);

describe.skipIf(!hasShared(REAL))('TikTok adapter on the real 2022 video page (AGPL, read from ../shared; did not run without that folder)', () => {
  const real = () => loadPage(sharedFixture(REAL), REAL_URL);
  const doc = real();
  const items = readAll(tiktokAdapter, doc);

  it('finds the video and its 20 top-level comments', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 20 });
    expect(new Set(items.map((i) => i.nativeId)).size).toBe(21);
  });

  it('reads ids from the comment box, names and handles, emoji text, dates from the ids', () => {
    expect(items[0]).toMatchObject({
      nativeId: '7135383664971582725',
      kind: 'post',
      author: { name: 'Merveilleux123', handle: 'merveilleux123' },
      text: 'Compétences de vie#tiktok #fyp #pourtoi #foryou #compétences',
      postedAt: '2022-08-24T10:12:51.000Z',
    });
    expect(byId(items, '7136970338026177286')).toEqual({
      platform: 'tiktok',
      nativeId: '7136970338026177286',
      kind: 'comment',
      author: { name: 'user698505160780', handle: 'user698505160780cesca', url: 'https://www.tiktok.com/@user698505160780cesca' },
      text: 'mesi',
      postedAt: '2022-08-28T16:49:57.000Z', // the page says "1d ago" on 2022-08-29
      permalink: REAL_URL,
      parentId: '7135383664971582725',
      depth: 1,
      repliedByBrand: false,
    });
    expect(byId(items, '7135673357307233029').text).toBe('Super 🥰Mersi');
    expect(byId(items, '7135392136946909958').author.name).toBe('KHADER_TOURÉ 🖤');
  });

  it('health is ok; the 2022 box is an empty container (no editor yet), so no composer', () => {
    expect(tiktokAdapter.health(doc, new URL(REAL_URL))).toMatchObject({ ok: true, found: { post: 1, comment: 20 } });
    expect(tiktokAdapter.findComposer(doc)).toBeNull();
    const first = tiktokAdapter.findItems(doc)[1];
    expect(tiktokAdapter.replyTarget(first)?.textContent).toBe('Reply');
  });

  it('logged out: every heart is the grey one, so no comment says whether I liked it (undefined, not false)', () => {
    expect(items.filter((i) => i.kind === 'comment').map((i) => i.likedByMe)).toEqual(new Array(20).fill(undefined));
    // The same page with one heart drawn in TikTok's liked red (the fill a 2022-2023 script waits for): that comment only.
    const d = real();
    const heart = d.querySelector('[id="7136970338026177286"] [data-e2e="comment-like-count"]')!.previousElementSibling!;
    expect(heart.getAttribute('fill')).toBe('rgba(0, 0, 0, 1.0)');
    heart.setAttribute('fill', 'rgba(254, 44, 85, 1.0)');
    const read = readAll(tiktokAdapter, d).filter((i) => i.likedByMe !== undefined);
    expect(read.map((i) => [i.nativeId, i.likedByMe])).toEqual([['7136970338026177286', true]]);
  });

  it("logged out: the video's like button (span[like-icon] in a button) shows no aria-pressed, so undefined; its state when shown", () => {
    expect(items[0].likedByMe).toBeUndefined();
    const d = real();
    // A comment's heart drawn liked: the video still says nothing.
    d.querySelector('[id="7136970338026177286"] [data-e2e="comment-like-count"]')!.previousElementSibling!.setAttribute('fill', 'rgba(254, 44, 85, 1.0)');
    expect(readAll(tiktokAdapter, d)[0].likedByMe).toBeUndefined();
    const button = d.querySelector('[data-e2e="like-icon"]')!.closest('button')!;
    button.setAttribute('aria-pressed', 'true');
    const read = readAll(tiktokAdapter, d);
    expect(read[0]).toMatchObject({ kind: 'post', likedByMe: true });
    expect(read.filter((i) => i.likedByMe !== undefined).map((i) => i.nativeId)).toEqual(['7135383664971582725', '7136970338026177286']);
    button.setAttribute('aria-pressed', 'false');
    expect(readAll(tiktokAdapter, d)[0].likedByMe).toBe(false);
  });

  it('classes shuffled: same items', () => {
    const d = real();
    shuffleClasses(d);
    expect(readAll(tiktokAdapter, d)).toEqual(items);
  });

  it('data-e2e removed: nothing read, the 20 comments on screen reported, nothing thrown', () => {
    const d = real();
    removeAttribute(d, 'data-e2e');
    expect(readAll(tiktokAdapter, d)).toEqual([]);
    const health = tiktokAdapter.health(d, new URL(REAL_URL));
    expect(health.ok).toBe(false);
    expect(health.problems).toEqual([
      'TikTok: 20 comment(s) shown on this video but none detected (comment markup changed?)',
      'TikTok: the video caption was not detected on this video page',
    ]);
  });

  it('UI in French: same comments', () => {
    const d = real();
    translate(d, 'fr', { Reply: 'Répondre', 'View more replies': 'Afficher plus de réponses' });
    expect(kinds(readAll(tiktokAdapter, d))).toEqual({ post: 1, comment: 20 });
  });
});

describe('TikTok: whether the brand commented under a video', () => {
  it('is not searched on the brand\'s own video (it answers to nobody); on another\'s, any top-level comment of the brand\'s answers it', () => {
    const video = (brandHandles: string[]) => readAll(tiktokAdapter, lookalike(), { brandHandles }).find((i) => i.kind === 'post')!;
    expect(video(['cafecocktail'])).toMatchObject({ author: { handle: 'cafecocktail' }, repliedByBrand: undefined });
    expect(video(['jordan.smith']).repliedByBrand).toBe(true);
    expect(video(['marc.roy']).repliedByBrand).toBe(false); // a reply's author only
  });
});

describe('TikTok adapter on the 2025 look-alike (replies, inbox, French UI)', () => {
  const doc = lookalike();
  const items = readAll(tiktokAdapter, doc, ctx);

  it('finds the video, 3 comments, 2 replies and 2 inbox mentions', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 2, mention: 2 });
  });

  it('replies have depth 2 and their parent; the brand reply marks its comment answered', () => {
    expect(byId(items, '7556000000000100001')).toMatchObject({ kind: 'comment', repliedByBrand: true, text: 'A smoky mezcal sour please! 🥃' });
    expect(byId(items, '7556000000000200002')).toMatchObject({ kind: 'reply', depth: 2, parentId: '7556000000000100001', author: { name: 'Café Cocktail', handle: 'cafecocktail' } });
    expect(byId(items, '7556000000000400004')).toMatchObject({ kind: 'reply', parentId: '7556000000000300003' });
    expect(byId(items, '7556000000000300003')).toMatchObject({ repliedByBrand: false, text: 'Bravo @cafecocktail ! Est-ce offert sans alcool?' });
  });

  it('inbox mention rows: author, words, target video', () => {
    const mentions = items.filter((i) => i.kind === 'mention');
    expect(mentions[0]).toMatchObject({
      author: { handle: 'elodie.gagnon' },
      text: 'vous a mentionné(e) dans un commentaire : @cafecocktail est-ce offert sans alcool? · 5 h',
      parentId: '7556000000000000001',
      permalink: 'https://www.tiktok.com/@cafecocktail/video/7556000000000000001',
    });
    expect(mentions[1]).toMatchObject({ author: { handle: 'marc.roy' }, parentId: '7555000000000000002' });
  });

  it('finds the Draft.js box and « Répondre », and is healthy', () => {
    expect(tiktokAdapter.composerKind(tiktokAdapter.findComposer(doc)!)).toBe('draft-js');
    const el = tiktokAdapter.findItems(doc).find((e) => e.id === '7556000000000300003')!;
    expect(tiktokAdapter.replyTarget(el)?.textContent).toBe('Répondre');
    expect(tiktokAdapter.anchor(el)).not.toBeNull();
    expect(tiktokAdapter.health(doc, new URL(LOOK_URL), ctx).ok).toBe(true);
  });

  const likedById = (read: RawItem[]) => Object.fromEntries(read.filter((i) => i.kind === 'comment' || i.kind === 'reply').map((i) => [i.nativeId, i.likedByMe]));
  const LIKED = {
    '7556000000000100001': true, // a liked comment (red heart in comment-like-icon)...
    '7556000000000200002': undefined, // ...whose reply's grey heart says nothing
    '7556000000000300003': undefined, // a comment with a grey heart...
    '7556000000000400004': true, // ...whose reply is liked
    '7556000000000500005': undefined, // the real 2022 page's grey heart beside the count
  };

  it("a red heart says I liked the comment or reply, a grey one says nothing; each reads its own heart, not its thread's", () => {
    expect(likedById(items)).toEqual(LIKED);
    expect(Object.keys(likedById(items))).toHaveLength(5);
  });

  it('classes shuffled, or the UI back in English: the same liked states (no class, no word is read for them)', () => {
    const shuffled = lookalike();
    shuffleClasses(shuffled);
    expect(likedById(readAll(tiktokAdapter, shuffled, ctx))).toEqual(LIKED);
    const en = lookalike();
    translate(en, 'en', { Répondre: 'Reply' });
    expect(likedById(readAll(tiktokAdapter, en, ctx))).toEqual(LIKED);
  });

  const videoLiked = (d: Document) => readAll(tiktokAdapter, d, ctx).find((i) => i.kind === 'post')!.likedByMe;

  it("the video's likedByMe is its own like button's aria-pressed (button around browse-like-icon), never a comment's", () => {
    // Comments and a reply liked, the video not.
    expect(items.find((i) => i.kind === 'post')!.likedByMe).toBe(false);
    const d = lookalike();
    const button = d.querySelector('[data-e2e="browse-like-icon"]')!.closest('button')!;
    button.setAttribute('aria-pressed', 'true');
    const read = readAll(tiktokAdapter, d, ctx);
    expect(read.find((i) => i.kind === 'post')!.likedByMe).toBe(true);
    expect(likedById(read)).toEqual(LIKED); // no comment or reply changes
    button.removeAttribute('aria-pressed');
    expect(videoLiked(d)).toBeUndefined();
  });

  it('classes shuffled, or the UI back in English: the same video like state', () => {
    const liked = lookalike();
    liked.querySelector('[data-e2e="browse-like-icon"]')!.closest('button')!.setAttribute('aria-pressed', 'true');
    shuffleClasses(liked);
    translate(liked, 'en', { Répondre: 'Reply' });
    expect(videoLiked(liked)).toBe(true);
    const shuffled = lookalike();
    shuffleClasses(shuffled);
    expect(videoLiked(shuffled)).toBe(false);
  });

  it('a like button drawn after the comments is not searched for through them: unknown', () => {
    const d = lookalike();
    const bar = d.querySelector('[data-e2e="browse-like-icon"]')!.closest('button')!.parentElement!;
    d.body.append(bar);
    expect(videoLiked(d)).toBeUndefined();
  });

  it('data-e2e removed: no comment and no mention guessed from classes, the miss reported', () => {
    const d = lookalike();
    removeAttribute(d, 'data-e2e');
    expect(readAll(tiktokAdapter, d, ctx)).toEqual([]);
    expect(tiktokAdapter.health(d, new URL(LOOK_URL), ctx).problems[0]).toBe('TikTok: 5 comment(s) shown on this video but none detected (comment markup changed?)');
  });
});

describe('TikTok threads in unusual shapes', () => {
  const box = (id: string, level: 1 | 2, handle: string, text: string) =>
    `<div id="${id}"><a href="/@${handle}"><span data-e2e="comment-username-${level}">${handle}</span></a><p data-e2e="comment-level-${level}"><span>${text}</span></p></div>`;
  const page = (body: string) => loadHtml(`<!doctype html><html lang="en"><body><div data-e2e="browse-video-desc">Video</div>${body}</body></html>`, LOOK_URL);

  it('a reply with no comment above it answers the video', () => {
    const items = readAll(tiktokAdapter, page(`<div>${box('7556000000000900009', 2, 'lone.reply', 'Hello')}</div>`), ctx);
    expect(items.find((i) => i.kind === 'reply')).toMatchObject({ nativeId: '7556000000000900009', parentId: '7556000000000000001', depth: 2 });
  });

  it("a reply box inside its comment's box: each reads only its own like control, never the other's", () => {
    const like = (pressed: string) => `<div role="button" aria-pressed="${pressed}"><svg viewBox="0 0 48 48"></svg><span>1</span></div>`;
    const thread = (own: string, reply: string) =>
      `<div id="7556000000000100001"><a href="/@ana"><span data-e2e="comment-username-1">ana</span></a><p data-e2e="comment-level-1"><span>Hi</span></p>${own}` +
      `<div id="7556000000000200002"><a href="/@bo"><span data-e2e="comment-username-2">bo</span></a><p data-e2e="comment-level-2"><span>Yo</span></p>${reply}</div></div>`;
    const liked = (body: string) => readAll(tiktokAdapter, page(body)).flatMap((i) => (i.kind === 'post' ? [] : [[i.kind, i.likedByMe]]));
    expect(liked(thread('', like('true')))).toEqual([['comment', undefined], ['reply', true]]);
    expect(liked(thread(like('false'), like('true')))).toEqual([['comment', false], ['reply', true]]);
    expect(liked(thread(like('true'), like('false')))).toEqual([['comment', true], ['reply', false]]);
    expect(liked(thread(like('true'), ''))).toEqual([['comment', true], ['reply', undefined]]);
  });

  it("the video's like is the button around its own icon: a comment (even inside a pressed button) before it says nothing", () => {
    const likeButton = (pressed: string) => `<button type="button" aria-pressed="${pressed}"><span data-e2e="browse-like-icon"></span></button>`;
    const liked = (body: string) => readAll(tiktokAdapter, page(body)).find((i) => i.kind === 'post')!.likedByMe;
    expect(liked(likeButton('true') + box('7556000000000100001', 1, 'ana', 'Hi'))).toBe(true);
    expect(liked(`<button aria-pressed="true">${box('7556000000000100001', 1, 'ana', 'Hi')}</button>` + likeButton('false'))).toBeUndefined();
  });

  it('comments sharing one parent: the brand reply marks only the comment whose box holds it', () => {
    const doc = page(
      `<div>${box('7556000000000100001', 1, 'first', 'One')}` +
        `<div id="7556000000000200002"><a href="/@second"><span data-e2e="comment-username-1">second</span></a><p data-e2e="comment-level-1"><span>Two</span></p>` +
        `${box('7556000000000300003', 2, 'cafecocktail', 'Merci!')}</div></div>`,
    );
    const items = readAll(tiktokAdapter, doc, ctx);
    expect(items.find((i) => i.nativeId === '7556000000000100001')).toMatchObject({ kind: 'comment', repliedByBrand: false });
    expect(items.find((i) => i.nativeId === '7556000000000200002')).toMatchObject({ kind: 'comment', repliedByBrand: true });
    expect(readAll(tiktokAdapter, doc, { brandHandles: [] }).some((i) => i.repliedByBrand)).toBe(false);
  });
});
