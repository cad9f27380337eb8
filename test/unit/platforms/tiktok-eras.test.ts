// @vitest-environment jsdom
/** TikTok markup of 2024-2026 that the 2022 page does not show: the id-less "drawer", inbox rows in ul > li, photo posts. */
import { describe, expect, it, vi } from 'vitest';
import { tiktokAdapter } from '../../../lib/platforms/tiktok';
import type { RawItem } from '../../../lib/platforms/types';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { shuffleClasses, translate } from './mutate';

const URL_2026 = 'https://www.tiktok.com/@cafecocktail/video/7600000000000000001';
const ctx = { brandHandles: ['cafecocktail'] };
const drawer = () => loadPage(ownFixture('tiktok/video-drawer-2026.lookalike.html'), URL_2026);
const byText = (items: RawItem[], text: string) => items.find((i) => i.text === text)!;

describe('TikTok "drawer" layout (2024-2026: no comment ids, username div around the link)', () => {
  const doc = drawer();
  const items = readAll(tiktokAdapter, doc, ctx);

  it('the video is the one of the address, scrolled to: its own article\'s caption and author, none when not on the page', () => {
    const video = (url: string) => readAll(tiktokAdapter, loadPage(ownFixture('tiktok/video-drawer-2026.lookalike.html'), url), ctx).find((i) => i.kind === 'post');
    expect(video(URL_2026)).toMatchObject({ nativeId: '7600000000000000001', text: 'Fall menu is here #cocktails', author: { handle: 'cafecocktail' } });
    expect(video('https://www.tiktok.com/@othershop/video/7600000000000000777')).toMatchObject({ nativeId: '7600000000000000777', text: 'Latte art', author: { handle: 'othershop' } });
    expect(video('https://www.tiktok.com/@othershop/video/7600000000000000999')).toBeUndefined();
  });

  it('finds the video, both comments and the reply, and is healthy', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 2, reply: 1, mention: 1 });
    expect(new Set(items.map((i) => i.nativeId)).size).toBe(items.length);
    expect(tiktokAdapter.health(doc, new URL(URL_2026), ctx)).toMatchObject({ ok: true, problems: [] });
  });

  it('the name is the link text, without the "· Creator" badge; handle and profile from the link inside the hook', () => {
    expect(byText(items, "Noted for Friday's tasting!")).toMatchObject({
      kind: 'reply',
      depth: 2,
      author: { name: 'Café Cocktail', handle: 'cafecocktail', url: 'https://www.tiktok.com/@cafecocktail' },
    });
  });

  it("a reply's parent is its comment's own (hashed) id; the brand reply marks that comment answered, not the next", () => {
    const comment = byText(items, 'A smoky mezcal sour please!');
    expect(comment).toMatchObject({ kind: 'comment', parentId: '7600000000000000001', repliedByBrand: true });
    expect(byText(items, "Noted for Friday's tasting!").parentId).toBe(comment.nativeId);
    expect(byText(items, '40 minutes wait last Saturday.').repliedByBrand).toBe(false);
  });

  it('without ids to date them, comments are dated from the age beside their Reply button ("2h ago")', () => {
    const now = Date.UTC(2026, 10, 27, 15, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const again = readAll(tiktokAdapter, drawer(), ctx);
      const hours = (h: number) => new Date(now - h * 3_600_000).toISOString();
      expect(byText(again, 'A smoky mezcal sour please!').postedAt).toBe(hours(2));
      expect(byText(again, "Noted for Friday's tasting!").postedAt).toBe(hours(1));
      expect(byText(again, '40 minutes wait last Saturday.').postedAt).toBe(hours(5));
    } finally {
      vi.useRealTimers();
    }
  });

  it("likedByMe is each comment's own like control's aria-pressed: true, false, and nothing when it has none", () => {
    expect(byText(items, 'A smoky mezcal sour please!').likedByMe).toBe(true);
    expect(byText(items, "Noted for Friday's tasting!").likedByMe).toBe(false); // the liked comment's own reply
    expect(byText(items, '40 minutes wait last Saturday.').likedByMe).toBeUndefined(); // a control without aria-pressed
  });

  it('classes shuffled or UI in French: the same liked states (read from aria-pressed, not from classes or words)', () => {
    const liked = (doc: Document) => readAll(tiktokAdapter, doc, ctx).flatMap((i) => (i.kind === 'comment' || i.kind === 'reply' ? [[i.text, i.likedByMe]] : []));
    const expected = liked(drawer());
    expect(expected.map(([, l]) => l)).toEqual([true, false, undefined]);
    const shuffled = drawer();
    shuffleClasses(shuffled);
    expect(liked(shuffled)).toEqual(expected);
    const fr = drawer();
    translate(fr, 'fr', { Reply: 'Répondre' });
    expect(liked(fr)).toEqual(expected);
  });

  it("the video's likedByMe is its own article's like button (button[aria-pressed] around like-icon), not the next video's, not a comment's", () => {
    const post = (d: Document) => readAll(tiktokAdapter, d, ctx).find((i) => i.kind === 'post')!;
    const commentLikes = (d: Document) => readAll(tiktokAdapter, d, ctx).flatMap((i) => (i.kind === 'post' || i.kind === 'mention' ? [] : [i.likedByMe]));
    // The video liked, the brand's reply not: the video's state does not reach the reply, nor the reverse.
    expect(post(drawer())).toMatchObject({ nativeId: '7600000000000000001', likedByMe: true });
    expect(commentLikes(drawer())).toEqual([true, false, undefined]);
    // Not liked, the next video (its own article) liked, Jordan's comment still liked: false.
    const d = drawer();
    const [ownButton, nextButton] = Array.from(d.querySelectorAll('article')).map((a) => a.querySelector('[data-e2e="like-icon"]')!.closest('button')!);
    expect(nextButton.closest('article')?.id).toBe('one-column-item-1');
    ownButton.setAttribute('aria-pressed', 'false');
    nextButton.setAttribute('aria-pressed', 'true');
    expect(post(d).likedByMe).toBe(false);
    expect(commentLikes(d)).toEqual([true, false, undefined]);
    // Its own button gone: unknown, whatever the next video's says.
    ownButton.closest('section')!.remove();
    expect(post(d).likedByMe).toBeUndefined();
  });

  it("classes shuffled or UI in French: the same video like state (aria-pressed and data-e2e only)", () => {
    const d = drawer();
    shuffleClasses(d);
    translate(d, 'fr', { Reply: 'Répondre' });
    for (const b of d.querySelectorAll('button[aria-label]')) b.setAttribute('aria-label', 'J’aime la vidéo');
    expect(readAll(tiktokAdapter, d, ctx).find((i) => i.kind === 'post')!.likedByMe).toBe(true);
  });

  it('the same comment read twice keeps its id (the hash is stable)', () => {
    const again = readAll(tiktokAdapter, drawer(), ctx);
    expect(again.map((i) => i.nativeId)).toEqual(items.map((i) => i.nativeId));
  });

  it('reply target and anchor are found inside the id-less box', () => {
    const box = tiktokAdapter.findItems(doc).find((el) => el.textContent?.includes('40 minutes'))!;
    expect(tiktokAdapter.replyTarget(box)?.textContent).toBe('Reply');
    expect(tiktokAdapter.anchor(box)).not.toBeNull();
  });

  it('inbox rows inside ul > li are read one by one: name from inbox-title, words from inbox-content', () => {
    expect(items.filter((i) => i.kind === 'mention')).toEqual([
      expect.objectContaining({
        author: { name: 'Nina K', handle: 'nina.k', url: 'https://www.tiktok.com/@nina.k' },
        text: 'mentioned you in a comment: @cafecocktail is the patio open? 2h ago',
        parentId: '7600000000000000001',
      }),
    ]);
  });
});

describe('TikTok photo posts and ids out of reach', () => {
  const page = (url: string, body: string) => loadHtml(`<!doctype html><html lang="en"><body><div data-e2e="browse-video-desc">Post</div>${body}</body></html>`, url);
  const box = (id: string, handle: string, text: string) =>
    `<div id="${id}"><a href="/@${handle}"><span data-e2e="comment-username-1">${handle}</span></a><p data-e2e="comment-level-1"><span>${text}</span></p></div>`;

  it('two mentions in one ul are two rows, each with its own author', () => {
    const row = (handle: string, words: string) =>
      `<li><div data-e2e="inbox-list-item"><a href="/@${handle}" data-e2e="inbox-title">${handle}</a><p data-e2e="inbox-content"><span>${words}</span> 1h ago</p></div></li>`;
    const doc = loadHtml(`<!doctype html><html lang="en"><body><div data-e2e="inbox-list"><ul>${row('ana', 'mentioned you in a comment: hi')}${row('bo', 'mentioned you in a video')}</ul></div></body></html>`, 'https://www.tiktok.com/foryou');
    expect(readAll(tiktokAdapter, doc).map((i) => [i.author.handle, i.text])).toEqual([
      ['ana', 'mentioned you in a comment: hi 1h ago'],
      ['bo', 'mentioned you in a video 1h ago'],
    ]);
  });

  it('a /photo/ post keeps /photo/ in its permalinks', () => {
    const url = 'https://www.tiktok.com/@cafecocktail/photo/7600000000000000009';
    const items = readAll(tiktokAdapter, page(url, box('7600000000000000010', 'ana', 'Nice')));
    expect(items.map((i) => i.permalink)).toEqual([url, url]);
  });

  it('a numeric id far above the comment (a container) is not taken for the comment id', () => {
    const url = 'https://www.tiktok.com/@cafecocktail/video/7600000000000000001';
    const comment = (handle: string, text: string) =>
      `<div><div><div><a href="/@${handle}"><span data-e2e="comment-username-1">${handle}</span></a></div><span data-e2e="comment-level-1">${text}</span></div></div>`;
    const items = readAll(tiktokAdapter, page(url, `<div id="7600000000000000001"><div><div>${comment('ana', 'One')}${comment('bo', 'Two')}</div></div></div>`));
    expect(kinds(items)).toEqual({ post: 1, comment: 2 });
    expect(new Set(items.map((i) => i.nativeId)).size).toBe(3);
  });
});
